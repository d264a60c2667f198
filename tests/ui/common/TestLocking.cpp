// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/session/WalletSession.h"
#include "ui/common/ClipboardGuard.h"
#include "ui/common/SessionLockWatcher.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ler;
using namespace ler::ui;

/// What locks the wallet besides the idle timer: Ctrl+L, the desktop locking or the computer going to sleep; and what
/// the clipboard keeps of what the app copied.
class TestLocking : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QProcess m_bus;
    QString m_busAddress;

    static QWidget* currentPage(MainWindow& w) { return w.findChild<QStackedWidget*>()->currentWidget(); }

    /// Sends a signal on the private bus as logind or a screen saver would.
    bool emitSignal(const QString& path, const QString& interface, const QString& name, const QVariantList& args)
    {
        QDBusConnection sender = QDBusConnection::connectToBus(m_busAddress, QStringLiteral("test-sender"));
        QDBusMessage m = QDBusMessage::createSignal(path, interface, name);
        m.setArguments(args);
        return sender.send(m);
    }

    void openWallet(session::WalletSession& session, MainWindow& window)
    {
        session.setDirectory(m_home.filePath(QStringLiteral("wallet-%1").arg(qrand())));
        QSignalSpy created(&session, &session::WalletSession::created);
        session.create(QStringLiteral("a long passphrase here"), [] { return crypto::KdfParams::cheapForTests(); });
        QVERIFY(created.wait(10000));
        window.showCurrentPage();
        QTRY_VERIFY(session.wallet());
    }

    static int qrand()
    {
        static int n = 0;
        return ++n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        QApplication::setApplicationName(QStringLiteral("ler-wallet-test"));
        // A bus of our own, for the signals a desktop would send.
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (!daemon.isEmpty()) {
            m_bus.start(
                daemon, { QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address") });
            if (m_bus.waitForReadyRead(10000))
                m_busAddress = QString::fromUtf8(m_bus.readLine()).trimmed();
        }
    }

    void cleanupTestCase()
    {
        if (m_bus.state() != QProcess::NotRunning) {
            m_bus.terminate();
            m_bus.waitForFinished(5000);
        }
    }

    void clipboardIsClearedAfterItsTime()
    {
        ClipboardGuard& guard = ClipboardGuard::instance();
        guard.setClearAfter(std::chrono::milliseconds(200));
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copy(QStringLiteral("did:key:z6MkExample"));
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("did:key:z6MkExample"));
        QVERIFY(guard.holdsCopy());
        QVERIFY(cleared.wait(3000));
        QVERIFY(QApplication::clipboard()->text().isEmpty());
        // What the person copied since stays.
        guard.copy(QStringLiteral("did:key:z6MkOther"));
        QApplication::clipboard()->setText(QStringLiteral("my own note"));
        QTest::qWait(400);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("my own note"));
        QCOMPARE(cleared.size(), 1);
        guard.setClearAfter(std::chrono::seconds(30));
    }

    void ctrlLLocksAndClearsTheClipboard()
    {
        session::WalletSession session;
        MainWindow window(session, [] { return crypto::KdfParams::cheapForTests(); });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openWallet(session, window);
        QTRY_COMPARE(currentPage(window)->objectName(), QStringLiteral("walletPage"));
        window.findChild<QAction*>(QStringLiteral("copyWalletIdAction"))->trigger();
        QTRY_VERIFY(QApplication::clipboard()->text().startsWith(QLatin1String("did:key:")));
        window.activateWindow();
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(!session.wallet());
        QCOMPARE(currentPage(window)->objectName(), QStringLiteral("unlockPage"));
        QVERIFY2(QApplication::clipboard()->text().isEmpty(), "locking takes the wallet ID off the clipboard");
    }

    void desktopLockAndSleepLockTheWallet_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("interface");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("value");
        QTest::addColumn<bool>("locks");
        QTest::newRow("screen saver on") << "/org/freedesktop/ScreenSaver"
                                         << "org.freedesktop.ScreenSaver"
                                         << "ActiveChanged" << true << true;
        QTest::newRow("screen saver off") << "/org/freedesktop/ScreenSaver"
                                          << "org.freedesktop.ScreenSaver"
                                          << "ActiveChanged" << false << false;
        QTest::newRow("GNOME screen saver") << "/org/gnome/ScreenSaver"
                                            << "org.gnome.ScreenSaver"
                                            << "ActiveChanged" << true << true;
        QTest::newRow("going to sleep") << "/org/freedesktop/login1"
                                        << "org.freedesktop.login1.Manager"
                                        << "PrepareForSleep" << true << true;
        QTest::newRow("waking up") << "/org/freedesktop/login1"
                                   << "org.freedesktop.login1.Manager"
                                   << "PrepareForSleep" << false << false;
        QTest::newRow("another interface") << "/org/freedesktop/ScreenSaver"
                                           << "org.example.Other"
                                           << "ActiveChanged" << true << false;
    }

    void desktopLockAndSleepLockTheWallet()
    {
        if (!SessionLockWatcher::supported())
            QSKIP("built without Qt D-Bus: only the idle timer and Ctrl+L lock");
        if (m_busAddress.isEmpty())
            QSKIP("dbus-daemon is not installed: cannot run a private bus");
        QFETCH(QString, path);
        QFETCH(QString, interface);
        QFETCH(QString, name);
        QFETCH(bool, value);
        QFETCH(bool, locks);
        session::WalletSession session;
        MainWindow window(session, [] { return crypto::KdfParams::cheapForTests(); });
        window.show();
        QVERIFY(window.lockWatcher()->watchBuses(m_busAddress, m_busAddress));
        openWallet(session, window);
        QTRY_VERIFY(session.wallet());
        QSignalSpy requested(window.lockWatcher(), &SessionLockWatcher::lockRequested);
        QVERIFY(emitSignal(path, interface, name, { value }));
        if (locks) {
            QVERIFY(requested.wait(5000));
            QTRY_VERIFY(!session.wallet());
        } else {
            QVERIFY(!requested.wait(500));
            QVERIFY(session.wallet());
        }
    }
};

QTEST_MAIN(TestLocking)
#include "TestLocking.moc"
