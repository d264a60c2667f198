// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "JoseTestUtil.h"
#include "core/codec/Base64Url.h"
#include "core/jose/Disclosure.h"
#include "core/jose/SdJwt.h"
#include "core/jose/SdJwtPayload.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

using namespace ler;
using namespace ler::jose;
using namespace josetest;

namespace {

const QString kExamples = QStringLiteral("rfc9901-draft22-examples/");

QStringList exampleNames()
{
    return QDir(QStringLiteral(LER_TEST_DATA "/vectors/sdjwt/") + kExamples)
        .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
}

QJsonObject exampleJson(const QString& example, const QString& file)
{
    return readJson(kExamples + example + QLatin1Char('/') + file).object();
}

/// Claims an issuance with every disclosure should process to: the user claims plus the always-visible claims.
QJsonObject expectedIssuanceClaims(const QJsonObject& userClaims, const QJsonObject& payload)
{
    QJsonObject out = userClaims;
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        if (it.key() != QLatin1String("_sd") && it.key() != QLatin1String("_sd_alg") && !out.contains(it.key())) {
            out.insert(it.key(), it.value());
        }
    }
    return out;
}

QString diff(const QJsonObject& actual, const QJsonObject& expected)
{
    return QStringLiteral("\nactual:   %1\nexpected: %2")
        .arg(QString::fromUtf8(toCompactJson(actual)), QString::fromUtf8(toCompactJson(expected)));
}

KeyBindingExpectation expectationAt(qint64 iat)
{
    const QJsonObject settings = readJson(QStringLiteral("keys/keys-from-spec-settings.json")).object();
    KeyBindingExpectation kb;
    kb.nonce = settings.value(QLatin1String("key_binding_nonce")).toString();
    kb.audience = settings.value(QLatin1String("verifier_aud")).toString();
    kb.now = QDateTime::fromSecsSinceEpoch(iat + 10);
    return kb;
}

/// iat of a presentation's KB-JWT, to place "now" next to it.
qint64 kbIat(const SdJwt& sdJwt)
{
    const auto kb = parseCompactJws(sdJwt.kbJwt);
    return kb.ok() ? static_cast<qint64>(kb->payloadObject()->value(QLatin1String("iat")).toDouble()) : 0;
}

SdJwt simplePresentation()
{
    return parseSdJwt(readFile(kExamples + QStringLiteral("simple/sd_jwt_presentation.txt"))).value();
}

QByteArray disclosureFor(const QString& salt, const QString& name, const QJsonValue& value)
{
    return makeDisclosure(salt, name, value);
}

} // namespace

