// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/crypto/PublicKey.h"
#include "core/did/DidDocument.h"
#include "core/did/DidWebResolver.h"
#include "core/net/Fetcher.h"
#include "core/verify/IssuerMetadata.h"
#include "core/verify/WebMethodResolver.h"
#include "support/LoopbackHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <sodium.h>

Q_DECLARE_METATYPE(ler::ErrorCode)

using namespace ler;
using testnet::LoopbackHttpServer;
using testnet::Route;

namespace {

QString describe(const Error& e)
{
    return errorCodeName(e.code) + QStringLiteral(": ") + e.message.untranslated();
}

/// For QVERIFY2 messages, which are evaluated even when the check holds.
template <typename T> QString describe(const Result<T>& r)
{
    return r.ok() ? QStringLiteral("ok") : describe(r.error());
}

crypto::PublicKey newEd25519Key()
{
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(pk, sk);
    return crypto::PublicKey::fromEd25519(QByteArrayView(reinterpret_cast<const char*>(pk), sizeof pk)).value();
}

QByteArray toJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject didDocument(const QString& did, const crypto::PublicKey& key)
{
    const QString vm = did + QStringLiteral("#key-1");
    return { { QStringLiteral("@context"), QJsonArray { QStringLiteral("https://www.w3.org/ns/did/v1") } },
        { QStringLiteral("id"), did },
        { QStringLiteral("verificationMethod"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), vm },
                { QStringLiteral("type"), QStringLiteral("Multikey") },
                { QStringLiteral("controller"), did },
                { QStringLiteral("publicKeyMultibase"), key.toMultikey() } } } },
        { QStringLiteral("assertionMethod"), QJsonArray { vm } } };
}

QJsonObject jwkWithKid(const crypto::PublicKey& key, const QString& kid)
{
    QJsonObject jwk = key.toJwk();
    jwk.insert(QStringLiteral("kid"), kid);
    jwk.insert(QStringLiteral("use"), QStringLiteral("sig"));
    return jwk;
}

} // namespace

class TestRemoteKeys : public QObject
{
    Q_OBJECT
    // Fixtures are served from 127.0.0.1, which the Fetcher reaches only with LER_WALLET_ALLOW_LOOPBACK=1.
    testnet::AllowLoopback m_allowLoopback;

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void didWebResolves()
    {
        LoopbackHttpServer server;
        const auto key = newEd25519Key();
        const QString did = QStringLiteral("did:web:example.com");
        const QString pathDid = QStringLiteral("did:web:example.com:users:alice");
        server.route(QStringLiteral("/.well-known/did.json"), Route::json(toJson(didDocument(did, key))));
        server.route(QStringLiteral("/users/alice/did.json"), Route::json(toJson(didDocument(pathDid, key))));
        net::Fetcher fetcher;
        fetcher.setUrlRewriter(server.rewriter());
        did::DidWebResolver resolver(fetcher);

        const auto doc = resolver.resolve(did + QStringLiteral("#key-1"));
        QVERIFY2(doc.ok(), qPrintable(describe(doc)));
        QVERIFY(!doc->fromCache);
        const auto found = did::publicKeyForRelationship(
            doc->document, QStringLiteral("#key-1"), did::VerificationRelationship::AssertionMethod);
        QVERIFY2(found.ok(), qPrintable(describe(found)));
        QVERIFY(found.value() == key);
        QCOMPARE(server.requests().front().headers.value("accept").left(20), QByteArray("application/did+json"));

        const auto withPath = resolver.resolve(pathDid);
        QVERIFY2(withPath.ok(), qPrintable(describe(withPath)));

        fetcher.setOnline(false);
        const auto cached = resolver.resolve(did);
        QVERIFY2(cached.ok(), qPrintable(describe(cached)));
        QVERIFY(cached->fromCache);
        QCOMPARE(cached->fetchedAt, doc->fetchedAt);
        QVERIFY(!resolver.resolve(QStringLiteral("did:web:other.example")).ok());
    }

