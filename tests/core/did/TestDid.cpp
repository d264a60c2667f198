// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/codec/Base58.h"
#include "core/codec/Multicodec.h"
#include "core/did/DidDocument.h"
#include "core/did/DidJwk.h"
#include "core/did/DidKey.h"
#include "core/did/DidWeb.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <sodium.h>

using namespace ler;
using namespace ler::did;
using crypto::KeyType;
using crypto::PublicKey;

namespace {

QJsonObject loadJson(const QString& relative)
{
    QFile f(QStringLiteral(LER_TEST_DATA "/vectors/did-key/") + relative);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString describe(const Error& e)
{
    return errorCodeName(e.code) + QStringLiteral(": ") + e.message.untranslated();
}

QString diff(const QJsonObject& actual, const QJsonObject& expected)
{
    return QStringLiteral("\nactual:   %1\nexpected: %2")
        .arg(QString::fromUtf8(QJsonDocument(actual).toJson(QJsonDocument::Compact)),
            QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)));
}

const QString kSpecDid = QStringLiteral("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK");

} // namespace

class TestDid : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(sodium_init() >= 0, "libsodium did not initialise"); }

    void multikeyDocumentMatchesSpec()
    {
        const QJsonObject expected = loadJson(QStringLiteral("spec-example-ed25519-x25519-multikey.json"));
        QVERIFY2(!expected.isEmpty(), "spec example missing");
        const auto doc = resolveDidKey(kSpecDid);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : describe(doc.error())));
        QVERIFY2(doc.value() == expected, qPrintable(diff(doc.value(), expected)));
    }

    /// Documents are kept once built: asking again, in another format or after another DID, gives each its own.
    void resolvingAgainGivesTheSameDocument()
    {
        const QString other = QStringLiteral("did:key:z6MkjchhfUsD6mmvni8mCdXHw216Xrm9bQe2mBH1P5RDjVJG");
        const QJsonObject multikey = loadJson(QStringLiteral("spec-example-ed25519-x25519-multikey.json"));
        const QJsonObject legacy = loadJson(QStringLiteral("test-vectors/ed25519-x25519.json"))
                                       .value(other)
                                       .toObject()
                                       .value(QLatin1String("didDocument"))
                                       .toObject();
        QVERIFY2(!multikey.isEmpty() && !legacy.isEmpty(), "vectors missing");
        const auto text = [](const Result<QJsonObject>& r) { return r.ok() ? r.value() : QJsonObject(); };
        for (int round = 0; round < 3; ++round) {
            const auto m = resolveDidKey(kSpecDid);
            QVERIFY2(m.ok() && m.value() == multikey, qPrintable(diff(text(m), multikey)));
            const auto l = resolveDidKey(other, DidKeyFormat::Legacy);
            QVERIFY2(l.ok() && l.value() == legacy, qPrintable(diff(text(l), legacy)));
            const auto o = resolveDidKey(other);
            QVERIFY(o.ok());
            QCOMPARE(o->value(QLatin1String("id")).toString(), other);
            QVERIFY(o.value() != legacy);
            // A DID one character away (not a valid key) still fails.
            QVERIFY(!resolveDidKey(kSpecDid.chopped(1) + QLatin1Char('L')).ok());
        }
    }

    void legacyDocuments_data()
    {
        QTest::addColumn<QString>("did");
        QTest::addColumn<QJsonObject>("expected");
        for (const char* file : { "ed25519-x25519.json", "nist-curves.json", "rsa.json" }) {
            const QJsonObject vectors = loadJson(QStringLiteral("test-vectors/") + QLatin1String(file));
            QVERIFY2(!vectors.isEmpty(), file);
            for (auto it = vectors.begin(); it != vectors.end(); ++it) {
                const QJsonObject doc = it.value().toObject().value(QLatin1String("didDocument")).toObject();
                const QString type = doc.value(QLatin1String("verificationMethod"))
                                         .toArray()
                                         .at(0)
                                         .toObject()
                                         .value(QLatin1String("publicKeyJwk"))
                                         .toObject()
                                         .value(QLatin1String("crv"))
                                         .toString();
                if (type == QLatin1String("P-521")) {
                    continue; // not supported; see unsupportedKeys()
                }
                if (it.key().startsWith(QLatin1String("did:key:zDnaeTiq"))) {
                    continue; // P256Key2021 form; see p256Key2021Method()
                }
                QTest::newRow(qPrintable(QLatin1String(file) + QLatin1Char(' ') + it.key().left(24)))
                    << it.key() << doc;
            }
        }
    }
    void legacyDocuments()
    {
        QFETCH(QString, did);
        QFETCH(QJsonObject, expected);
        const QString vmType = expected.value(QLatin1String("verificationMethod"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QLatin1String("type"))
                                   .toString();
        const auto format = vmType == QLatin1String("JsonWebKey2020") && did.startsWith(QLatin1String("did:key:z6Mk"))
            ? DidKeyFormat::JsonWebKey2020
            : DidKeyFormat::Legacy;
        const auto doc = resolveDidKey(did, format);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : describe(doc.error())));
        QVERIFY2(doc.value() == expected, qPrintable(diff(doc.value(), expected)));
        const auto key = publicKeyFromDidKey(did);
        QVERIFY2(key.ok(), "key not extracted");
        QCOMPARE(didKeyFromPublicKey(key.value()), did);
        // The Multikey form names the same key as the legacy form.
        const auto modern = resolveDidKey(did);
        QVERIFY2(modern.ok(), "Multikey form failed");
        const QString vmId = expected.value(QLatin1String("assertionMethod")).toArray().at(0).toString();
        const auto legacyKey = publicKeyForRelationship(expected, vmId, VerificationRelationship::AssertionMethod);
        const auto modernKey = publicKeyForRelationship(*modern, vmId, VerificationRelationship::AssertionMethod);
        QVERIFY2(legacyKey.ok(), qPrintable(legacyKey.ok() ? QString() : describe(legacyKey.error())));
        QVERIFY2(modernKey.ok(), qPrintable(modernKey.ok() ? QString() : describe(modernKey.error())));
        QVERIFY2(legacyKey.value() == key.value() && modernKey.value() == key.value(), "keys differ between forms");
    }

    void seedsDeriveDids()
    {
        const QJsonObject vectors = loadJson(QStringLiteral("test-vectors/ed25519-x25519.json"));
        int checked = 0;
        for (auto it = vectors.begin(); it != vectors.end(); ++it) {
            const QByteArray seed
                = QByteArray::fromHex(it.value().toObject().value(QLatin1String("seed")).toString().toLatin1());
            if (seed.size() != crypto_sign_SEEDBYTES) {
                continue;
            }
            unsigned char pk[crypto_sign_PUBLICKEYBYTES];
            unsigned char sk[crypto_sign_SECRETKEYBYTES];
            crypto_sign_seed_keypair(pk, sk, reinterpret_cast<const unsigned char*>(seed.constData()));
            const auto key = PublicKey::fromEd25519(QByteArrayView(pk, sizeof pk));
            QVERIFY2(key.ok(), "derived key rejected");
            QCOMPARE(didKeyFromPublicKey(key.value()), it.key());
            ++checked;
        }
        QVERIFY2(checked >= 4, "expected at least four seeded vectors");
    }

    void p256Key2021Method()
    {
        const QJsonObject vectors = loadJson(QStringLiteral("test-vectors/nist-curves.json"));
        const QString did = QStringLiteral("did:key:zDnaeTiq1PdzvZXUaMdezchcMJQpBdH2VN4pgrrEhMCCbmwSb");
        const QJsonObject doc = vectors.value(did).toObject().value(QLatin1String("didDocument")).toObject();
        const auto fromDoc = publicKeyForRelationship(
            doc, did + QLatin1Char('#') + did.mid(8), VerificationRelationship::AssertionMethod);
        QVERIFY2(fromDoc.ok(), qPrintable(fromDoc.ok() ? QString() : describe(fromDoc.error())));
        const auto fromDid = publicKeyFromDidKey(did);
        QVERIFY2(fromDid.ok() && fromDid.value() == fromDoc.value(), "P256Key2021 key differs from the DID's");
        QCOMPARE(fromDid->type(), KeyType::P256);
    }

    void unsupportedKeys_data()
    {
        QTest::addColumn<QString>("did");
        QTest::addColumn<QString>("mention");
        const QJsonObject nist = loadJson(QStringLiteral("test-vectors/nist-curves.json"));
        for (const QString& did : nist.keys()) {
            if (did.startsWith(QLatin1String("did:key:z2J9"))) {
                QTest::newRow(qPrintable(did.left(24))) << did << QStringLiteral("p521-pub");
            }
        }
        for (const QString& did : loadJson(QStringLiteral("test-vectors/secp256k1.json")).keys()) {
            QTest::newRow(qPrintable(did.left(24))) << did << QStringLiteral("secp256k1-pub");
        }
        const QJsonObject x25519 = loadJson(QStringLiteral("test-vectors/x25519.json"));
        for (const QString& did : x25519.value(QLatin1String("didDocument")).toObject().keys()) {
            QTest::newRow(qPrintable(did.left(24))) << did << QStringLiteral("x25519-pub");
        }
    }
    void unsupportedKeys()
    {
        QFETCH(QString, did);
        QFETCH(QString, mention);
        const auto doc = resolveDidKey(did);
        QVERIFY2(!doc.ok(), "unsupported key type resolved");
        QCOMPARE(doc.error().code, ErrorCode::Unsupported);
        QCOMPARE(doc.error().reason, QStringLiteral("crypto/multikey-unsupported"));
        QVERIFY2(doc.error().message.untranslated().contains(mention), qPrintable(doc.error().message.untranslated()));
    }

    void badDidKeys_data()
    {
        QTest::addColumn<QString>("did");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not-did-key") << QStringLiteral("did:web:example.com") << QStringLiteral("did/key-not-did-key");
        QTest::newRow("empty") << QStringLiteral("did:key:") << QStringLiteral("did/key-not-base58btc");
        QTest::newRow("base64url") << QStringLiteral("did:key:u7QE") << QStringLiteral("did/key-not-base58btc");
        QTest::newRow("fragment") << kSpecDid + QStringLiteral("#z6Mk") << QStringLiteral("did/key-not-bare");
        QTest::newRow("version") << QStringLiteral("did:key:1:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK")
                                 << QStringLiteral("did/key-not-bare");
        QTest::newRow("bad-base58") << QStringLiteral("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2do0")
                                    << QStringLiteral("codec/base58-character");
        QTest::newRow("truncated") << QStringLiteral("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2do")
                                   << QStringLiteral("crypto/multikey-unsupported");
        QTest::newRow("too-long") << QStringLiteral("did:key:z") + QString(5000, QLatin1Char('2'))
                                  << QStringLiteral("did/key-too-long");
    }
    void badDidKeys()
    {
        QFETCH(QString, did);
        const auto doc = resolveDidKey(did);
        QVERIFY2(!doc.ok(), "bad did:key resolved");
        QVERIFY2(doc.error().code != ErrorCode::Internal, qPrintable(describe(doc.error())));
        QFETCH(QString, reason);
        QVERIFY2(doc.error().reason == reason,
            qPrintable(describe(doc.error()) + QStringLiteral(" / ") + doc.error().reason));
    }

    void uncompressedPointRejected()
    {
        const auto key
            = publicKeyFromDidKey(QStringLiteral("did:key:zDnaerx9CtbPJ1q36T5Ln5wYt3MQYeGRG5ehnPAmxcf5mDZpv"));
        QVERIFY2(key.ok(), "P-256 did:key rejected");
        QByteArray uncompressed = codec::multicodecPrefix(codec::Multicodec::P256Pub, QByteArray(1, '\x04'));
        const QJsonObject jwk = key->toJwk();
        // Re-encode the same key with an uncompressed point: the spec allows only the compressed form.
        const auto x = QByteArray::fromBase64(
            jwk.value(QLatin1String("x")).toString().toLatin1(), QByteArray::Base64UrlEncoding);
        const auto y = QByteArray::fromBase64(
            jwk.value(QLatin1String("y")).toString().toLatin1(), QByteArray::Base64UrlEncoding);
        uncompressed += x + y;
        const QString did = QStringLiteral("did:key:z") + QString::fromLatin1(codec::base58Encode(uncompressed));
        const auto bad = publicKeyFromDidKey(did);
        QVERIFY2(!bad.ok(), "uncompressed point accepted in did:key");
        QCOMPARE(bad.error().reason, QStringLiteral("did/key-not-canonical"));
    }

    void relationships()
    {
        const auto doc = resolveDidKey(kSpecDid);
        QVERIFY2(doc.ok(), "spec DID did not resolve");
        const QString vm = kSpecDid + QStringLiteral("#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK");
        const QString ka = kSpecDid + QStringLiteral("#z6LSj72tK8brWgZja8NLRwPigth2T9QRiG1uH9oKZuKjdh9p");
        QVERIFY(hasRelationship(*doc, vm, VerificationRelationship::AssertionMethod));
        QVERIFY(hasRelationship(*doc, vm, VerificationRelationship::Authentication));
        QVERIFY(!hasRelationship(*doc, vm, VerificationRelationship::KeyAgreement));
        QVERIFY(hasRelationship(*doc, ka, VerificationRelationship::KeyAgreement));
        QVERIFY(!hasRelationship(*doc, ka, VerificationRelationship::AssertionMethod));
        // Relative ids resolve against the document id.
        QVERIFY(hasRelationship(*doc,
            QStringLiteral("#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"),
            VerificationRelationship::CapabilityInvocation));
        const auto embedded = findVerificationMethod(*doc, ka);
        QVERIFY2(embedded.ok(), "embedded keyAgreement method not found");
        const auto wrongUse = publicKeyForRelationship(*doc, ka, VerificationRelationship::AssertionMethod);
        QCOMPARE(wrongUse.error().code, ErrorCode::VerificationFailed);
        QCOMPARE(wrongUse.error().reason, QStringLiteral("did/method-not-authorised"));
        const auto missing = findVerificationMethod(*doc, kSpecDid + QStringLiteral("#nope"));
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QCOMPARE(missing.error().reason, QStringLiteral("did/method-not-found"));
        const auto good = publicKeyForRelationship(*doc, vm, VerificationRelationship::AssertionMethod);
        QVERIFY2(good.ok() && good->type() == KeyType::Ed25519, "assertion key not returned");
    }

    void verificationMethodRejects_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("two-key-properties") << QByteArray(
            R"({"type":"Multikey","publicKeyMultibase":"z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK",)"
            R"("publicKeyBase58":"abc"})") << int(ErrorCode::InvalidInput)
                                            << QStringLiteral("did/method-key-count");
        QTest::newRow("no-key") << QByteArray(R"({"type":"Multikey"})") << int(ErrorCode::InvalidInput)
                                << QStringLiteral("did/method-key-count");
        QTest::newRow("type-mismatch") << QByteArray(
            R"({"type":"JsonWebKey2020","publicKeyMultibase":"z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"})")
                                       << int(ErrorCode::Unsupported)
                                       << QStringLiteral("did/method-type-multibase-mismatch");
        QTest::newRow("secp256k1-2019") << QByteArray(
            R"({"type":"EcdsaSecp256k1VerificationKey2019","publicKeyBase58":"abc"})")
                                        << int(ErrorCode::Unsupported) << QStringLiteral("did/method-type-unsupported");
        QTest::newRow("x25519-multikey") << QByteArray(
            R"({"type":"Multikey","publicKeyMultibase":"z6LSj72tK8brWgZja8NLRwPigth2T9QRiG1uH9oKZuKjdh9p"})")
                                         << int(ErrorCode::Unsupported)
                                         << QStringLiteral("crypto/multikey-unsupported");
    }
    void verificationMethodRejects()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, code);
        const auto key = publicKeyFromVerificationMethod(QJsonDocument::fromJson(method).object());
        QVERIFY2(!key.ok(), "bad verification method accepted");
        QVERIFY2(int(key.error().code) == code, qPrintable(describe(key.error())));
        QFETCH(QString, reason);
        QCOMPARE(key.error().reason, reason);
    }

    void duplicateMethodIds()
    {
        auto doc = resolveDidKey(kSpecDid).value();
        QJsonArray vms = doc.value(QLatin1String("verificationMethod")).toArray();
        QJsonObject clash = vms.at(0).toObject();
        clash.insert(
            QStringLiteral("publicKeyMultibase"), QStringLiteral("z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp"));
        vms.append(clash);
        doc.insert(QStringLiteral("verificationMethod"), vms);
        const auto found = findVerificationMethod(doc, clash.value(QLatin1String("id")).toString());
        QVERIFY2(!found.ok(), "ambiguous verification method accepted");
        QCOMPARE(found.error().reason, QStringLiteral("did/method-defined-twice"));
    }

    void didJwk()
    {
        const QJsonObject jwk
            = QJsonDocument::fromJson(R"({"kty":"EC","crv":"P-256","x":"b28d4MwZMjw8-00CG4xfnn9SLMVMM19SlqZpVb_uNtQ",)"
                                      R"("y":"Xv5zWwuoaTgdS6hV43yI6gBwTnjukmFQQnJ_kCxzqk8"})")
                  .object();
        const QString did = didJwkFromJwk(jwk);
        QVERIFY(did.startsWith(QLatin1String("did:jwk:eyJ")));
        const auto doc = resolveDidJwk(did);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : describe(doc.error())));
        QCOMPARE(doc->value(QLatin1String("id")).toString(), did);
        const auto key
            = publicKeyForRelationship(*doc, QStringLiteral("#0"), VerificationRelationship::AssertionMethod);
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : describe(key.error())));
        QCOMPARE(key->toJwk(), jwk);
        QVERIFY(hasRelationship(*doc, did + QStringLiteral("#0"), VerificationRelationship::KeyAgreement));
        QVERIFY2(resolveOfflineDid(did).ok(), "offline resolver did not dispatch did:jwk");
    }

    void didJwkUse()
    {
        const QJsonObject sig { { QStringLiteral("kty"), QStringLiteral("OKP") },
            { QStringLiteral("crv"), QStringLiteral("Ed25519") },
            { QStringLiteral("use"), QStringLiteral("sig") },
            { QStringLiteral("x"), QStringLiteral("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo") } };
        const auto doc = resolveDidJwk(didJwkFromJwk(sig));
        QVERIFY2(doc.ok(), "did:jwk with use sig did not resolve");
        QVERIFY(!doc->contains(QLatin1String("keyAgreement")));
        QVERIFY(doc->contains(QLatin1String("assertionMethod")));
        QJsonObject enc = sig;
        enc.insert(QStringLiteral("use"), QStringLiteral("enc"));
        const auto encDoc = resolveDidJwk(didJwkFromJwk(enc));
        QVERIFY(encDoc->contains(QLatin1String("keyAgreement")));
        QVERIFY(!encDoc->contains(QLatin1String("assertionMethod")));
    }

    void didJwkRejects_data()
    {
        QTest::addColumn<QString>("did");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not-base64url") << QStringLiteral("did:jwk:eyJ!") << QStringLiteral("did/jwk-not-base64url");
        QTest::newRow("padded") << QStringLiteral("did:jwk:e30=") << QStringLiteral("did/jwk-not-base64url");
        QTest::newRow("not-object") << QStringLiteral("did:jwk:WzFd")
                                    << QStringLiteral("did/jwk-not-json-object"); // [1]
        QTest::newRow("no-kty") << QStringLiteral("did:jwk:e30") << QStringLiteral("did/jwk-no-kty"); // {}
        QTest::newRow("private") << didJwkFromJwk(
            QJsonDocument::fromJson(R"({"kty":"OKP","crv":"Ed25519","x":"AA","d":"AA"})").object())
                                 << QStringLiteral("did/jwk-private-key");
        QTest::newRow("other-method") << QStringLiteral("did:key:e30") << QStringLiteral("did/jwk-not-did-jwk");
    }
    void didJwkRejects()
    {
        QFETCH(QString, did);
        const auto doc = resolveDidJwk(did);
        QVERIFY2(!doc.ok(), "bad did:jwk resolved");
        QFETCH(QString, reason);
        QCOMPARE(doc.error().reason, reason);
    }

    void didWebUrls_data()
    {
        QTest::addColumn<QString>("did");
        QTest::addColumn<QString>("url");
        QTest::newRow("domain") << QStringLiteral("did:web:w3c-ccg.github.io")
                                << QStringLiteral("https://w3c-ccg.github.io/.well-known/did.json");
        QTest::newRow("path") << QStringLiteral("did:web:w3c-ccg.github.io:user:alice")
                              << QStringLiteral("https://w3c-ccg.github.io/user/alice/did.json");
        QTest::newRow("port") << QStringLiteral("did:web:example.com%3A3000")
                              << QStringLiteral("https://example.com:3000/.well-known/did.json");
        QTest::newRow("port-lower-hex") << QStringLiteral("did:web:example.com%3a3000:user:alice")
                                        << QStringLiteral("https://example.com:3000/user/alice/did.json");
        QTest::newRow("encoded-path") << QStringLiteral("did:web:example.com:a%20b")
                                      << QStringLiteral("https://example.com/a%20b/did.json");
        QTest::newRow("upper-host") << QStringLiteral("did:web:Example.COM")
                                    << QStringLiteral("https://example.com/.well-known/did.json");
        // Controls for the IP-literal rows below: digits and hex-looking labels are fine inside a domain.
        QTest::newRow("digits in labels") << QStringLiteral("did:web:127.0.0.1.example.com")
                                          << QStringLiteral("https://127.0.0.1.example.com/.well-known/did.json");
        QTest::newRow("hex-looking label") << QStringLiteral("did:web:0x7f000001.example")
                                           << QStringLiteral("https://0x7f000001.example/.well-known/did.json");
        QTest::newRow("digit-led tld-like label") << QStringLiteral("did:web:10.example%3A8443")
                                                  << QStringLiteral("https://10.example:8443/.well-known/did.json");
    }
    void didWebUrls()
    {
        QFETCH(QString, did);
        QFETCH(QString, url);
        const auto result = didWebToUrl(did);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : describe(result.error())));
        QCOMPARE(result->toString(QUrl::FullyEncoded), url);
    }

    void didWebRejects_data()
    {
        QTest::addColumn<QString>("did");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QStringLiteral("did:web:") << QStringLiteral("did/web-host-invalid");
        QTest::newRow("other-method") << QStringLiteral("did:key:example.com") << QStringLiteral("did/web-not-did-web");
        QTest::newRow("empty-segment") << QStringLiteral("did:web:example.com::alice")
                                       << QStringLiteral("did/web-path-invalid");
        QTest::newRow("trailing-colon") << QStringLiteral("did:web:example.com:")
                                        << QStringLiteral("did/web-path-invalid");
        QTest::newRow("slash") << QStringLiteral("did:web:example.com/alice") << QStringLiteral("did/web-host-invalid");
        QTest::newRow("userinfo") << QStringLiteral("did:web:user%40example.com")
                                  << QStringLiteral("did/web-host-invalid");
        QTest::newRow("at") << QStringLiteral("did:web:user@example.com") << QStringLiteral("did/web-host-invalid");
        QTest::newRow("bad-port") << QStringLiteral("did:web:example.com%3Aabc")
                                  << QStringLiteral("did/web-port-invalid");
        QTest::newRow("port-range") << QStringLiteral("did:web:example.com%3A99999")
                                    << QStringLiteral("did/web-port-invalid");
        QTest::newRow("two-ports") << QStringLiteral("did:web:example.com%3A1%3A2")
                                   << QStringLiteral("did/web-host-invalid");
        QTest::newRow("raw-colon-port") << QStringLiteral("did:web:example.com:80:x%")
                                        << QStringLiteral("did/web-path-invalid");
        QTest::newRow("space") << QStringLiteral("did:web:exa mple.com") << QStringLiteral("did/web-host-invalid");
        QTest::newRow("query") << QStringLiteral("did:web:example.com:a?b") << QStringLiteral("did/web-path-invalid");
        QTest::newRow("fragment") << QStringLiteral("did:web:example.com#key-1")
                                  << QStringLiteral("did/web-host-invalid");
        QTest::newRow("dot-dot") << QStringLiteral("did:web:example.com:..:etc")
                                 << QStringLiteral("did/web-path-invalid");
        QTest::newRow("hyphen-label") << QStringLiteral("did:web:-example.com")
                                      << QStringLiteral("did/web-host-invalid");
        // IP-literal hosts: a did:web names a domain, never a machine by its address.
        QTest::newRow("ip loopback") << QStringLiteral("did:web:127.0.0.1") << QStringLiteral("did/web-ip-address");
        QTest::newRow("ip loopback port")
            << QStringLiteral("did:web:127.0.0.1%3A8443") << QStringLiteral("did/web-ip-address");
        QTest::newRow("ip private path") << QStringLiteral("did:web:10.0.0.1:users:alice")
                                         << QStringLiteral("did/web-ip-address");
        QTest::newRow("ip metadata") << QStringLiteral("did:web:169.254.169.254")
                                     << QStringLiteral("did/web-ip-address");
        QTest::newRow("ip public") << QStringLiteral("did:web:93.184.215.14") << QStringLiteral("did/web-ip-address");
        QTest::newRow("ip short form") << QStringLiteral("did:web:127.1") << QStringLiteral("did/web-ip-address");
        QTest::newRow("ip decimal") << QStringLiteral("did:web:2130706433") << QStringLiteral("did/web-ip-address");
        QTest::newRow("ip hex") << QStringLiteral("did:web:0x7f000001") << QStringLiteral("did/web-ip-address");
        QTest::newRow("ip hex dotted") << QStringLiteral("did:web:0x7f.0.0.1") << QStringLiteral("did/web-ip-address");
        QTest::newRow("ipv6 bracketed") << QStringLiteral("did:web:%5B::1%5D")
                                        << QStringLiteral("did/web-host-invalid");
        QTest::newRow("ipv6 encoded colons")
            << QStringLiteral("did:web:%3A%3A1") << QStringLiteral("did/web-host-invalid");
    }
    void didWebRejects()
    {
        QFETCH(QString, did);
        const auto result = didWebToUrl(did);
        QVERIFY2(!result.ok(),
            qPrintable(QStringLiteral("accepted, giving %1").arg(result.ok() ? result->toString() : QString())));
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QFETCH(QString, reason);
        QCOMPARE(result.error().reason, reason);
    }

    void offlineResolver()
    {
        QVERIFY(resolveOfflineDid(kSpecDid).ok());
        QCOMPARE(resolveOfflineDid(QStringLiteral("did:web:example.com")).error().code, ErrorCode::Unsupported);
        QCOMPARE(resolveOfflineDid(QStringLiteral("did:web:example.com")).error().reason,
            QStringLiteral("did/web-needs-network"));
        const auto other = resolveOfflineDid(QStringLiteral("did:ion:abc"));
        QCOMPARE(other.error().code, ErrorCode::Unsupported);
        QCOMPARE(other.error().reason, QStringLiteral("did/method-unsupported"));
        QVERIFY2(other.error().message.untranslated().contains(QLatin1String("ion")),
            qPrintable(other.error().message.untranslated()));
    }
};

QTEST_GUILESS_MAIN(TestDid)
#include "TestDid.moc"
