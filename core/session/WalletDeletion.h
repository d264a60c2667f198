// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/store/WalletRemoval.h"
#include "core/util/Result.h"

#include <QObject>
#include <memory>

namespace ler::store {
class Wallet;
}

namespace ler::session {

/// Deleting a wallet from the start screen, in two steps: the passphrase opens it (on a worker thread) and what it
/// holds is reported, so the person sees what will be lost; then confirm() deletes it (Wallet::destroy). The wallet
/// stays open only between the two steps; cancel() or destroying this object closes it.
class WalletDeletion : public QObject
{
    Q_OBJECT
public:
    explicit WalletDeletion(QObject* parent = nullptr);
    ~WalletDeletion() override;

    void inspect(const QString& dir, const QString& passphrase);
    void confirm();
    void cancel();

Q_SIGNALS:
    void inspected(const ler::store::WalletInventory& inventory);
    void deleted();
    void failed(const ler::Error& error);

private:
    std::unique_ptr<store::Wallet> m_wallet;
    quint64 m_generation = 0;
};

} // namespace ler::session
