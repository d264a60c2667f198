// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/codec/Base64Url.h"
#include "core/codec/Gzip.h"
#include "core/did/DidJwk.h"
#include "core/did/DidKey.h"
#include "core/jose/Jws.h"
#include "core/net/Fetcher.h"
#include "core/verify/ProofSigner.h"
#include "core/verify/Recipient.h"
#include "core/verify/Verifier.h"
#include "support/LoopbackHttpServer.h"
#include "support/ReportHelpers.h"
#include "support/SigningTestKey.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <array>
#include <sodium.h>

using namespace ler;
using namespace ler::verify;

namespace {

using ler::test::describe;
using ler::test::reasonOf;
using ler::test::statusOf;

QByteArray readFile(const QString& relative)
{
    QFile f(QStringLiteral(LER_TEST_DATA "/") + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject readJson(const QString& relative)
{
    return QJsonDocument::fromJson(readFile(relative)).object();
}

QByteArray toJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const QDateTime kNow(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
const QString kObKeyMethod
    = QStringLiteral("https://example.edu/issuers/565049#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi");

/// An Ed25519 key pair made by libsodium, with what these tests add to it.
struct TestKey : test::SigningTestKey
{
    QString did() const { return didKey(); }
    QString methodId() const { return didKeyMethod(); }

    QJsonObject withProof(const QJsonObject& doc, const QString& method, const QString& purpose = {}) const
    {
        ProofOptions options;
        options.suite = ProofSuite::EddsaJcs2022;
        options.verificationMethod = method.isEmpty() ? methodId() : method;
        if (!purpose.isEmpty())
            options.proofPurpose = purpose;
        options.created = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        return addProof(doc, options, signer()).value();
    }
};

QJsonObject vc11Claims(const QString& iss, qint64 nbf, qint64 exp)
{
    const QJsonObject vc { { QStringLiteral("@context"),
                               QJsonArray { QStringLiteral("https://www.w3.org/2018/credentials/v1") } },
        { QStringLiteral("type"), QJsonArray { QStringLiteral("VerifiableCredential") } },
        { QStringLiteral("credentialSubject"), QJsonObject { { QStringLiteral("degree"), QStringLiteral("BSc") } } } };
    return { { QStringLiteral("iss"), iss },
        { QStringLiteral("sub"), QStringLiteral("did:example:alex") },
        { QStringLiteral("nbf"), double(nbf) },
        { QStringLiteral("exp"), double(exp) },
        { QStringLiteral("jti"), QStringLiteral("urn:uuid:1") },
        { QStringLiteral("vc"), vc } };
}

QJsonObject vc2Credential(const QString& issuer)
{
    return { { QStringLiteral("@context"), QJsonArray { QStringLiteral("https://www.w3.org/ns/credentials/v2") } },
        { QStringLiteral("type"), QJsonArray { QStringLiteral("VerifiableCredential") } },
        { QStringLiteral("issuer"), issuer },
        { QStringLiteral("validFrom"), QStringLiteral("2024-01-01T00:00:00Z") },
        { QStringLiteral("credentialSubject"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("did:example:alex") },
                { QStringLiteral("name"), QStringLiteral("Alex") } } } };
}

Verifier::Options options()
{
    Verifier::Options o;
    o.now = kNow;
    o.offline = true;
    return o;
}

Verifier::Options trustingObKey()
{
    Verifier::Options o = options();
    o.trustedIssuers.addKey(
        kObKeyMethod, crypto::PublicKey::fromMultikey(kObKeyMethod.section(QLatin1Char('#'), 1)).value());
    return o;
}

Report run(const QByteArray& bytes, const Verifier::Options& o, const QString& name = {})
{
    auto report = test::noted(Verifier(o).verify(bytes, name));
    if (!report)
        qWarning("%s", qPrintable(report.error().message.untranslated()));
    return report ? *report : Report {};
}

/// The encoded list of a Bitstring Status List with one bit set.
QString encodedList(quint64 setIndex)
{
    QByteArray bits(16 * 1024, '\0');
    bits[qsizetype(setIndex / 8)] = char(0x80U >> (setIndex % 8));
    return QStringLiteral("u") + QString::fromLatin1(codec::base64UrlEncode(codec::gzip(bits).value()));
}

} // namespace

class TestVerifier : public QObject
{
    Q_OBJECT
    // Fixtures are served from 127.0.0.1, which the Fetcher reaches only with LER_WALLET_ALLOW_LOOPBACK=1.
    testnet::AllowLoopback m_allowLoopback;

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }
    void cleanupTestCase()
    {
        // Tools and tests tell apart the checks that did not pass by their reasons, never by their words.
        QVERIFY2(test::checksWithoutReasons().isEmpty(), qPrintable(test::notesListed(test::checksWithoutReasons())));
    }

    void openBadge3VectorVerifies()
    {
        const Report r = run(readFile(QStringLiteral("vectors/openbadges-eddsa/ob3/signed-credential.json")),
            trustingObKey(),
            QStringLiteral("ob3.json"));
        QVERIFY2(r.overall == Outcome::Verified, qPrintable(describe(r)));
        QCOMPARE(r.format, QStringLiteral("openbadges3"));
        QVERIFY(r.check(QStringLiteral("signature"))
                    ->message.untranslated()
                    .startsWith(QLatin1String("Signature valid: signed by")));
        QCOMPARE(reasonOf(r, QStringLiteral("issuer")), QStringLiteral("issuer/trusted-key"));
        QCOMPARE(statusOf(r, QStringLiteral("proof-purpose")), Check::Passed);
        QCOMPARE(statusOf(r, QStringLiteral("dates")), Check::Passed);
        QCOMPARE(statusOf(r, QStringLiteral("recipient")), Check::NotChecked);
        QCOMPARE(reasonOf(r, QStringLiteral("recipient")), QStringLiteral("recipient/no-identifiers"));
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QStringLiteral("file")).toString(), QStringLiteral("ob3.json"));
        QCOMPARE(json.value(QStringLiteral("verified")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("verified"));
        const QJsonObject first = json.value(QStringLiteral("checks")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("format"));
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("passed"));
    }

    void clrVectorVerifiesWithNestedReports()
    {
        const Report r
            = run(readFile(QStringLiteral("vectors/openbadges-eddsa/clr2/signed-credential.json")), trustingObKey());
        QVERIFY2(r.overall == Outcome::Verified, qPrintable(describe(r)));
        QCOMPARE(r.format, QStringLiteral("clr2"));
        QVERIFY(!r.credentials.isEmpty());
        for (const Report& child : r.credentials)
            QVERIFY2(child.overall == Outcome::Verified, qPrintable(describe(child)));
        QCOMPARE(r.toJson().value(QStringLiteral("credentials")).toArray().size(), r.credentials.size());
    }

    void openBadge3WithoutTrustedKeyIsPartlyVerified()
    {
        const Report r
            = run(readFile(QStringLiteral("vectors/openbadges-eddsa/ob3/signed-credential.json")), options());
        QVERIFY2(r.overall == Outcome::PartlyVerified, qPrintable(describe(r)));
        QCOMPARE(statusOf(r, QStringLiteral("signature")), Check::NotChecked);
        QCOMPARE(statusOf(r, QStringLiteral("issuer")), Check::NotChecked);
    }

    void tamperedOpenBadge3FailsSignature()
    {
        QJsonObject doc = readJson(QStringLiteral("vectors/openbadges-eddsa/ob3/signed-credential.json"));
        doc.insert(QStringLiteral("name"), QStringLiteral("Leadership Badge"));
        const Report r = run(toJson(doc), trustingObKey());
        QVERIFY2(r.overall == Outcome::NotVerified, qPrintable(describe(r)));
        QCOMPARE(statusOf(r, QStringLiteral("signature")), Check::Failed);
        QCOMPARE(r.check(QStringLiteral("signature"))->reason, QStringLiteral("signature/mismatch"));
        // The summary gives the failed signature as the reason.
        QVERIFY(r.summary.args().contains(r.check(QStringLiteral("signature"))->message));
    }

    void wrongTrustedKeyFailsSignature()
    {
        Verifier::Options o = options();
        o.trustedIssuers.addKey(kObKeyMethod, TestKey().publicKey());
        const Report r = run(readFile(QStringLiteral("vectors/openbadges-eddsa/ob3/signed-credential.json")), o);
        QCOMPARE(statusOf(r, QStringLiteral("signature")), Check::Failed);
        QCOMPARE(r.overall, Outcome::NotVerified);
    }

    void contextRules()
    {
        // The base context missing: the standard requires it first.
        const Report missing
            = run(readFile(QStringLiteral("vectors/openbadges-eddsa/ob3-validator-samples/simple-err-context.json")),
                trustingObKey());
        QCOMPARE(statusOf(missing, QStringLiteral("format")), Check::Failed);
        QCOMPARE(missing.overall, Outcome::NotVerified);
        // A context LER Wallet does not bundle: the credential cannot be read safely.
        TestKey key;
        QJsonObject doc = vc2Credential(key.did());
        QJsonArray contexts = doc.value(QStringLiteral("@context")).toArray();
        contexts.append(QStringLiteral("https://example.org/unknown-context/v1"));
        doc.insert(QStringLiteral("@context"), contexts);
        ProofOptions po;
        po.verificationMethod = key.methodId();
        po.suite = ProofSuite::EddsaJcs2022;
        auto signed_ = addProof(doc, po, [&key](QByteArrayView in) -> Result<QByteArray> { return key.sign(in); });
        QVERIFY(signed_.ok());
        doc = *signed_;
        // eddsa-jcs-2022 does not need the contexts, so ask for the RDF suite's rule by re-typing the proof.
        QJsonObject proof = doc.value(QStringLiteral("proof")).toObject();
        proof.insert(QStringLiteral("cryptosuite"), QStringLiteral("eddsa-rdfc-2022"));
        doc.insert(QStringLiteral("proof"), proof);
        const Report unknown = run(toJson(doc), options());
        QVERIFY2(statusOf(unknown, QStringLiteral("format")) == Check::Failed, qPrintable(describe(unknown)));
        QCOMPARE(unknown.check(QStringLiteral("format"))->reason, QStringLiteral("@context/unknown"));
        QCOMPARE(unknown.overall, Outcome::NotVerified);
    }

    void vcJwtWithDidKeyVerifies()
    {
        TestKey key;
        const qint64 t = kNow.toSecsSinceEpoch();
        const QByteArray token = key.jwt(vc11Claims(key.did(), t - 86400, t + 86400), key.methodId());
        const Report r = run(token, options());
        QVERIFY2(r.overall == Outcome::Verified, qPrintable(describe(r)));
        QCOMPARE(r.format, QStringLiteral("vc-jwt"));
        QVERIFY(r.check(QStringLiteral("issuer"))
                    ->message.untranslated()
                    .contains(QLatin1String("part of its identifier")));
        QVERIFY(r.check(QStringLiteral("dates"))
                    ->message.untranslated()
                    .startsWith(QLatin1String("Valid now; expires on")));
    }

    void vcJoseWithDidJwkVerifies()
    {
        TestKey key;
        const QByteArray token = key.jwt(vc2Credential(key.didJwk()), key.didJwk() + QStringLiteral("#0"));
        const Report r = run(token, options());
        QVERIFY2(r.overall == Outcome::Verified, qPrintable(describe(r)));
        QVERIFY(r.check(QStringLiteral("format"))->message.untranslated().contains(QLatin1String("2.0")));
    }

    void vcJwtFailuresLandOnTheRightCheck()
    {
        TestKey key;
        TestKey other;
        const qint64 t = kNow.toSecsSinceEpoch();
        const QByteArray good = key.jwt(vc11Claims(key.did(), t - 86400, t + 86400), key.methodId());

        // Tampered: the payload changed after signing.
        QList<QByteArray> parts = good.split('.');
        QJsonObject claims = vc11Claims(key.did(), t - 86400, t + 86400 * 365);
        parts[1] = codec::base64UrlEncode(toJson(claims));
        const Report tampered = run(parts.join('.'), options());
        QCOMPARE(statusOf(tampered, QStringLiteral("signature")), Check::Failed);
        QCOMPARE(tampered.overall, Outcome::NotVerified);

        // Expired, by the injected clock.
        const Report expired = run(key.jwt(vc11Claims(key.did(), t - 3 * 86400, t - 86400), key.methodId()), options());
        QCOMPARE(statusOf(expired, QStringLiteral("signature")), Check::Passed);
        QCOMPARE(statusOf(expired, QStringLiteral("dates")), Check::Failed);
        QCOMPARE(expired.check(QStringLiteral("dates"))->reason, QStringLiteral("dates/expired"));
        // Names the day it expired.
        QVERIFY2(expired.check(QStringLiteral("dates"))->detail.untranslated().startsWith(QLatin1String("2025-05-31")),
            qPrintable(describe(expired)));
        QVERIFY(expired.summary.args().contains(expired.check(QStringLiteral("dates"))->message));

        // Within the clock skew, not expired yet.
        const Report skew = run(key.jwt(vc11Claims(key.did(), t - 86400, t - 60), key.methodId()), options());
        QCOMPARE(statusOf(skew, QStringLiteral("dates")), Check::Passed);

        // Not yet valid.
        const Report early = run(key.jwt(vc11Claims(key.did(), t + 86400, t + 2 * 86400), key.methodId()), options());
        QCOMPARE(statusOf(early, QStringLiteral("dates")), Check::Failed);
        QCOMPARE(early.check(QStringLiteral("dates"))->reason, QStringLiteral("dates/not-yet-valid"));

        // Signed by another key than the one the issuer's DID names.
        const Report wrongKey = run(other.jwt(vc11Claims(key.did(), t - 86400, t + 86400), key.methodId()), options());
        QCOMPARE(statusOf(wrongKey, QStringLiteral("signature")), Check::Failed);

        // Signed with a key of another DID than the issuer.
        const Report otherIssuer
            = run(other.jwt(vc11Claims(key.did(), t - 86400, t + 86400), other.methodId()), options());
        QCOMPARE(statusOf(otherIssuer, QStringLiteral("issuer")), Check::Failed);
        QCOMPARE(otherIssuer.overall, Outcome::NotVerified);

        // An issuer named by a urn:uuid: nothing ties the did:key to it.
        const QJsonObject ld
            = key.withProof(vc2Credential(QStringLiteral("urn:uuid:4ca4a241-fc3b-4d9e-b4a2-f56fa96ae795")), {});
        const Report unbound = run(toJson(ld), options());
        QCOMPARE(statusOf(unbound, QStringLiteral("signature")), Check::Passed);
        QCOMPARE(statusOf(unbound, QStringLiteral("issuer")), Check::NotChecked);
        QCOMPARE(unbound.overall, Outcome::PartlyVerified);
    }

    void offlineDidWebIsPartlyVerified()
    {
        TestKey key;
        const QString did = QStringLiteral("did:web:issuer.example");
        const QJsonObject doc = key.withProof(vc2Credential(did), did + QStringLiteral("#key-1"));
        const Report r = run(toJson(doc), options());
        QCOMPARE(statusOf(r, QStringLiteral("issuer")), Check::NotChecked);
        QCOMPARE(r.check(QStringLiteral("issuer"))->message, Check::offline(QStringLiteral("issuer")).message);
        QVERIFY2(r.overall == Outcome::PartlyVerified, qPrintable(describe(r)));

        const QByteArray token = key.jwt(vc2Credential(did), did + QStringLiteral("#key-1"));
        const Report jwt = run(token, options());
        QCOMPARE(statusOf(jwt, QStringLiteral("issuer")), Check::NotChecked);
        QCOMPARE(jwt.overall, Outcome::PartlyVerified);
    }

    void didWebOnlineThroughFetcher()
    {
        TestKey key;
        const QString did = QStringLiteral("did:web:issuer.example");
        const QJsonObject didDoc { { QStringLiteral("id"), did },
            { QStringLiteral("verificationMethod"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), did + QStringLiteral("#key-1") },
                    { QStringLiteral("type"), QStringLiteral("Multikey") },
                    { QStringLiteral("controller"), did },
                    { QStringLiteral("publicKeyMultibase"), key.publicKey().toMultikey() } } } },
            { QStringLiteral("assertionMethod"), QJsonArray { did + QStringLiteral("#key-1") } } };
        testnet::LoopbackHttpServer server;
        server.route(QStringLiteral("/.well-known/did.json"), testnet::Route::json(toJson(didDoc)));
        net::Fetcher fetcher;
        fetcher.setUrlRewriter([&server](const QUrl& url) { return server.url(url.path()); });
        Verifier::Options o = options();
        o.offline = false;
        o.fetcher = &fetcher;
        const QByteArray credential = toJson(key.withProof(vc2Credential(did), did + QStringLiteral("#key-1")));
        const Report r = run(credential, o);
        QVERIFY2(r.overall == Outcome::Verified, qPrintable(describe(r)));
        QCOMPARE(reasonOf(r, QStringLiteral("issuer")), QStringLiteral("issuer/key-from-web-site"));

        // Offline, a fetcher that is itself offline answers from its cache, and the report says so.
        fetcher.setOnline(false);
        o.offline = true;
        const Report cached = run(credential, o);
        QVERIFY2(cached.overall == Outcome::Verified, qPrintable(describe(cached)));
        QVERIFY(cached.check(QStringLiteral("issuer"))
                    ->message.untranslated()
                    .contains(QLatin1String("from a copy saved on")));
        // With a fresh cache there is nothing to fall back on.
        net::Fetcher empty;
        empty.setOnline(false);
        o.fetcher = &empty;
        const Report missing = run(credential, o);
        QCOMPARE(missing.check(QStringLiteral("issuer"))->message, Check::offline(QStringLiteral("issuer")).message);
        QCOMPARE(missing.overall, Outcome::PartlyVerified);
        QCOMPARE(missing.summary.untranslated(),
            QStringLiteral("Not verified yet: you are offline, and checking the signature needs "
                           "the network."));
    }

    void revokedAndOfflineStatus()
    {
        TestKey key;
        testnet::LoopbackHttpServer server;
        const QString listUrl = server.url(QStringLiteral("/status/1")).toString();
        QJsonObject list = vc2Credential(key.did());
        list.insert(QStringLiteral("type"),
            QJsonArray { QStringLiteral("VerifiableCredential"), QStringLiteral("BitstringStatusListCredential") });
        list.insert(QStringLiteral("id"), listUrl);
        list.insert(QStringLiteral("credentialSubject"),
            QJsonObject { { QStringLiteral("id"), listUrl + QStringLiteral("#list") },
                { QStringLiteral("type"), QStringLiteral("BitstringStatusList") },
                { QStringLiteral("statusPurpose"), QStringLiteral("revocation") },
                { QStringLiteral("encodedList"), encodedList(42) } });
        server.route(QStringLiteral("/status/1"), testnet::Route::json(toJson(key.withProof(list, {}))));
        auto credentialAt = [&](int index) {
            QJsonObject vc = vc2Credential(key.did());
            vc.insert(QStringLiteral("credentialStatus"),
                QJsonObject { { QStringLiteral("id"), listUrl + QLatin1Char('#') + QString::number(index) },
                    { QStringLiteral("type"), QStringLiteral("BitstringStatusListEntry") },
                    { QStringLiteral("statusPurpose"), QStringLiteral("revocation") },
                    { QStringLiteral("statusListIndex"), QString::number(index) },
                    { QStringLiteral("statusListCredential"), listUrl } });
            return toJson(key.withProof(vc, {}));
        };
        net::Fetcher fetcher;
        Verifier::Options o = options();
        o.offline = false;
        o.fetcher = &fetcher;
        const Report revoked = run(credentialAt(42), o);
        QVERIFY2(statusOf(revoked, QStringLiteral("status")) == Check::Failed, qPrintable(describe(revoked)));
        QCOMPARE(revoked.overall, Outcome::NotVerified);
        const Report valid = run(credentialAt(7), o);
        QVERIFY2(valid.overall == Outcome::Verified, qPrintable(describe(valid)));

        o.offline = true;
        const Report offline = run(credentialAt(42), o);
        QCOMPARE(statusOf(offline, QStringLiteral("status")), Check::NotChecked);
        QCOMPARE(offline.check(QStringLiteral("status"))->message, Check::offline(QStringLiteral("status")).message);
        QCOMPARE(offline.overall, Outcome::PartlyVerified);
    }

    void pescTranscriptIsHonest()
    {
        const Report r = run(readFile(QStringLiteral("formats/pesc/valid/SampleCollegeTranscript.xml")), options());
        QCOMPARE(r.overall, Outcome::PartlyVerified);
        QCOMPARE(r.summary.untranslated(), QStringLiteral("Not verified: this record carries no signature."));
        QVERIFY(!r.verified());
    }

    void openBadge2HashedRecipient()
    {
        const QByteArray bytes = readFile(QStringLiteral("formats/openbadges2/valid/basic-assertion.json"));
        Verifier::Options o = options();
        o.identifiers = { QStringLiteral("someone@example.org"), QStringLiteral("Nobody@Example.org") };
        const Report mine = run(bytes, o);
        QCOMPARE(mine.format, QStringLiteral("openbadges2"));
        QCOMPARE(statusOf(mine, QStringLiteral("recipient")), Check::Passed);
        QCOMPARE(mine.check(QStringLiteral("recipient"))->message.untranslated(),
            QStringLiteral("Issued to you (Nobody@Example.org)."));
        QCOMPARE(statusOf(mine, QStringLiteral("signature")), Check::NotChecked);
        QCOMPARE(mine.overall, Outcome::PartlyVerified);

        o.identifiers = { QStringLiteral("alex@example.org") };
        const Report other = run(bytes, o);
        QCOMPARE(statusOf(other, QStringLiteral("recipient")), Check::Failed);
        QCOMPARE(other.check(QStringLiteral("recipient"))->reason, QStringLiteral("recipient/not-yours"));
    }

    void sdJwtVcWithTrustedIssuerKey()
    {
        const QString dir = QStringLiteral("vectors/sdjwt/rfc9901-draft22-examples/arf-pid_sd_jwt_vc/");
        const QByteArray presentation = readFile(dir + QStringLiteral("sd_jwt_presentation.txt"));
        const QJsonObject kb = readJson(dir + QStringLiteral("kb_jwt_payload.json"));
        QJsonObject trusted { { QStringLiteral("issuer"), QStringLiteral("https://pid-issuer.bund.de.example") },
            { QStringLiteral("keys"),
                QJsonArray { readJson(QStringLiteral("vectors/sdjwt/keys/issuer-key-1.public.jwk.json")) } } };
        auto issuers = TrustedIssuers::fromJson(toJson(trusted));
        QVERIFY(issuers.ok());
        Verifier::Options o = options();
        o.trustedIssuers = *issuers;
        o.now = QDateTime::fromSecsSinceEpoch(qint64(kb.value(QStringLiteral("iat")).toDouble()) + 30, Qt::UTC);
        o.challenge = QStringLiteral("1234567890");
        o.domain = QStringLiteral("https://verifier.example.org");
        const Report r = run(presentation, o);
        QVERIFY2(r.overall == Outcome::Verified, qPrintable(describe(r)));
        QCOMPARE(r.format, QStringLiteral("sd-jwt-vc"));
        QCOMPARE(statusOf(r, QStringLiteral("disclosures")), Check::Passed);
        QCOMPARE(statusOf(r, QStringLiteral("key-binding")), Check::Passed);

        o.challenge = QStringLiteral("another-nonce");
        const Report wrongNonce = run(presentation, o);
        QCOMPARE(statusOf(wrongNonce, QStringLiteral("key-binding")), Check::Failed);
        QCOMPARE(wrongNonce.overall, Outcome::NotVerified);

        // The same kind of presentation in the JWS JSON serialization (RFC 9901 section 8).
        const QString json = QStringLiteral("vectors/sdjwt/rfc9901-draft22-examples/json_serialization_flattened/");
        Verifier::Options jo = o;
        jo.challenge = QStringLiteral("1234567890");
        jo.trustedIssuers = TrustedIssuers();
        jo.trustedIssuers.addKey(QStringLiteral("https://issuer.example.com"),
            crypto::PublicKey::fromJwk(readJson(QStringLiteral("vectors/sdjwt/keys/issuer-key-1.public.jwk.json")))
                .value());
        const Report flattened = run(readFile(json + QStringLiteral("sd_jwt_presentation.json")), jo);
        QVERIFY2(statusOf(flattened, QStringLiteral("signature")) == Check::Passed, qPrintable(describe(flattened)));
        QCOMPARE(statusOf(flattened, QStringLiteral("key-binding")), Check::Passed);

        o.trustedIssuers = TrustedIssuers();
        const Report noKey = run(presentation, o);
        QCOMPARE(statusOf(noKey, QStringLiteral("signature")), Check::NotChecked);
        QCOMPARE(statusOf(noKey, QStringLiteral("issuer")), Check::NotChecked);
    }

    void presentationsWithChallenge()
    {
        TestKey issuer;
        TestKey holder;
        // Issued to the holder, as a wallet's credentials are: presented by anyone else it is only partly verified.
        QJsonObject issued = vc2Credential(issuer.did());
        issued.insert(QStringLiteral("credentialSubject"),
            QJsonObject { { QStringLiteral("id"), holder.did() }, { QStringLiteral("name"), QStringLiteral("Alex") } });
        const QJsonObject vc = issuer.withProof(issued, {});
        QJsonObject vp { { QStringLiteral("@context"),
                             QJsonArray { QStringLiteral("https://www.w3.org/ns/credentials/v2") } },
            { QStringLiteral("type"), QJsonArray { QStringLiteral("VerifiablePresentation") } },
            { QStringLiteral("holder"), holder.did() },
            { QStringLiteral("verifiableCredential"), QJsonArray { vc } } };
        ProofOptions po;
        po.suite = ProofSuite::EddsaJcs2022;
        po.verificationMethod = holder.methodId();
        po.proofPurpose = QStringLiteral("authentication");
        po.challenge = QStringLiteral("c-123");
        po.domain = QStringLiteral("verifier.example");
        po.created = kNow.addSecs(-60);
        const QJsonObject signedVp
            = addProof(vp, po, [&holder](QByteArrayView in) -> Result<QByteArray> { return holder.sign(in); }).value();
        Verifier::Options o = options();
        o.challenge = QStringLiteral("c-123");
        o.domain = QStringLiteral("verifier.example");
        const Report r = run(toJson(signedVp), o);
        QVERIFY2(r.overall == Outcome::Verified, qPrintable(describe(r)));
        QCOMPARE(r.format, QStringLiteral("presentation"));
        QCOMPARE(r.credentials.size(), 1);
        QCOMPARE(statusOf(r, QStringLiteral("key-binding")), Check::Passed);
        o.challenge = QStringLiteral("old");
        const Report replay = run(toJson(signedVp), o);
        QCOMPARE(statusOf(replay, QStringLiteral("key-binding")), Check::Failed);
        QCOMPARE(reasonOf(replay, QStringLiteral("key-binding")), QStringLiteral("challenge/other"));

        // The same as a VP-JWT (VC Data Model 1.1) with nonce and aud.
        const QJsonObject claims { { QStringLiteral("iss"), holder.did() },
            { QStringLiteral("nonce"), QStringLiteral("c-123") },
            { QStringLiteral("aud"), QStringLiteral("verifier.example") },
            { QStringLiteral("vp"),
                // The presented credential is a VC 2.0 one: a 1.1 presentation could not hold it in JSON-LD.
                QJsonObject { { QStringLiteral("@context"),
                                  QJsonArray { QStringLiteral("https://www.w3.org/ns/credentials/v2") } },
                    { QStringLiteral("type"), QJsonArray { QStringLiteral("VerifiablePresentation") } },
                    { QStringLiteral("verifiableCredential"), QJsonArray { vc } } } } };
        o.challenge = QStringLiteral("c-123");
        const Report jwt = run(holder.jwt(claims, holder.methodId()), o);
        QVERIFY2(jwt.overall == Outcome::Verified, qPrintable(describe(jwt)));
        QCOMPARE(jwt.format, QStringLiteral("vp-jwt"));
        QCOMPARE(jwt.credentials.size(), 1);
    }

    void openBadge2HostedOnline()
    {
        testnet::LoopbackHttpServer server;
        for (const char* name : { "basic-assertion.json", "robotics-badge.json", "organization.json" }) {
            server.route(QStringLiteral("/") + QLatin1String(name),
                testnet::Route::json(readFile(QStringLiteral("net/ob2/") + QLatin1String(name))));
        }
        const QByteArray stored = readFile(QStringLiteral("net/ob2/basic-assertion.json"));
        server.route(QStringLiteral("/beths-robotics-badge.json"), testnet::Route::json(stored));
        net::Fetcher fetcher;
        fetcher.setUrlRewriter(server.rewriter());
        Verifier::Options o = options();
        o.offline = false;
        o.fetcher = &fetcher;
        const Report r = run(stored, o);
        QVERIFY2(r.overall == Outcome::Verified, qPrintable(describe(r)));
        QCOMPARE(statusOf(r, QStringLiteral("status")), Check::Passed);

        const QJsonObject revoked { { QStringLiteral("id"),
                                        QStringLiteral("https://example.org/beths-robotics-badge.json") },
            { QStringLiteral("revoked"), true },
            { QStringLiteral("revocationReason"), QStringLiteral("Awarded in error") } };
        server.route(QStringLiteral("/beths-robotics-badge.json"), testnet::Route::json(toJson(revoked)));
        net::Fetcher fresh;
        fresh.setUrlRewriter(server.rewriter());
        o.fetcher = &fresh;
        const Report gone = run(stored, o);
        QVERIFY2(statusOf(gone, QStringLiteral("status")) == Check::Failed, qPrintable(describe(gone)));
        QCOMPARE(gone.overall, Outcome::NotVerified);
    }

    void sdJwtVcIssuerMetadataOnline()
    {
        const QString dir = QStringLiteral("vectors/sdjwt/rfc9901-draft22-examples/arf-pid_sd_jwt_vc/");
        const QJsonObject metadata { { QStringLiteral("issuer"), QStringLiteral("https://pid-issuer.bund.de.example") },
            { QStringLiteral("jwks"),
                QJsonObject { { QStringLiteral("keys"),
                    QJsonArray { readJson(QStringLiteral("vectors/sdjwt/keys/issuer-key-1.public.jwk.json")) } } } } };
        testnet::LoopbackHttpServer server;
        server.route(QStringLiteral("/.well-known/jwt-vc-issuer"), testnet::Route::json(toJson(metadata)));
        net::Fetcher fetcher;
        fetcher.setUrlRewriter(server.rewriter());
        Verifier::Options o = options();
        o.offline = false;
        o.fetcher = &fetcher;
        const Report r = run(readFile(dir + QStringLiteral("sd_jwt_issuance.txt")), o);
        QVERIFY2(r.overall == Outcome::Verified, qPrintable(describe(r)));
        QCOMPARE(reasonOf(r, QStringLiteral("issuer")), QStringLiteral("issuer/key-from-issuer-metadata"));

        o.offline = true;
        const Report offline = run(readFile(dir + QStringLiteral("sd_jwt_issuance.txt")), o);
        QCOMPARE(offline.check(QStringLiteral("issuer"))->message, Check::offline(QStringLiteral("issuer")).message);
        QCOMPARE(offline.overall, Outcome::PartlyVerified);
    }

    void httpsControllerDocumentOnline()
    {
        TestKey key;
        const QString issuer = QStringLiteral("https://issuer.example/issuers/1");
        const QString method = issuer + QStringLiteral("#key-1");
        const QJsonObject controller { { QStringLiteral("id"), issuer },
            { QStringLiteral("verificationMethod"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), method },
                    { QStringLiteral("type"), QStringLiteral("Multikey") },
                    { QStringLiteral("controller"), issuer },
                    { QStringLiteral("publicKeyMultibase"), key.publicKey().toMultikey() } } } },
            { QStringLiteral("assertionMethod"), QJsonArray { method } } };
        testnet::LoopbackHttpServer server;
        server.route(QStringLiteral("/issuers/1"), testnet::Route::json(toJson(controller)));
        net::Fetcher fetcher;
        fetcher.setUrlRewriter(server.rewriter());
        Verifier::Options o = options();
        o.offline = false;
        o.fetcher = &fetcher;
        const QByteArray credential = toJson(key.withProof(vc2Credential(issuer), method));
        const Report r = run(credential, o);
        QVERIFY2(r.overall == Outcome::Verified, qPrintable(describe(r)));
        QCOMPARE(reasonOf(r, QStringLiteral("issuer")), QStringLiteral("issuer/key-from-web-site"));

        // A key signed for another issuer than the one the credential names.
        const Report other
            = run(toJson(key.withProof(vc2Credential(QStringLiteral("https://other.example")), method)), o);
        QCOMPARE(statusOf(other, QStringLiteral("issuer")), Check::Failed);
    }

    void credentialWithoutProofIsNotVerified()
    {
        const Report r = run(
            readFile(QStringLiteral("vectors/openbadges-eddsa/ob3-validator-samples/simple-noproof.json")), options());
        QVERIFY(!r.check(QStringLiteral("signature")));
        QCOMPARE(r.overall, Outcome::PartlyVerified);
        QCOMPARE(r.summary.untranslated(), QStringLiteral("Not verified: this record carries no signature."));
    }

    void recipientForms()
    {
        const QString salt = QStringLiteral("s4lt");
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash("alex@example.org" + salt.toUtf8(), QCryptographicHash::Sha256).toHex());
        const QJsonObject ob3 { { QStringLiteral("credentialSubject"),
            QJsonObject { { QStringLiteral("identifier"),
                QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("IdentityObject") },
                    { QStringLiteral("identityType"), QStringLiteral("emailAddress") },
                    { QStringLiteral("hashed"), true },
                    { QStringLiteral("salt"), salt },
                    { QStringLiteral("identityHash"), QStringLiteral("sha256$") + hash } } } } } } };
        QCOMPARE(checkRecipient(ob3, { QStringLiteral("ALEX@example.org") }).status, Check::Passed);
        QCOMPARE(checkRecipient(ob3, { QStringLiteral("sam@example.org") }).status, Check::Failed);
        QCOMPARE(checkRecipient(ob3, {}).status, Check::NotChecked);
        const QJsonObject bySubject { { QStringLiteral("credentialSubject"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("did:example:alex") } } } };
        QCOMPARE(checkRecipient(bySubject, { QStringLiteral("did:example:alex") }).status, Check::Passed);
        QCOMPARE(checkRecipient(bySubject, { QStringLiteral("did:example:ALEX") }).status, Check::Failed);
        QCOMPARE(checkRecipient(QJsonObject {}, { QStringLiteral("alex@example.org") }).status, Check::NotChecked);
    }

    void malformedInputsAreReportedNotCrashed()
    {
        TestKey key;
        QJsonObject claims = vc11Claims(key.did(), 0, 0);
        claims.insert(QStringLiteral("exp"), 1e300);
        const Report huge = run(key.jwt(claims, key.methodId()), options());
        QCOMPARE(statusOf(huge, QStringLiteral("dates")), Check::Failed);
        QJsonObject empty = vc2Credential(key.did());
        empty.insert(QStringLiteral("@context"), QJsonArray());
        auto report = test::noted(Verifier(options()).verify(toJson(empty)));
        if (report)
            QCOMPARE(report->overall, Outcome::NotVerified);
    }

    void bakedBadgeKeepsItsFormat()
    {
        const Report r = run(readFile(QStringLiteral("formats/baked/valid/simple-json.png")), options());
        QCOMPARE(r.format, QStringLiteral("openbadges3"));
        QCOMPARE(statusOf(r, QStringLiteral("format")), Check::Passed);
    }

    void unreadableInputIsAnError() { QVERIFY(!Verifier(options()).verify("not a credential at all").ok()); }
};

QTEST_GUILESS_MAIN(TestVerifier)
#include "TestVerifier.moc"
