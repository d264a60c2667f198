// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/backup/BackupReminder.h"
#include "core/util/Result.h"
#include "ui/backup/RestoreDialog.h"

#include <QObject>

class QAction;
class QLabel;
class QMainWindow;
class QToolBar;

namespace ler::session {
class WalletSession;
}

namespace ler::ui {

/// Wallet > Back up now and Restore from a backup (into the open wallet), and the reminder bar shown when the
/// wallet had no backup for the chosen number of new records or days (WalletSettings).
class BackupController : public QObject
{
    Q_OBJECT
public:
    BackupController(session::WalletSession& session, QMainWindow* window, RestoreDialog::CostFunction cost);

    QAction* backupAction() const { return m_backupAction; }
    QAction* restoreAction() const { return m_restoreAction; }
    /// The reminder bar (hidden unless a backup is due); the window puts it in its top tool bar area, on its own row.
    QToolBar* reminderBar() const { return m_bar; }

    void backUpNow();
    /// Adds a backup to the open wallet.
    void restoreIntoWallet();
    /// Looks (off the GUI thread) whether a backup is due and shows the bar if so. Called when a wallet is shown.
    void checkReminder();

Q_SIGNALS:
    /// Records were added to the open wallet (a backup merged in).
    void walletChanged();

private:
    void showReminder(const Result<backup::Reminder>& reminder);

    session::WalletSession& m_session;
    QMainWindow* m_window;
    RestoreDialog::CostFunction m_cost;
    QAction* m_backupAction;
    QAction* m_restoreAction;
    QToolBar* m_bar;
    QLabel* m_barText;
};

} // namespace ler::ui
