// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// Credentials and presentations signed with ECDSA (ecdsa-rdfc-2019, ecdsa-jcs-2019) are held to the same issuer
// rules as EdDSA ones: a P-256 or P-384 key counts only when something outside the credential ties it to the issuer
// (its did:key, its DID document, a key the person trusts for it). Each forgery next to a control that differs only
// in the forged part.
#include "core/net/Fetcher.h"
#include "core/verify/Verifier.h"
#include "support/EcdsaTestKey.h"
#include "support/LoopbackHttpServer.h"
#include "support/ReportHelpers.h"
#include "support/SigningTestKey.h"

#include <QFile>
#include <QTest>

using namespace ler;
using namespace ler::verify;
using ler::test::compactJson;
using ler::test::EcdsaTestKey;

namespace {

using ler::test::describe;
using ler::test::messageOf;
using ler::test::reasonOf;
using ler::test::statusOf;

const QDateTime kNow(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
const QString kChallenge = QStringLiteral("job-4711");
const QString kVc2 = QStringLiteral("https://www.w3.org/ns/credentials/v2");

Verifier::Options options(const QString& challenge = {})
{
    Verifier::Options o;
    o.now = kNow;
    o.offline = true;
    o.challenge = challenge;
    return o;
}

Report run(const QByteArray& bytes, const Verifier::Options& o = options())
{
    auto report = test::noted(Verifier(o).verify(bytes));
    if (!report)
        qWarning("%s", qPrintable(report.error().message.untranslated()));
    return report ? *report : Report {};
}

/// The 1EdTech sample Open Badge 3.0, issued by issuerId to subjectId and not signed yet.
QJsonObject openBadge(const QString& issuerId, const QString& subjectId = {})
{
    QFile f(QStringLiteral(LER_TEST_DATA "/formats/openbadges3/valid/simple.json"));
    if (!f.open(QIODevice::ReadOnly))
        qWarning("the Open Badges 3.0 sample is missing");
    QJsonObject vc = QJsonDocument::fromJson(f.readAll()).object();
    vc.remove(QStringLiteral("proof"));
    QJsonObject profile = vc.value(QLatin1String("issuer")).toObject();
    profile.insert(QStringLiteral("id"), issuerId);
    vc.insert(QStringLiteral("issuer"), profile);
    if (!subjectId.isEmpty()) {
        QJsonObject subject = vc.value(QLatin1String("credentialSubject")).toObject();
        subject.insert(QStringLiteral("id"), subjectId);
        vc.insert(QStringLiteral("credentialSubject"), subject);
    }
    return vc;
}

QString achievementName(const QJsonObject& badge)
{
    return badge.value(QLatin1String("credentialSubject"))
        .toObject()
        .value(QLatin1String("achievement"))
        .toObject()
        .value(QLatin1String("name"))
        .toString();
}

QJsonObject renamedAchievement(QJsonObject badge, const QString& name)
{
    QJsonObject subject = badge.value(QLatin1String("credentialSubject")).toObject();
    QJsonObject achievement = subject.value(QLatin1String("achievement")).toObject();
    achievement.insert(QStringLiteral("name"), name);
    subject.insert(QStringLiteral("achievement"), achievement);
    badge.insert(QStringLiteral("credentialSubject"), subject);
    return badge;
}

QJsonObject multikeyMethod(const QString& id, const QString& controller, const crypto::PublicKey& key)
{
    return { { QStringLiteral("id"), id },
        { QStringLiteral("type"), QStringLiteral("Multikey") },
        { QStringLiteral("controller"), controller },
        { QStringLiteral("publicKeyMultibase"), key.toMultikey() } };
}

} // namespace

class TestEcdsaIssuers : public QObject
{
    Q_OBJECT
    // did:web documents are served from 127.0.0.1, which the Fetcher reaches only with LER_WALLET_ALLOW_LOOPBACK=1.
    testnet::AllowLoopback m_allowLoopback;

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }
    void cleanupTestCase()
    {
        // Tools and tests tell apart the checks that did not pass by their reasons, never by their words.
        QVERIFY2(test::checksWithoutReasons().isEmpty(), qPrintable(test::notesListed(test::checksWithoutReasons())));
    }

