// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/backup/BackupController.h"

#include "core/backup/BackupReminder.h"
#include "core/session/WalletSession.h"
#include "ui/backup/BackupDialog.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QToolBar>
#include <QToolButton>

namespace ler::ui {

BackupController::BackupController(
    session::WalletSession& session, QMainWindow* window, RestoreDialog::CostFunction cost)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_cost(std::move(cost))
    , m_backupAction(new QAction(tr("Back &up now..."), this))
    , m_restoreAction(new QAction(tr("&Restore from a backup..."), this))
    , m_bar(new QToolBar(tr("Backup reminder"), window))
    , m_barText(new QLabel)
{
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    connect(m_backupAction, &QAction::triggered, this, &BackupController::backUpNow);
    connect(m_restoreAction, &QAction::triggered, this, &BackupController::restoreIntoWallet);

    m_bar->setObjectName(QStringLiteral("backupReminder"));
    m_bar->setMovable(false);
    m_bar->setFloatable(false);
    m_bar->setStyleSheet(QStringLiteral("QToolBar#backupReminder { background: #fff4ce; border: 0; padding: 4px; }"
                                        "QToolBar#backupReminder QLabel { color: #3b2f00; }"
                                        // The banner keeps its colours in the dark theme too, so its buttons do.
                                        "QToolBar#backupReminder QToolButton { color: #3b2f00; background: #fffbea;"
                                        " border: 1px solid #b38f00; border-radius: 3px; padding: 3px 10px;"
                                        " margin-left: 6px; }"
                                        "QToolBar#backupReminder QToolButton:hover { background: #ffe99a; }"
                                        "QToolBar#backupReminder QToolButton:focus { border: 2px solid #1a5fb4; }"));
    m_barText->setObjectName(QStringLiteral("backupReminderText"));
    m_barText->setWordWrap(true);
    m_barText->setMinimumWidth(640);
    m_barText->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_bar->addWidget(m_barText);
    QAction* now = m_bar->addAction(tr("Back up now"), this, &BackupController::backUpNow);
    now->setObjectName(QStringLiteral("backupReminderNow"));
    QAction* later = m_bar->addAction(tr("Not now"), m_bar, &QToolBar::hide);
    later->setObjectName(QStringLiteral("backupReminderLater"));
    m_bar->hide();
    connect(&m_session, &session::WalletSession::aboutToLock, m_bar, &QToolBar::hide);
}

void BackupController::backUpNow()
{
    if (!m_session.wallet()) {
        return;
    }
    BackupDialog dialog(m_session, m_window);
    if (dialog.exec() == QDialog::Accepted) {
        m_bar->hide();
    }
}

void BackupController::restoreIntoWallet()
{
    if (!m_session.wallet()) {
        return;
    }
    RestoreDialog dialog(m_session, RestoreDialog::Mode::Merge, m_cost, m_window);
    if (dialog.exec() == QDialog::Accepted && m_session.wallet()) {
        Q_EMIT walletChanged();
    }
}

void BackupController::checkReminder()
{
    if (!m_session.wallet()) {
        return;
    }
    auto reminder = std::make_shared<Result<backup::Reminder>>(Error());
    m_session.runTask(
        [reminder](store::Wallet& wallet) -> Status {
            *reminder = backup::backupReminder(wallet.database());
            return {};
        },
        this,
        [this, reminder](const Status& s) {
            if (s && m_session.wallet()) {
                showReminder(*reminder);
            }
        });
}

void BackupController::showReminder(const Result<backup::Reminder>& reminder)
{
    if (!reminder || !reminder->due()) {
        m_bar->hide();
        return;
    }
    QString text;
    if (!reminder->lastBackup.isValid()) {
        text = tr("You have not made a backup of this wallet yet. If this computer breaks or is lost, your records "
                  "are gone.");
    } else if (reminder->reason == backup::Reminder::Reason::NewRecords) {
        text = tr("You added %1 records since your last backup.").arg(reminder->newRecords);
    } else {
        text = tr("Your last backup is %1 days old.").arg(reminder->days);
    }
    m_barText->setText(text);
    m_bar->show();
}

} // namespace ler::ui
