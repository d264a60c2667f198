// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// A misbehaving server: it stalls, resets, answers garbage, sends 50 MB, trickles a byte at a time or redirects
/// forever. Every fetch ends with a clear error within its timeout, and every verification that needs such a server
/// (a status list, a did:web key, a hosted Open Badges 2.0 assertion) still answers in time with a report that says
/// what could not be checked.

#include "core/crypto/PublicKey.h"
#include "core/did/DidKey.h"
#include "core/net/Fetcher.h"
#include "core/verify/ProofSigner.h"
#include "core/verify/Verifier.h"
#include "support/LoopbackHttpServer.h"
#include "support/ReportHelpers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <array>
#include <sodium.h>

Q_DECLARE_METATYPE(ler::ErrorCode)
Q_DECLARE_METATYPE(testnet::Route)

using namespace ler;
using testnet::LoopbackHttpServer;
using testnet::Route;

namespace {

constexpr int kTimeoutMs = 1500;
/// Time allowed past the timeout: one event-loop turn and the test machine's noise, never another timeout.
constexpr int kSlackMs = 2500;
constexpr qint64 kFiftyMegabytes = 50 * 1024 * 1024;

QString describe(const Error& e)
{
    return errorCodeName(e.code) + QStringLiteral(": ") + e.message.untranslated();
}

/// The faults, each served at /fault; /fault-2 is the other end of a redirect ping-pong.
void addFaultRows()
{
    QTest::addColumn<Route>("route");
    QTest::addColumn<ErrorCode>("code");

    Route stall;
    stall.silent = true;
    QTest::newRow("stall before answering") << stall << ErrorCode::Network;

    Route reset;
    reset.reset = true;
    QTest::newRow("reset before answering") << reset << ErrorCode::Network;

    Route resetMidBody = Route::json(QByteArray(64 * 1024, ' '));
    resetMidBody.resetAfterBodyBytes = 1000;
    QTest::newRow("reset in the middle of the body") << resetMidBody << ErrorCode::Network;

    Route garbage;
    // A TLS ClientHello's first bytes (NULs included, hence the size from the array), then text.
    static const char kGarbage[] = "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 not HTTP at all\r\n\r\n";
    garbage.raw = QByteArray(kGarbage, sizeof(kGarbage) - 1);
    QTest::newRow("garbage instead of HTTP") << garbage << ErrorCode::Network;

    Route big = Route::json(QByteArray(kFiftyMegabytes, ' '));
    QTest::newRow("50 MB body, announced") << big << ErrorCode::LimitExceeded;

    Route bigUnannounced = Route::json(QByteArray(kFiftyMegabytes, ' '));
    bigUnannounced.omitLength = true;
    QTest::newRow("50 MB body, no length") << bigUnannounced << ErrorCode::LimitExceeded;

    Route trickle = Route::json({});
    trickle.declaredLength = 1024 * 1024;
    trickle.trickleMs = 100;
    QTest::newRow("a byte at a time, forever") << trickle << ErrorCode::Network;

    QTest::newRow("redirect to itself") << Route::redirect(QUrl(QStringLiteral("/fault"))) << ErrorCode::LimitExceeded;
    QTest::newRow("redirect ping-pong") << Route::redirect(QUrl(QStringLiteral("/fault-2")), 307)
                                        << ErrorCode::LimitExceeded;
}

void serveFault(LoopbackHttpServer& server, const QString& path, const Route& fault)
{
    server.route(path, fault);
    // The far end of the ping-pong, and absolute targets for redirects given as paths.
    Route back = Route::redirect(server.url(path), 307);
    server.route(QStringLiteral("/fault-2"), back);
    if (fault.headers.size() == 1 && fault.headers.first().first == "Location") {
        Route r = fault;
        r.headers = { { QByteArrayLiteral("Location"),
            server.url(QString::fromUtf8(fault.headers.first().second)).toEncoded() } };
        server.route(path, r);
    }
}

net::Fetcher* faultFetcher(net::Fetcher& fetcher, const LoopbackHttpServer& server)
{
    fetcher.setTimeoutMs(kTimeoutMs);
    fetcher.setUrlRewriter(server.rewriter());
    return &fetcher;
}

/// An Ed25519 key that signs the credentials made here.
struct Issuer
{
    std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> pk {};
    std::array<unsigned char, crypto_sign_SECRETKEYBYTES> sk {};
    Issuer() { crypto_sign_keypair(pk.data(), sk.data()); }
    ~Issuer() { sodium_memzero(sk.data(), sk.size()); }

