// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "JoseTestUtil.h"
#include "core/codec/Base64Url.h"
#include "core/jose/Jws.h"

#include <QTest>

using namespace ler;
using namespace ler::jose;
using namespace josetest;

namespace {

QByteArray b64(const char* json)
{
    return codec::base64UrlEncode(QByteArray(json));
}

QByteArray issuerSignedJwt()
{
    return readFile(QStringLiteral("rfc9901-draft22-examples/simple/issuer_signed_jwt.txt"));
}

} // namespace

class TestJws : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verifiesVectorJwt()
    {
        const auto jws = parseCompactJws(issuerSignedJwt());
        QVERIFY2(jws.ok(), qPrintable(jws.ok() ? QString() : describe(jws.error())));
        QCOMPARE(jws->alg(), QStringLiteral("ES256"));
        QCOMPARE(jws->header.value(QLatin1String("typ")).toString(), QStringLiteral("example+sd-jwt"));
        const Status good = verifyJws(*jws, publicKey("issuer-key-1"));
        QVERIFY2(good.ok(), qPrintable(good.ok() ? QString() : describe(good.error())));
        QCOMPARE(jws->compact(), issuerSignedJwt());
        const auto payload = jws->payloadObject();
        QVERIFY2(payload.ok(), "payload is not an object");
        QCOMPARE(payload->value(QLatin1String("iss")).toString(), QStringLiteral("https://issuer.example.com"));
    }

    void wrongKey()
    {
        const auto jws = parseCompactJws(issuerSignedJwt());
        QVERIFY(jws.ok());
        const Status s = verifyJws(*jws, publicKey("issuer-key-2"));
        QVERIFY2(!s.ok(), "verified with the wrong key");
        QCOMPARE(s.error().code, ErrorCode::VerificationFailed);
        const Ed25519Pair ed;
        QCOMPARE(verifyJws(*jws, ed.publicKey()).error().code, ErrorCode::InvalidInput);
    }

    void tamperedPayload()
    {
        const auto original = parseCompactJws(issuerSignedJwt());
        QVERIFY(original.ok());
        QByteArray claims = original->payload;
        claims.replace("user_42", "user_43");
        const QByteArray token
            = original->protectedB64 + '.' + codec::base64UrlEncode(claims) + '.' + original->signatureB64;
        const auto jws = parseCompactJws(token);
        QVERIFY2(jws.ok(), "tampered token should still parse");
        QCOMPARE(verifyJws(*jws, publicKey("issuer-key-1")).error().code, ErrorCode::VerificationFailed);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        const QByteArray es = b64(R"({"alg":"ES256"})");
        const QByteArray payload = b64(R"({"sub":"x"})");
        const QByteArray sig = codec::base64UrlEncode(QByteArray(64, 'a'));
        const int bad = int(ErrorCode::InvalidInput);
        const int unsupported = int(ErrorCode::Unsupported);
        QTest::newRow("two-parts") << es + '.' + payload << bad << QStringLiteral("jose/not-three-parts");
        QTest::newRow("four-parts") << es + '.' + payload + '.' + sig + ".x" << bad
                                    << QStringLiteral("jose/not-three-parts");
        QTest::newRow("empty") << QByteArray() << bad << QStringLiteral("jose/not-three-parts");
        QTest::newRow("header-plus") << "eyJhbGciOiJFUzI1NiJ9+" + QByteArray(".") + payload + '.' + sig << bad
                                     << QStringLiteral("jose/header-not-base64url");
        QTest::newRow("payload-padding") << es + '.' + payload + "=." + sig << bad
                                         << QStringLiteral("jose/payload-not-base64url");
        QTest::newRow("payload-space") << es + ". " + payload + '.' + sig << bad
                                       << QStringLiteral("jose/payload-not-base64url");
        QTest::newRow("signature-slash") << es + '.' + payload + '.' + sig.left(10) + '/' << bad
                                         << QStringLiteral("jose/signature-not-base64url");
        QTest::newRow("signature-empty") << es + '.' + payload + '.' << bad << QStringLiteral("jose/signature-empty");
        QTest::newRow("header-not-json") << b64("not json") + '.' + payload + '.' + sig << bad
                                         << QStringLiteral("jose/json-invalid");
        QTest::newRow("header-array") << b64(R"(["ES256"])") + '.' + payload + '.' + sig << bad
                                      << QStringLiteral("jose/json-not-object");
        QTest::newRow("no-alg") << b64(R"({"typ":"JWT"})") + '.' + payload + '.' + sig << bad
                                << QStringLiteral("jose/alg-missing");
        // RFC 7515 5.2: a header naming "alg" twice could be checked with one and read with the other.
        QTest::newRow("alg-twice") << b64(R"({"alg":"ES256","alg":"none"})") + '.' + payload + '.' + sig << bad
                                   << QStringLiteral("jose/json-duplicate-name");
        QTest::newRow("alg-number") << b64(R"({"alg":256})") + '.' + payload + '.' + sig << bad
                                    << QStringLiteral("jose/alg-missing");
        QTest::newRow("alg-none") << b64(R"({"alg":"none"})") + '.' + payload + '.' << unsupported
                                  << QStringLiteral("jose/alg-none");
        QTest::newRow("alg-none-signed") << b64(R"({"alg":"none"})") + '.' + payload + '.' + sig << unsupported
                                         << QStringLiteral("jose/alg-none");
        QTest::newRow("alg-NONE") << b64(R"({"alg":"NONE"})") + '.' + payload + '.' + sig << unsupported
                                  << QStringLiteral("jose/alg-none");
        QTest::newRow("crit-unknown") << b64(R"({"alg":"ES256","crit":["exp"],"exp":1})") + '.' + payload + '.' + sig
                                      << unsupported << QStringLiteral("jose/crit-not-understood");
        QTest::newRow("crit-b64") << b64(R"({"alg":"ES256","crit":["b64"],"b64":false})") + '.' + payload + '.' + sig
                                  << unsupported << QStringLiteral("jose/crit-not-understood");
        QTest::newRow("crit-empty") << b64(R"({"alg":"ES256","crit":[]})") + '.' + payload + '.' + sig << bad
                                    << QStringLiteral("jose/crit-invalid");
        QTest::newRow("crit-registered") << b64(R"({"alg":"ES256","crit":["alg"]})") + '.' + payload + '.' + sig << bad
                                         << QStringLiteral("jose/crit-entry-invalid");
        QTest::newRow("crit-absent") << b64(R"({"alg":"ES256","crit":["x"]})") + '.' + payload + '.' + sig << bad
                                     << QStringLiteral("jose/crit-entry-invalid");
        QTest::newRow("crit-not-array") << b64(R"({"alg":"ES256","crit":"x","x":1})") + '.' + payload + '.' + sig << bad
                                        << QStringLiteral("jose/crit-invalid");
    }
    void rejects()
    {
        QFETCH(QByteArray, token);
        QFETCH(int, code);
        QFETCH(QString, reason);
        const auto jws = parseCompactJws(token);
        QVERIFY2(!jws.ok(), "bad JWS accepted");
        QVERIFY2(int(jws.error().code) == code, qPrintable(describe(jws.error())));
        QCOMPARE(jws.error().reason, reason);
    }

    void understoodCritical()
    {
        const QByteArray token = b64(R"({"alg":"EdDSA","crit":["x"],"x":1})") + '.' + b64("{}") + '.'
            + codec::base64UrlEncode(QByteArray(64, 'a'));
        JwsParseOptions options;
        options.understoodCritical = { QStringLiteral("x") };
        QVERIFY2(parseCompactJws(token, options).ok(), "understood critical header refused");
    }

    void unsupportedAlgorithmAtVerify()
    {
        const QByteArray token
            = b64(R"({"alg":"HS256"})") + '.' + b64("{}") + '.' + codec::base64UrlEncode(QByteArray(32, 'a'));
        const auto jws = parseCompactJws(token);
        QVERIFY2(jws.ok(), "HS256 token should parse");
        QCOMPARE(verifyJws(*jws, publicKey("issuer-key-1")).error().code, ErrorCode::Unsupported);
    }

    void signAndVerifyEd25519()
    {
        const Ed25519Pair ed;
        const QJsonObject header { { QStringLiteral("alg"), QStringLiteral("EdDSA") },
            { QStringLiteral("typ"), QStringLiteral("JWT") } };
        const auto token = signCompactJws(header, R"({"iss":"me"})", ed.signer());
        QVERIFY2(token.ok(), "signing failed");
        const auto jws = parseCompactJws(*token);
        QVERIFY2(jws.ok(), "own token did not parse");
        QVERIFY2(verifyJws(*jws, ed.publicKey()).ok(), "own token did not verify");
        QCOMPARE(jws->header, header);
        const Ed25519Pair other;
        QCOMPARE(verifyJws(*jws, other.publicKey()).error().code, ErrorCode::VerificationFailed);
        QCOMPARE(
            signCompactJws(QJsonObject(), "{}", ed.signer()).error().reason, QStringLiteral("jose/sign-alg-missing"));
        QCOMPARE(signCompactJws(header, "{}", JwsSigner()).error().reason, QStringLiteral("jose/sign-no-signer"));
    }

    void payloadNotObject()
    {
        const Ed25519Pair ed;
        const auto token = signCompactJws({ { QStringLiteral("alg"), QStringLiteral("EdDSA") } }, "[1,2]", ed.signer());
        const auto jws = parseCompactJws(*token);
        QVERIFY(jws.ok());
        const auto claims = jws->payloadObject();
        QVERIFY2(!claims.ok(), "array payload taken as claims");
        QCOMPARE(claims.error().reason, QStringLiteral("jose/json-not-object"));
    }

    /// A signed payload naming "sub" twice is refused, not read as whichever value the parser keeps.
    void payloadNameTwice()
    {
        const Ed25519Pair ed;
        const auto token = signCompactJws(
            { { QStringLiteral("alg"), QStringLiteral("EdDSA") } }, R"({"sub":"alice","sub":"mallory"})", ed.signer());
        const auto jws = parseCompactJws(*token);
        QVERIFY(jws.ok());
        const auto claims = jws->payloadObject();
        QVERIFY2(!claims.ok(), "payload with a name twice read as claims");
        QVERIFY2(
            claims.error().reason == QLatin1String("jose/json-duplicate-name"), qPrintable(describe(claims.error())));
    }
};

QTEST_GUILESS_MAIN(TestJws)
#include "TestJws.moc"