    void badgeSignedByItsDidKeyIssuer_data() { test::addEcdsaSuiteAndCurveRows(); }
    void badgeSignedByItsDidKeyIssuer()
    {
        QFETCH(int, suite);
        QFETCH(int, curve);
        const EcdsaTestKey issuer { crypto::KeyType(curve) };
        QVERIFY(issuer.isValid());
        const QJsonObject badge = issuer.withProof(openBadge(issuer.didKey()), ProofSuite(suite));
        QVERIFY(!badge.isEmpty());
        const Report r = run(compactJson(badge));
        QVERIFY2(r.verified(), qPrintable(describe(r)));
        QCOMPARE(r.format, QStringLiteral("openbadges3"));
        QCOMPARE(statusOf(r, reportid::kIssuer), Check::Passed);
        QVERIFY(messageOf(r, reportid::kSignature).contains(shortIdentifier(issuer.didKey(), 40)));
        QCOMPARE(r.toJson().value(QStringLiteral("verified")).toBool(), true);

        // The same badge with its achievement renamed after signing.
        const Report changed
            = run(compactJson(renamedAchievement(badge, achievementName(badge) + QStringLiteral("!"))));
        QCOMPARE(changed.overall, Outcome::NotVerified);
        QCOMPARE(statusOf(changed, reportid::kSignature), Check::Failed);
        QCOMPARE(changed.toJson().value(QStringLiteral("verified")).toBool(), false);
    }

    void keyNotTiedToTheIssuerFails_data() { test::addEcdsaSuiteRows(); }
    void keyNotTiedToTheIssuerFails()
    {
        QFETCH(int, suite);
        const EcdsaTestKey signer;
        const EcdsaTestKey other;
        const test::SigningTestKey edSigner;
        // Signed with the signer's own did:key, but naming another did:key or a did:web as issuer: someone else
        // signed. Naming a web site: nothing here ties a did:key to it either way. Exactly as with an Ed25519 key.
        const struct
        {
            QString issuer;
            Check::Status status;
            Outcome outcome;
            const char* reason;
        } cases[] = {
            { other.didKey(), Check::Failed, Outcome::NotVerified, "issuer/other-key" },
            { QStringLiteral("did:web:registrar.example.edu"),
                Check::Failed,
                Outcome::NotVerified,
                "issuer/other-key" },
            { QStringLiteral("https://registrar.example.edu/issuer"),
                Check::NotChecked,
                Outcome::PartlyVerified,
                "issuer/key-not-tied" },
        };
        for (const auto& c : cases) {
            const Report r = run(compactJson(signer.withProof(openBadge(c.issuer), ProofSuite(suite))));
            QVERIFY2(statusOf(r, reportid::kSignature) == Check::Passed, qPrintable(describe(r)));
            QVERIFY2(statusOf(r, reportid::kIssuer) == c.status, qPrintable(describe(r)));
            QCOMPARE(reasonOf(r, reportid::kIssuer), QLatin1String(c.reason));
            QCOMPARE(r.overall, c.outcome);
            QCOMPARE(r.toJson().value(QStringLiteral("verified")).toBool(), false);
            const Report eddsa = run(compactJson(edSigner.withProof(openBadge(c.issuer))));
            QCOMPARE(statusOf(eddsa, reportid::kIssuer), c.status);
            QCOMPARE(eddsa.overall, c.outcome);
        }
        const Report control = run(compactJson(signer.withProof(openBadge(signer.didKey()), ProofSuite(suite))));
        QVERIFY2(control.verified(), qPrintable(describe(control)));
    }

