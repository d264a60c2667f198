// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// Forged credentials whose signature holds but whose key does not belong to the issuer they show, or that name no
// issuer at all; each next to a control that differs only in the forged part.
#include "core/jose/SdJwt.h"
#include "core/net/Fetcher.h"
#include "core/verify/Verifier.h"
#include "support/LoopbackHttpServer.h"
#include "support/ReportHelpers.h"
#include "support/SigningTestKey.h"

#include <QTest>

using namespace ler;
using namespace ler::verify;
using ler::test::compactJson;
using ler::test::SigningTestKey;

namespace {

using ler::test::describe;
using ler::test::reasonOf;
using ler::test::statusOf;

const QDateTime kNow(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
const QString kIssuerA = QStringLiteral("https://a.example/issuers/1");
const QString kIssuerB = QStringLiteral("https://b.example/issuers/2");
const QString kKeyA = kIssuerA + QStringLiteral("#key-1");

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

/// The person trusts key under methodId (a JWKS whose kid is the full key id).
Verifier::Options trusting(const crypto::PublicKey& key, const QString& methodId)
{
    QJsonObject jwk = key.toJwk();
    jwk.insert(QStringLiteral("kid"), methodId);
    Verifier::Options o = options();
    o.trustedIssuers
        = TrustedIssuers::fromJson(compactJson(QJsonObject { { QStringLiteral("keys"), QJsonArray { jwk } } })).value();
    return o;
}

/// The person trusts key under the method id A#key-1.
Verifier::Options trustingKeyOfA(const SigningTestKey& key)
{
    return trusting(key.publicKey(), kKeyA);
}

QJsonObject vc11Claims(const QString& iss, const QJsonValue& vcIssuer)
{
    QJsonObject vc { { QStringLiteral("@context"),
                         QJsonArray { QStringLiteral("https://www.w3.org/2018/credentials/v1") } },
        { QStringLiteral("type"), QJsonArray { QStringLiteral("VerifiableCredential") } },
        { QStringLiteral("credentialSubject"), QJsonObject { { QStringLiteral("degree"), QStringLiteral("BSc") } } } };
    if (!vcIssuer.isUndefined())
        vc.insert(QStringLiteral("issuer"), vcIssuer);
    QJsonObject claims { { QStringLiteral("sub"), QStringLiteral("did:example:alex") },
        { QStringLiteral("nbf"), double(kNow.toSecsSinceEpoch() - 86400) },
        { QStringLiteral("vc"), vc } };
    if (!iss.isNull())
        claims.insert(QStringLiteral("iss"), iss);
    return claims;
}

QByteArray disclosure(const QString& name, const QJsonValue& value)
{
    static int salt = 0;
    return jose::makeDisclosure(QStringLiteral("salt-%1").arg(++salt), name, value);
}

/// The same credential in each signed form, signed by key with its did:key method; issuer is the issuer member as
/// written (undefined: left out).
QByteArray signedCredential(const QString& form, const SigningTestKey& key, const QJsonValue& issuer)
{
    if (form == QLatin1String("json-ld"))
        return compactJson(key.withProof(test::vc2Credential(issuer)));
    if (form == QLatin1String("vc-jose"))
        return key.jwt(test::vc2Credential(issuer), key.didKeyMethod());
    if (form == QLatin1String("vc-jwt-1.1"))
        return key.jwt(vc11Claims(key.didKey(), issuer), key.didKeyMethod());
    if (form == QLatin1String("sd-jwt-vcdm")) {
        return test::sdJwt(key,
            test::vc2Credential(issuer),
            { disclosure(QStringLiteral("description"), QStringLiteral("Bachelor of Science")) },
            key.didKeyMethod());
    }
    // SD-JWT VC: the issuer is "iss".
    QJsonObject payload { { QStringLiteral("vct"), QStringLiteral("urn:example:degree") } };
    if (!issuer.isUndefined())
        payload.insert(QStringLiteral("iss"), issuer);
    return test::sdJwt(
        key, payload, { disclosure(QStringLiteral("given_name"), QStringLiteral("Alex")) }, key.didKeyMethod());
}

} // namespace

class TestIssuerBinding : public QObject
{
    Q_OBJECT
    // Documents are served from 127.0.0.1, which the Fetcher reaches only with LER_WALLET_ALLOW_LOOPBACK=1.
    testnet::AllowLoopback m_allowLoopback;

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }
    void cleanupTestCase()
    {
        // Tools and tests tell apart the checks that did not pass by their reasons, never by their words.
        QVERIFY2(test::checksWithoutReasons().isEmpty(), qPrintable(test::notesListed(test::checksWithoutReasons())));
    }

