// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/session/WalletSession.h"
#include "support/UiTestHelpers.h"
#include "ui/main/MainWindow.h"
#include "ui/settings/ChangePassphraseDialog.h"
#include "ui/unlock/CreateWalletDialog.h"
#include "ui/unlock/UnlockPage.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ler;
using namespace ler::ui;
using ler::test::shoot;

/// Key derivation takes a second or more with real costs: opening, creating a wallet and changing the passphrase
/// say so while they run (text, a busy indicator, the form disabled), the window stays responsive (the work runs
/// on a worker, so the click returns at once), and the busy state clears afterwards, also when it failed.
class TestBusyStates : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    const QString m_passphrase = QStringLiteral("copper meadow 19 violin");

    static QWidget* currentPage(MainWindow& w) { return w.findChild<QStackedWidget*>()->currentWidget(); }

    /// A wallet made with the cheapest key cost, then locked.
    static void makeWallet(session::WalletSession& session, const QString& dir, const QString& passphrase)
    {
        session.setDirectory(dir);
        QSignalSpy created(&session, &session::WalletSession::created);
        session.create(passphrase, [] { return crypto::KdfParams::cheapForTests(); });
        QVERIFY(created.wait(10000));
        session.lock();
    }

    struct UnlockWidgets
    {
        QLineEdit* field;
        QPushButton* button;
        QLabel* busyText;
        QProgressBar* busyBar;
        QLabel* error;
        UnlockPage* page;
    };

    static UnlockWidgets unlockWidgets(MainWindow& w)
    {
        return { w.findChild<QLineEdit*>(QStringLiteral("unlockPassphrase")),
            w.findChild<QPushButton*>(QStringLiteral("unlockButton")),
            w.findChild<QLabel*>(QStringLiteral("unlockBusy")),
            w.findChild<QProgressBar*>(QStringLiteral("unlockProgress")),
            w.findChild<QLabel*>(QStringLiteral("unlockError")),
            w.findChild<UnlockPage*>() };
    }

    static bool showsBusy(const UnlockWidgets& u)
    {
        return u.page->isBusy() && u.busyText->isVisible() && u.busyBar->isVisible() && !u.button->isEnabled()
            && !u.field->isEnabled() && u.busyText->text() == QLatin1String("Opening your wallet...");
    }

    static bool showsIdle(const UnlockWidgets& u)
    {
        return !u.page->isBusy() && !u.busyText->isVisible() && !u.busyBar->isVisible() && u.button->isEnabled()
            && u.field->isEnabled();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        QApplication::setApplicationName(QStringLiteral("ler-wallet-test"));
    }

    void unlockShowsThatTheWalletIsOpening()
    {
        QTemporaryDir tmp;
        session::WalletSession session;
        makeWallet(session, tmp.filePath(QStringLiteral("wallet")), m_passphrase);
        MainWindow window(session, [] { return crypto::KdfParams::cheapForTests(); });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const UnlockWidgets u = unlockWidgets(window);
        QCOMPARE(currentPage(window), u.page);
        QVERIFY(showsIdle(u));

        // Still opening when the key is derived: the records are read next, on a worker too.
        bool busyWhenUnlocked = false;
        bool walletActionsOff = false;
        auto* lock = window.findChild<QAction*>(QStringLiteral("lockAction"));
        connect(&session, &session::WalletSession::unlocked, this, [&] {
            busyWhenUnlocked = showsBusy(u) && currentPage(window) == u.page;
            walletActionsOff = !lock->isEnabled();
        });
        QSignalSpy unlocked(&session, &session::WalletSession::unlocked);
        QTest::keyClicks(u.field, m_passphrase);
        QTest::keyClick(u.field, Qt::Key_Return);
        // The key is derived on a worker: the key press has returned while it runs.
        QCOMPARE(session.state(), session::WalletSession::State::Working);
        QVERIFY2(showsBusy(u), "Opening your wallet..., a busy indicator and the Unlock button disabled");
        QVERIFY2(u.field->text().isEmpty(), "the passphrase does not linger in the field");
        shoot(&window, "30-unlock-opening");
        QVERIFY(unlocked.wait(10000));
        QVERIFY2(busyWhenUnlocked, "busy until the records are read");
        QVERIFY2(walletActionsOff, "no wallet action before the wallet is shown");
        QTRY_COMPARE_WITH_TIMEOUT(currentPage(window)->objectName(), QStringLiteral("walletPage"), 10000);
        QVERIFY2(showsIdle(u), "the busy state clears once the wallet is shown");
        QVERIFY(lock->isEnabled());

        // Locked again, the unlock page is ready for the next passphrase.
        session.lock();
        // A lock waits for the wallet's tasks already queued (the page's own reads among them).
        QTRY_COMPARE(currentPage(window), u.page);
        QVERIFY(showsIdle(u));
    }

    void wrongPassphraseClearsTheBusyState()
    {
        QTemporaryDir tmp;
        session::WalletSession session;
        makeWallet(session, tmp.filePath(QStringLiteral("wallet")), m_passphrase);
        MainWindow window(session, [] { return crypto::KdfParams::cheapForTests(); });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const UnlockWidgets u = unlockWidgets(window);
        QSignalSpy failed(&session, &session::WalletSession::unlockFailed);
        QTest::keyClicks(u.field, QStringLiteral("copper meadow 19 viola"));
        QTest::mouseClick(u.button, Qt::LeftButton);
        QCOMPARE(session.state(), session::WalletSession::State::Working);
        QVERIFY(showsBusy(u));
        QVERIFY(!u.error->isVisible());
        QVERIFY(failed.wait(10000));
        QVERIFY2(showsIdle(u), "a wrong passphrase ends the busy state");
        QVERIFY(u.error->isVisible());
        QVERIFY2(u.error->text().contains(QStringLiteral("passphrase")), qPrintable(u.error->text()));
        QCOMPARE(currentPage(window), u.page);
        QVERIFY(!session.wallet());
        shoot(&window, "31-unlock-wrong");
    }

    void createShowsProgressAndItsFailure()
    {
        QTemporaryDir tmp;
        session::WalletSession session;
        session.setDirectory(tmp.filePath(QStringLiteral("new-wallet")));
        CreateWalletDialog dialog(session, [] { return crypto::KdfParams::cheapForTests(); });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* pages = dialog.findChild<QStackedWidget*>();
        auto* create = dialog.findChild<QPushButton*>(QStringLiteral("createButton"));
        const auto fill = [&] {
            dialog.findChild<QLineEdit*>(QStringLiteral("passphrase"))->setText(m_passphrase);
            dialog.findChild<QLineEdit*>(QStringLiteral("passphraseAgain"))->setText(m_passphrase);
        };

        // A folder that cannot be made (below a file): the error shows and the form comes back.
        QFile blocker(tmp.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        session.setDirectory(tmp.filePath(QStringLiteral("file/wallet")));
        fill();
        QSignalSpy failed(&session, &session::WalletSession::createFailed);
        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("createBusy"));
        QVERIFY(dialog.findChild<QProgressBar*>(QStringLiteral("createProgress"))->isVisible());
        QVERIFY(failed.wait(10000));
        QCOMPARE(pages->currentIndex(), 0);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("createError"))->isVisible());
        QVERIFY(!dialog.findChild<QProgressBar*>(QStringLiteral("createProgress"))->isVisible());

        session.setDirectory(tmp.filePath(QStringLiteral("new-wallet")));
        fill();
        QSignalSpy created(&session, &session::WalletSession::created);
        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("createBusy"));
        QVERIFY(dialog.findChild<QProgressBar*>(QStringLiteral("createProgress"))->isVisible());
        shoot(&dialog, "32-create-busy");
        QVERIFY(created.wait(10000));
        QVERIFY2(!dialog.recoveryCode().isEmpty(), "the recovery code follows");
        QVERIFY(!dialog.findChild<QProgressBar*>(QStringLiteral("createProgress"))->isVisible());
    }

    void changePassphraseShowsProgressAndItsFailure()
    {
        QTemporaryDir tmp;
        session::WalletSession session;
        makeWallet(session, tmp.filePath(QStringLiteral("wallet")), m_passphrase);
        QSignalSpy unlocked(&session, &session::WalletSession::unlocked);
        session.unlock(m_passphrase);
        QVERIFY(unlocked.wait(10000));

        ChangePassphraseDialog dialog(session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* current = dialog.findChild<QLineEdit*>(QStringLiteral("currentPassphrase"));
        auto* next = dialog.findChild<QLineEdit*>(QStringLiteral("passphrase"));
        auto* again = dialog.findChild<QLineEdit*>(QStringLiteral("passphraseAgain"));
        auto* bar = dialog.findChild<QProgressBar*>(QStringLiteral("changeProgress"));
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("changeStatus"));
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        const QString newPassphrase = QStringLiteral("silver canyon 88 lantern");
        QVERIFY(!bar->isVisible());

        current->setText(QStringLiteral("not the passphrase at all"));
        next->setText(newPassphrase);
        again->setText(newPassphrase);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY2(dialog.isBusy() && bar->isVisible() && !ok->isEnabled() && !current->isEnabled() && !next->isEnabled(),
            "busy while the keys are derived");
        QCOMPARE(status->text(), QStringLiteral("Changing the passphrase..."));
        dialog.reject();
        QVERIFY2(dialog.isVisible(), "the dialog waits for the outcome");
        shoot(&dialog, "33-change-busy");
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10000);
        QVERIFY2(
            !bar->isVisible() && ok->isEnabled() && current->isEnabled(), "a wrong passphrase ends the busy state");
        QVERIFY2(status->text().contains(QStringLiteral("passphrase")), qPrintable(status->text()));
        QVERIFY(dialog.isVisible());

        current->setText(m_passphrase);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog.isBusy() && bar->isVisible());
        QVERIFY(accepted.wait(10000));
        QVERIFY(!dialog.isBusy() && !bar->isVisible());

        // The new passphrase opens the wallet.
        session.lock();
        session.unlock(newPassphrase);
        QVERIFY(unlocked.wait(10000));
        QVERIFY(session.wallet());
    }
};

QTEST_MAIN(TestBusyStates)
#include "TestBusyStates.moc"
