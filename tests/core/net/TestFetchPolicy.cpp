// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/net/AddressPolicy.h"
#include "core/net/Fetcher.h"
#include "support/LoopbackHttpServer.h"

#include <QElapsedTimer>
#include <QTest>

// Where the Fetcher may go. Every hostile address here is refused before any connection: the tests only ever
// connect to 127.0.0.0/8 or ::1, and names are answered by /etc/hosts (localhost) or by the test's own resolver.

Q_DECLARE_METATYPE(ler::net::FetchKind)

using namespace ler;
using namespace ler::net;
using testnet::AllowLoopback;
using testnet::ForbidLoopback;
using testnet::LoopbackHttpServer;
using testnet::Route;

namespace {

QString describe(const Result<FetchedResource>& r)
{
    return r.ok() ? QStringLiteral("ok")
                  : errorCodeName(r.error().code) + QStringLiteral(": ") + r.error().message.untranslated();
}

FetchRequest uncached(const QUrl& url, FetchKind kind = FetchKind::Resource)
{
    FetchRequest request;
    request.url = url;
    request.cacheUse = CacheUse::NoCache;
    request.kind = kind;
    return request;
}

/// A resolver answering from a fixed table and counting its calls.
struct FakeDns
{
    QHash<QString, QList<QHostAddress>> answers;
    int calls = 0;

    Fetcher::HostResolver resolver()
    {
        return [this](const QString& host) {
            ++calls;
            return answers.value(host);
        };
    }
};

QList<QHostAddress> addresses(std::initializer_list<const char*> texts)
{
    QList<QHostAddress> out;
    for (const char* text : texts) {
        out.append(QHostAddress(QString::fromLatin1(text)));
    }
    return out;
}

} // namespace

class TestFetchPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loopbackRefusedWithoutSwitch_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("shown"); // what the message names
        QTest::newRow("http 127.0.0.1") << "http"
                                        << "127.0.0.1"
                                        << "net/not-https"
                                        << "127.0.0.1";
        QTest::newRow("https 127.0.0.1") << "https"
                                         << "127.0.0.1"
                                         << "net/loopback"
                                         << "127.0.0.1";
        QTest::newRow("https 127.1.2.3") << "https"
                                         << "127.1.2.3"
                                         << "net/loopback"
                                         << "127.1.2.3";
        QTest::newRow("http localhost") << "http"
                                        << "localhost"
                                        << "net/not-https"
                                        << "localhost";
        // A name: the system resolver answers from /etc/hosts, and the answer is checked.
        QTest::newRow("https localhost") << "https"
                                         << "localhost"
                                         << "net/loopback"
                                         << "localhost (";
        QTest::newRow("https ::1") << "https"
                                   << "::1"
                                   << "net/loopback"
                                   << "::1";
        QTest::newRow("https ::ffff:127.0.0.1") << "https"
                                                << "::ffff:127.0.0.1"
                                                << "net/loopback"
                                                << "";
    }

    void loopbackRefusedWithoutSwitch()
    {
        QFETCH(QString, scheme);
        QFETCH(QString, host);
        QFETCH(QString, reason);
        QFETCH(QString, shown);
        const ForbidLoopback forbid;
        LoopbackHttpServer server;
        server.route(QStringLiteral("/doc"), Route::json("{}"));
        QUrl url = server.url(QStringLiteral("/doc"), scheme);
        url.setHost(host);
        Fetcher fetcher;
        const auto got = fetcher.fetch(uncached(url));
        QVERIFY2(!got.ok(), "a loopback address was fetched without LER_WALLET_ALLOW_LOOPBACK=1");
        QCOMPARE(got.error().code, ErrorCode::Network);
        QCOMPARE(got.error().reason, reason);
        QVERIFY2(got.error().message.untranslated().contains(shown), qPrintable(got.error().message.untranslated()));
        QCOMPARE(server.connectionCount(), 0);
    }

    void switchAllowsLoopback_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("host");
        QTest::newRow("http 127.0.0.1") << "http"
                                        << "127.0.0.1";
        QTest::newRow("http localhost") << "http"
                                        << "localhost";
        QTest::newRow("http ::ffff:127.0.0.1") << "http"
                                               << "::ffff:127.0.0.1";
    }

    void switchAllowsLoopback()
    {
        QFETCH(QString, scheme);
        QFETCH(QString, host);
        const AllowLoopback allow;
        LoopbackHttpServer server;
        server.route(QStringLiteral("/doc"), Route::json(R"({"ok":1})"));
        QUrl url = server.url(QStringLiteral("/doc"), scheme);
        url.setHost(host);
        Fetcher fetcher;
        const auto got = fetcher.fetch(uncached(url));
        QVERIFY2(got.ok(), qPrintable(describe(got)));
        QCOMPARE(got->body, QByteArray(R"({"ok":1})"));
    }

    void switchAllowsIpv6Loopback()
    {
        LoopbackHttpServer server { QHostAddress(QHostAddress::LocalHostIPv6) };
        if (!server.isListening()) {
            QSKIP("IPv6 loopback is not available here");
        }
        server.route(QStringLiteral("/doc"), Route::json("[6]"));
        Fetcher fetcher;
        {
            const ForbidLoopback forbid;
            const auto refused = fetcher.fetch(uncached(server.url(QStringLiteral("/doc"))));
            QVERIFY(!refused.ok());
            QCOMPARE(server.connectionCount(), 0);
        }
        const AllowLoopback allow;
        const auto got = fetcher.fetch(uncached(server.url(QStringLiteral("/doc"))));
        QVERIFY2(got.ok(), qPrintable(describe(got)));
        QCOMPARE(got->body, QByteArray("[6]"));
    }

    void switchAllowsNothingElse_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("reason");
        QTest::newRow("private 10/8") << "https://10.0.0.1/x"
                                      << "net/private";
        QTest::newRow("private 10/8 over http") << "http://10.0.0.1/x"
                                                << "net/not-https";
        QTest::newRow("private 172.16/12") << "https://172.20.1.1/x"
                                           << "net/private";
        QTest::newRow("private 192.168/16") << "https://192.168.1.1/x"
                                            << "net/private";
        QTest::newRow("cloud metadata") << "https://169.254.169.254/latest/meta-data/"
                                        << "net/link-local";
        QTest::newRow("CGNAT") << "https://100.64.0.1/x"
                               << "net/shared-nat";
        QTest::newRow("multicast") << "https://224.0.0.251/x"
                                   << "net/multicast";
        QTest::newRow("broadcast") << "https://255.255.255.255/x"
                                   << "net/broadcast";
        QTest::newRow("this network") << "https://0.0.0.0/x"
                                      << "net/unspecified";
        QTest::newRow("documentation") << "https://192.0.2.10/x"
                                       << "net/reserved";
        QTest::newRow("IPv6 unspecified") << "https://[::]/x"
                                          << "net/unspecified";
        QTest::newRow("IPv6 unique local") << "https://[fd00::1]/x"
                                           << "net/private";
        QTest::newRow("IPv6 link-local") << "https://[fe80::1]/x"
                                         << "net/link-local";
        QTest::newRow("IPv6 multicast") << "https://[ff02::1]/x"
                                        << "net/multicast";
        QTest::newRow("IPv4-mapped private") << "https://[::ffff:192.168.0.1]/x"
                                             << "net/private";
        QTest::newRow("IPv4-mapped metadata") << "https://[::ffff:169.254.169.254]/x"
                                              << "net/link-local";
        QTest::newRow("NAT64 of private") << "https://[64:ff9b::a00:1]/x"
                                          << "net/private";
        QTest::newRow("6to4 of private") << "https://[2002:c0a8:1::1]/x"
                                         << "net/private";
    }

    void switchAllowsNothingElse()
    {
        QFETCH(QString, url);
        QFETCH(QString, reason);
        const AllowLoopback allow;
        Fetcher fetcher;
        QElapsedTimer clock;
        clock.start();
        const auto got = fetcher.fetch(uncached(QUrl(url)));
        QVERIFY2(!got.ok(), qPrintable(url));
        QCOMPARE(got.error().code, ErrorCode::Network);
        QCOMPARE(got.error().reason, reason);
        QVERIFY2(clock.elapsed() < 1000, "refused before any connection");
    }

    void unspecifiedAddressNeverReachesThisComputer()
    {
        // On Linux a connection to 0.0.0.0 lands on this computer; it must be refused even with the switch.
        const AllowLoopback allow;
        LoopbackHttpServer server;
        server.route(QStringLiteral("/doc"), Route::json("{}"));
        QUrl url = server.url(QStringLiteral("/doc"));
        url.setHost(QStringLiteral("0.0.0.0"));
        Fetcher fetcher;
        QVERIFY(!fetcher.fetch(uncached(url)).ok());
        QCOMPARE(server.connectionCount(), 0);
    }

    void everyRedirectHopIsChecked_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("shown"); // what the message names as refused
        QTest::newRow("10.0.0.1") << "https://10.0.0.1/admin"
                                  << "net/private"
                                  << "10.0.0.1";
        QTest::newRow("cloud metadata") << "http://169.254.169.254/latest/meta-data/"
                                        << "net/not-https"
                                        << "169.254.169.254";
        QTest::newRow("cloud metadata https") << "https://169.254.169.254/latest/meta-data/"
                                              << "net/link-local"
                                              << "169.254.169.254";
        QTest::newRow("IPv6 unique local") << "https://[fd12:3456::1]/"
                                           << "net/private"
                                           << "fd12:3456::1";
        QTest::newRow("IPv4-mapped private") << "https://[::ffff:10.0.0.1]/"
                                             << "net/private"
                                             << "";
        QTest::newRow("CGNAT") << "https://100.64.1.1/"
                               << "net/shared-nat"
                               << "100.64.1.1";
        QTest::newRow("unspecified") << "https://0.0.0.0/"
                                     << "net/unspecified"
                                     << "0.0.0.0";
        QTest::newRow("plain http") << "http://example.com/doc"
                                    << "net/not-https"
                                    << "example.com";
        QTest::newRow("ftp") << "ftp://example.com/doc"
                             << "net/not-https"
                             << "example.com";
        QTest::newRow("file") << "file:///etc/passwd"
                              << "net/not-https"
                              << "";
        QTest::newRow("name of a private address") << "https://intranet.test/doc"
                                                   << "net/private"
                                                   << "intranet.test (10.9.8.7)";
    }

    void everyRedirectHopIsChecked()
    {
        QFETCH(QString, target);
        QFETCH(QString, reason);
        QFETCH(QString, shown);
        const AllowLoopback allow;
        LoopbackHttpServer server;
        server.route(QStringLiteral("/start"), Route::redirect(QUrl(target)));
        FakeDns dns;
        dns.answers.insert(QStringLiteral("intranet.test"), addresses({ "10.9.8.7" }));
        Fetcher fetcher;
        fetcher.setHostResolver(dns.resolver());
        QElapsedTimer clock;
        clock.start();
        const auto got = fetcher.fetch(uncached(server.url(QStringLiteral("/start"))));
        QVERIFY2(!got.ok(), qPrintable(target));
        QCOMPARE(got.error().code, ErrorCode::Network);
        QCOMPARE(got.error().reason, reason);
        // The refusal names where the redirect came from and went, then why as a sentence of its own.
        const Text& message = got.error().message;
        const QString words = message.untranslated();
        QVERIFY2(message.args().size() == 3 && !message.args().at(2).isVerbatim(), qPrintable(words));
        QVERIFY2(words.contains(shown), qPrintable(words));
        QCOMPARE(server.connectionCount(), 1);
        QVERIFY2(clock.elapsed() < 3000, "refused before connecting to the redirect target");
    }

    void redirectToLoopbackIsAHopLikeAnyOther()
    {
        // The switch allows ::1 and localhost, also after a redirect: what it allows is the same at every hop.
        const AllowLoopback allow;
        LoopbackHttpServer server;
        server.route(QStringLiteral("/start"), Route::redirect(server.url(QStringLiteral("/doc"))));
        server.route(QStringLiteral("/doc"), Route::json("[2]"));
        Fetcher fetcher;
        const auto got = fetcher.fetch(uncached(server.url(QStringLiteral("/start"))));
        QVERIFY2(got.ok(), qPrintable(describe(got)));
        QCOMPARE(server.connectionCount(), 2);
    }

    void namesAreCheckedAfterLookup_data()
    {
        QTest::addColumn<QList<QHostAddress>>("answer");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("shown"); // what the message names
        QTest::newRow("private") << addresses({ "10.1.2.3" }) << "net/private"
                                 << "issuer.test (10.1.2.3)";
        QTest::newRow("metadata") << addresses({ "169.254.169.254" }) << "net/link-local"
                                  << "issuer.test (169.254.169.254)";
        QTest::newRow("loopback") << addresses({ "127.0.0.1" }) << "net/loopback"
                                  << "issuer.test (127.0.0.1)";
        QTest::newRow("IPv6 unique local") << addresses({ "fd00::5" }) << "net/private"
                                           << "issuer.test (fd00::5)";
        QTest::newRow("mapped private") << addresses({ "::ffff:192.168.7.7" }) << "net/private"
                                        << "issuer.test (";
        // One bad address taints the name: the public one is not tried either.
        QTest::newRow("public and private") << addresses({ "93.184.215.14", "192.168.1.10" }) << "net/private"
                                            << "issuer.test (192.168.1.10)";
        QTest::newRow("no address") << QList<QHostAddress>() << "net/unresolved"
                                    << "issuer.test";
    }

    void namesAreCheckedAfterLookup()
    {
        QFETCH(QList<QHostAddress>, answer);
        QFETCH(QString, reason);
        QFETCH(QString, shown);
        const ForbidLoopback forbid;
        FakeDns dns;
        dns.answers.insert(QStringLiteral("issuer.test"), answer);
        Fetcher fetcher;
        fetcher.setHostResolver(dns.resolver());
        const auto got = fetcher.fetch(uncached(QUrl(QStringLiteral("https://issuer.test/profile"))));
        QVERIFY(!got.ok());
        QCOMPARE(got.error().code, ErrorCode::Network);
        QCOMPARE(got.error().reason, reason);
        QVERIFY2(got.error().message.untranslated().contains(shown), qPrintable(got.error().message.untranslated()));
        QCOMPARE(dns.calls, 1);
    }

    void connectsToTheCheckedAddressOnly()
    {
        // The server listens on 127.0.0.2 only. The test's resolver says localhost is 127.0.0.2; the system would
        // say 127.0.0.1, where nothing listens on this port. Success proves the connection went to the address
        // that was looked up and checked, not to a second lookup's answer.
        const AllowLoopback allow;
        LoopbackHttpServer server { QHostAddress(QStringLiteral("127.0.0.2")) };
        if (!server.isListening()) {
            QSKIP("cannot listen on 127.0.0.2 here");
        }
        server.route(QStringLiteral("/doc"), Route::json(R"({"pinned":true})"));
        FakeDns dns;
        dns.answers.insert(QStringLiteral("localhost"), addresses({ "127.0.0.2" }));
        Fetcher fetcher;
        fetcher.setHostResolver(dns.resolver());
        QUrl url = server.url(QStringLiteral("/doc"));
        url.setHost(QStringLiteral("localhost"));
        const auto got = fetcher.fetch(uncached(url));
        QVERIFY2(got.ok(), qPrintable(describe(got)));
        QCOMPARE(got->body, QByteArray(R"({"pinned":true})"));
        QCOMPARE(dns.calls, 1);
        // The server still sees the name that was asked for.
        QCOMPARE(
            server.requests().front().headers.value("host"), QByteArray("localhost:") + QByteArray::number(url.port()));

        // DNS rebinding: the same name now answers with a private address. It is looked up afresh and refused.
        dns.answers.insert(QStringLiteral("localhost"), addresses({ "10.0.0.1" }));
        const auto rebound = fetcher.fetch(uncached(url));
        QVERIFY(!rebound.ok());
        QCOMPARE(rebound.error().reason, QStringLiteral("net/private"));
        QVERIFY2(rebound.error().message.untranslated().contains(QLatin1String("(10.0.0.1)")),
            qPrintable(rebound.error().message.untranslated()));
        QCOMPARE(dns.calls, 2);
        QCOMPARE(server.connectionCount(), 1);
    }

    void triesTheNextCheckedAddress()
    {
        const AllowLoopback allow;
        LoopbackHttpServer server;
        server.route(QStringLiteral("/doc"), Route::json("[3]"));
        FakeDns dns;
        // Nothing listens on 127.0.0.3: the first address refuses the connection, the second answers.
        dns.answers.insert(QStringLiteral("localhost"), addresses({ "127.0.0.3", "127.0.0.1" }));
        Fetcher fetcher;
        fetcher.setHostResolver(dns.resolver());
        QUrl url = server.url(QStringLiteral("/doc"));
        url.setHost(QStringLiteral("localhost"));
        const auto got = fetcher.fetch(uncached(url));
        QVERIFY2(got.ok(), qPrintable(describe(got)));
        QCOMPARE(got->body, QByteArray("[3]"));
    }

    void rewriterCannotBypassThePolicy()
    {
        // The test-only rewriter's output is checked like any other address: no switch, no loopback.
        const ForbidLoopback forbid;
        LoopbackHttpServer server;
        server.route(QStringLiteral("/.well-known/did.json"), Route::json("{}"));
        Fetcher fetcher;
        fetcher.setUrlRewriter(server.rewriter());
        const auto got = fetcher.fetch(uncached(QUrl(QStringLiteral("https://example.com/.well-known/did.json"))));
        QVERIFY(!got.ok());
        QCOMPARE(server.connectionCount(), 0);
    }

    void crossOriginRedirects_data()
    {
        QTest::addColumn<FetchKind>("kind");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("allowed");
        const QList<std::pair<const char*, FetchKind>> identity { { "DID document", FetchKind::DidDocument },
            { "key", FetchKind::Key },
            { "issuer profile", FetchKind::IssuerProfile } };
        for (const auto& [name, kind] : identity) {
            QTest::addRow("%s: same origin", name) << kind << "/same" << true;
            QTest::addRow("%s: other port", name) << kind << "/other-port" << false;
            QTest::addRow("%s: other host", name) << kind << "/other-host" << false;
            QTest::addRow("%s: other scheme", name) << kind << "/other-scheme" << false;
        }
        QTest::newRow("resource: same origin") << FetchKind::Resource << "/same" << true;
        QTest::newRow("resource: other port") << FetchKind::Resource << "/other-port" << true;
        QTest::newRow("resource: other host") << FetchKind::Resource << "/other-host" << true;
    }

    void crossOriginRedirects()
    {
        QFETCH(FetchKind, kind);
        QFETCH(QString, path);
        QFETCH(bool, allowed);
        const AllowLoopback allow;
        LoopbackHttpServer home;
        LoopbackHttpServer elsewhere;
        QUrl otherHost = home.url(QStringLiteral("/doc"));
        otherHost.setHost(QStringLiteral("localhost"));
        home.route(QStringLiteral("/same"), Route::redirect(home.url(QStringLiteral("/doc"))));
        home.route(QStringLiteral("/other-port"), Route::redirect(elsewhere.url(QStringLiteral("/doc"))));
        home.route(QStringLiteral("/other-host"), Route::redirect(otherHost));
        home.route(QStringLiteral("/other-scheme"),
            Route::redirect(home.url(QStringLiteral("/doc"), QStringLiteral("https"))));
        home.route(QStringLiteral("/doc"), Route::json(R"({"id":"home"})"));
        elsewhere.route(QStringLiteral("/doc"), Route::json(R"({"id":"elsewhere"})"));
        FakeDns dns;
        dns.answers.insert(QStringLiteral("localhost"), addresses({ "127.0.0.1" }));
        Fetcher fetcher;
        fetcher.setHostResolver(dns.resolver());
        const auto got = fetcher.fetch(uncached(home.url(path), kind));
        if (allowed) {
            QVERIFY2(got.ok(), qPrintable(describe(got)));
            return;
        }
        QVERIFY(!got.ok());
        QCOMPARE(got.error().code, ErrorCode::Network);
        QCOMPARE(got.error().reason, QStringLiteral("net/cross-site-redirect"));
        QCOMPARE(elsewhere.connectionCount(), 0);
        QCOMPARE(home.connectionCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFetchPolicy)
#include "TestFetchPolicy.moc"