    void didWebMethodResolverComposes()
    {
        LoopbackHttpServer server;
        const auto key = newEd25519Key();
        const QString did = QStringLiteral("did:web:example.com");
        server.route(QStringLiteral("/.well-known/did.json"), Route::json(toJson(didDocument(did, key))));
        net::Fetcher fetcher;
        fetcher.setUrlRewriter(server.rewriter());
        const verify::MethodResolver resolve = verify::didWebMethodResolver(fetcher);
        const auto doc = resolve(did + QStringLiteral("#key-1"));
        QVERIFY2(doc.ok(), qPrintable(describe(doc)));
        QCOMPARE(doc->value(QLatin1String("id")).toString(), did);
        QCOMPARE(resolve(QStringLiteral("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK#x")).error().code,
            ErrorCode::Unsupported);
        fetcher.setOnline(false);
        QCOMPARE(resolve(QStringLiteral("did:web:offline.example#k")).error().code, ErrorCode::Network);
        QVERIFY(resolve(did + QStringLiteral("#key-1")).ok()); // cached
    }

    void didWebProblems_data()
    {
        QTest::addColumn<QString>("did");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ErrorCode>("code");
        const auto key = newEd25519Key();
        QTest::newRow("id mismatch") << QStringLiteral("did:web:example.com")
                                     << toJson(didDocument(QStringLiteral("did:web:evil.example"), key))
                                     << ErrorCode::VerificationFailed;
        QTest::newRow("not json") << QStringLiteral("did:web:example.com") << QByteArray("<html>")
                                  << ErrorCode::InvalidInput;
        QTest::newRow("not did:web") << QStringLiteral("did:key:z6Mk") << QByteArray("{}") << ErrorCode::InvalidInput;
        QTest::newRow("bad host") << QStringLiteral("did:web:exa_mple.com") << QByteArray("{}")
                                  << ErrorCode::InvalidInput;
    }

    void didWebProblems()
    {
        QFETCH(QString, did);
        QFETCH(QByteArray, body);
        QFETCH(ErrorCode, code);
        LoopbackHttpServer server;
        server.route(QStringLiteral("/.well-known/did.json"), Route::json(body));
        net::Fetcher fetcher;
        fetcher.setUrlRewriter(server.rewriter());
        const auto doc = did::DidWebResolver(fetcher).resolve(did);
        QVERIFY(!doc.ok());
        QVERIFY2(doc.error().code == code, qPrintable(describe(doc.error())));
    }

