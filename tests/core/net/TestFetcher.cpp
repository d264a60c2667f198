// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/net/AddressPolicy.h"
#include "core/net/Fetcher.h"
#include "support/LoopbackHttpServer.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

Q_DECLARE_METATYPE(ler::ErrorCode)

using namespace ler;
using namespace ler::net;
using testnet::LoopbackHttpServer;
using testnet::Route;

namespace {

QString describe(const Error& e)
{
    return errorCodeName(e.code) + QStringLiteral(": ") + e.message.untranslated();
}

template <typename T> QString describe(const Result<T>& r)
{
    return r.ok() ? QStringLiteral("ok") : describe(r.error());
}

} // namespace

class TestFetcher : public QObject
{
    Q_OBJECT
    // Fixtures are served from 127.0.0.1, which the Fetcher reaches only with LER_WALLET_ALLOW_LOOPBACK=1.
    testnet::AllowLoopback m_allowLoopback;

private Q_SLOTS:
    void allowedUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowLoopback");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://example.com/list" << false << true;
        QTest::newRow("https public address") << "https://93.184.215.14/x" << false << true;
        QTest::newRow("http loopback v4") << "http://127.0.0.1:8080/x" << false << false;
        QTest::newRow("https loopback v4") << "https://127.0.0.1:8080/x" << false << false;
        QTest::newRow("http loopback v6") << "http://[::1]:8080/x" << false << false;
        QTest::newRow("http localhost") << "http://localhost/x" << false << false;
        QTest::newRow("switch: http loopback v4") << "http://127.0.0.1:8080/x" << true << true;
        QTest::newRow("switch: https loopback v4") << "https://127.0.0.1:8080/x" << true << true;
        QTest::newRow("switch: http loopback 127/8") << "http://127.8.9.10/x" << true << true;
        QTest::newRow("switch: http loopback v6") << "http://[::1]:8080/x" << true << true;
        QTest::newRow("switch: http localhost") << "http://localhost/x" << true << true;
        QTest::newRow("switch: http remote") << "http://203.0.113.5/x" << true << false;
        QTest::newRow("switch: http host name") << "http://example.com/x" << true << false;
        QTest::newRow("switch: http localhost lookalike") << "http://localhost.example.com/x" << true << false;
        QTest::newRow("switch: https private") << "https://10.0.0.1/x" << true << false;
        QTest::newRow("https private") << "https://192.168.1.1/x" << false << false;
        QTest::newRow("https metadata") << "https://169.254.169.254/x" << false << false;
        QTest::newRow("https mapped private") << "https://[::ffff:10.0.0.1]/x" << false << false;
        QTest::newRow("https unique local") << "https://[fd00::1]/x" << false << false;
        QTest::newRow("user info") << "https://user:pw@example.com/x" << false << false;
        QTest::newRow("ftp") << "ftp://example.com/x" << false << false;
        QTest::newRow("file") << "file:///etc/passwd" << true << false;
        QTest::newRow("data") << "data:application/json,{}" << false << false;
        QTest::newRow("relative") << "/x" << false << false;
    }

    void allowedUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowLoopback);
        QFETCH(bool, allowed);
        const testnet::ScopedEnvironment env(kAllowLoopbackVariable, allowLoopback ? "1" : nullptr);
        QCOMPARE(isAllowedUrl(QUrl(url)), allowed);
    }

    void loopbackHttpWorksAndSendsAccept()
    {
        LoopbackHttpServer server;
        QVERIFY(server.isListening());
        Route r = Route::json(R"({"hello":"world"})");
        r.contentType = "application/ld+json; charset=utf-8";
        server.route(QStringLiteral("/doc"), r);
        Fetcher fetcher;
        const auto got = fetcher.fetch(server.url(QStringLiteral("/doc")), "application/ld+json, application/json");
        QVERIFY2(got.ok(), qPrintable(describe(got)));
        QCOMPARE(got->body, QByteArray(R"({"hello":"world"})"));
        QCOMPARE(got->httpStatus, 200);
        QCOMPARE(got->contentType, QStringLiteral("application/ld+json"));
        QVERIFY(!got->fromCache);
        QVERIFY(got->fetchedAt.isValid());
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(
            server.requests().front().headers.value("accept"), QByteArray("application/ld+json, application/json"));
    }

    void nonLoopbackHttpRefusedBeforeConnecting()
    {
        Fetcher fetcher;
        QElapsedTimer clock;
        clock.start();
        const auto got = fetcher.fetch(QUrl(QStringLiteral("http://203.0.113.5/list")), "application/json");
        QVERIFY(!got.ok());
        QCOMPARE(got.error().code, ErrorCode::Network);
        QCOMPARE(got.error().reason, QStringLiteral("net/not-https"));
        QVERIFY2(got.error().message.untranslated().contains(QLatin1String("203.0.113.5")),
            qPrintable(got.error().message.untranslated()));
        QVERIFY2(clock.elapsed() < 1000, "refusal must not wait for any connection");
    }

    void redirectToPlainHttpRefused()
    {
        LoopbackHttpServer server;
        server.route(QStringLiteral("/start"), Route::redirect(QUrl(QStringLiteral("http://203.0.113.5/elsewhere"))));
        Fetcher fetcher;
        QElapsedTimer clock;
        clock.start();
        const auto got = fetcher.fetch(server.url(QStringLiteral("/start")), "application/json");
        QVERIFY(!got.ok());
        QCOMPARE(got.error().code, ErrorCode::Network);
        QCOMPARE(got.error().reason, QStringLiteral("net/not-https"));
        // Refused as a redirect: the message names the target it pointed at.
        QCOMPARE(got.error().message.args().value(1).words(), QStringLiteral("http://203.0.113.5/elsewhere"));
        QVERIFY(clock.elapsed() < 5000);
    }

    void redirectsFollowedWithinLimit()
    {
        LoopbackHttpServer server;
        server.route(QStringLiteral("/a"), Route::redirect(server.url(QStringLiteral("/b")), 301));
        server.route(QStringLiteral("/b"), Route::redirect(QUrl(QStringLiteral("/c")), 307)); // relative
        server.route(QStringLiteral("/c"), Route::redirect(server.url(QStringLiteral("/final")), 308));
        server.route(QStringLiteral("/final"), Route::json("[1]"));
        Fetcher fetcher;
        const auto got = fetcher.fetch(server.url(QStringLiteral("/a")), "application/json");
        QVERIFY2(got.ok(), qPrintable(describe(got)));
        QCOMPARE(got->body, QByteArray("[1]"));
        QCOMPARE(got->url, server.url(QStringLiteral("/a")));
        QCOMPARE(got->finalUrl, server.url(QStringLiteral("/final")));

        fetcher.setMaxRedirects(2);
        const auto refused = fetcher.fetch(
            FetchRequest { server.url(QStringLiteral("/a")), "application/json", CacheUse::NoCache, false });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::LimitExceeded);
    }

    void redirectLoopStops()
    {
        LoopbackHttpServer server;
        server.route(QStringLiteral("/loop"), Route::redirect(server.url(QStringLiteral("/loop"))));
        Fetcher fetcher;
        const auto got = fetcher.fetch(server.url(QStringLiteral("/loop")), "application/json");
        QVERIFY(!got.ok());
        QCOMPARE(got.error().code, ErrorCode::LimitExceeded);
        QCOMPARE(server.connectionCount(), kDefaultMaxRedirects + 1);
    }

    void timeout()
    {
        LoopbackHttpServer server;
        Route silent;
        silent.silent = true;
        server.route(QStringLiteral("/never"), silent);
        Fetcher fetcher;
        QCOMPARE(fetcher.timeoutMs(), kDefaultTimeoutMs);
        fetcher.setTimeoutMs(300);
        QElapsedTimer clock;
        clock.start();
        const auto got = fetcher.fetch(server.url(QStringLiteral("/never")), "application/json");
        QVERIFY(!got.ok());
        QCOMPARE(got.error().code, ErrorCode::Network);
        QCOMPARE(got.error().reason, QStringLiteral("net/timeout"));
        QVERIFY2(clock.elapsed() >= 250 && clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }

    void slowButInTime()
    {
        LoopbackHttpServer server;
        Route slow = Route::json("{}");
        slow.delayMs = 100;
        server.route(QStringLiteral("/slow"), slow);
        Fetcher fetcher;
        fetcher.setTimeoutMs(3000);
        const auto got = fetcher.fetch(server.url(QStringLiteral("/slow")), "application/json");
        QVERIFY2(got.ok(), qPrintable(describe(got)));
    }

    void oversizedBody_data()
    {
        QTest::addColumn<bool>("omitLength");
        QTest::addColumn<qint64>("declaredLength");
        QTest::newRow("Content-Length too large") << false << qint64(-1);
        QTest::newRow("no Content-Length") << true << qint64(-1);
        QTest::newRow("Content-Length lies small") << false << qint64(10);
    }

    void oversizedBody()
    {
        QFETCH(bool, omitLength);
        QFETCH(qint64, declaredLength);
        LoopbackHttpServer server;
        Route big = Route::json(QByteArray(kDefaultMaxBytes + 4096, 'x'));
        big.omitLength = omitLength;
        big.declaredLength = declaredLength;
        server.route(QStringLiteral("/big"), big);
        Fetcher fetcher;
        QCOMPARE(fetcher.maxBytes(), kDefaultMaxBytes);
        const auto got = fetcher.fetch(server.url(QStringLiteral("/big")), "application/json");
        if (declaredLength >= 0) {
            // Qt stops at the announced length: the body is short, never over the limit.
            QVERIFY2(got.ok() ? got->body.size() <= kDefaultMaxBytes : true, "body over the limit");
            return;
        }
        QVERIFY(!got.ok());
        QCOMPARE(got.error().code, ErrorCode::LimitExceeded);
        QCOMPARE(got.error().reason, QStringLiteral("net/too-large"));
    }

    /// An answer that stops before the length it announced is refused, never passed on cut short.
    void cutOffAnswer()
    {
        LoopbackHttpServer server;
        Route shortBody = Route::json(R"({"a":1})");
        shortBody.declaredLength = 4096;
        server.route(QStringLiteral("/short"), shortBody);
        Fetcher fetcher;
        const auto got = fetcher.fetch(server.url(QStringLiteral("/short")), "application/json");
        QVERIFY(!got.ok());
        QCOMPARE(got.error().code, ErrorCode::Network);
        QCOMPARE(got.error().reason, QStringLiteral("net/cut-off"));
    }

    void smallLimit()
    {
        LoopbackHttpServer server;
        Route r = Route::json(QByteArray(2000, 'y'));
        r.omitLength = true;
        server.route(QStringLiteral("/two-k"), r);
        server.route(QStringLiteral("/one-k"), Route::json(QByteArray(1000, 'z')));
        Fetcher fetcher;
        fetcher.setMaxBytes(1000);
        QVERIFY(fetcher.fetch(server.url(QStringLiteral("/one-k")), "*/*").ok());
        const auto got = fetcher.fetch(server.url(QStringLiteral("/two-k")), "*/*");
        QVERIFY(!got.ok());
        QCOMPARE(got.error().code, ErrorCode::LimitExceeded);
        QCOMPARE(got.error().reason, QStringLiteral("net/too-large"));
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("404") << 404 << ErrorCode::NotFound;
        QTest::newRow("410") << 410 << ErrorCode::NotFound;
        QTest::newRow("403") << 403 << ErrorCode::Network;
        QTest::newRow("500") << 500 << ErrorCode::Network;
    }

    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(ErrorCode, code);
        LoopbackHttpServer server;
        server.route(QStringLiteral("/e"), Route::json(R"({"revoked":true})", status));
        Fetcher fetcher;
        const auto got = fetcher.fetch(server.url(QStringLiteral("/e")), "application/json");
        QVERIFY(!got.ok());
        QCOMPARE(got.error().code, code);
        QCOMPARE(got.error().reason,
            code == ErrorCode::NotFound ? QStringLiteral("net/http-not-found") : QStringLiteral("net/http-error"));
        QVERIFY2(got.error().message.untranslated().contains(QString::number(status)),
            qPrintable(got.error().message.untranslated()));

        FetchRequest request { server.url(QStringLiteral("/e")), "application/json", CacheUse::NoCache, true };
        const auto answered = fetcher.fetch(request);
        QVERIFY2(answered.ok(), qPrintable(describe(answered)));
        QCOMPARE(answered->httpStatus, status);
        QCOMPARE(answered->body, QByteArray(R"({"revoked":true})"));
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            LoopbackHttpServer server;
            port = server.port();
        }
        Fetcher fetcher;
        const auto got = fetcher.fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port)), "application/json");
        QVERIFY(!got.ok());
        QCOMPARE(got.error().code, ErrorCode::Network);
    }

    void offlineSendsNothing()
    {
        LoopbackHttpServer server;
        server.route(QStringLiteral("/doc"), Route::json("{}"));
        Fetcher fetcher;
        fetcher.setOnline(false);
        QVERIFY(!fetcher.isOnline());
        const auto got = fetcher.fetch(server.url(QStringLiteral("/doc")), "application/json");
        QVERIFY(!got.ok());
        QCOMPARE(got.error().code, ErrorCode::Network);
        QCOMPARE(got.error().reason, QStringLiteral("net/offline"));
        QCOMPARE(server.connectionCount(), 0);
    }

    void cacheServesOfflineWithFetchTime()
    {
        LoopbackHttpServer server;
        server.route(QStringLiteral("/doc"), Route::json(R"({"v":1})"));
        Fetcher fetcher;
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto first = fetcher.fetch(server.url(QStringLiteral("/doc")), "application/json");
        QVERIFY2(first.ok(), qPrintable(describe(first)));
        QVERIFY(!first->fromCache);
        QVERIFY(first->fetchedAt >= before.addSecs(-1));

        fetcher.setOnline(false);
        const auto second = fetcher.fetch(server.url(QStringLiteral("/doc")), "application/json");
        QVERIFY2(second.ok(), qPrintable(describe(second)));
        QVERIFY(second->fromCache);
        QCOMPARE(second->fetchedAt, first->fetchedAt);
        QCOMPARE(second->body, first->body);
        QCOMPARE(server.connectionCount(), 1);

        FetchRequest noCache { server.url(QStringLiteral("/doc")), "application/json", CacheUse::NoCache, false };
        QVERIFY(!fetcher.fetch(noCache).ok());
    }

    void cacheFirstAndFallback()
    {
        auto cache = std::make_shared<MemoryFetchCache>();
        Fetcher fetcher(cache);
        QUrl url;
        {
            LoopbackHttpServer server;
            server.route(QStringLiteral("/doc"), Route::json(R"({"v":2})"));
            url = server.url(QStringLiteral("/doc"));
            QVERIFY(fetcher.fetch(url, "application/json").ok());
            QCOMPARE(cache->size(), 1);
            const auto again = fetcher.fetch(FetchRequest { url, "application/json", CacheUse::CacheFirst, false });
            QVERIFY(again.ok() && again->fromCache);
            QCOMPARE(server.connectionCount(), 1);
        }
        // The server is gone: a network failure falls back to the cached copy.
        const auto fallback = fetcher.fetch(url, "application/json");
        QVERIFY2(fallback.ok(), qPrintable(describe(fallback)));
        QVERIFY(fallback->fromCache);
        QCOMPARE(fallback->body, QByteArray(R"({"v":2})"));
    }

    void rewriterServesHttpsFromLoopback()
    {
        LoopbackHttpServer server;
        server.route(QStringLiteral("/.well-known/did.json"), Route::json(R"({"id":"x"})"));
        Fetcher fetcher;
        const quint16 port = server.port();
        fetcher.setUrlRewriter([port](const QUrl& in) {
            QUrl out = in;
            out.setScheme(QStringLiteral("http"));
            out.setHost(QStringLiteral("127.0.0.1"));
            out.setPort(port);
            return out;
        });
        const QUrl asked(QStringLiteral("https://example.com/.well-known/did.json"));
        const auto got = fetcher.fetch(asked, "application/json");
        QVERIFY2(got.ok(), qPrintable(describe(got)));
        QCOMPARE(got->url, asked);
        QVERIFY(fetcher.cache()->find(asked).has_value());
    }

    void worksFromWorkerThread()
    {
        // The server lives in this thread; the fetch runs in another, so keep this thread's events flowing.
        LoopbackHttpServer server;
        server.route(QStringLiteral("/doc"), Route::json(R"({"thread":true})"));
        Fetcher fetcher;
        Result<FetchedResource> result = Error(ErrorCode::Internal, Text::verbatim(QStringLiteral("not run")));
        const QUrl url = server.url(QStringLiteral("/doc"));
        std::unique_ptr<QThread> worker(QThread::create([&] { result = fetcher.fetch(url, "application/json"); }));
        worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 10000);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result->body, QByteArray(R"({"thread":true})"));
    }
};

QTEST_GUILESS_MAIN(TestFetcher)
#include "TestFetcher.moc"