    void keyInsideTheCredentialIsOnlyPartlyVerified()
    {
        // A web issuer whose issuer object carries the P-256 key: the signature holds, the tie is unchecked.
        const EcdsaTestKey key;
        const QString issuerId = QStringLiteral("https://registrar.example.edu/issuer");
        const QString method = issuerId + QStringLiteral("#key-1");
        const QJsonObject issuer { { QStringLiteral("id"), issuerId },
            { QStringLiteral("type"), QStringLiteral("Profile") },
            { QStringLiteral("name"), QStringLiteral("Example University") },
            { QStringLiteral("verificationMethod"),
                QJsonArray { multikeyMethod(method, issuerId, key.publicKey()) } } };
        // VC 2.0 has no @vocab: the issuer's type must be defined for the credential to be well formed.
        const QJsonObject profile { { QStringLiteral("Profile"),
            QStringLiteral("https://example.org/vocab#Profile") } };
        QJsonObject vc = test::vc2Credential(issuer);
        vc.insert(QStringLiteral("@context"), QJsonArray { kVc2, profile });
        const QJsonObject signed_ = key.withProof(vc, ProofSuite::EcdsaJcs2019, method);
        QVERIFY(!signed_.isEmpty());
        const Report r = run(compactJson(signed_));
        QVERIFY2(r.overall == Outcome::PartlyVerified, qPrintable(describe(r)));
        QCOMPARE(statusOf(r, reportid::kSignature), Check::Passed);
        QCOMPARE(statusOf(r, reportid::kIssuer), Check::NotChecked);
        QCOMPARE(reasonOf(r, reportid::kIssuer), QStringLiteral("issuer/embedded-key"));
        QCOMPARE(r.toJson().value(QStringLiteral("verified")).toBool(), false);

        // Control: the person trusts that key for that issuer.
        Verifier::Options trusting = options();
        QJsonObject jwk = key.publicKey().toJwk();
        jwk.insert(QStringLiteral("kid"), method);
        trusting.trustedIssuers
            = TrustedIssuers::fromJson(compactJson(QJsonObject { { QStringLiteral("keys"), QJsonArray { jwk } } }))
                  .value();
        const Report trusted = run(compactJson(signed_), trusting);
        QVERIFY2(trusted.verified(), qPrintable(describe(trusted)));
    }

    void trustedKeyCountsOnlyForItsIssuer()
    {
        const EcdsaTestKey key { crypto::KeyType::P384 };
        const QString issuerA = QStringLiteral("https://a.example/issuers/1");
        const QString keyA = issuerA + QStringLiteral("#key-1");
        QJsonObject jwk = key.publicKey().toJwk();
        jwk.insert(QStringLiteral("kid"), keyA);
        Verifier::Options o = options();
        o.trustedIssuers
            = TrustedIssuers::fromJson(compactJson(QJsonObject { { QStringLiteral("keys"), QJsonArray { jwk } } }))
                  .value();
        const Report ok = run(compactJson(key.withProof(openBadge(issuerA), ProofSuite::EcdsaRdfc2019, keyA)), o);
        QVERIFY2(ok.verified(), qPrintable(describe(ok)));
        QCOMPARE(reasonOf(ok, reportid::kIssuer), QStringLiteral("issuer/trusted-key"));
        const Report forged
            = run(compactJson(key.withProof(
                      openBadge(QStringLiteral("https://b.example/issuers/2")), ProofSuite::EcdsaRdfc2019, keyA)),
                o);
        QVERIFY2(statusOf(forged, reportid::kIssuer) == Check::Failed, qPrintable(describe(forged)));
        QCOMPARE(forged.overall, Outcome::NotVerified);
    }

    void didWebIssuerWithAnEcdsaKey_data()
    {
        QTest::addColumn<bool>("asJwk");
        QTest::newRow("Multikey") << false;
        QTest::newRow("JsonWebKey") << true;
    }
    void didWebIssuerWithAnEcdsaKey()
    {
        QFETCH(bool, asJwk);
        const EcdsaTestKey key;
        const QString didA = QStringLiteral("did:web:a.example");
        const QString method = didA + QStringLiteral("#key-1");
        QJsonObject vm = multikeyMethod(method, didA, key.publicKey());
        if (asJwk) {
            vm.remove(QStringLiteral("publicKeyMultibase"));
            vm.insert(QStringLiteral("type"), QStringLiteral("JsonWebKey"));
            vm.insert(QStringLiteral("publicKeyJwk"), key.publicKey().toJwk());
        }
        const QJsonObject didDoc { { QStringLiteral("id"), didA },
            { QStringLiteral("verificationMethod"), QJsonArray { vm } },
            { QStringLiteral("assertionMethod"), QJsonArray { method } } };
        testnet::LoopbackHttpServer server;
        server.route(QStringLiteral("/.well-known/did.json"), testnet::Route::json(compactJson(didDoc)));
        net::Fetcher fetcher;
        fetcher.setUrlRewriter(server.rewriter());
        Verifier::Options o = options();
        o.offline = false;
        o.fetcher = &fetcher;
        const Report ok = run(compactJson(key.withProof(openBadge(didA), ProofSuite::EcdsaRdfc2019, method)), o);
        QVERIFY2(ok.verified(), qPrintable(describe(ok)));
        // The key of did:web:a.example on a badge that names did:web:b.example.
        const Report forged
            = run(compactJson(
                      key.withProof(openBadge(QStringLiteral("did:web:b.example")), ProofSuite::EcdsaRdfc2019, method)),
                o);
        QVERIFY2(statusOf(forged, reportid::kIssuer) == Check::Failed, qPrintable(describe(forged)));
        QCOMPARE(forged.overall, Outcome::NotVerified);
        // A key the DID document lists only for authentication does not sign credentials.
        QJsonObject authOnly = didDoc;
        authOnly.remove(QStringLiteral("assertionMethod"));
        authOnly.insert(QStringLiteral("authentication"), QJsonArray { method });
        server.route(QStringLiteral("/.well-known/did.json"), testnet::Route::json(compactJson(authOnly)));
        const Report notAllowed
            = run(compactJson(key.withProof(openBadge(didA), ProofSuite::EcdsaRdfc2019, method)), o);
        QVERIFY2(notAllowed.overall == Outcome::NotVerified, qPrintable(describe(notAllowed)));
        QCOMPARE(statusOf(notAllowed, reportid::kProofPurpose), Check::Failed);
    }

