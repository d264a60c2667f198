// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/codec/Base58.h"
#include "core/codec/Base64Url.h"
#include "core/crypto/PublicKey.h"
#include "core/crypto/RsaDer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <sodium.h>

using namespace ler;
using namespace ler::crypto;

namespace {

QJsonObject loadSignatures()
{
    QFile f(QStringLiteral(LER_TEST_DATA "/crypto/signatures.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray b64(const QString& text)
{
    auto decoded = codec::base64UrlDecode(text.toLatin1());
    return decoded.ok() ? decoded.value() : QByteArray();
}

QByteArray flipBit(QByteArray data, qsizetype index)
{
    data[index] = static_cast<char>(data[index] ^ 0x01);
    return data;
}

QString describe(const Status& s)
{
    return s.ok() ? QStringLiteral("ok")
                  : errorCodeName(s.error().code) + QStringLiteral(": ") + s.error().message.untranslated();
}

// RFC 8032 section 7.1, test 1 (empty message).
const QByteArray kRfc8032Public
    = QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
const QByteArray kRfc8032Signature = QByteArray::fromHex(
    "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24"
    "655141438e7a100b");

} // namespace

class TestPublicKey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(sodium_init() >= 0, "libsodium did not initialise"); }

    void ed25519KnownAnswer()
    {
        const auto key = PublicKey::fromEd25519(kRfc8032Public);
        QVERIFY2(key.ok(), "RFC 8032 key rejected");
        const Status good = key->verify(QStringLiteral("EdDSA"), QByteArray(), kRfc8032Signature);
        QVERIFY2(good.ok(), qPrintable(describe(good)));
        const Status tampered = key->verify(QStringLiteral("EdDSA"), QByteArray("x"), kRfc8032Signature);
        QCOMPARE(tampered.error().code, ErrorCode::VerificationFailed);
        QCOMPARE(tampered.error().reason, QStringLiteral("crypto/signature-invalid"));
        const Status badSig = key->verify(QStringLiteral("Ed25519"), QByteArray(), flipBit(kRfc8032Signature, 5));
        QCOMPARE(badSig.error().code, ErrorCode::VerificationFailed);
        QCOMPARE(badSig.error().reason, QStringLiteral("crypto/signature-invalid"));
        const Status shortSig = key->verify(QStringLiteral("EdDSA"), QByteArray(), kRfc8032Signature.left(63));
        QCOMPARE(shortSig.error().code, ErrorCode::InvalidInput);
        QCOMPARE(shortSig.error().reason, QStringLiteral("crypto/ed25519-signature-size"));
    }

    void ed25519SignedHere()
    {
        unsigned char pk[crypto_sign_PUBLICKEYBYTES];
        unsigned char sk[crypto_sign_SECRETKEYBYTES];
        crypto_sign_keypair(pk, sk);
        const QByteArray message("an example message to sign");
        QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
        crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()),
            nullptr,
            reinterpret_cast<const unsigned char*>(message.constData()),
            static_cast<unsigned long long>(message.size()),
            sk);
        const auto key = PublicKey::fromEd25519(QByteArrayView(pk, sizeof pk));
        QVERIFY2(key.ok(), "fresh Ed25519 key rejected");
        QVERIFY2(key->verify(SignatureAlgorithm::EdDSA, message, sig).ok(), "own signature did not verify");
        const auto other = PublicKey::fromEd25519(kRfc8032Public);
        QCOMPARE(other->verify(SignatureAlgorithm::EdDSA, message, sig).error().code, ErrorCode::VerificationFailed);
    }

    /// Keys that passed the subgroup check are remembered; a key that failed it fails every time, even right
    /// after the key it was made from passed.
    void ed25519KeyCheckRemembersOnlyGoodKeys()
    {
        unsigned char pk[crypto_sign_PUBLICKEYBYTES];
        unsigned char sk[crypto_sign_SECRETKEYBYTES];
        crypto_sign_keypair(pk, sk);
        // A point of order 8: adding it keeps the key on the curve but takes it out of the prime-order subgroup.
        const QByteArray order8
            = QByteArray::fromHex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a");
        QByteArray mixed(crypto_core_ed25519_BYTES, Qt::Uninitialized);
        QCOMPARE(crypto_core_ed25519_add(reinterpret_cast<unsigned char*>(mixed.data()),
                     pk,
                     reinterpret_cast<const unsigned char*>(order8.constData())),
            0);
        const QByteArray good(reinterpret_cast<const char*>(pk), sizeof pk);
        QVERIFY(mixed != good);
        for (int round = 0; round < 3; ++round) {
            QVERIFY2(PublicKey::fromEd25519(good).ok(), "a key in the prime-order subgroup was rejected");
            const auto forged = PublicKey::fromEd25519(mixed);
            QVERIFY2(!forged.ok(), "a key with a small-order component was accepted");
            QCOMPARE(forged.error().code, ErrorCode::InvalidInput);
            QCOMPARE(forged.error().reason, QStringLiteral("crypto/ed25519-key-invalid"));
            QVERIFY2(!PublicKey::fromEd25519(order8).ok(), "a small-order key was accepted");
        }
    }

    void generatedSignatures_data()
    {
        QTest::addColumn<QJsonObject>("entry");
        const QJsonObject all = loadSignatures();
        QVERIFY2(!all.isEmpty(), "tests/data/crypto/signatures.json is missing");
        int i = 0;
        for (const QJsonValue v : all.value(QLatin1String("entries")).toArray()) {
            const QJsonObject entry = v.toObject();
            const QString name = entry.value(QLatin1String("alg")).toString() + QString::number(i++);
            QTest::newRow(qPrintable(name)) << entry;
        }
    }
    void generatedSignatures()
    {
        QFETCH(QJsonObject, entry);
        const QByteArray message = loadSignatures().value(QLatin1String("message")).toString().toLatin1();
        const QString alg = entry.value(QLatin1String("alg")).toString();
        const QByteArray sig = b64(entry.value(QLatin1String("signature")).toString());
        const auto key = PublicKey::fromJwk(entry.value(QLatin1String("jwk")).toObject());
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message.untranslated()));
        const Status good = key->verify(alg, message, sig);
        QVERIFY2(good.ok(), qPrintable(describe(good)));
        const Status tampered = key->verify(alg, message + "x", sig);
        QVERIFY2(!tampered.ok(), "tampered message verified");
        QCOMPARE(tampered.error().code, ErrorCode::VerificationFailed);
        const Status badSig = key->verify(alg, message, flipBit(sig, sig.size() - 3));
        QCOMPARE(badSig.error().code, ErrorCode::VerificationFailed);
        QCOMPARE(key->toJwk(), entry.value(QLatin1String("jwk")).toObject());
        if (entry.contains(QLatin1String("compressed"))) {
            const auto point = QByteArray::fromHex(entry.value(QLatin1String("compressed")).toString().toLatin1());
            const auto fromPoint = PublicKey::fromEcPoint(key->type(), point);
            QVERIFY2(fromPoint.ok(), "compressed point rejected");
            QVERIFY2(fromPoint.value() == key.value(), "compressed point decodes to a different key");
            QCOMPARE(key->rawBytes(), point);
        }
        const auto viaMultikey = PublicKey::fromMultikey(key->toMultikey());
        QVERIFY2(viaMultikey.ok() && viaMultikey.value() == key.value(), "multikey round trip failed");
    }

    void ecdsaSignatureShape()
    {
        const QJsonObject entry = loadSignatures().value(QLatin1String("entries")).toArray().at(0).toObject();
        const auto key = PublicKey::fromJwk(entry.value(QLatin1String("jwk")).toObject());
        QVERIFY2(key.ok(), "P-256 key rejected");
        const QByteArray sig = b64(entry.value(QLatin1String("signature")).toString());
        QCOMPARE(key->verify(SignatureAlgorithm::ES256, "m", sig.left(63)).error().code, ErrorCode::InvalidInput);
        QCOMPARE(key->verify(SignatureAlgorithm::ES256, "m", sig.left(63)).error().reason,
            QStringLiteral("crypto/ecdsa-signature-size"));
        QCOMPARE(key->verify(SignatureAlgorithm::ES256, "m", QByteArray(64, '\0')).error().code,
            ErrorCode::VerificationFailed);
        QCOMPARE(key->verify(SignatureAlgorithm::ES256, "m", QByteArray(64, '\0')).error().reason,
            QStringLiteral("crypto/signature-invalid"));
    }

    void algorithmMismatch_data()
    {
        QTest::addColumn<int>("entryIndex");
        QTest::addColumn<QString>("alg");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("ES384-with-P256") << 0 << QStringLiteral("ES384") << int(ErrorCode::InvalidInput)
                                         << QStringLiteral("crypto/alg-key-mismatch");
        QTest::newRow("ES256-with-P384") << 1 << QStringLiteral("ES256") << int(ErrorCode::InvalidInput)
                                         << QStringLiteral("crypto/alg-key-mismatch");
        QTest::newRow("EdDSA-with-P256") << 0 << QStringLiteral("EdDSA") << int(ErrorCode::InvalidInput)
                                         << QStringLiteral("crypto/alg-key-mismatch");
        QTest::newRow("RS256-with-P256") << 0 << QStringLiteral("RS256") << int(ErrorCode::InvalidInput)
                                         << QStringLiteral("crypto/alg-key-mismatch");
        QTest::newRow("ES256-with-RSA") << 2 << QStringLiteral("ES256") << int(ErrorCode::InvalidInput)
                                        << QStringLiteral("crypto/alg-key-mismatch");
        QTest::newRow("none") << 0 << QStringLiteral("none") << int(ErrorCode::Unsupported)
                              << QStringLiteral("crypto/alg-none");
        QTest::newRow("None") << 0 << QStringLiteral("None") << int(ErrorCode::Unsupported)
                              << QStringLiteral("crypto/alg-none");
        QTest::newRow("HS256") << 0 << QStringLiteral("HS256") << int(ErrorCode::Unsupported)
                               << QStringLiteral("crypto/alg-unsupported");
        QTest::newRow("ES512") << 0 << QStringLiteral("ES512") << int(ErrorCode::Unsupported)
                               << QStringLiteral("crypto/alg-unsupported");
        QTest::newRow("empty") << 0 << QString() << int(ErrorCode::Unsupported)
                               << QStringLiteral("crypto/alg-unsupported");
    }
    void algorithmMismatch()
    {
        QFETCH(int, entryIndex);
        QFETCH(QString, alg);
        QFETCH(int, code);
        const QJsonObject all = loadSignatures();
        const QJsonObject entry = all.value(QLatin1String("entries")).toArray().at(entryIndex).toObject();
        const auto key = PublicKey::fromJwk(entry.value(QLatin1String("jwk")).toObject());
        QVERIFY2(key.ok(), "test key rejected");
        const Status s = key->verify(alg,
            all.value(QLatin1String("message")).toString().toLatin1(),
            b64(entry.value(QLatin1String("signature")).toString()));
        QVERIFY2(!s.ok(), "mismatched algorithm accepted");
        QCOMPARE(int(s.error().code), code);
        QFETCH(QString, reason);
        QCOMPARE(s.error().reason, reason);
    }

    void jwkRejects_data()
    {
        QTest::addColumn<QByteArray>("jwk");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        const QByteArray x = "ipN12XIDfhzJ5DMwlRB9ocqxphDylRQ2Q8x09DCLSfc";
        const QByteArray y = "0N03QJSbuTgfp-6rAqNmOqOwerSK8pqI-EBAoBDeLEE";
        QTest::newRow("private-d") << QByteArray(
            R"({"kty":"EC","crv":"P-256","x":")" + x + R"(","y":")" + y + R"(","d":"AAAA"})")
                                   << int(ErrorCode::InvalidInput) << QStringLiteral("crypto/jwk-private-member");
        QTest::newRow("off-curve") << QByteArray(R"({"kty":"EC","crv":"P-256","x":")" + x + R"(","y":")" + x + R"("})")
                                   << int(ErrorCode::InvalidInput) << QStringLiteral("crypto/ec-point-not-on-curve");
        QTest::newRow("short-x") << QByteArray(R"({"kty":"EC","crv":"P-256","x":"AAAA","y":")" + y + R"("})")
                                 << int(ErrorCode::InvalidInput) << QStringLiteral("crypto/ec-coordinate-size");
        QTest::newRow("missing-y") << QByteArray(R"({"kty":"EC","crv":"P-256","x":")" + x + R"("})")
                                   << int(ErrorCode::InvalidInput) << QStringLiteral("crypto/jwk-member-missing");
        QTest::newRow("padded-x") << QByteArray(R"({"kty":"EC","crv":"P-256","x":")" + x + R"(=","y":")" + y + R"("})")
                                  << int(ErrorCode::InvalidInput) << QStringLiteral("crypto/jwk-member-not-base64url");
        QTest::newRow("P-521") << QByteArray(R"({"kty":"EC","crv":"P-521","x":"AA","y":"AA"})")
                               << int(ErrorCode::Unsupported) << QStringLiteral("crypto/jwk-ec-curve-unsupported");
        QTest::newRow("secp256k1") << QByteArray(R"({"kty":"EC","crv":"secp256k1","x":"AA","y":"AA"})")
                                   << int(ErrorCode::Unsupported) << QStringLiteral("crypto/jwk-ec-curve-unsupported");
        QTest::newRow("X25519") << QByteArray(R"({"kty":"OKP","crv":"X25519","x":"AA"})") << int(ErrorCode::Unsupported)
                                << QStringLiteral("crypto/jwk-okp-curve-unsupported");
        QTest::newRow("oct") << QByteArray(R"({"kty":"oct","k":"AAAA"})") << int(ErrorCode::InvalidInput)
                             << QStringLiteral("crypto/jwk-private-member");
        QTest::newRow("no-kty") << QByteArray(R"({"crv":"P-256"})") << int(ErrorCode::Unsupported)
                                << QStringLiteral("crypto/jwk-kty-unsupported");
        QTest::newRow("ed25519-short") << QByteArray(R"({"kty":"OKP","crv":"Ed25519","x":"AAAA"})")
                                       << int(ErrorCode::InvalidInput) << QStringLiteral("crypto/ed25519-key-size");
        QTest::newRow("ed25519-small-order")
            << QByteArray(R"({"kty":"OKP","crv":"Ed25519","x":"AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})")
            << int(ErrorCode::InvalidInput) << QStringLiteral("crypto/ed25519-key-invalid");
        QTest::newRow("rsa-1024") << QByteArray(
            R"({"kty":"RSA","e":"AQAB","n":")" + codec::base64UrlEncode(QByteArray(128, '\xc5')) + R"("})")
                                  << int(ErrorCode::Unsupported) << QStringLiteral("crypto/rsa-size-unsupported");
        QTest::newRow("rsa-even-e") << QByteArray(
            R"({"kty":"RSA","e":"AQAC","n":")" + codec::base64UrlEncode(QByteArray(256, '\xc5')) + R"("})")
                                    << int(ErrorCode::InvalidInput) << QStringLiteral("crypto/rsa-exponent-invalid");
    }
    void jwkRejects()
    {
        QFETCH(QByteArray, jwk);
        QFETCH(int, code);
        const auto key = PublicKey::fromJwk(QJsonDocument::fromJson(jwk).object());
        QVERIFY2(!key.ok(), "bad JWK accepted");
        QVERIFY2(int(key.error().code) == code, qPrintable(key.error().message.untranslated()));
        QFETCH(QString, reason);
        QCOMPARE(key.error().reason, reason);
    }

    void jwkThumbprintRfc8037()
    {
        const auto key = PublicKey::fromJwk(QJsonDocument::fromJson(
            R"({"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"})")
                                                .object());
        QVERIFY2(key.ok(), "RFC 8037 key rejected");
        QCOMPARE(key->jwkThumbprint(), QStringLiteral("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"));
    }

    void x25519Conversion()
    {
        // did:key spec vector (seed of zeros): Ed25519 key and its X25519 key agreement key.
        const auto ed = codec::base58Decode("4zvwRjXUKGfvwnParsHAS3HuSVzV5cA4McphgmoCtajS");
        const auto x = codec::base58Decode("7By6kV2t2d188odEM4ExAve1UithKT6dLva4dwsDT3ak");
        QVERIFY2(ed.ok() && x.ok(), "vector did not decode");
        const auto converted = x25519FromEd25519(ed.value());
        QVERIFY2(converted.ok(), "conversion failed");
        QCOMPARE(converted.value(), x.value());
        QVERIFY2(!x25519FromEd25519(QByteArray(31, 'a')).ok(), "short key converted");
    }

    void rsaDer()
    {
        const QByteArray n = QByteArray(1, '\x80') + QByteArray(255, '\x11');
        const QByteArray e = QByteArray::fromHex("010001");
        const QByteArray der = encodeRsaPublicKeyDer(n, e);
        QCOMPARE(der.left(4), QByteArray::fromHex("3082010a"));
        const auto back = decodeRsaPublicKeyDer(der);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message.untranslated()));
        QCOMPARE(back->first, n);
        QCOMPARE(back->second, e);
        QVERIFY2(!decodeRsaPublicKeyDer(der + '\0').ok(), "trailing byte accepted");
        QVERIFY2(!decodeRsaPublicKeyDer(der.left(der.size() - 1)).ok(), "truncated DER accepted");
        QByteArray negative = der;
        negative[9] = '\x00'; // 0x00 0x00 leading: not minimal
        QVERIFY2(!decodeRsaPublicKeyDer(negative).ok(), "non-minimal integer accepted");
        const auto key = PublicKey::fromRsaPkcs1Der(der);
        QVERIFY2(key.ok(), "2048-bit RSA DER rejected");
        QCOMPARE(key->rawBytes(), der);
    }

    void nullKey()
    {
        const PublicKey key;
        QVERIFY(key.isNull());
        QVERIFY2(!key.verify(SignatureAlgorithm::EdDSA, "m", QByteArray(64, 'a')).ok(), "null key verified");
        QVERIFY(key.toJwk().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPublicKey)
#include "TestPublicKey.moc"
