// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/session/WalletDeletion.h"

#include "core/crypto/SecretBytes.h"
#include "core/store/Wallet.h"

#include <QPointer>
#include <QThreadPool>

namespace ler::session {

namespace {

struct Inspection
{
    std::unique_ptr<store::Wallet> wallet;
    Result<store::WalletInventory> inventory = Error();
};

} // namespace

WalletDeletion::WalletDeletion(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<ler::Error>("ler::Error");
    qRegisterMetaType<ler::store::WalletInventory>("ler::store::WalletInventory");
}

WalletDeletion::~WalletDeletion()
{
    ++m_generation;
}

void WalletDeletion::inspect(const QString& dir, const QString& passphrase)
{
    cancel();
    auto secret = std::make_shared<crypto::SecretBytes>(crypto::SecretBytes::fromText(passphrase));
    const quint64 generation = ++m_generation;
    QPointer<WalletDeletion> self(this);
    QThreadPool::globalInstance()->start([self, generation, dir, secret] {
        auto result = std::make_shared<Inspection>();
        auto opened = store::Wallet::open(dir, secret->view());
        secret->clear();
        if (opened) {
            result->inventory = store::walletInventory((*opened)->database());
            result->wallet = std::move(opened).value();
        } else {
            result->inventory = opened.error();
        }
        if (!self) {
            return;
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, result] {
                if (!self || generation != self->m_generation) {
                    return; // cancelled: the wallet closes here
                }
                if (!result->inventory) {
                    Q_EMIT self->failed(result->inventory.error());
                    return;
                }
                self->m_wallet = std::move(result->wallet);
                Q_EMIT self->inspected(*result->inventory);
            },
            Qt::QueuedConnection);
    });
}

void WalletDeletion::confirm()
{
    if (!m_wallet) {
        Q_EMIT failed(Error(ErrorCode::Locked,
            tx("ler::session", "No wallet is open to delete."),
            QStringLiteral("session/no-wallet-to-delete")));
        return;
    }
    if (Status s = store::Wallet::destroy(std::move(m_wallet)); !s) {
        Q_EMIT failed(s.error());
        return;
    }
    Q_EMIT deleted();
}

void WalletDeletion::cancel()
{
    ++m_generation;
    m_wallet.reset();
}

} // namespace ler::session
