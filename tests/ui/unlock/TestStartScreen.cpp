// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/session/ImportService.h"
#include "core/session/KnownWallets.h"
#include "core/session/WalletSession.h"
#include "support/UiTestHelpers.h"
#include "ui/common/IdleWatcher.h"
#include "ui/common/PrivacyMode.h"
#include "ui/main/MainWindow.h"

#include <QCheckBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ler;
using namespace ler::ui;
using ler::test::shoot;
using ler::test::whenModal;

/// The start screen: known wallets with name, folder and last opened; open, rename, forget, delete; kiosk mode.
class TestStartScreen : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_tmp;
    const QByteArray m_pass = "granite fjord 44 pepper";

    static QWidget* currentPage(MainWindow& w) { return w.findChild<QStackedWidget*>()->currentWidget(); }

    QString makeWallet(const QString& name, int records)
    {
        const QString dir = m_tmp.filePath(name);
        auto created = store::Wallet::create(dir, m_pass, crypto::KdfParams::cheapForTests());
        if (!created)
            return {};
        session::ImportService service(created->wallet->database());
        for (int i = 0; i < records; ++i) {
            model::SelfAssertedEntry e;
            e.kind = model::RecordKind::Work;
            e.title = QStringLiteral("Job %1").arg(i);
            e.organization = QStringLiteral("Shop");
            if (!service.addEntry(e))
                return {};
        }
        return dir;
    }

    QTreeWidget* list(MainWindow& w) { return w.findChild<QTreeWidget*>(QStringLiteral("knownWallets")); }

    void select(MainWindow& w, const QString& folder)
    {
        for (int i = 0; i < list(w)->topLevelItemCount(); ++i)
            if (list(w)->topLevelItem(i)->data(0, Qt::UserRole).toString() == folder)
                list(w)->setCurrentItem(list(w)->topLevelItem(i));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        QApplication::setApplicationName(QStringLiteral("ler-wallet-test"));
    }

    void listsOpensRenamesForgetsAndDeletes()
    {
        const QString a = makeWallet(QStringLiteral("work"), 1);
        const QString b = makeWallet(QStringLiteral("old-laptop"), 3);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        session::KnownWallets known;
        known.touch(a, QDateTime::currentDateTimeUtc().addDays(-2));
        known.touch(b, QDateTime::currentDateTimeUtc().addDays(-1));

        session::WalletSession session;
        session.setDirectory(MainWindow::startFolder());
        QCOMPARE(session.directory(), b); // the last one opened
        MainWindow window(session, [] { return crypto::KdfParams::cheapForTests(); });
        window.showStartPage();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(currentPage(window)->objectName(), QStringLiteral("welcomePage"));
        QCOMPARE(list(window)->topLevelItemCount(), 2);
        QCOMPARE(list(window)->topLevelItem(0)->text(0), QStringLiteral("old-laptop"));
        QCOMPARE(list(window)->topLevelItem(0)->text(1), QDir::toNativeSeparators(b));
        QVERIFY(!list(window)->topLevelItem(0)->text(2).isEmpty());
        shoot(&window, "60-start-screen");

        // Open: the unlock page of that wallet; opening it moves it up the list.
        select(window, a);
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("openKnownButton")), Qt::LeftButton);
        QCOMPARE(currentPage(window)->objectName(), QStringLiteral("unlockPage"));
        QCOMPARE(session.directory(), a);
        auto* field = window.findChild<QLineEdit*>(QStringLiteral("unlockPassphrase"));
        QTest::keyClicks(field, QString::fromUtf8(m_pass));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(currentPage(window)->objectName(), QStringLiteral("walletPage"), 10000);
        // The lock waits for work still running on the wallet (the backup reminder's check, say).
        session.lock();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), session::WalletSession::State::Locked, 10000);
        window.showStartPage();
        QCOMPARE(list(window)->topLevelItem(0)->data(0, Qt::UserRole).toString(), a);

        // Rename.
        select(window, a);
        whenModal([](QWidget* dialog) {
            auto* input = qobject_cast<QInputDialog*>(dialog);
            QVERIFY(input);
            input->setTextValue(QStringLiteral("Work wallet"));
            input->accept();
        });
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("renameKnownButton")), Qt::LeftButton);
        QCOMPARE(list(window)->topLevelItem(0)->text(0), QStringLiteral("Work wallet"));
        QCOMPARE(session::KnownWallets().find(a)->name, QStringLiteral("Work wallet"));

        // Forget: off the list, the wallet stays.
        select(window, a);
        whenModal([](QWidget* dialog) {
            auto* box = qobject_cast<QMessageBox*>(dialog);
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("forgetKnownButton")), Qt::LeftButton);
        QCOMPARE(list(window)->topLevelItemCount(), 1);
        QVERIFY(store::Wallet::existsAt(a));

        // Delete: the passphrase, then what would be lost, then a deliberate confirmation.
        select(window, b);
        QString loss;
        whenModal([&](QWidget* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("deleteWalletDialog"));
            auto* pass = dialog->findChild<QLineEdit*>(QStringLiteral("deletePassphrase"));
            auto* next = dialog->findChild<QPushButton*>(QStringLiteral("deleteContinue"));
            auto* error = dialog->findChild<QLabel*>(QStringLiteral("deleteError"));
            pass->setText(QStringLiteral("not the passphrase"));
            QTest::mouseClick(next, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
            pass->setText(QString::fromUtf8(m_pass));
            QTest::mouseClick(next, Qt::LeftButton);
            auto* lossLabel = dialog->findChild<QLabel*>(QStringLiteral("deleteLoss"));
            QTRY_VERIFY_WITH_TIMEOUT(lossLabel->isVisible(), 10000);
            loss = lossLabel->text();
            auto* del = dialog->findChild<QPushButton*>(QStringLiteral("deleteButton"));
            QVERIFY2(!del->isEnabled(), "not before the person says they understand");
            shoot(dialog, "61-delete-wallet");
            dialog->findChild<QCheckBox*>(QStringLiteral("deleteUnderstood"))->setChecked(true);
            QTest::mouseClick(del, Qt::LeftButton);
        });
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("deleteKnownButton")), Qt::LeftButton);
        QVERIFY2(loss.contains(QStringLiteral("3 records, 3 of them your own entries")), qPrintable(loss));
        QVERIFY2(loss.contains(QStringLiteral("never made a backup")), qPrintable(loss));
        QVERIFY(!store::Wallet::existsAt(b));
        QVERIFY(!QFileInfo::exists(b));
        QCOMPARE(list(window)->topLevelItemCount(), 0);
        QVERIFY(!list(window)->isVisible());
    }

    void kioskShowsNoListAndRemembersNothing()
    {
        const QString c = makeWallet(QStringLiteral("kiosk-user"), 1);
        session::KnownWallets().touch(makeWallet(QStringLiteral("listed"), 0));
        const QByteArray settingsBefore = [] {
            QFile f(session::KnownWallets::defaultFile());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        PrivacyMode::instance().setKiosk(true);
        {
            session::WalletSession session;
            MainWindow window(session, [] { return crypto::KdfParams::cheapForTests(); });
            window.showStartPage();
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY2(!list(window)->isVisible(), "no list of wallets in kiosk mode");
            shoot(&window, "62-kiosk-start");
            window.openKnownWallet(c);
            auto* field = window.findChild<QLineEdit*>(QStringLiteral("unlockPassphrase"));
            QTest::keyClicks(field, QString::fromUtf8(m_pass));
            QTest::keyClick(field, Qt::Key_Return);
            QTRY_COMPARE_WITH_TIMEOUT(currentPage(window)->objectName(), QStringLiteral("walletPage"), 10000);
            QCOMPARE(window.idleWatcher()->timeout(), std::chrono::minutes(3)); // short, whatever the wallet says
            session.lock();
            // Locked: the start screen, not the last person's wallet.
            QTRY_COMPARE_WITH_TIMEOUT(currentPage(window)->objectName(), QStringLiteral("welcomePage"), 5000);
            QVERIFY(session.directory() != c);
        }
        PrivacyMode::instance().setKiosk(false);
        QFile f(session::KnownWallets::defaultFile());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), settingsBefore);
        QVERIFY(!session::KnownWallets().find(c));
    }
};

QTEST_MAIN(TestStartScreen)
#include "TestStartScreen.moc"