    void credentialWithoutIssuerIdIsNeverVerified_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QJsonValue>("issuer"); // null stands for the key's own did:key (the control)
        QTest::addColumn<bool>("forged");
        const QJsonValue named(QJsonObject { { QStringLiteral("name"), QStringLiteral("Harvard University") } });
        const QJsonValue emptyId(QJsonObject {
            { QStringLiteral("id"), QString() }, { QStringLiteral("name"), QStringLiteral("Harvard University") } });
        for (const char* form : { "json-ld", "vc-jose", "vc-jwt-1.1", "sd-jwt-vcdm" }) {
            const QByteArray f(form);
            QTest::newRow(f + " issuer \"\"") << QString::fromLatin1(form) << QJsonValue(QString()) << true;
            QTest::newRow(f + " issuer {name}") << QString::fromLatin1(form) << named << true;
            QTest::newRow(f + " issuer {id: \"\"}") << QString::fromLatin1(form) << emptyId << true;
            QTest::newRow(f + " control") << QString::fromLatin1(form) << QJsonValue(QJsonValue::Null) << false;
        }
        for (const char* form : { "json-ld", "vc-jose", "sd-jwt-vcdm" })
            QTest::newRow(QByteArray(form) + " no issuer")
                << QString::fromLatin1(form) << QJsonValue(QJsonValue::Undefined) << true;
        QTest::newRow("sd-jwt-vc iss \"\"") << QStringLiteral("sd-jwt-vc") << QJsonValue(QString()) << true;
        QTest::newRow("sd-jwt-vc no iss") << QStringLiteral("sd-jwt-vc") << QJsonValue(QJsonValue::Undefined) << true;
        QTest::newRow("sd-jwt-vc control") << QStringLiteral("sd-jwt-vc") << QJsonValue(QJsonValue::Null) << false;
    }

    void credentialWithoutIssuerIdIsNeverVerified()
    {
        QFETCH(QString, form);
        QFETCH(QJsonValue, issuer);
        QFETCH(bool, forged);
        const SigningTestKey key;
        const QJsonValue written = issuer.isNull()
            ? (form == QLatin1String("json-ld") ? QJsonValue(QJsonObject { { QStringLiteral("id"), key.didKey() },
                   { QStringLiteral("name"), QStringLiteral("Harvard University") } })
                                                : QJsonValue(key.didKey()))
            : issuer;
        const auto result = test::noted(Verifier(options()).verify(signedCredential(form, key, written)));
        if (forged && !result) {
            // Refused already when read: the importer wants an issuer id too.
            QVERIFY2(result.error().message.untranslated().contains(QLatin1String("issuer")),
                qPrintable(result.error().message.untranslated()));
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message.untranslated()));
        const Report& r = *result;
        if (!forged) {
            QVERIFY2(r.overall == Outcome::Verified, qPrintable(describe(r)));
            QCOMPARE(statusOf(r, reportid::kIssuer), Check::Passed);
            return;
        }
        // The did:key signature itself holds: only the missing issuer id stops it.
        QVERIFY2(statusOf(r, reportid::kSignature) == Check::Passed, qPrintable(describe(r)));
        QVERIFY2(statusOf(r, reportid::kIssuer) == Check::Failed, qPrintable(describe(r)));
        if (form != QLatin1String("sd-jwt-vc"))
            QVERIFY2(statusOf(r, reportid::kFormat) == Check::Failed, qPrintable(describe(r)));
        QCOMPARE(r.overall, Outcome::NotVerified);
        QCOMPARE(r.toJson().value(QStringLiteral("verified")).toBool(), false);
    }

    void signatureWithoutIssuerCheckIsNotVerified()
    {
        // A safety net for any path that forgets it: a valid signature alone never makes a record verified.
        Report alone;
        alone.setCheck(Check::passed(reportid::kSignature, Text::verbatim(QStringLiteral("Signature valid"))));
        alone.setCheck(Check::passed(reportid::kDates, Text::verbatim(QStringLiteral("Valid now"))));
        alone.finish();
        QCOMPARE(alone.overall, Outcome::PartlyVerified);
        QCOMPARE(statusOf(alone, reportid::kIssuer), Check::NotChecked);
        QCOMPARE(reasonOf(alone, reportid::kIssuer), QStringLiteral("issuer/key-not-tied"));
        Report control = alone;
        control.setCheck(Check::passed(reportid::kIssuer, Text::verbatim(QStringLiteral("Tied to the issuer"))));
        control.finish();
        QCOMPARE(control.overall, Outcome::Verified);
    }

    void jwtWhoseIssIsNotTheCredentialsIssuerFails()
    {
        const SigningTestKey key;
        const SigningTestKey other;
        // VC-JOSE: the key is looked up for iss, so iss must be the credential's issuer.
        QJsonObject forged = test::vc2Credential(other.didKey());
        forged.insert(QStringLiteral("iss"), key.didKey());
        const Report r = run(key.jwt(forged, key.didKeyMethod()));
        QVERIFY2(statusOf(r, reportid::kIssuer) == Check::Failed, qPrintable(describe(r)));
        QCOMPARE(r.overall, Outcome::NotVerified);
        QJsonObject control = test::vc2Credential(key.didKey());
        control.insert(QStringLiteral("iss"), key.didKey());
        const Report ok = run(key.jwt(control, key.didKeyMethod()));
        QVERIFY2(ok.overall == Outcome::Verified, qPrintable(describe(ok)));

        // The same in an SD-JWT whose payload is a VC Data Model credential.
        QJsonObject sdForged = test::vc2Credential(other.didKey());
        sdForged.insert(QStringLiteral("iss"), key.didKey());
        const Report sd = run(test::sdJwt(key, sdForged, {}, key.didKeyMethod()));
        QVERIFY2(statusOf(sd, reportid::kIssuer) == Check::Failed, qPrintable(describe(sd)));
        QJsonObject sdControl = test::vc2Credential(key.didKey());
        sdControl.insert(QStringLiteral("iss"), key.didKey());
        const Report sdOk = run(test::sdJwt(key, sdControl, {}, key.didKeyMethod()));
        QVERIFY2(sdOk.overall == Outcome::Verified, qPrintable(describe(sdOk)));
    }

    void trustedKeyCountsOnlyForItsIssuer_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QString>("named");
        QTest::addColumn<bool>("forged");
        for (const char* form : { "vc-jose", "vc-jwt-1.1", "sd-jwt-vc", "data-integrity" }) {
            const QByteArray f(form);
            QTest::newRow(f + " names B") << QString::fromLatin1(form) << kIssuerB << true;
            QTest::newRow(f + " names a urn")
                << QString::fromLatin1(form) << QStringLiteral("urn:uuid:4ca4a241-fc3b-4d9e-b4a2-f56fa96ae795") << true;
            QTest::newRow(f + " names a did")
                << QString::fromLatin1(form) << QStringLiteral("did:web:b.example") << true;
            QTest::newRow(f + " control") << QString::fromLatin1(form) << kIssuerA << false;
        }
    }

    void trustedKeyCountsOnlyForItsIssuer()
    {
        QFETCH(QString, form);
        QFETCH(QString, named);
        QFETCH(bool, forged);
        const SigningTestKey key;
        QByteArray bytes;
        if (form == QLatin1String("vc-jose")) {
            QJsonObject vc = test::vc2Credential(named);
            vc.insert(QStringLiteral("iss"), named);
            bytes = key.jwt(vc, kKeyA);
        } else if (form == QLatin1String("vc-jwt-1.1")) {
            bytes = key.jwt(vc11Claims(named, QJsonValue::Undefined), kKeyA);
        } else if (form == QLatin1String("sd-jwt-vc")) {
            const QJsonObject payload { { QStringLiteral("iss"), named },
                { QStringLiteral("vct"), QStringLiteral("urn:example:degree") } };
            bytes = test::sdJwt(
                key, payload, { disclosure(QStringLiteral("given_name"), QStringLiteral("Alex")) }, kKeyA);
        } else {
            bytes = compactJson(key.withProof(test::vc2Credential(named), kKeyA));
        }
        const Report r = run(bytes, trustingKeyOfA(key));
        if (!forged) {
            QVERIFY2(r.overall == Outcome::Verified, qPrintable(describe(r)));
            QCOMPARE(reasonOf(r, reportid::kIssuer), QStringLiteral("issuer/trusted-key"));
            return;
        }
        QVERIFY2(statusOf(r, reportid::kIssuer) == Check::Failed, qPrintable(describe(r)));
        QCOMPARE(r.overall, Outcome::NotVerified);
        QCOMPARE(r.toJson().value(QStringLiteral("verified")).toBool(), false);
    }

    void keyListedUnderAnIssuerBelongsToThatIssuer()
    {
        const SigningTestKey key;
        // The person added the key for issuer B; its kid happens to name a key of A.
        QJsonObject jwk = key.publicKey().toJwk();
        jwk.insert(QStringLiteral("kid"), kKeyA);
        Verifier::Options o = options();
        o.trustedIssuers = TrustedIssuers::fromJson(compactJson(QJsonObject { { QStringLiteral("issuer"), kIssuerB },
                                                        { QStringLiteral("keys"), QJsonArray { jwk } } }))
                               .value();
        QJsonObject forA = test::vc2Credential(kIssuerA);
        const Report a = run(key.jwt(forA, kKeyA), o);
        QVERIFY2(statusOf(a, reportid::kIssuer) != Check::Passed, qPrintable(describe(a)));
        QVERIFY(a.overall != Outcome::Verified);
        const Report dataIntegrity = run(compactJson(key.withProof(forA, kKeyA)), o);
        QVERIFY2(statusOf(dataIntegrity, reportid::kIssuer) != Check::Passed, qPrintable(describe(dataIntegrity)));
        QVERIFY(dataIntegrity.overall != Outcome::Verified);
        // Control: a token of B with that kid uses the key as the person meant.
        const Report b = run(key.jwt(test::vc2Credential(kIssuerB), kKeyA), o);
        QVERIFY2(b.overall == Outcome::Verified, qPrintable(describe(b)));
    }

    /// A did:key or did:jwk is its key: a trusted-keys entry giving another key for it (a mistaken or planted file)
    /// must not make "signed by did:key:X" true of the attacker's key.
    void trustedKeyCannotReplaceTheKeyOfADidKey_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<bool>("jwk");
        for (const char* form : { "data-integrity", "vc-jose" }) {
            QTest::newRow(QByteArray(form) + " did:key") << QString::fromLatin1(form) << false;
            QTest::newRow(QByteArray(form) + " did:jwk") << QString::fromLatin1(form) << true;
        }
    }

    void trustedKeyCannotReplaceTheKeyOfADidKey()
    {
        QFETCH(QString, form);
        QFETCH(bool, jwk);
        const SigningTestKey victim;
        const SigningTestKey attacker;
        const QString did = jwk ? victim.didJwk() : victim.didKey();
        const QString method = jwk ? did + QStringLiteral("#0") : victim.didKeyMethod();
        const Verifier::Options o = trusting(attacker.publicKey(), method);
        const QJsonObject vc = test::vc2Credential(did);
        const auto sign = [&](const SigningTestKey& key) {
            return form == QLatin1String("vc-jose") ? key.jwt(vc, method) : compactJson(key.withProof(vc, method));
        };
        const Report forged = run(sign(attacker), o);
        QVERIFY2(forged.overall == Outcome::NotVerified, qPrintable(describe(forged)));
        QCOMPARE(statusOf(forged, reportid::kSignature), Check::Failed);
        // Control: the victim's own signature still verifies, by the key in the identifier.
        const Report genuine = run(sign(victim), o);
        QVERIFY2(genuine.overall == Outcome::Verified, qPrintable(describe(genuine)));
        QCOMPARE(reasonOf(genuine, reportid::kIssuer), QStringLiteral("issuer/key-in-identifier"));
        // Trusting the identifier with its own key still counts: the issuer is then one the person trusts.
        const Report trusted = run(sign(victim), trusting(victim.publicKey(), method));
        QVERIFY2(trusted.overall == Outcome::Verified, qPrintable(describe(trusted)));
        QCOMPARE(reasonOf(trusted, reportid::kIssuer), QStringLiteral("issuer/trusted-key"));
    }

    void didJwkAndEmbeddedKeysOfAnotherIssuerFail()
    {
        const SigningTestKey key;
        const SigningTestKey other;
        // did:jwk: the kid names A's did:jwk, the token names B.
        const Report jwk = run(key.jwt(test::vc2Credential(other.didJwk()), key.didJwk() + QStringLiteral("#0")));
        QVERIFY2(statusOf(jwk, reportid::kIssuer) == Check::Failed, qPrintable(describe(jwk)));
        QCOMPARE(jwk.overall, Outcome::NotVerified);
        const Report jwkOk = run(key.jwt(test::vc2Credential(key.didJwk()), key.didJwk() + QStringLiteral("#0")));
        QVERIFY2(jwkOk.overall == Outcome::Verified, qPrintable(describe(jwkOk)));

        // A header jwk of A on a token naming B's did:key: B's own key is used, and it did not sign.
        const QByteArray embedded = key.jws(
            test::vc2Credential(other.didKey()), QJsonObject { { QStringLiteral("jwk"), key.publicKey().toJwk() } });
        const Report e = run(embedded);
        QVERIFY2(e.overall == Outcome::NotVerified, qPrintable(describe(e)));
        const QByteArray embeddedOk = key.jws(
            test::vc2Credential(key.didKey()), QJsonObject { { QStringLiteral("jwk"), key.publicKey().toJwk() } });
        QVERIFY2(run(embeddedOk).overall == Outcome::Verified, qPrintable(describe(run(embeddedOk))));
    }

    void didWebKeyOfAnotherIssuerFails()
    {
        const SigningTestKey key;
        const QString didA = QStringLiteral("did:web:a.example");
        const QString method = didA + QStringLiteral("#key-1");
        const QJsonObject didDoc { { QStringLiteral("id"), didA },
            { QStringLiteral("verificationMethod"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), method },
                    { QStringLiteral("type"), QStringLiteral("Multikey") },
                    { QStringLiteral("controller"), didA },
                    { QStringLiteral("publicKeyMultibase"), key.publicKey().toMultikey() } } } },
            { QStringLiteral("assertionMethod"), QJsonArray { method } } };
        testnet::LoopbackHttpServer server;
        server.route(QStringLiteral("/.well-known/did.json"), testnet::Route::json(compactJson(didDoc)));
        net::Fetcher fetcher;
        fetcher.setUrlRewriter(server.rewriter());
        Verifier::Options o = options();
        o.offline = false;
        o.fetcher = &fetcher;
        for (const bool jwt : { true, false }) {
            const QJsonObject forged = test::vc2Credential(QStringLiteral("did:web:b.example"));
            const QJsonObject control = test::vc2Credential(didA);
            const Report bad = run(jwt ? key.jwt(forged, method) : compactJson(key.withProof(forged, method)), o);
            QVERIFY2(statusOf(bad, reportid::kIssuer) == Check::Failed, qPrintable(describe(bad)));
            QCOMPARE(bad.overall, Outcome::NotVerified);
            const Report ok = run(jwt ? key.jwt(control, method) : compactJson(key.withProof(control, method)), o);
            QVERIFY2(ok.overall == Outcome::Verified, qPrintable(describe(ok)));
        }
    }

    void sdJwtDisclosureCannotNameTheIssuer()
    {
        const SigningTestKey key;
        // The issuer is never selectively disclosed: a disclosed iss is refused, and the verifier (like the
        // importer) reads the issuer only from the signed payload.
        const QJsonObject payload { { QStringLiteral("vct"), QStringLiteral("urn:example:degree") } };
        const Report forged = run(test::sdJwt(key,
            payload,
            { disclosure(QStringLiteral("iss"), QStringLiteral("https://harvard.example")) },
            key.didKeyMethod()));
        QVERIFY2(statusOf(forged, reportid::kDisclosures) == Check::Failed, qPrintable(describe(forged)));
        QVERIFY2(statusOf(forged, reportid::kIssuer) == Check::Failed, qPrintable(describe(forged)));
        QCOMPARE(forged.overall, Outcome::NotVerified);
        QJsonObject withIss = payload;
        withIss.insert(QStringLiteral("iss"), key.didKey());
        const Report control = run(test::sdJwt(
            key, withIss, { disclosure(QStringLiteral("given_name"), QStringLiteral("Alex")) }, key.didKeyMethod()));
        QVERIFY2(control.overall == Outcome::Verified, qPrintable(describe(control)));
    }

    void sdJwtDisclosureCannotReplaceASignedClaim()
    {
        const SigningTestKey key;
        const QJsonObject payload { { QStringLiteral("iss"), key.didKey() },
            { QStringLiteral("vct"), QStringLiteral("urn:example:degree") },
            { QStringLiteral("given_name"), QStringLiteral("Alex") } };
        const Report forged = run(test::sdJwt(
            key, payload, { disclosure(QStringLiteral("given_name"), QStringLiteral("Mallory")) }, key.didKeyMethod()));
        QVERIFY2(statusOf(forged, reportid::kDisclosures) == Check::Failed, qPrintable(describe(forged)));
        QCOMPARE(forged.overall, Outcome::NotVerified);
        const Report control = run(test::sdJwt(
            key, payload, { disclosure(QStringLiteral("family_name"), QStringLiteral("Doe")) }, key.didKeyMethod()));
        QVERIFY2(control.overall == Outcome::Verified, qPrintable(describe(control)));
    }

    void credentialInsideATokenHasItsDatesChecked_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QString>("member");
        QTest::addColumn<bool>("expired");
        for (const char* form : { "sd-jwt-vcdm", "vc-jose" }) {
            for (const char* member : { "validUntil", "expirationDate" }) {
                const QByteArray tag = QByteArray(form) + ' ' + member;
                QTest::newRow(tag + " passed") << QString::fromLatin1(form) << QString::fromLatin1(member) << true;
                QTest::newRow(tag + " control") << QString::fromLatin1(form) << QString::fromLatin1(member) << false;
            }
        }
    }

    void credentialInsideATokenHasItsDatesChecked()
    {
        QFETCH(QString, form);
        QFETCH(QString, member);
        QFETCH(bool, expired);
        const SigningTestKey key;
        QJsonObject vc = test::vc2Credential(key.didKey());
        vc.insert(member, expired ? QStringLiteral("2025-01-01T00:00:00Z") : QStringLiteral("2030-01-01T00:00:00Z"));
        const QByteArray bytes = form == QLatin1String("vc-jose")
            ? key.jwt(vc, key.didKeyMethod())
            : test::sdJwt(
                key, vc, { disclosure(QStringLiteral("description"), QStringLiteral("BSc")) }, key.didKeyMethod());
        const Report r = run(bytes);
        if (expired) {
            QVERIFY2(statusOf(r, reportid::kDates) == Check::Failed, qPrintable(describe(r)));
            QCOMPARE(r.overall, Outcome::NotVerified);
        } else {
            QVERIFY2(r.overall == Outcome::Verified, qPrintable(describe(r)));
        }
    }

    void sdJwtKeyBindingWithEveryHashAlgorithm_data()
    {
        QTest::addColumn<int>("alg");
        QTest::addColumn<bool>("forgedHash");
        for (const auto alg :
            { jose::SdHashAlgorithm::Sha256, jose::SdHashAlgorithm::Sha384, jose::SdHashAlgorithm::Sha512 }) {
            const QByteArray name = jose::sdHashAlgorithmName(alg).toLatin1();
            QTest::newRow(name + " control") << int(alg) << false;
            QTest::newRow(name + " sd_hash made with another hash") << int(alg) << true;
        }
    }

    void sdJwtKeyBindingWithEveryHashAlgorithm()
    {
        QFETCH(int, alg);
        QFETCH(bool, forgedHash);
        const auto algorithm = jose::SdHashAlgorithm(alg);
        const SigningTestKey issuer;
        const SigningTestKey holder;
        const QJsonObject payload { { QStringLiteral("iss"), issuer.didKey() },
            { QStringLiteral("vct"), QStringLiteral("urn:example:degree") },
            { QStringLiteral("cnf"), QJsonObject { { QStringLiteral("jwk"), holder.publicKey().toJwk() } } } };
        const QByteArray given = disclosure(QStringLiteral("given_name"), QStringLiteral("Alex"));
        const QByteArray issued = test::sdJwt(issuer, payload, { given }, issuer.didKeyMethod(), algorithm);
        const jose::SdJwt parsed = jose::parseSdJwt(issued).value();
        QByteArray presented;
        if (!forgedHash) {
            jose::KeyBindingRequest request;
            request.nonce = QStringLiteral("n-123");
            request.audience = QStringLiteral("https://verifier.example");
            request.issuedAt = kNow.addSecs(-30);
            request.signer = holder.signer();
            presented = jose::createPresentation(parsed, { given }, request).value();
        } else {
            // A KB-JWT whose sd_hash was made with another hash than the payload's _sd_alg.
            const auto other = algorithm == jose::SdHashAlgorithm::Sha256 ? jose::SdHashAlgorithm::Sha512
                                                                          : jose::SdHashAlgorithm::Sha256;
            const QJsonObject kb { { QStringLiteral("nonce"), QStringLiteral("n-123") },
                { QStringLiteral("aud"), QStringLiteral("https://verifier.example") },
                { QStringLiteral("iat"), double(kNow.toSecsSinceEpoch() - 30) },
                { QStringLiteral("sd_hash"), QString::fromLatin1(jose::sdDigest(other, issued)) } };
            presented = issued + holder.jws(kb, QJsonObject { { QStringLiteral("typ"), QStringLiteral("kb+jwt") } });
        }
        Verifier::Options o = options();
        o.challenge = QStringLiteral("n-123");
        o.domain = QStringLiteral("https://verifier.example");
        const Report r = run(presented, o);
        if (forgedHash) {
            QVERIFY2(statusOf(r, reportid::kKeyBinding) == Check::Failed, qPrintable(describe(r)));
            QCOMPARE(r.overall, Outcome::NotVerified);
        } else {
            QVERIFY2(statusOf(r, reportid::kKeyBinding) == Check::Passed, qPrintable(describe(r)));
            QVERIFY2(r.overall == Outcome::Verified, qPrintable(describe(r)));
        }
    }
};

QTEST_GUILESS_MAIN(TestIssuerBinding)
#include "TestIssuerBinding.moc"
