// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/session/WalletSession.h"
#include "core/store/WalletSettings.h"
#include "support/SessionTestHelpers.h"
#include "ui/settings/SettingsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace ler;
using namespace ler::ui;

namespace {
const QString kPass = QStringLiteral("quartz meadow 47 fiddle");

/// The wallet settings the dialog edits, as stored.
struct Stored
{
    int autoLock = 0;
    bool network = false;
    int clipboard = 0;
    int records = 0;
    int days = 0;
};

std::optional<Stored> stored(session::WalletSession& session)
{
    return test::fromWallet(session, [](store::Wallet& wallet) {
        const store::WalletSettings s(wallet.database());
        return Stored { int(s.autoLockAfter().count()),
            s.networkAllowed(),
            int(s.clipboardClearAfter().count()),
            s.backupReminderRecords(),
            s.backupReminderDays() };
    });
}
} // namespace

/// Settings: read from the wallet on the session's worker, saved there, the dialog usable only once loaded.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_tmp;
    int m_wallets = 0;

    bool openWallet(session::WalletSession& session)
    {
        session.setDirectory(m_tmp.filePath(QStringLiteral("w%1").arg(++m_wallets)));
        QSignalSpy created(&session, &session::WalletSession::created);
        session.create(kPass, [] { return crypto::KdfParams::cheapForTests(); });
        return created.wait(10000) && session.wallet();
    }

    static Status seed(session::WalletSession& session)
    {
        // Not the defaults, so the dialog can only show them by reading the wallet.
        return test::onWallet(session, [](store::Wallet& wallet) -> Status {
            store::WalletSettings s(wallet.database());
            Status st = s.setAutoLockAfter(std::chrono::minutes(37));
            if (st) {
                st = s.setNetworkAllowed(false);
            }
            if (st) {
                st = s.setClipboardClearAfter(std::chrono::seconds(45));
            }
            if (st) {
                st = s.setBackupReminderRecords(3);
            }
            if (st) {
                st = s.setBackupReminderDays(9);
            }
            return st;
        });
    }

private Q_SLOTS:
    void initTestCase() { qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8()); }

    void showsTheWalletsSettingsAndSavesChanges()
    {
        session::WalletSession session;
        QVERIFY(openWallet(session));
        QVERIFY(seed(session));

        SettingsDialog dialog(session);
        auto* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        QVERIFY2(!dialog.loaded() && !save->isEnabled(), "nothing can be saved before the settings are shown");
        dialog.show();
        QTRY_VERIFY(dialog.loaded());
        QVERIFY(save->isEnabled());
        auto* autoLock = dialog.findChild<QSpinBox*>(QStringLiteral("autoLockMinutes"));
        auto* network = dialog.findChild<QCheckBox*>(QStringLiteral("networkAllowed"));
        auto* clipboard = dialog.findChild<QSpinBox*>(QStringLiteral("clipboardSeconds"));
        auto* records = dialog.findChild<QSpinBox*>(QStringLiteral("backupReminderRecords"));
        auto* days = dialog.findChild<QSpinBox*>(QStringLiteral("backupReminderDays"));
        QCOMPARE(autoLock->value(), 37);
        QCOMPARE(network->isChecked(), false);
        QCOMPARE(clipboard->value(), 45);
        QCOMPARE(records->value(), 3);
        QCOMPARE(days->value(), 9);

        autoLock->setValue(90);
        network->setChecked(true);
        clipboard->setValue(0);
        records->setValue(20);
        days->setValue(60);
        save->click();
        QVERIFY2(!save->isEnabled(), "one save at a time");
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.autoLockAfter(), std::chrono::minutes(90));
        QCOMPARE(dialog.clipboardClearAfter(), std::chrono::seconds(0));

        const auto now = stored(session);
        QVERIFY(now);
        QCOMPARE(now->autoLock, 90);
        QCOMPARE(now->network, true);
        QCOMPARE(now->clipboard, 0);
        QCOMPARE(now->records, 20);
        QCOMPARE(now->days, 60);
    }

    void aSaveThatCannotRunSaysWhyAndKeepsTheDialog()
    {
        session::WalletSession session;
        QVERIFY(openWallet(session));
        QVERIFY(seed(session));
        SettingsDialog dialog(session);
        dialog.show();
        QTRY_VERIFY(dialog.loaded());
        dialog.findChild<QSpinBox*>(QStringLiteral("autoLockMinutes"))->setValue(120);

        session.lock(); // the save task cannot start on a locked wallet
        auto* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        save->click();
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("settingsError"))->text().isEmpty());
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY2(save->isEnabled(), "the person may try again");

        QSignalSpy unlocked(&session, &session::WalletSession::unlocked);
        session.unlock(kPass);
        QVERIFY(unlocked.wait(10000));
        const auto now = stored(session);
        QVERIFY(now);
        QCOMPARE(now->autoLock, 37);
    }

    void aLockedWalletLeavesNothingToSave()
    {
        session::WalletSession session;
        QVERIFY(openWallet(session));
        session.lock();
        SettingsDialog dialog(session);
        dialog.show();
        QVERIFY(!dialog.loaded());
        QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->isEnabled());
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("settingsError"))->text().isEmpty());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
