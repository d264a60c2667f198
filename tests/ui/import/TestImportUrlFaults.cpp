// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// Importing from a web address whose server misbehaves (stalls, resets, garbage, 50 MB, a byte at a time, endless
/// redirects): the import ends within the fetch timeout with "Not imported" and a reason, the wallet is unchanged,
/// and the window stays usable for the next import.

#include "core/net/Fetcher.h"
#include "core/session/WalletSession.h"
#include "core/store/CredentialRepository.h"
#include "support/LoopbackHttpServer.h"
#include "support/SessionTestHelpers.h"
#include "support/UiTestHelpers.h"
#include "ui/import/ImportController.h"
#include "ui/main/MainWindow.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeWidget>
#include <atomic>
#include <optional>

using namespace ler;
using namespace ler::ui;
using testnet::Route;

Q_DECLARE_METATYPE(testnet::Route)

namespace {

struct Shown
{
    QStringList statuses;
    QStringList details;
};

/// Answers the import result dialog (not the progress dialog a slow import shows first) and closes it.
void collect(Shown* out)
{
    ler::test::whenModal(
        [out](QWidget* dialog) {
            auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("importOutcomes"));
            for (int i = 0; list && i < list->topLevelItemCount(); ++i) {
                out->statuses << list->topLevelItem(i)->text(0);
                out->details << list->topLevelItem(i)->text(2);
            }
            static_cast<QDialog*>(dialog)->reject();
        },
        QStringLiteral("importResultDialog"));
}

} // namespace

class TestImportUrlFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_tmp;
    std::unique_ptr<session::WalletSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    testnet::AllowLoopback m_allowLoopback;

    int count()
    {
        const auto n = test::fromWallet(
            *m_session, [](store::Wallet& wallet) { return store::CredentialRepository(wallet.database()).count(); });
        return n && *n ? int(**n) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        m_session = std::make_unique<session::WalletSession>();
        m_session->setDirectory(m_tmp.filePath(QStringLiteral("wallet")));
        QSignalSpy created(m_session.get(), &session::WalletSession::created);
        m_session->create(QStringLiteral("url faults passphrase"), [] { return crypto::KdfParams::cheapForTests(); });
        QVERIFY(created.wait(10000));
        m_window = std::make_unique<MainWindow>(*m_session, [] { return crypto::KdfParams::cheapForTests(); });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // The open wallet is read on the session's worker before its page shows.
        QTRY_COMPARE(
            m_window->findChild<QStackedWidget*>()->currentWidget()->objectName(), QStringLiteral("walletPage"));
    }

    void importEndsClearlyInTime_data()
    {
        QTest::addColumn<Route>("route");
        Route stall;
        stall.silent = true;
        QTest::newRow("stall") << stall;
        Route reset;
        reset.reset = true;
        QTest::newRow("reset") << reset;
        Route garbage;
        garbage.raw = QByteArray("\x00\xff garbage, not HTTP\r\n\r\n{", 25);
        QTest::newRow("garbage") << garbage;
        QTest::newRow("50 MB") << Route::json(QByteArray(50 * 1024 * 1024, ' '));
        Route trickle = Route::json({});
        trickle.declaredLength = 1024 * 1024;
        trickle.trickleMs = 200;
        QTest::newRow("a byte at a time") << trickle;
        QTest::newRow("endless redirects") << Route();
    }

    void importEndsClearlyInTime()
    {
        QFETCH(Route, route);
        testnet::LoopbackHttpServer server;
        if (QByteArray(QTest::currentDataTag()) == "endless redirects") {
            route = Route::redirect(server.url(QStringLiteral("/badge.json")));
        }
        server.route(QStringLiteral("/badge.json"), route);
        const int before = count();
        Shown shown;
        collect(&shown);
        QSignalSpy done(m_window->importer(), &ImportController::imported);
        QElapsedTimer timer;
        timer.start();
        m_window->importer()->importUrl(server.url(QStringLiteral("/badge.json")));
        // The fetch timeout is 10 s; the answer comes within it plus a little for the event loop.
        QVERIFY(done.wait(net::kDefaultTimeoutMs + 5000));
        QTRY_COMPARE_WITH_TIMEOUT(shown.statuses, QStringList { QStringLiteral("Not imported") }, 5000);
        QVERIFY2(timer.elapsed() < net::kDefaultTimeoutMs + 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(!shown.details.value(0).isEmpty(), "the person is told why");
        QCOMPARE(count(), before);

        // The next import works: nothing is left stuck.
        QFile f(QStringLiteral(LER_TEST_DATA "/formats/openbadges3/valid/simple.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        server.route(QStringLiteral("/fine.json"), Route::json(f.readAll()));
        Shown fine;
        collect(&fine);
        m_window->importer()->importUrl(server.url(QStringLiteral("/fine.json")));
        QVERIFY(done.wait(net::kDefaultTimeoutMs + 5000));
        QTRY_VERIFY_WITH_TIMEOUT(!fine.statuses.isEmpty(), 5000);
        QVERIFY2(!fine.statuses.contains(QStringLiteral("Not imported")), qPrintable(fine.details.join('|')));
    }

    /// A fetch waits in a local event loop, so it is refused on the windows' thread; from a worker it is answered.
    void fetchingOnTheWindowThreadIsRefused()
    {
        testnet::LoopbackHttpServer server;
        server.route(QStringLiteral("/x.json"), Route::json("{}"));
        const net::Fetcher fetcher;
        const QUrl url = server.url(QStringLiteral("/x.json"));
        const auto onWindow = fetcher.fetch(url, QByteArrayLiteral("application/json"));
        QVERIFY(!onWindow.ok());
        QCOMPARE(onWindow.error().code, ErrorCode::Internal);
        std::optional<Result<net::FetchedResource>> onWorker;
        std::atomic<bool> finished = false;
        QThreadPool::globalInstance()->start([&] {
            onWorker = fetcher.fetch(url, QByteArrayLiteral("application/json"));
            finished = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(finished.load(), net::kDefaultTimeoutMs + 5000);
        QVERIFY2(onWorker->ok(), onWorker->ok() ? "" : qPrintable(onWorker->error().message.untranslated()));
        QCOMPARE(onWorker->value().body, QByteArray("{}"));
    }
};

QTEST_MAIN(TestImportUrlFaults)
#include "TestImportUrlFaults.moc"