    QJsonObject sign(QJsonObject credential, const QString& issuerId, const QString& method) const
    {
        credential.insert(QStringLiteral("issuer"), issuerId);
        verify::ProofOptions options;
        options.verificationMethod = method;
        auto signedCredential
            = verify::addProof(credential, options, [this](QByteArrayView data) -> Result<QByteArray> {
                  QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
                  crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()),
                      nullptr,
                      reinterpret_cast<const unsigned char*>(data.data()),
                      data.size(),
                      sk.data());
                  return sig;
              });
        return signedCredential ? *signedCredential : QJsonObject();
    }

    QString didKey() const
    {
        return did::didKeyFromPublicKey(
            crypto::PublicKey::fromEd25519(QByteArrayView(reinterpret_cast<const char*>(pk.data()), pk.size()))
                .value());
    }

    QJsonObject publicJwk() const
    {
        return crypto::PublicKey::fromEd25519(QByteArrayView(reinterpret_cast<const char*>(pk.data()), pk.size()))
            .value()
            .toJwk();
    }
};

QJsonObject baseCredential()
{
    return { { QStringLiteral("@context"), QJsonArray { QStringLiteral("https://www.w3.org/ns/credentials/v2") } },
        { QStringLiteral("id"), QStringLiteral("urn:uuid:5a1e0000-0000-4000-8000-000000000001") },
        { QStringLiteral("type"), QJsonArray { QStringLiteral("VerifiableCredential") } },
        { QStringLiteral("validFrom"), QStringLiteral("2024-01-01T00:00:00Z") },
        { QStringLiteral("credentialSubject"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("did:example:learner") } } } };
}

/// Verifies bytes against the faulty server and checks that the answer came in time and says what was not checked.
void verifyAnswersInTime(const QByteArray& bytes,
    const QString& fileName,
    const LoopbackHttpServer& server,
    const QString& expectedNotChecked)
{
    net::Fetcher fetcher;
    verify::Verifier::Options options;
    options.fetcher = faultFetcher(fetcher, server);
    const verify::Verifier verifier(options);
    QElapsedTimer timer;
    timer.start();
    const auto report = test::noted(verifier.verify(bytes, fileName));
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(report.ok(), report ? "" : qPrintable(describe(report.error())));
    QVERIFY2(elapsed < 2 * kTimeoutMs + kSlackMs, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    QVERIFY2(report->overall != verify::Outcome::Verified, "what could not be fetched is never shown as verified");
    const verify::Check* check = report->check(expectedNotChecked);
    QVERIFY2(check, qPrintable(QJsonDocument(report->toJson()).toJson()));
    QVERIFY2(check->status == verify::Check::NotChecked || check->status == verify::Check::Failed,
        qPrintable(QJsonDocument(report->toJson()).toJson()));
    QVERIFY(!check->message.isEmpty());
    QVERIFY2(!check->reason.isEmpty(), qPrintable(QJsonDocument(report->toJson()).toJson()));
    QVERIFY(!report->summary.isEmpty());
}

} // namespace

