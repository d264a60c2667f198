// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QWidget>

class QLabel;

namespace ler::store {
class Wallet;
}

namespace ler::ui {

/// The unlocked wallet's main view. Holds no wallet data after clear().
class WalletPage : public QWidget
{
    Q_OBJECT
public:
    explicit WalletPage(QWidget* parent = nullptr);
    /// Shows what the open wallet holds.
    void load(store::Wallet& wallet);
    /// Drops every piece of wallet data the view shows (on lock).
    void clear();

Q_SIGNALS:
    void lockRequested();

private:
    QLabel* m_summary;
    QLabel* m_folder;
};

} // namespace ler::ui