    void presentationWithAnEcdsaHolderProof_data()
    {
        QTest::addColumn<int>("curve");
        QTest::newRow("P-256") << int(crypto::KeyType::P256);
        QTest::newRow("P-384") << int(crypto::KeyType::P384);
    }
    void presentationWithAnEcdsaHolderProof()
    {
        QFETCH(int, curve);
        const EcdsaTestKey issuer;
        const EcdsaTestKey holder { crypto::KeyType(curve) };
        const EcdsaTestKey stranger { crypto::KeyType(curve) };
        const QJsonObject badge = issuer.withProof(openBadge(issuer.didKey(), holder.didKey()));
        const auto presentBy = [&badge](const EcdsaTestKey& signer, const QString& holderId, const QString& challenge) {
            const QJsonObject vp { { QStringLiteral("@context"), QJsonArray { kVc2 } },
                { QStringLiteral("type"), QJsonArray { QStringLiteral("VerifiablePresentation") } },
                { QStringLiteral("holder"), holderId },
                { QStringLiteral("verifiableCredential"), QJsonArray { badge } } };
            ProofOptions o = signer.proofOptions(ProofSuite::EcdsaRdfc2019);
            o.proofPurpose = QStringLiteral("authentication");
            o.challenge = challenge;
            o.created = kNow.addSecs(-60);
            return compactJson(addProof(vp, o, signer.signer()).value());
        };
        const Report ok = run(presentBy(holder, holder.didKey(), kChallenge), options(kChallenge));
        QVERIFY2(ok.verified(), qPrintable(describe(ok)));
        QCOMPARE(ok.credentials.size(), 1);
        QCOMPARE(statusOf(ok.credentials.at(0), reportid::kKeyBinding), Check::Passed);

        // Made for another verifier's challenge: a replay.
        const Report replay = run(presentBy(holder, holder.didKey(), QStringLiteral("other")), options(kChallenge));
        QCOMPARE(statusOf(replay, reportid::kKeyBinding), Check::Failed);
        QVERIFY(!replay.verified());
        // A stranger's key signing a presentation that names the holder.
        const Report impostor = run(presentBy(stranger, holder.didKey(), kChallenge), options(kChallenge));
        QVERIFY2(statusOf(impostor, reportid::kIssuer) == Check::Failed, qPrintable(describe(impostor)));
        QVERIFY(!impostor.verified());
        // The stranger presenting the holder's badge as itself: its proof holds, the badge is not its own.
        const Report copied = run(presentBy(stranger, stranger.didKey(), kChallenge), options(kChallenge));
        QVERIFY(!copied.verified());
        QCOMPARE(statusOf(copied.credentials.at(0), reportid::kKeyBinding), Check::NotChecked);
        QCOMPARE(reasonOf(copied.credentials.at(0), reportid::kKeyBinding),
            QStringLiteral("key-binding/presented-by-other"));
    }
};

QTEST_GUILESS_MAIN(TestEcdsaIssuers)
#include "TestEcdsaIssuers.moc"