class TestNetworkFaults : public QObject
{
    Q_OBJECT
    // The faulty server listens on 127.0.0.1, which the Fetcher reaches only with LER_WALLET_ALLOW_LOOPBACK=1.
    testnet::AllowLoopback m_allowLoopback;
    Issuer m_issuer;

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }
    void cleanupTestCase()
    {
        // Tools and tests tell apart the checks that did not pass by their reasons, never by their words.
        QVERIFY2(test::checksWithoutReasons().isEmpty(), qPrintable(test::notesListed(test::checksWithoutReasons())));
    }

    void fetchEndsClearlyInTime_data() { addFaultRows(); }

    void fetchEndsClearlyInTime()
    {
        QFETCH(Route, route);
        QFETCH(ErrorCode, code);
        LoopbackHttpServer server;
        serveFault(server, QStringLiteral("/fault"), route);
        net::Fetcher fetcher;
        fetcher.setTimeoutMs(kTimeoutMs);
        QElapsedTimer timer;
        timer.start();
        const auto fetched = fetcher.fetch(server.url(QStringLiteral("/fault")), "application/json");
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(!fetched,
            fetched ? qPrintable(QStringLiteral("a faulty answer is never a document: got %1 bytes, HTTP %2")
                                     .arg(fetched->body.size())
                                     .arg(fetched->httpStatus))
                    : "");
        QVERIFY2(fetched.error().code == code, qPrintable(describe(fetched.error())));
        QVERIFY(!fetched.error().message.isEmpty());
        QVERIFY2(elapsed < kTimeoutMs + kSlackMs, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));

        // The same server answers a well-behaved request right after: the fault left nothing stuck.
        server.route(QStringLiteral("/fine"), Route::json("{\"ok\":true}"));
        QVERIFY(fetcher.fetch(server.url(QStringLiteral("/fine")), "application/json").ok());
    }

    void statusListServerMisbehaves_data() { addFaultRows(); }

    void statusListServerMisbehaves()
    {
        QFETCH(Route, route);
        LoopbackHttpServer server;
        serveFault(server, QStringLiteral("/status/1"), route);
        QJsonObject credential = baseCredential();
        credential.insert(QStringLiteral("credentialStatus"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("https://issuer.example/status/1#94567") },
                { QStringLiteral("type"), QStringLiteral("BitstringStatusListEntry") },
                { QStringLiteral("statusPurpose"), QStringLiteral("revocation") },
                { QStringLiteral("statusListIndex"), QStringLiteral("94567") },
                { QStringLiteral("statusListCredential"), QStringLiteral("https://issuer.example/status/1") } });
        const QString did = m_issuer.didKey();
        const QJsonObject signedCredential = m_issuer.sign(credential, did, did + QLatin1Char('#') + did.mid(8));
        QVERIFY(!signedCredential.isEmpty());
        verifyAnswersInTime(QJsonDocument(signedCredential).toJson(),
            QStringLiteral("credential.json"),
            server,
            verify::reportid::kStatus);
    }

    void didWebServerMisbehaves_data() { addFaultRows(); }

    void didWebServerMisbehaves()
    {
        QFETCH(Route, route);
        LoopbackHttpServer server;
        serveFault(server, QStringLiteral("/.well-known/did.json"), route);
        const QString did = QStringLiteral("did:web:issuer.example");
        const QJsonObject signedCredential = m_issuer.sign(baseCredential(), did, did + QStringLiteral("#key-1"));
        QVERIFY(!signedCredential.isEmpty());
        verifyAnswersInTime(QJsonDocument(signedCredential).toJson(),
            QStringLiteral("credential.json"),
            server,
            verify::reportid::kSignature);
    }

    void hostedBadgeServerMisbehaves_data() { addFaultRows(); }

    void hostedBadgeServerMisbehaves()
    {
        QFETCH(Route, route);
        LoopbackHttpServer server;
        serveFault(server, QStringLiteral("/beths-robotics-badge.json"), route);
        QFile f(QStringLiteral(LER_TEST_DATA "/net/ob2/basic-assertion.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        verifyAnswersInTime(f.readAll(), QStringLiteral("assertion.json"), server, verify::reportid::kSignature);
    }
};

QTEST_GUILESS_MAIN(TestNetworkFaults)
#include "TestNetworkFaults.moc"
