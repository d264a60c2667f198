// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/session/ImportService.h"
#include "core/session/WalletSession.h"
#include "core/store/CredentialRepository.h"
#include "core/store/WalletSettings.h"
#include "support/SessionTestHelpers.h"
#include "support/UiTestHelpers.h"
#include "ui/backup/BackupController.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace ler;
using namespace ler::ui;
using ler::test::shoot;
using ler::test::whenModal;

/// Wallet > Back up now, Restore from a backup (into the wallet, and into a new one from the start screen), and the
/// reminder bar.
class TestBackupUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_tmp;
    const QString m_pass = QStringLiteral("lantern quarry 61 basil");
    const QString m_backupPass = QStringLiteral("saffron glacier 83 tuba");

    static QWidget* currentPage(MainWindow& w) { return w.findChild<QStackedWidget*>()->currentWidget(); }

    static void unlock(MainWindow& window, const QString& pass)
    {
        auto* field = window.findChild<QLineEdit*>(QStringLiteral("unlockPassphrase"));
        QTest::keyClicks(field, pass);
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(currentPage(window)->objectName(), QStringLiteral("walletPage"), 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("HOME", m_home.path().toUtf8());
        QApplication::setApplicationName(QStringLiteral("ler-wallet-test"));
    }

    void backUpRemindAndRestore()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("wallet"));
        {
            auto created = store::Wallet::create(dir, m_pass.toUtf8(), crypto::KdfParams::cheapForTests());
            QVERIFY(created);
            session::ImportService service(created->wallet->database());
            for (const char* f :
                { "openbadges3/valid/simple.json", "clr2/valid/simple.json", "csv/valid/entries.csv" }) {
                QFile in(QStringLiteral(LER_TEST_DATA "/formats/") + QLatin1String(f));
                QVERIFY(in.open(QIODevice::ReadOnly));
                QVERIFY(
                    service.runOne(session::ImportInput::data(in.readAll(), QStringLiteral("test"), QLatin1String(f))));
            }
            QVERIFY(store::WalletSettings(created->wallet->database()).setBackupReminderRecords(2));
        }
        session::WalletSession session;
        session.setDirectory(dir);
        MainWindow window(session, [] { return crypto::KdfParams::cheapForTests(); });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        unlock(window, m_pass);

        // No backup yet and more new records than the setting: the reminder bar.
        auto* bar = window.findChild<QToolBar*>(QStringLiteral("backupReminder"));
        QTRY_VERIFY(bar->isVisible()); // looked up on the session's worker once the wallet is shown
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("backupReminderText"))
                    ->text()
                    .contains(QStringLiteral("not made a backup")));
        shoot(&window, "80-backup-reminder");

        // Back up now, from the bar.
        const QString file = m_tmp.filePath(QStringLiteral("mine.lerbackup"));
        whenModal(
            [&](QWidget* dialog) {
                QCOMPARE(dialog->objectName(), QStringLiteral("backupDialog"));
                auto* button = dialog->findChild<QPushButton*>(QStringLiteral("backupButton"));
                dialog->findChild<QLineEdit*>(QStringLiteral("backupFile"))->setText(file);
                dialog->findChild<QLineEdit*>(QStringLiteral("passphrase"))->setText(QStringLiteral("password1"));
                dialog->findChild<QLineEdit*>(QStringLiteral("passphraseAgain"))->setText(QStringLiteral("password1"));
                QVERIFY2(!button->isEnabled(), "a backup passphrase that is easy to guess is refused");
                dialog->findChild<QLineEdit*>(QStringLiteral("passphrase"))->setText(m_backupPass);
                dialog->findChild<QLineEdit*>(QStringLiteral("passphraseAgain"))->setText(m_backupPass);
                QVERIFY(button->isEnabled());
                shoot(dialog, "81-backup-dialog");
                QTest::mouseClick(button, Qt::LeftButton);
                auto* done = dialog->findChild<QLabel*>(QStringLiteral("backupDone"));
                // Argon2id at its real cost on a busy machine can take a while; a failure closes the dialog so the
                // test ends instead of waiting on it.
                if (!QTest::qWaitFor([done] { return done->isVisible(); }, 90000)) {
                    static_cast<QDialog*>(dialog)->done(QDialog::Rejected);
                    QFAIL("the backup did not finish");
                }
                QVERIFY2(done->text().contains(QStringLiteral("Records in it: 6")), qPrintable(done->text()));
                QVERIFY2(dialog->findChild<QLineEdit*>(QStringLiteral("passphrase"))->text().isEmpty(), "not kept");
                shoot(dialog, "82-backup-done");
                QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("closeButton")), Qt::LeftButton);
            },
            QStringLiteral("backupDialog"));
        window.findChild<QAction*>(QStringLiteral("backupReminderNow"))->trigger();
        QVERIFY(QFileInfo(file).size() > 0);
        QVERIFY(!bar->isVisible());
        const auto lastBackup = test::fromWallet(
            session, [](store::Wallet& wallet) { return store::WalletSettings(wallet.database()).lastBackupAt(); });
        QVERIFY(lastBackup && lastBackup->isValid());

        // Restore into this wallet: a wrong passphrase says so; the right one adds nothing new.
        whenModal(
            [&](QWidget* dialog) {
                QCOMPARE(dialog->objectName(), QStringLiteral("restoreDialog"));
                dialog->findChild<QLineEdit*>(QStringLiteral("restoreFile"))->setText(file);
                auto* pass = dialog->findChild<QLineEdit*>(QStringLiteral("backupPassphrase"));
                auto* error = dialog->findChild<QLabel*>(QStringLiteral("restoreError"));
                pass->setText(QStringLiteral("not the backup passphrase"));
                QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("restoreButton")), Qt::LeftButton);
                QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 90000);
                QVERIFY2(error->text().contains(QStringLiteral("passphrase")), qPrintable(error->text()));
                shoot(dialog, "83-restore-wrong-passphrase");
                pass->setText(m_backupPass);
                QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("restoreButton")), Qt::LeftButton);
                auto* done = dialog->findChild<QLabel*>(QStringLiteral("restoreDone"));
                QTRY_VERIFY_WITH_TIMEOUT(done->isVisible(), 90000);
                QVERIFY2(done->text().contains(QStringLiteral("Records added: 0. Already in the wallet: 6")),
                    qPrintable(done->text()));
                QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("closeButton")), Qt::LeftButton);
            },
            QStringLiteral("restoreDialog"));
        window.findChild<QAction*>(QStringLiteral("restoreAction"))->trigger();

        // Restore as a new wallet, from the start screen. The lock waits for the list to be re-read after the
        // restore into the open wallet.
        session.lock();
        QTRY_COMPARE(session.state(), session::WalletSession::State::Locked);
        window.showStartPage();
        const QString restoredDir = m_tmp.filePath(QStringLiteral("restored"));
        QString code;
        whenModal(
            [&](QWidget* dialog) {
                QCOMPARE(dialog->objectName(), QStringLiteral("restoreDialog"));
                dialog->findChild<QLineEdit*>(QStringLiteral("restoreFile"))->setText(file);
                dialog->findChild<QLineEdit*>(QStringLiteral("backupPassphrase"))->setText(m_backupPass);
                dialog->findChild<QLineEdit*>(QStringLiteral("restoreFolder"))->setText(restoredDir);
                dialog->findChild<QLineEdit*>(QStringLiteral("passphrase"))
                    ->setText(QStringLiteral("new home wallet 77"));
                dialog->findChild<QLineEdit*>(QStringLiteral("passphraseAgain"))
                    ->setText(QStringLiteral("new home wallet 77"));
                shoot(dialog, "84-restore-new");
                QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("restoreButton")), Qt::LeftButton);
                auto* saved = dialog->findChild<QCheckBox*>(QStringLiteral("savedCheck"));
                QTRY_VERIFY_WITH_TIMEOUT(saved->isVisible(), 90000);
                code = dialog->findChild<QLabel*>(QStringLiteral("recoveryCode"))->text();
                shoot(dialog, "85-restore-recovery-code");
                saved->setChecked(true);
                QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("finishButton")), Qt::LeftButton);
            },
            QStringLiteral("restoreDialog"));
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("restoreBackupButton")), Qt::LeftButton);
        QVERIFY(!code.isEmpty());
        QTRY_COMPARE(currentPage(window)->objectName(), QStringLiteral("walletPage"));
        QCOMPARE(session.directory(), restoredDir);
        QVERIFY(session.wallet());
        // Tasks run in order: when this count is back, the reminder looked up before it has been shown.
        const auto restoredCount = test::fromWallet(
            session, [](store::Wallet& wallet) { return store::CredentialRepository(wallet.database()).count(); });
        QVERIFY(restoredCount && *restoredCount);
        QCOMPARE(**restoredCount, 6);
        QVERIFY2(!bar->isVisible(), "a restored wallet counts from its backup");
        shoot(&window, "86-restored-wallet");
    }

    void settingsHoldTheReminderAndClipboardTimes()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("settings"));
        QVERIFY(store::Wallet::create(dir, m_pass.toUtf8(), crypto::KdfParams::cheapForTests()));
        session::WalletSession session;
        session.setDirectory(dir);
        MainWindow window(session, [] { return crypto::KdfParams::cheapForTests(); });
        window.show();
        unlock(window, m_pass);
        whenModal([](QWidget* dialog) {
            QPushButton* save = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
            QTRY_VERIFY(save->isEnabled()); // the wallet's settings are read first
            dialog->findChild<QSpinBox*>(QStringLiteral("clipboardSeconds"))->setValue(12);
            dialog->findChild<QSpinBox*>(QStringLiteral("backupReminderRecords"))->setValue(0);
            dialog->findChild<QSpinBox*>(QStringLiteral("backupReminderDays"))->setValue(14);
            shoot(dialog, "87-settings");
            save->click();
        });
        const auto actions = window.findChildren<QAction*>();
        for (QAction* a : actions)
            if (a->text() == QStringLiteral("&Settings..."))
                a->trigger();
        struct Stored
        {
            std::chrono::seconds clipboard;
            int records;
            int days;
        };
        const auto s = test::fromWallet(session, [](store::Wallet& wallet) {
            const store::WalletSettings settings(wallet.database());
            return Stored {
                settings.clipboardClearAfter(), settings.backupReminderRecords(), settings.backupReminderDays()
            };
        });
        QVERIFY(s);
        QCOMPARE(s->clipboard, std::chrono::seconds(12));
        QCOMPARE(s->records, 0);
        QCOMPARE(s->days, 14);
    }
};

QTEST_MAIN(TestBackupUi)
#include "TestBackupUi.moc"
