// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// Keys that come inside the credential: a "jwk" in a JWT's protected header, and a verification method defined in
// the credential's own issuer object.
#include "core/codec/Base64Url.h"
#include "core/did/DidJwk.h"
#include "core/did/DidKey.h"
#include "core/jose/Jws.h"
#include "core/verify/ProofSigner.h"
#include "core/verify/Verifier.h"
#include "support/ReportHelpers.h"
#include "support/SigningTestKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <array>
#include <sodium.h>

using namespace ler;
using namespace ler::verify;

namespace {

using ler::test::describe;
using ler::test::messageOf;
using ler::test::reasonOf;
using ler::test::statusOf;

const QDateTime kNow(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
const QString kWebIssuer = QStringLiteral("https://example.edu/issuers/9");

QByteArray toJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// An Ed25519 key pair made by libsodium, with what these tests add to it.
struct TestKey : test::SigningTestKey
{
    /// A JWT whose header carries jwk (and kid, if not empty).
    QByteArray jwt(const QJsonObject& payload, const QJsonObject& jwk, const QString& kid = {}) const
    {
        QJsonObject header { { QStringLiteral("jwk"), jwk } };
        if (!kid.isEmpty())
            header.insert(QStringLiteral("kid"), kid);
        return jws(payload, header);
    }

    QJsonObject withProof(const QJsonObject& doc, const QString& method) const
    {
        ProofOptions options;
        options.suite = ProofSuite::EddsaJcs2022;
        options.verificationMethod = method;
        options.created = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        return addProof(doc, options, signer()).value();
    }
};

QJsonObject vc11Claims(const QString& iss)
{
    const QJsonObject vc { { QStringLiteral("@context"),
                               QJsonArray { QStringLiteral("https://www.w3.org/2018/credentials/v1") } },
        { QStringLiteral("type"), QJsonArray { QStringLiteral("VerifiableCredential") } },
        { QStringLiteral("credentialSubject"), QJsonObject { { QStringLiteral("degree"), QStringLiteral("BSc") } } } };
    const qint64 now = kNow.toSecsSinceEpoch();
    return { { QStringLiteral("iss"), iss },
        { QStringLiteral("sub"), QStringLiteral("did:example:alex") },
        { QStringLiteral("nbf"), double(now - 86400) },
        { QStringLiteral("exp"), double(now + 86400) },
        { QStringLiteral("jti"), QStringLiteral("urn:uuid:1") },
        { QStringLiteral("vc"), vc } };
}

/// A VC 2.0 credential whose issuer object defines the method (a list of methods, or the method alone).
QJsonObject credentialWithEmbeddedMethod(const QString& issuerId, const QJsonObject& method, bool asList = true)
{
    const QJsonObject issuer { { QStringLiteral("id"), issuerId },
        { QStringLiteral("type"), QStringLiteral("Profile") },
        { QStringLiteral("name"), QStringLiteral("Example University") },
        { QStringLiteral("verificationMethod"), asList ? QJsonValue(QJsonArray { method }) : QJsonValue(method) } };
    // VC 2.0 has no @vocab: the issuer's type must be defined for the credential to be well formed.
    const QJsonObject profile { { QStringLiteral("Profile"), QStringLiteral("https://example.org/vocab#Profile") } };
    return { { QStringLiteral("@context"),
                 QJsonArray { QStringLiteral("https://www.w3.org/ns/credentials/v2"), profile } },
        { QStringLiteral("type"), QJsonArray { QStringLiteral("VerifiableCredential") } },
        { QStringLiteral("issuer"), issuer },
        { QStringLiteral("validFrom"), QStringLiteral("2024-01-01T00:00:00Z") },
        { QStringLiteral("credentialSubject"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("did:example:alex") },
                { QStringLiteral("name"), QStringLiteral("Alex") } } } };
}

QJsonObject multikeyMethod(const QString& id, const QString& controller, const crypto::PublicKey& key)
{
    return { { QStringLiteral("id"), id },
        { QStringLiteral("type"), QStringLiteral("Multikey") },
        { QStringLiteral("controller"), controller },
        { QStringLiteral("publicKeyMultibase"), key.toMultikey() } };
}

Verifier::Options options()
{
    Verifier::Options o;
    o.now = kNow;
    o.offline = true;
    return o;
}

Report run(const QByteArray& bytes, const Verifier::Options& o = options())
{
    auto report = test::noted(Verifier(o).verify(bytes));
    if (!report)
        qWarning("%s", qPrintable(report.error().message.untranslated()));
    return report ? *report : Report {};
}

/// The token with its payload replaced by another, signature kept.
QByteArray withPayload(const QByteArray& token, const QJsonObject& payload)
{
    QList<QByteArray> parts = token.split('.');
    parts[1] = codec::base64UrlEncode(toJson(payload));
    return parts.join('.');
}

} // namespace

class TestEmbeddedKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }
    void cleanupTestCase()
    {
        // Tools and tests tell apart the checks that did not pass by their reasons, never by their words.
        QVERIFY2(test::checksWithoutReasons().isEmpty(), qPrintable(test::notesListed(test::checksWithoutReasons())));
    }

    void jwtFromDidJwkIssuerWithItsJwkVerifies()
    {
        const TestKey key;
        const Report r = run(key.jwt(vc11Claims(key.didJwk()), key.publicKey().toJwk()));
        QVERIFY2(r.overall == Outcome::Verified, qPrintable(describe(r)));
        QCOMPARE(statusOf(r, QStringLiteral("signature")), Check::Passed);
        QCOMPARE(statusOf(r, QStringLiteral("issuer")), Check::Passed);
        QCOMPARE(reasonOf(r, QStringLiteral("issuer")), QStringLiteral("issuer/key-in-identifier"));
    }

    void jwtWithUnknownKidFallsBackToJwkOfDidKeyIssuer()
    {
        const TestKey key;
        // The kid names no method of the did:key, so the header's jwk is used; it is the did:key's own key.
        const Report r
            = run(key.jwt(vc11Claims(key.didKey()), key.publicKey().toJwk(), key.didKey() + QStringLiteral("#other")));
        QVERIFY2(r.overall == Outcome::Verified, qPrintable(describe(r)));
        QCOMPARE(statusOf(r, QStringLiteral("issuer")), Check::Passed);
    }

    void jwtFromWebIssuerWithJwkIsPartlyVerified()
    {
        const TestKey key;
        const Report r = run(key.jwt(vc11Claims(kWebIssuer), key.publicKey().toJwk()));
        QVERIFY2(r.overall == Outcome::PartlyVerified, qPrintable(describe(r)));
        QCOMPARE(statusOf(r, QStringLiteral("signature")), Check::Passed);
        QCOMPARE(messageOf(r, QStringLiteral("signature")),
            QStringLiteral("Signature valid: made with a key that came inside the credential"));
        QCOMPARE(statusOf(r, QStringLiteral("issuer")), Check::NotChecked);
        QCOMPARE(reasonOf(r, QStringLiteral("issuer")), QStringLiteral("issuer/embedded-key"));
    }

    void jwtSignedByAnotherKeyThanTheDidJwkFails()
    {
        const TestKey issuer;
        const TestKey other;
        // The header's jwk is the signer's, but the issuer's own did:jwk names another key: that key is used.
        const Report r = run(other.jwt(vc11Claims(issuer.didJwk()), other.publicKey().toJwk()));
        QVERIFY2(r.overall == Outcome::NotVerified, qPrintable(describe(r)));
        QCOMPARE(statusOf(r, QStringLiteral("signature")), Check::Failed);
    }

    void tamperedJwtWithJwkFails()
    {
        const TestKey key;
        const QByteArray token = key.jwt(vc11Claims(kWebIssuer), key.publicKey().toJwk());
        QJsonObject claims = vc11Claims(kWebIssuer);
        claims.insert(QStringLiteral("sub"), QStringLiteral("did:example:mallory"));
        const Report r = run(withPayload(token, claims));
        QVERIFY2(r.overall == Outcome::NotVerified, qPrintable(describe(r)));
        QCOMPARE(statusOf(r, QStringLiteral("signature")), Check::Failed);
    }

    void jwkWithPrivatePartIsRefused()
    {
        const TestKey key;
        QJsonObject jwk = key.publicKey().toJwk();
        // The seed is the first half of libsodium's secret key.
        jwk.insert(QStringLiteral("d"),
            QString::fromLatin1(codec::base64UrlEncode(QByteArray(reinterpret_cast<const char*>(key.sk.data()), 32))));
        const Report r = run(key.jwt(vc11Claims(key.didJwk()), jwk));
        QVERIFY2(r.overall == Outcome::NotVerified, qPrintable(describe(r)));
        QCOMPARE(statusOf(r, QStringLiteral("signature")), Check::Failed);
        QCOMPARE(reasonOf(r, QStringLiteral("signature")), QStringLiteral("verify/embedded-key-private"));
    }

    void dataIntegrityWithEmbeddedMultikeyUnderWebIssuer()
    {
        const TestKey key;
        const QString method = kWebIssuer + QStringLiteral("#key-1");
        const QJsonObject signed_ = key.withProof(
            credentialWithEmbeddedMethod(kWebIssuer, multikeyMethod(method, kWebIssuer, key.publicKey())), method);
        const Report r = run(toJson(signed_));
        QVERIFY2(r.overall == Outcome::PartlyVerified, qPrintable(describe(r)));
        QCOMPARE(statusOf(r, QStringLiteral("signature")), Check::Passed);
        QCOMPARE(messageOf(r, QStringLiteral("signature")),
            QStringLiteral("Signature valid: made with a key that came inside the credential"));
        QCOMPARE(statusOf(r, QStringLiteral("issuer")), Check::NotChecked);
        QCOMPARE(reasonOf(r, QStringLiteral("issuer")), QStringLiteral("issuer/embedded-key"));
    }

    void dataIntegrityWithOneEmbeddedMethodObject()
    {
        const TestKey key;
        const QString method = kWebIssuer + QStringLiteral("#key-1");
        const QJsonObject signed_ = key.withProof(
            credentialWithEmbeddedMethod(kWebIssuer, multikeyMethod(method, kWebIssuer, key.publicKey()), false),
            method);
        const Report r = run(toJson(signed_));
        QVERIFY2(r.overall == Outcome::PartlyVerified, qPrintable(describe(r)));
        QCOMPARE(statusOf(r, QStringLiteral("signature")), Check::Passed);
        QCOMPARE(statusOf(r, QStringLiteral("issuer")), Check::NotChecked);
    }

    void dataIntegrityWithEmbeddedMethodTamperedFails()
    {
        const TestKey key;
        const QString method = kWebIssuer + QStringLiteral("#key-1");
        QJsonObject signed_ = key.withProof(
            credentialWithEmbeddedMethod(kWebIssuer, multikeyMethod(method, kWebIssuer, key.publicKey())), method);
        QJsonObject subject = signed_.value(QStringLiteral("credentialSubject")).toObject();
        subject.insert(QStringLiteral("name"), QStringLiteral("Mallory"));
        signed_.insert(QStringLiteral("credentialSubject"), subject);
        const Report r = run(toJson(signed_));
        QVERIFY2(r.overall == Outcome::NotVerified, qPrintable(describe(r)));
        QCOMPARE(statusOf(r, QStringLiteral("signature")), Check::Failed);
    }

    void dataIntegrityIgnoresMethodOutsideTheIssuer()
    {
        const TestKey key;
        // The method claims to belong to someone else: it is no key source for this issuer.
        const QString method = QStringLiteral("https://elsewhere.example/keys#key-1");
        const QJsonObject signed_ = key.withProof(
            credentialWithEmbeddedMethod(
                kWebIssuer, multikeyMethod(method, QStringLiteral("https://elsewhere.example/keys"), key.publicKey())),
            method);
        const Report r = run(toJson(signed_));
        QVERIFY2(statusOf(r, QStringLiteral("signature")) != Check::Passed, qPrintable(describe(r)));
    }

    void dataIntegrityWithEmbeddedMethodOfDidKeyIssuerPasses()
    {
        const TestKey key;
        const QString method = key.didKey() + QStringLiteral("#key-1");
        const QJsonObject signed_ = key.withProof(
            credentialWithEmbeddedMethod(key.didKey(), multikeyMethod(method, key.didKey(), key.publicKey())), method);
        const Report r = run(toJson(signed_));
        QVERIFY2(r.overall == Outcome::Verified, qPrintable(describe(r)));
        QCOMPARE(statusOf(r, QStringLiteral("issuer")), Check::Passed);
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedKeys)
#include "TestEmbeddedKeys.moc"