    void didWebNotFound()
    {
        LoopbackHttpServer server;
        net::Fetcher fetcher;
        fetcher.setUrlRewriter(server.rewriter());
        const auto doc = did::DidWebResolver(fetcher).resolve(QStringLiteral("did:web:example.com"));
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().code, ErrorCode::NotFound);
    }

    void didWebRedirectStaysOnItsSite()
    {
        // A DID document that redirects to another site is refused before the other site is asked.
        LoopbackHttpServer server;
        LoopbackHttpServer elsewhere;
        const auto key = newEd25519Key();
        const QString did = QStringLiteral("did:web:example.com");
        elsewhere.route(QStringLiteral("/did.json"), Route::json(toJson(didDocument(did, key))));
        server.route(QStringLiteral("/moved/did.json"), Route::json(toJson(didDocument(did, key))));
        server.route(
            QStringLiteral("/.well-known/did.json"), Route::redirect(elsewhere.url(QStringLiteral("/did.json"))));
        net::Fetcher fetcher;
        fetcher.setUrlRewriter(server.rewriter());
        const auto refused = did::DidWebResolver(fetcher).resolve(did);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Network);
        QCOMPARE(refused.error().reason, QStringLiteral("net/cross-site-redirect"));
        QCOMPARE(elsewhere.connectionCount(), 0);

        // Control: the same move within the site is followed.
        server.route(
            QStringLiteral("/.well-known/did.json"), Route::redirect(server.url(QStringLiteral("/moved/did.json"))));
        net::Fetcher again;
        again.setUrlRewriter(server.rewriter());
        const auto moved = did::DidWebResolver(again).resolve(did);
        QVERIFY2(moved.ok(), qPrintable(describe(moved)));
    }

    void didWebNeverReachesThisComputer()
    {
        const testnet::ForbidLoopback forbid;
        net::Fetcher fetcher;
        // An IP literal is refused as a DID already; localhost is a name, refused once it resolves (from /etc/hosts).
        const auto literal = did::DidWebResolver(fetcher).resolve(QStringLiteral("did:web:127.0.0.1%3A8080"));
        QVERIFY(!literal.ok());
        QCOMPARE(literal.error().code, ErrorCode::InvalidInput);
        const auto local = did::DidWebResolver(fetcher).resolve(QStringLiteral("did:web:localhost%3A9"));
        QVERIFY(!local.ok());
        QCOMPARE(local.error().code, ErrorCode::Network);
        QCOMPARE(local.error().reason, QStringLiteral("net/loopback"));
    }

    void issuerMetadataRedirectStaysOnItsSite()
    {
        LoopbackHttpServer server;
        LoopbackHttpServer elsewhere;
        const auto key = newEd25519Key();
        const QString iss = QStringLiteral("https://issuer.example");
        elsewhere.route(QStringLiteral("/meta"),
            Route::json(toJson({ { QStringLiteral("issuer"), iss },
                { QStringLiteral("jwks"), QJsonObject { { QStringLiteral("keys"), QJsonArray { key.toJwk() } } } } })));
        server.route(
            QStringLiteral("/.well-known/jwt-vc-issuer"), Route::redirect(elsewhere.url(QStringLiteral("/meta"))));
        net::Fetcher fetcher;
        fetcher.setUrlRewriter(server.rewriter());
        const auto keys = verify::IssuerMetadataResolver(fetcher).fetchKeys(iss);
        QVERIFY(!keys.ok());
        QCOMPARE(keys.error().reason, QStringLiteral("net/cross-site-redirect"));

        QCOMPARE(elsewhere.connectionCount(), 0);
    }

    void metadataUrl_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("expected");
        QTest::newRow("host only") << "https://example.com"
                                   << "https://example.com/.well-known/jwt-vc-issuer";
        QTest::newRow("trailing slash") << "https://example.com/"
                                        << "https://example.com/.well-known/jwt-vc-issuer";
        QTest::newRow("path") << "https://example.com/tenant/1234"
                              << "https://example.com/.well-known/jwt-vc-issuer/tenant/1234";
        QTest::newRow("port") << "https://example.com:8443/t/"
                              << "https://example.com:8443/.well-known/jwt-vc-issuer/t";
        QTest::newRow("plain http") << "http://example.com"
                                    << "";
        QTest::newRow("query") << "https://example.com/?x=1"
                               << "";
        QTest::newRow("did") << "did:web:example.com"
                             << "";
    }

    void metadataUrl()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, expected);
        const auto url = verify::jwtVcIssuerMetadataUrl(issuer);
        QCOMPARE(url.ok(), !expected.isEmpty());
        if (url.ok()) {
            QCOMPARE(url->toString(), expected);
        }
    }

    void issuerKeysInline()
    {
        LoopbackHttpServer server;
        const auto k1 = newEd25519Key();
        const auto k2 = newEd25519Key();
        const QString iss = QStringLiteral("https://issuer.example/tenant/7");
        const QJsonObject metadata { { QStringLiteral("issuer"), iss },
            { QStringLiteral("jwks"),
                QJsonObject { { QStringLiteral("keys"),
                    QJsonArray { jwkWithKid(k1, QStringLiteral("k1")),
                        jwkWithKid(k2, QStringLiteral("k2")),
                        QJsonObject { { QStringLiteral("kty"), QStringLiteral("EC") },
                            { QStringLiteral("crv"), QStringLiteral("P-521") },
                            { QStringLiteral("kid"), QStringLiteral("unsupported") } } } } } } };
        server.route(QStringLiteral("/.well-known/jwt-vc-issuer/tenant/7"), Route::json(toJson(metadata)));
        net::Fetcher fetcher;
        fetcher.setUrlRewriter(server.rewriter());
        verify::IssuerMetadataResolver resolver(fetcher);
        const auto keys = resolver.fetchKeys(iss);
        QVERIFY2(keys.ok(), qPrintable(describe(keys)));
        QCOMPARE(keys->all.size(), 2);
        QVERIFY(keys->byKid.value(QStringLiteral("k2")) == k2);
        QVERIFY(resolver.keyFor(iss, QStringLiteral("k1")).value() == k1);
        QCOMPARE(resolver.keyFor(iss, QStringLiteral("k3")).error().code, ErrorCode::NotFound);
        QCOMPARE(resolver.keyFor(iss, QStringLiteral("unsupported")).error().code, ErrorCode::NotFound);
        QCOMPARE(resolver.keyFor(iss, {}).error().code, ErrorCode::NotFound); // two keys: which one?
        // The metadata names itself for another issuer.
        QCOMPARE(resolver.fetchKeys(QStringLiteral("https://issuer.example/tenant/7/")).error().code,
            ErrorCode::VerificationFailed);
    }

    void issuerKeysByUri()
    {
        LoopbackHttpServer server;
        const auto key = newEd25519Key();
        const QString iss = QStringLiteral("https://issuer.example");
        server.route(QStringLiteral("/.well-known/jwt-vc-issuer"),
            Route::json(toJson({ { QStringLiteral("issuer"), iss },
                { QStringLiteral("jwks_uri"), QStringLiteral("https://keys.example/jwks.json") } })));
        server.route(QStringLiteral("/jwks.json"),
            Route::json(toJson({ { QStringLiteral("keys"), QJsonArray { key.toJwk() } } })));
        net::Fetcher fetcher;
        fetcher.setUrlRewriter(server.rewriter());
        verify::IssuerMetadataResolver resolver(fetcher);
        const auto found = resolver.keyFor(iss, {});
        QVERIFY2(found.ok(), qPrintable(describe(found)));
        QVERIFY(found.value() == key);
    }

    void issuerMetadataProblems_data()
    {
        QTest::addColumn<QByteArray>("metadata");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("reason");
        const QString iss = QStringLiteral("https://issuer.example");
        const QJsonObject jwks { { QStringLiteral("keys"), QJsonArray {} } };
        QTest::newRow("both jwks and jwks_uri")
            << toJson({ { QStringLiteral("issuer"), iss },
                   { QStringLiteral("jwks"), jwks },
                   { QStringLiteral("jwks_uri"), QStringLiteral("https://issuer.example/k") } })
            << ErrorCode::InvalidInput << QStringLiteral("verify/issuer-metadata-keys-unclear");
        QTest::newRow("neither") << toJson({ { QStringLiteral("issuer"), iss } }) << ErrorCode::InvalidInput
                                 << QStringLiteral("verify/issuer-metadata-keys-unclear");
        QTest::newRow("no usable key") << toJson(
            { { QStringLiteral("issuer"), iss }, { QStringLiteral("jwks"), jwks } })
                                       << ErrorCode::Unsupported
                                       << QStringLiteral("verify/issuer-key-set-no-usable-key");
        QTest::newRow("other issuer") << toJson(
            { { QStringLiteral("issuer"), QStringLiteral("https://evil.example") }, { QStringLiteral("jwks"), jwks } })
                                      << ErrorCode::VerificationFailed
                                      << QStringLiteral("verify/issuer-metadata-other-issuer");
        QTest::newRow("not json") << QByteArray("nope") << ErrorCode::InvalidInput
                                  << QStringLiteral("verify/issuer-metadata-not-json");
    }

    void issuerMetadataProblems()
    {
        QFETCH(QByteArray, metadata);
        QFETCH(ErrorCode, code);
        QFETCH(QString, reason);
        LoopbackHttpServer server;
        server.route(QStringLiteral("/.well-known/jwt-vc-issuer"), Route::json(metadata));
        net::Fetcher fetcher;
        fetcher.setUrlRewriter(server.rewriter());
        const auto keys = verify::IssuerMetadataResolver(fetcher).fetchKeys(QStringLiteral("https://issuer.example"));
        QVERIFY(!keys.ok());
        QVERIFY2(keys.error().code == code, qPrintable(describe(keys.error())));
        QCOMPARE(keys.error().reason, reason);
    }
};

QTEST_GUILESS_MAIN(TestRemoteKeys)
#include "TestRemoteKeys.moc"
