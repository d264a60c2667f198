// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/session/WalletSession.h"
#include "core/store/WalletSettings.h"
#include "support/SessionTestHelpers.h"
#include "support/UiTestHelpers.h"
#include "ui/common/IdleWatcher.h"
#include "ui/main/MainWindow.h"
#include "ui/unlock/RecoveryCodeSheet.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace ler;
using namespace ler::ui;
using ler::test::shoot;
using ler::test::whenModal;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    QWidget* currentPage(MainWindow& w) { return w.findChild<QStackedWidget*>()->currentWidget(); }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        QApplication::setApplicationName(QStringLiteral("ler-wallet-test"));
    }

    void fullFlow()
    {
        QTemporaryDir tmp;
        session::WalletSession session;
        session.setDirectory(tmp.filePath(QStringLiteral("wallet")));
        MainWindow window(session, [] { return crypto::KdfParams::cheapForTests(); });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(currentPage(window)->objectName(), QStringLiteral("welcomePage"));
        shoot(&window, "01-welcome");

        QString recoveryCode;
        whenModal([&](QWidget* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("createWalletDialog"));
            auto* create = dialog->findChild<QPushButton*>(QStringLiteral("createButton"));
            auto* pass = dialog->findChild<QLineEdit*>(QStringLiteral("passphrase"));
            auto* again = dialog->findChild<QLineEdit*>(QStringLiteral("passphraseAgain"));
            QTest::keyClicks(pass, QStringLiteral("short"));
            QVERIFY2(!create->isEnabled(), "a too-short passphrase cannot be used");
            pass->setText(QStringLiteral("maple orbit seventy lantern"));
            again->setText(QStringLiteral("maple orbit seventy lanterns"));
            QVERIFY2(!create->isEnabled(), "passphrases that differ cannot be used");
            again->setText(QStringLiteral("maple orbit seventy lantern"));
            QVERIFY(create->isEnabled());
            shoot(dialog, "02-create");
            QTest::mouseClick(create, Qt::LeftButton);
            auto* code = dialog->findChild<QLabel*>(QStringLiteral("recoveryCode"));
            QTRY_VERIFY_WITH_TIMEOUT(!code->text().isEmpty(), 10000);
            QVERIFY2(pass->text().isEmpty(), "the passphrase does not linger in the field");
            recoveryCode = code->text();
            shoot(dialog, "03-recovery-code");
            auto* finish = dialog->findChild<QPushButton*>(QStringLiteral("finishButton"));
            QVERIFY2(!finish->isEnabled(), "the person must confirm the code was saved");
            static_cast<QDialog*>(dialog)->reject();
            QVERIFY2(dialog->isVisible(), "the code cannot be dismissed unseen");
            dialog->findChild<QCheckBox*>(QStringLiteral("savedCheck"))->setChecked(true);
            QTest::mouseClick(finish, Qt::LeftButton);
        });
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("createWalletButton")), Qt::LeftButton);
        // The new wallet is read on the session's worker before its page shows.
        QTRY_COMPARE(currentPage(window)->objectName(), QStringLiteral("walletPage"));
        QVERIFY(!recoveryCode.isEmpty());
        QVERIFY(window.idleWatcher()->isActive());
        shoot(&window, "04-main");

        // Lock wipes the views and returns to the unlock screen.
        auto* lock = window.findChild<QAction*>(QStringLiteral("lockAction"));
        QVERIFY(lock->isEnabled());
        lock->trigger();
        // A lock waits for the wallet's tasks already queued (the page's own reads among them).
        QTRY_COMPARE(currentPage(window)->objectName(), QStringLiteral("unlockPage"));
        QVERIFY(!session.wallet());
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("walletSummary"))->text().isEmpty());
        QVERIFY(!lock->isEnabled());

        // Wrong passphrase: a plain message, still locked.
        auto* field = window.findChild<QLineEdit*>(QStringLiteral("unlockPassphrase"));
        auto* unlock = window.findChild<QPushButton*>(QStringLiteral("unlockButton"));
        auto* error = window.findChild<QLabel*>(QStringLiteral("unlockError"));
        QTest::keyClicks(field, QStringLiteral("maple orbit"));
        QTest::mouseClick(unlock, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QVERIFY2(error->text().contains(QStringLiteral("passphrase")), qPrintable(error->text()));
        QVERIFY(!session.wallet());
        shoot(&window, "05-unlock-wrong");

        QTest::keyClicks(field, QStringLiteral("maple orbit seventy lantern"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(currentPage(window)->objectName(), QStringLiteral("walletPage"), 10000);

        // Auto-lock after idle time.
        window.setAutoLockInterval(std::chrono::milliseconds(300));
        QTRY_COMPARE_WITH_TIMEOUT(currentPage(window)->objectName(), QStringLiteral("unlockPage"), 5000);
        QVERIFY(!session.wallet());

        // The recovery code unlocks, then asks for a new passphrase.
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("useRecoveryCode")), Qt::LeftButton);
        auto* codeField = window.findChild<QLineEdit*>(QStringLiteral("unlockRecoveryCode"));
        QVERIFY(codeField->isVisible());
        codeField->setText(recoveryCode.toLower());
        bool askedForNewPassphrase = false;
        whenModal([&](QWidget* box) {
            QVERIFY(qobject_cast<QMessageBox*>(box));
            whenModal([&](QWidget* dialog) {
                askedForNewPassphrase = dialog->objectName() == QLatin1String("changePassphraseDialog");
                QVERIFY2(!dialog->findChild<QLineEdit*>(QStringLiteral("currentPassphrase")),
                    "after recovery the forgotten passphrase is not asked for");
                static_cast<QDialog*>(dialog)->reject();
            });
            static_cast<QMessageBox*>(box)->accept();
        });
        QTest::mouseClick(unlock, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(askedForNewPassphrase, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(currentPage(window)->objectName(), QStringLiteral("walletPage"), 5000);
    }

    void settingsAreStoredInTheWallet()
    {
        QTemporaryDir tmp;
        session::WalletSession session;
        session.setDirectory(tmp.path());
        QSignalSpy created(&session, &session::WalletSession::created);
        session.create(QStringLiteral("a fine passphrase"), [] { return crypto::KdfParams::cheapForTests(); });
        QVERIFY(created.wait(10000));
        MainWindow window(session, [] { return crypto::KdfParams::cheapForTests(); });
        window.show();
        whenModal([&](QWidget* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("settingsDialog"));
            QPushButton* save = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
            QTRY_VERIFY(save->isEnabled()); // the wallet's settings are read on the session's worker first
            dialog->findChild<QSpinBox*>(QStringLiteral("autoLockMinutes"))->setValue(25);
            shoot(dialog, "06-settings");
            save->click();
        });
        const auto actions = window.findChildren<QAction*>();
        auto it = std::find_if(actions.cbegin(), actions.cend(), [](QAction* a) {
            return a->text().contains(QStringLiteral("Settings"));
        });
        QVERIFY(it != actions.cend());
        QTRY_VERIFY((*it)->isEnabled()); // once the wallet page shows
        (*it)->trigger();
        const auto stored = test::fromWallet(
            session, [](store::Wallet& wallet) { return store::WalletSettings(wallet.database()).autoLockAfter(); });
        QVERIFY(stored);
        QCOMPARE(*stored, std::chrono::minutes(25));
    }

    void recoverySheetPrints()
    {
        QTemporaryDir tmp;
        const QString pdf = tmp.filePath(QStringLiteral("code.pdf"));
        {
            QPdfWriter writer(pdf);
            RecoveryCodeSheet::render(&writer,
                QStringLiteral("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789"),
                QStringLiteral("/home/alex/wallet"));
        }
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY2(bytes.size() > 2000, "the sheet has content");
        const QString html = RecoveryCodeSheet::html(QStringLiteral("ABCD-<b>"), QStringLiteral("/x"));
        QVERIFY2(html.contains(QStringLiteral("ABCD-&lt;b&gt;")), "text is escaped, never interpreted");
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