class TestSdJwt : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(sodium_init() >= 0, "libsodium did not initialise");
        QVERIFY2(exampleNames().size() >= 10, "SD-JWT vectors missing");
        QVERIFY2(!publicKey("issuer-key-1").isNull(), "issuer key missing");
    }

    void disclosureDigests_data()
    {
        QTest::addColumn<QJsonObject>("entry");
        int total = 0;
        for (const QString& example : exampleNames()) {
            const QJsonArray entries = readJson(kExamples + example + QStringLiteral("/disclosures.json")).array();
            for (qsizetype i = 0; i < entries.size(); ++i) {
                QTest::newRow(qPrintable(example + QLatin1Char('#') + QString::number(i))) << entries.at(i).toObject();
                ++total;
            }
        }
        QCOMPARE(total, 87);
    }
    void disclosureDigests()
    {
        QFETCH(QJsonObject, entry);
        const QByteArray encoded = entry.value(QLatin1String("disclosure")).toString().toLatin1();
        QCOMPARE(
            sdDigest(SdHashAlgorithm::Sha256, encoded), entry.value(QLatin1String("digest")).toString().toLatin1());
        const auto d = parseDisclosure(encoded);
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : describe(d.error())));
        QCOMPARE(codec::base64UrlDecode(encoded).value(), entry.value(QLatin1String("decoded")).toString().toUtf8());
        const QJsonArray decoded = QJsonDocument::fromJson(codec::base64UrlDecode(encoded).value()).array();
        QCOMPARE(d->salt, decoded.at(0).toString());
        QCOMPARE(d->isArrayElement(), decoded.size() == 2);
        QCOMPARE(d->value, decoded.last());
    }

    void compactExamples_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("file");
        for (const QString& example : exampleNames()) {
            for (const char* file : { "issuer_signed_jwt.txt", "sd_jwt_issuance.txt", "sd_jwt_presentation.txt" }) {
                if (!readFile(kExamples + example + QLatin1Char('/') + QLatin1String(file)).isEmpty()) {
                    QTest::newRow(qPrintable(example + QLatin1Char(' ') + QLatin1String(file)))
                        << example << QString::fromLatin1(file);
                }
            }
        }
    }
    void compactExamples()
    {
        QFETCH(QString, example);
        QFETCH(QString, file);
        const QByteArray token = readFile(kExamples + example + QLatin1Char('/') + file);
        const auto sdJwt = file == QLatin1String("issuer_signed_jwt.txt") ? parseSdJwt(token + '~') : parseSdJwt(token);
        QVERIFY2(sdJwt.ok(), qPrintable(sdJwt.ok() ? QString() : describe(sdJwt.error())));
        QCOMPARE(sdJwt->issuerJwt.payloadObject().value(), exampleJson(example, QStringLiteral("sd_jwt_payload.json")));
        const QJsonArray known = readJson(kExamples + example + QStringLiteral("/disclosures.json")).array();
        for (const QByteArray& d : sdJwt->disclosures) {
            const bool listed = std::any_of(known.begin(), known.end(), [&](const QJsonValue& v) {
                return v.toObject().value(QLatin1String("disclosure")).toString().toLatin1() == d;
            });
            QVERIFY2(listed, "disclosure not in disclosures.json");
        }
        std::optional<KeyBindingExpectation> kb;
        if (sdJwt->hasKeyBinding()) {
            kb = expectationAt(kbIat(*sdJwt));
        }
        const auto verified = verifySdJwt(*sdJwt, publicKey("issuer-key-1"), kb);
        QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : describe(verified.error())));
        QCOMPARE(verified->keyBound, sdJwt->hasKeyBinding());
        QCOMPARE(sdJwt->compact(), file == QLatin1String("issuer_signed_jwt.txt") ? token + '~' : token);
        QJsonObject expected;
        if (file == QLatin1String("sd_jwt_presentation.txt")) {
            expected = exampleJson(example, QStringLiteral("verified_contents.json"));
        } else if (file == QLatin1String("sd_jwt_issuance.txt")) {
            expected = expectedIssuanceClaims(
                exampleJson(example, QStringLiteral("user_claims.json")), sdJwt->issuerJwt.payloadObject().value());
        } else {
            expected = verified->claims; // no disclosures: only the always-visible claims
            QVERIFY(!expected.contains(QLatin1String("given_name")));
        }
        QVERIFY2(verified->claims == expected, qPrintable(diff(verified->claims, expected)));
        if (sdJwt->hasKeyBinding() && !exampleJson(example, QStringLiteral("kb_jwt_payload.json")).isEmpty()) {
            QCOMPARE(verified->kbPayload, exampleJson(example, QStringLiteral("kb_jwt_payload.json")));
        }
    }

    void addressExamples_data()
    {
        QTest::addColumn<QString>("example");
        QTest::newRow("flat") << QStringLiteral("address_only_flat");
        QTest::newRow("structured") << QStringLiteral("address_only_structured");
        QTest::newRow("recursive") << QStringLiteral("address_only_recursive");
    }
    void addressExamples()
    {
        QFETCH(QString, example);
        const QJsonObject payload = exampleJson(example, QStringLiteral("sd_jwt_payload.json"));
        QList<QByteArray> disclosures;
        for (const QJsonValue v : readJson(kExamples + example + QStringLiteral("/disclosures.json")).array()) {
            disclosures.append(v.toObject().value(QLatin1String("disclosure")).toString().toLatin1());
        }
        const auto claims = processSdJwtPayload(payload, disclosures);
        QVERIFY2(claims.ok(), qPrintable(claims.ok() ? QString() : describe(claims.error())));
        const QJsonObject expected = expectedIssuanceClaims(
            exampleJson(QStringLiteral("address_only_common_input"), QStringLiteral("user_claims.json")), payload);
        QVERIFY2(claims.value() == expected, qPrintable(diff(claims.value(), expected)));
        // Revealing nothing leaves only the visible claims; a subset is fine too (the last disclosure is the outer
        // "address" in the recursive example, so it needs no parent).
        QVERIFY(processSdJwtPayload(payload, {}).ok());
        QVERIFY(processSdJwtPayload(payload, disclosures.mid(disclosures.size() - 1)).ok());
        if (example.endsWith(QLatin1String("recursive"))) {
            QVERIFY2(!processSdJwtPayload(payload, disclosures.mid(0, 1)).ok(), "inner claim accepted without parent");
        }
    }

    void jsonSerializations_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("presentation");
        QTest::newRow("flattened-issuance")
            << QStringLiteral("json_serialization_flattened/sd_jwt_issuance.json") << false;
        QTest::newRow("flattened-presentation")
            << QStringLiteral("json_serialization_flattened/sd_jwt_presentation.json") << true;
        QTest::newRow("general-presentation")
            << QStringLiteral("json_serialization_general/sd_jwt_presentation.json") << true;
    }
    void jsonSerializations()
    {
        QFETCH(QString, path);
        QFETCH(bool, presentation);
        const auto sdJwt = parseSdJwtJson(readJson(kExamples + path).object());
        QVERIFY2(sdJwt.ok(), qPrintable(sdJwt.ok() ? QString() : describe(sdJwt.error())));
        QCOMPARE(sdJwt->hasKeyBinding(), presentation);
        std::optional<KeyBindingExpectation> kb;
        if (presentation) {
            kb = expectationAt(kbIat(*sdJwt));
        }
        const auto verified = verifySdJwt(*sdJwt, publicKey("issuer-key-1"), kb);
        QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : describe(verified.error())));
        QVERIFY(!verified->claims.contains(QLatin1String("_sd")));
        if (!sdJwt->otherSignatures.isEmpty()) {
            QVERIFY2(verifySdJwt(*sdJwt, publicKey("issuer-key-2"), kb).ok(), "second signature did not verify");
            QVERIFY2(!verifyJws(sdJwt->issuerJwt, publicKey("issuer-key-2")).ok(), "signature 1 took key 2");
            QVERIFY2(
                !verifyJws(sdJwt->otherSignatures.at(0), publicKey("issuer-key-1")).ok(), "signature 2 took key 1");
        }
        QVERIFY2(!verifySdJwt(*sdJwt, publicKey("holder_key"), kb).ok(), "verified with the holder key");
    }

    void decoysIgnored()
    {
        const SdJwt sdJwt
            = parseSdJwt(readFile(kExamples + QStringLiteral("simple_structured/sd_jwt_presentation.txt"))).value();
        const QByteArray payloadText = sdJwt.issuerJwt.payload;
        for (const QJsonValue decoy :
            readJson(kExamples + QStringLiteral("simple_structured/decoy_digests.json")).array()) {
            QVERIFY2(payloadText.contains(decoy.toString().toLatin1()), "decoy digest not in the payload");
        }
        QVERIFY(verifySdJwt(sdJwt, publicKey("issuer-key-1")).ok());
    }

    void tokenRejects_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        const QByteArray issuance = readFile(kExamples + QStringLiteral("simple/sd_jwt_issuance.txt"));
        const QList<QByteArray> parts = issuance.split('~');
        const QByteArray jwt = parts.front();
        const QByteArray d1 = parts.at(1);
        const QByteArray foreign = readJson(kExamples + QStringLiteral("complex_ekyc/disclosures.json"))
                                       .array()
                                       .at(0)
                                       .toObject()
                                       .value(QLatin1String("disclosure"))
                                       .toString()
                                       .toLatin1();
        QByteArray tamperedDisclosure = d1;
        tamperedDisclosure[5] = tamperedDisclosure[5] == 'A' ? 'B' : 'A';
        QByteArray claims = codec::base64UrlDecode(jwt.split('.').at(1)).value();
        claims.replace("user_42", "user_43");
        const QByteArray tamperedJwt
            = jwt.split('.').at(0) + '.' + codec::base64UrlEncode(claims) + '.' + jwt.split('.').at(2);
        const int bad = int(ErrorCode::InvalidInput);
        QTest::newRow("duplicate-disclosure")
            << jwt + '~' + d1 + '~' + d1 + '~' << bad << QStringLiteral("jose/disclosure-repeated");
        QTest::newRow("unreferenced-disclosure")
            << jwt + '~' + d1 + '~' + foreign + '~' << bad << QStringLiteral("jose/disclosure-unreferenced");
        QTest::newRow("tampered-disclosure")
            << jwt + '~' + tamperedDisclosure + '~' << bad << QStringLiteral("jose/disclosure-json-invalid");
        QTest::newRow("broken-disclosure-base64")
            << jwt + '~' + d1 + "=~" << bad << QStringLiteral("jose/disclosure-not-base64url");
        QTest::newRow("disclosure-not-array") << jwt + '~' + codec::base64UrlEncode(R"({"a":1})") + '~' << bad
                                              << QStringLiteral("jose/disclosure-not-array");
        QTest::newRow("empty-disclosure") << jwt + '~' + d1 + "~~" << bad << QStringLiteral("jose/disclosure-empty");
        QTest::newRow("tampered-payload") << tamperedJwt + '~' + d1 + '~' << int(ErrorCode::VerificationFailed)
                                          << QStringLiteral("crypto/signature-invalid");
        QTest::newRow("no-tilde") << jwt << bad << QStringLiteral("jose/sd-no-separator");
        QTest::newRow("broken-payload-base64") << jwt.split('.').at(0) + ".e30+." + jwt.split('.').at(2) + '~' << bad
                                               << QStringLiteral("jose/payload-not-base64url");
        QTest::newRow("alg-none") << codec::base64UrlEncode(R"({"alg":"none"})") + '.' + jwt.split('.').at(1) + ".~"
                                  << int(ErrorCode::Unsupported) << QStringLiteral("jose/alg-none");
        QTest::newRow("unknown-crit") << codec::base64UrlEncode(R"({"alg":"ES256","crit":["foo"],"foo":1})") + '.'
                + jwt.split('.').at(1) + '.' + jwt.split('.').at(2) + '~'
                                      << int(ErrorCode::Unsupported) << QStringLiteral("jose/crit-not-understood");
    }
    void tokenRejects()
    {
        QFETCH(QByteArray, token);
        QFETCH(int, code);
        const auto sdJwt = parseSdJwt(token);
        const Error error = sdJwt.ok() ? verifySdJwt(*sdJwt, publicKey("issuer-key-1")).error() : sdJwt.error();
        QVERIFY2(!sdJwt.ok() || !verifySdJwt(*sdJwt, publicKey("issuer-key-1")).ok(), "bad SD-JWT accepted");
        QVERIFY2(int(error.code) == code, qPrintable(describe(error)));
        QFETCH(QString, reason);
        QVERIFY2(error.reason == reason, qPrintable(describe(error) + QStringLiteral(" / ") + error.reason));
    }

    void wrongIssuerKey()
    {
        const SdJwt sdJwt = simplePresentation();
        const auto verified = verifySdJwt(sdJwt, publicKey("issuer-key-2"));
        QVERIFY2(!verified.ok(), "wrong issuer key accepted");
        QCOMPARE(verified.error().code, ErrorCode::VerificationFailed);
        QCOMPARE(verified.error().reason, QStringLiteral("crypto/signature-invalid"));
    }

    void keyBindingRejects_data()
    {
        QTest::addColumn<QString>("nonce");
        QTest::addColumn<QString>("audience");
        QTest::addColumn<qint64>("nowOffset");
        QTest::addColumn<bool>("dropDisclosure");
        QTest::addColumn<QString>("reason");
        QTest::newRow("good") << QString() << QString() << qint64(10) << false << QString();
        QTest::newRow("wrong-nonce") << QStringLiteral("0987654321") << QString() << qint64(10) << false
                                     << QStringLiteral("jose/kb-nonce-mismatch");
        QTest::newRow("empty-nonce") << QStringLiteral("-") << QString() << qint64(10) << false
                                     << QStringLiteral("jose/kb-nonce-mismatch");
        QTest::newRow("wrong-aud") << QString() << QStringLiteral("https://evil.example.org") << qint64(10) << false
                                   << QStringLiteral("jose/kb-audience-mismatch");
        QTest::newRow("stale-iat") << QString() << QString() << qint64(301) << false
                                   << QStringLiteral("jose/kb-too-old");
        QTest::newRow("future-iat") << QString() << QString() << qint64(-61) << false
                                    << QStringLiteral("jose/kb-in-future");
        QTest::newRow("wrong-sd_hash") << QString() << QString() << qint64(10) << true
                                       << QStringLiteral("jose/kb-sd-hash-mismatch");
    }
    void keyBindingRejects()
    {
        QFETCH(QString, nonce);
        QFETCH(QString, audience);
        QFETCH(qint64, nowOffset);
        QFETCH(bool, dropDisclosure);
        SdJwt sdJwt = simplePresentation();
        if (dropDisclosure) {
            sdJwt.disclosures.removeLast(); // the KB-JWT's sd_hash covered it
        }
        KeyBindingExpectation kb = expectationAt(kbIat(sdJwt));
        kb.now = QDateTime::fromSecsSinceEpoch(kbIat(sdJwt) + nowOffset);
        if (!nonce.isEmpty()) {
            kb.nonce = nonce == QLatin1String("-") ? QString() : nonce;
        }
        if (!audience.isEmpty()) {
            kb.audience = audience;
        }
        const auto verified = verifySdJwt(sdJwt, publicKey("issuer-key-1"), kb);
        const bool expectOk = QByteArray(QTest::currentDataTag()) == "good";
        QVERIFY2(verified.ok() == expectOk,
            qPrintable(verified.ok() ? QStringLiteral("accepted") : describe(verified.error())));
        if (!expectOk) {
            QCOMPARE(verified.error().code, ErrorCode::VerificationFailed);
            QFETCH(QString, reason);
            QCOMPARE(verified.error().reason, reason);
        }
    }

    void keyBindingMissing()
    {
        const SdJwt issuance = parseSdJwt(readFile(kExamples + QStringLiteral("simple/sd_jwt_issuance.txt"))).value();
        const auto verified = verifySdJwt(issuance, publicKey("issuer-key-1"), expectationAt(1748537243));
        QVERIFY2(!verified.ok(), "missing KB-JWT accepted when required");
        QCOMPARE(verified.error().code, ErrorCode::VerificationFailed);
        QCOMPARE(verified.error().reason, QStringLiteral("jose/kb-missing"));
        // Without a key binding expectation the KB-JWT is not looked at.
        const auto plain = verifySdJwt(simplePresentation(), publicKey("issuer-key-1"));
        QVERIFY(plain.ok() && !plain->keyBound);
    }

    void payloadRejects_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QList<QByteArray>>("disclosures");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        const QByteArray given
            = disclosureFor(QStringLiteral("salt-1"), QStringLiteral("given_name"), QStringLiteral("A"));
        const QByteArray sdName = disclosureFor(QStringLiteral("salt-2"), QStringLiteral("_sd"), QJsonArray());
        const QByteArray dots = disclosureFor(QStringLiteral("salt-3"), QStringLiteral("..."), 1);
        const QByteArray element = makeDisclosure(QStringLiteral("salt-4"), std::nullopt, QStringLiteral("DE"));
        const auto digest
            = [](const QByteArray& d) { return QString::fromLatin1(sdDigest(SdHashAlgorithm::Sha256, d)); };
        const int bad = int(ErrorCode::InvalidInput);
        QTest::newRow("digest-twice-same-array")
            << QJsonObject { { QStringLiteral("_sd"), QJsonArray { digest(given), digest(given) } } }
            << QList<QByteArray> { given } << bad << QStringLiteral("jose/digest-repeated");
        QTest::newRow("digest-twice-nested")
            << QJsonObject { { QStringLiteral("_sd"), QJsonArray { digest(given) } },
                   { QStringLiteral("a"), QJsonObject { { QStringLiteral("_sd"), QJsonArray { digest(given) } } } } }
            << QList<QByteArray> { given } << bad << QStringLiteral("jose/digest-repeated");
        QTest::newRow("decoy-twice") << QJsonObject { { QStringLiteral("_sd"),
            QJsonArray { QStringLiteral("x"), QStringLiteral("x") } } }
                                     << QList<QByteArray> {} << bad << QStringLiteral("jose/digest-repeated");
        QTest::newRow("claim-name-_sd") << QJsonObject { { QStringLiteral("_sd"), QJsonArray { digest(sdName) } } }
                                        << QList<QByteArray> { sdName } << bad
                                        << QStringLiteral("jose/disclosure-reserved-name");
        QTest::newRow("claim-name-dots") << QJsonObject { { QStringLiteral("_sd"), QJsonArray { digest(dots) } } }
                                         << QList<QByteArray> { dots } << bad
                                         << QStringLiteral("jose/disclosure-reserved-name");
        QTest::newRow("overwrite") << QJsonObject { { QStringLiteral("_sd"), QJsonArray { digest(given) } },
            { QStringLiteral("given_name"), QStringLiteral("B") } }
                                   << QList<QByteArray> { given } << bad
                                   << QStringLiteral("jose/disclosure-overwrites-claim");
        QTest::newRow("element-in-_sd") << QJsonObject { { QStringLiteral("_sd"), QJsonArray { digest(element) } } }
                                        << QList<QByteArray> { element } << bad
                                        << QStringLiteral("jose/disclosure-array-in-object");
        QTest::newRow("property-in-array")
            << QJsonObject { { QStringLiteral("n"),
                   QJsonArray { QJsonObject { { QStringLiteral("..."), digest(given) } } } } }
            << QList<QByteArray> { given } << bad << QStringLiteral("jose/disclosure-object-in-array");
        QTest::newRow("_sd-not-array") << QJsonObject { { QStringLiteral("_sd"), digest(given) } }
                                       << QList<QByteArray> { given } << bad << QStringLiteral("jose/sd-not-array");
        QTest::newRow("digest-not-string") << QJsonObject { { QStringLiteral("_sd"), QJsonArray { 1 } } }
                                           << QList<QByteArray> {} << bad << QStringLiteral("jose/digest-not-string");
        QTest::newRow("unreferenced") << QJsonObject { { QStringLiteral("_sd"), QJsonArray {} } }
                                      << QList<QByteArray> { given } << bad
                                      << QStringLiteral("jose/disclosure-unreferenced");
        QTest::newRow("duplicate") << QJsonObject { { QStringLiteral("_sd"), QJsonArray { digest(given) } } }
                                   << QList<QByteArray> { given, given } << bad
                                   << QStringLiteral("jose/disclosure-repeated");
        QTest::newRow("unknown-_sd_alg") << QJsonObject { { QStringLiteral("_sd_alg"), QStringLiteral("md5") } }
                                         << QList<QByteArray> {} << int(ErrorCode::Unsupported)
                                         << QStringLiteral("jose/sd-alg-unsupported");
        QTest::newRow("wrong-_sd_alg") << QJsonObject { { QStringLiteral("_sd_alg"), QStringLiteral("sha-512") },
            { QStringLiteral("_sd"), QJsonArray { digest(given) } } }
                                       << QList<QByteArray> { given } << bad
                                       << QStringLiteral("jose/disclosure-unreferenced");
        for (const char* name : { "iss", "nbf", "exp", "cnf", "vct", "vct#integrity", "status", "issuer" }) {
            const QByteArray d = disclosureFor(QStringLiteral("salt-5"), QLatin1String(name), QStringLiteral("x"));
            QTest::newRow(QByteArray("never-disclosed-") + name)
                << QJsonObject { { QStringLiteral("_sd"), QJsonArray { digest(d) } } } << QList<QByteArray> { d } << bad
                << QStringLiteral("jose/claim-not-disclosable");
        }
        const QByteArray sdAlg
            = disclosureFor(QStringLiteral("salt-6"), QStringLiteral("_sd_alg"), QStringLiteral("sha-256"));
        QTest::newRow("disclosed-_sd_alg")
            << QJsonObject { { QStringLiteral("_sd"), QJsonArray { digest(sdAlg) } } } << QList<QByteArray> { sdAlg }
            << bad << QStringLiteral("jose/disclosure-reserved-name");
        QTest::newRow("disclosed-_sd_alg-nested") << QJsonObject {
            { QStringLiteral("address"), QJsonObject { { QStringLiteral("_sd"), QJsonArray { digest(sdAlg) } } } }
        } << QList<QByteArray> { sdAlg } << bad << QStringLiteral("jose/disclosure-reserved-name");
        const QByteArray given2
            = disclosureFor(QStringLiteral("salt-7"), QStringLiteral("given_name"), QStringLiteral("B"));
        QTest::newRow("same-name-twice") << QJsonObject { { QStringLiteral("_sd"),
            QJsonArray { digest(given), digest(given2) } } }
                                         << QList<QByteArray> { given, given2 } << bad
                                         << QStringLiteral("jose/disclosure-overwrites-claim");
        QTest::newRow("disclosure-4-elements")
            << QJsonObject {} << QList<QByteArray> { codec::base64UrlEncode(R"(["s","a",1,2])") } << bad
            << QStringLiteral("jose/disclosure-element-count");
        QTest::newRow("disclosure-salt-number")
            << QJsonObject {} << QList<QByteArray> { codec::base64UrlEncode(R"([1,"a",1])") } << bad
            << QStringLiteral("jose/disclosure-salt-not-string");
    }
    void payloadRejects()
    {
        QFETCH(QJsonObject, payload);
        QFETCH(QList<QByteArray>, disclosures);
        QFETCH(int, code);
        const auto claims = processSdJwtPayload(payload, disclosures);
        QVERIFY2(!claims.ok(),
            qPrintable(QStringLiteral("accepted: ")
                + QString::fromUtf8(toCompactJson(claims.ok() ? *claims : QJsonObject()))));
        QVERIFY2(int(claims.error().code) == code, qPrintable(describe(claims.error())));
        QFETCH(QString, reason);
        QCOMPARE(claims.error().reason, reason);
    }

    void reservedNamesOnlyAtTheTop()
    {
        // Controls for the rows above: "status" or "iss" inside an object and one given_name per level are fine.
        const auto digest
            = [](const QByteArray& d) { return QString::fromLatin1(sdDigest(SdHashAlgorithm::Sha256, d)); };
        const QByteArray status
            = disclosureFor(QStringLiteral("salt-8"), QStringLiteral("status"), QStringLiteral("enrolled"));
        const QByteArray iss = disclosureFor(QStringLiteral("salt-9"), QStringLiteral("iss"), QStringLiteral("x"));
        const QByteArray given
            = disclosureFor(QStringLiteral("salt-10"), QStringLiteral("given_name"), QStringLiteral("A"));
        const QByteArray innerGiven
            = disclosureFor(QStringLiteral("salt-11"), QStringLiteral("given_name"), QStringLiteral("B"));
        const QJsonObject payload { { QStringLiteral("_sd"), QJsonArray { digest(given) } },
            { QStringLiteral("student"),
                QJsonObject {
                    { QStringLiteral("_sd"), QJsonArray { digest(status), digest(iss), digest(innerGiven) } } } } };
        const auto claims = processSdJwtPayload(payload, { given, status, iss, innerGiven });
        QVERIFY2(claims.ok(), qPrintable(claims.ok() ? QString() : describe(claims.error())));
        QCOMPARE(claims->value(QLatin1String("student")).toObject().value(QLatin1String("status")).toString(),
            QStringLiteral("enrolled"));
        QCOMPARE(claims->value(QLatin1String("given_name")).toString(), QStringLiteral("A"));
    }

    void verifiedAlgorithmIsThePayloads_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("sha-384") << QStringLiteral("sha-384");
        QTest::newRow("sha-512") << QStringLiteral("sha-512");
    }
    void verifiedAlgorithmIsThePayloads()
    {
        // Processing takes _sd_alg out of the claims; the key binding's sd_hash still needs it.
        QFETCH(QString, name);
        const auto alg = sdHashAlgorithmFromName(name).value();
        const Ed25519Pair issuer;
        const Ed25519Pair holder;
        const QByteArray given = disclosureFor(QStringLiteral("s1"), QStringLiteral("given_name"), QStringLiteral("A"));
        const QJsonObject payload { { QStringLiteral("_sd_alg"), name },
            { QStringLiteral("_sd"), QJsonArray { QString::fromLatin1(sdDigest(alg, given)) } },
            { QStringLiteral("cnf"), QJsonObject { { QStringLiteral("jwk"), holder.jwk() } } } };
        const QByteArray jwt = signCompactJws(
            { { QStringLiteral("alg"), QStringLiteral("EdDSA") } }, toCompactJson(payload), issuer.signer())
                                   .value();
        KeyBindingRequest request;
        request.nonce = QStringLiteral("n");
        request.audience = QStringLiteral("https://verifier.example");
        request.issuedAt = QDateTime::fromSecsSinceEpoch(1700000000);
        request.signer = holder.signer();
        const SdJwt presented
            = parseSdJwt(createPresentation(parseSdJwt(jwt + '~' + given + '~').value(), { given }, request).value())
                  .value();
        const auto verified = verifySdJwt(presented, issuer.publicKey());
        QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : describe(verified.error())));
        QVERIFY(!verified->claims.contains(QLatin1String("_sd_alg")));
        QCOMPARE(verified->alg, alg);
        KeyBindingExpectation kb;
        kb.nonce = request.nonce;
        kb.audience = request.audience;
        kb.now = request.issuedAt.addSecs(5);
        QVERIFY(verifyKeyBinding(presented, verified->claims, verified->alg, kb).ok());
        QVERIFY2(!verifyKeyBinding(presented, verified->claims, SdHashAlgorithm::Sha256, kb).ok(),
            "sd_hash accepted with the wrong hash");
    }

    void hashAlgorithms_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("digestLength");
        QTest::newRow("sha-256") << QStringLiteral("sha-256") << 43;
        QTest::newRow("sha-384") << QStringLiteral("sha-384") << 64;
        QTest::newRow("sha-512") << QStringLiteral("sha-512") << 86;
    }
    void hashAlgorithms()
    {
        QFETCH(QString, name);
        QFETCH(int, digestLength);
        const auto alg = sdHashAlgorithmFromName(name);
        QVERIFY2(alg.ok(), "hash name not recognised");
        QCOMPARE(sdHashAlgorithmName(*alg), name);
        const QByteArray street
            = disclosureFor(QStringLiteral("s1"), QStringLiteral("street"), QStringLiteral("Main St"));
        const QByteArray address = disclosureFor(QStringLiteral("s2"),
            QStringLiteral("address"),
            QJsonObject { { QStringLiteral("_sd"), QJsonArray { QString::fromLatin1(sdDigest(*alg, street)) } } });
        const QByteArray nationality = makeDisclosure(QStringLiteral("s3"), std::nullopt, QStringLiteral("DE"));
        QCOMPARE(sdDigest(*alg, street).size(), digestLength);
        const QJsonObject payload { { QStringLiteral("_sd_alg"), name },
            { QStringLiteral("_sd"),
                QJsonArray { QString::fromLatin1(sdDigest(*alg, address)), QStringLiteral("decoy") } },
            { QStringLiteral("nationalities"),
                QJsonArray { QStringLiteral("FR"),
                    QJsonObject { { QStringLiteral("..."), QString::fromLatin1(sdDigest(*alg, nationality)) } },
                    QJsonObject { { QStringLiteral("..."), QStringLiteral("decoy-2") } } } } };
        const auto claims = processSdJwtPayload(payload, { street, address, nationality });
        QVERIFY2(claims.ok(), qPrintable(claims.ok() ? QString() : describe(claims.error())));
        const QJsonObject expected { { QStringLiteral("address"),
                                         QJsonObject { { QStringLiteral("street"), QStringLiteral("Main St") } } },
            { QStringLiteral("nationalities"), QJsonArray { QStringLiteral("FR"), QStringLiteral("DE") } } };
        QVERIFY2(claims.value() == expected, qPrintable(diff(claims.value(), expected)));
        const auto parents = disclosureParents(payload, { street, address, nationality });
        QVERIFY2(parents.ok(), "parents not computed");
        QCOMPARE(parents->value(street), address);
        QVERIFY(parents->value(address).isEmpty());
        // Revealing the street without its parent leaves the street unreferenced.
        QVERIFY2(!processSdJwtPayload(payload, { street }).ok(), "orphan disclosure accepted");
    }

    void createPresentationWithKeyBinding()
    {
        const Ed25519Pair issuer;
        const Ed25519Pair holder;
        const QByteArray given = disclosureFor(
            QStringLiteral("AJx-095VPrpTtN4QMOqROA"), QStringLiteral("given_name"), QStringLiteral("Erika"));
        const QByteArray family = disclosureFor(
            QStringLiteral("eluV5Og3gSNII8EYnsxA_A"), QStringLiteral("family_name"), QStringLiteral("Mustermann"));
        const QByteArray city = disclosureFor(
            QStringLiteral("6Ij7tM-a5iVPGboS5tmvVA"), QStringLiteral("locality"), QStringLiteral("Berlin"));
        const auto dig = [](const QByteArray& d) { return QString::fromLatin1(sdDigest(SdHashAlgorithm::Sha256, d)); };
        const QByteArray address = disclosureFor(QStringLiteral("Qg_O64zqAxe412a108iroA"),
            QStringLiteral("address"),
            QJsonObject { { QStringLiteral("_sd"), QJsonArray { dig(city) } },
                { QStringLiteral("country"), QStringLiteral("DE") } });
        const QJsonObject payload { { QStringLiteral("iss"), QStringLiteral("https://issuer.example") },
            { QStringLiteral("_sd_alg"), QStringLiteral("sha-256") },
            { QStringLiteral("_sd"), QJsonArray { dig(given), dig(family), dig(address) } },
            { QStringLiteral("cnf"), QJsonObject { { QStringLiteral("jwk"), holder.jwk() } } } };
        const auto jwt = signCompactJws({ { QStringLiteral("alg"), QStringLiteral("EdDSA") },
                                            { QStringLiteral("typ"), QStringLiteral("dc+sd-jwt") } },
            toCompactJson(payload),
            issuer.signer());
        QVERIFY2(jwt.ok(), "issuer JWT not signed");
        const auto issued = parseSdJwt(*jwt + '~' + given + '~' + family + '~' + address + '~' + city + '~');
        QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : describe(issued.error())));

        KeyBindingRequest request;
        request.nonce = QStringLiteral("n-0S6_WzA2Mj");
        request.audience = QStringLiteral("https://verifier.example");
        request.issuedAt = QDateTime::fromSecsSinceEpoch(1700000000);
        request.alg = crypto::SignatureAlgorithm::EdDSA;
        request.signer = holder.signer();
        // Reveal the city only: its parent "address" must come along; given and family names stay hidden.
        const auto presented = createPresentation(*issued, { city }, request);
        QVERIFY2(presented.ok(), qPrintable(presented.ok() ? QString() : describe(presented.error())));
        const auto parsed = parseSdJwt(*presented);
        QVERIFY2(parsed.ok() && parsed->hasKeyBinding(), "presentation did not parse");
        QCOMPARE(parsed->disclosures, (QList<QByteArray> { address, city }));

        KeyBindingExpectation kb;
        kb.nonce = request.nonce;
        kb.audience = request.audience;
        kb.now = request.issuedAt.addSecs(30);
        const auto verified = verifySdJwt(*parsed, issuer.publicKey(), kb);
        QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : describe(verified.error())));
        const QJsonObject expectedAddress { { QStringLiteral("locality"), QStringLiteral("Berlin") },
            { QStringLiteral("country"), QStringLiteral("DE") } };
        QCOMPARE(verified->claims.value(QLatin1String("address")).toObject(), expectedAddress);
        QVERIFY(!verified->claims.contains(QLatin1String("given_name")));
        QVERIFY(verified->keyBound);

        // A KB-JWT signed by someone else than the cnf key fails.
        KeyBindingRequest forged = request;
        forged.signer = Ed25519Pair().signer();
        const auto forgedPresentation = parseSdJwt(createPresentation(*issued, { city }, forged).value());
        QCOMPARE(verifySdJwt(*forgedPresentation, issuer.publicKey(), kb).error().code, ErrorCode::VerificationFailed);

        // A KB-JWT with the wrong typ fails.
        SdJwt wrongTyp = *parsed;
        const QByteArray kbPayload = parseCompactJws(parsed->kbJwt)->payload;
        wrongTyp.kbJwt = signCompactJws(
            { { QStringLiteral("alg"), QStringLiteral("EdDSA") }, { QStringLiteral("typ"), QStringLiteral("JWT") } },
            kbPayload,
            holder.signer())
                             .value();
        QCOMPARE(verifySdJwt(wrongTyp, issuer.publicKey(), kb).error().code, ErrorCode::VerificationFailed);

        // Without key binding; and a disclosure that is not part of the SD-JWT is refused.
        const auto noKb = createPresentation(*issued, { given });
        QVERIFY2(noKb.ok() && noKb->endsWith('~'), "presentation without KB-JWT not built");
        QVERIFY2(!createPresentation(*issued, { disclosureFor(QStringLiteral("x"), QStringLiteral("y"), 1) }).ok(),
            "foreign disclosure presented");
    }

    void presentVectorIssuance()
    {
        const SdJwt issued = parseSdJwt(readFile(kExamples + QStringLiteral("simple/sd_jwt_issuance.txt"))).value();
        QList<QByteArray> reveal;
        for (const QByteArray& d : issued.disclosures) {
            const auto parsed = parseDisclosure(d);
            if (parsed->name == QStringLiteral("given_name") || parsed->isArrayElement()) {
                reveal.append(d);
            }
        }
        const auto presented = createPresentation(issued, reveal);
        QVERIFY2(presented.ok(), "presentation not built");
        const auto verified = verifySdJwt(parseSdJwt(*presented).value(), publicKey("issuer-key-1"));
        QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : describe(verified.error())));
        QCOMPARE(verified->claims.value(QLatin1String("given_name")).toString(), QStringLiteral("John"));
        QVERIFY(!verified->claims.contains(QLatin1String("family_name")));
        QCOMPARE(verified->claims.value(QLatin1String("nationalities")).toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSdJwt)
#include "TestSdJwt.moc"
