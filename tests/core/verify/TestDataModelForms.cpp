// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// The data-model check in every form a credential arrives in: VC-JWT (1.1, JWT claims mapped in), VC-JOSE (2.0),
// presentations as JWTs, SD-JWT with a VC Data Model payload, and the schema warning on a verified Open Badge.
// Each forged case has a control that differs only in the forged part.
#include "core/codec/Base64Url.h"
#include "core/did/DidKey.h"
#include "core/jose/Jws.h"
#include "core/verify/ProofSigner.h"
#include "core/verify/Verifier.h"

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

const QDateTime kNow(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
const QString kVc1 = QStringLiteral("https://www.w3.org/2018/credentials/v1");
const QString kVc2 = QStringLiteral("https://www.w3.org/ns/credentials/v2");

QByteArray toJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString describe(const Report& r)
{
    return QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact));
}

/// An Ed25519 key pair made by libsodium, named by its did:key.
struct TestKey
{
    std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> pk {};
    std::array<unsigned char, crypto_sign_SECRETKEYBYTES> sk {};

    TestKey() { crypto_sign_keypair(pk.data(), sk.data()); }

    QString did() const
    {
        return did::didKeyFromPublicKey(
            crypto::PublicKey::fromEd25519(QByteArrayView(reinterpret_cast<const char*>(pk.data()), pk.size()))
                .value());
    }
    QString methodId() const { return did() + QLatin1Char('#') + did().mid(8); }

    QByteArray sign(QByteArrayView data) const
    {
        QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
        crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()),
            nullptr,
            reinterpret_cast<const unsigned char*>(data.data()),
            data.size(),
            sk.data());
        return sig;
    }

    QByteArray jwt(const QJsonObject& payload, const QString& typ = {}) const
    {
        QJsonObject header { { QStringLiteral("alg"), QStringLiteral("EdDSA") },
            { QStringLiteral("kid"), methodId() } };
        if (!typ.isEmpty())
            header.insert(QStringLiteral("typ"), typ);
        return jose::signCompactJws(header, toJson(payload), [this](QByteArrayView in) -> Result<QByteArray> {
            return sign(in);
        }).value();
    }
};

Report run(const QByteArray& bytes)
{
    Verifier::Options o;
    o.offline = true;
    o.now = kNow;
    auto report = Verifier(o).verify(bytes);
    if (!report)
        qWarning("%s", qPrintable(report.error().message.untranslated()));
    return report ? *report : Report {};
}

const Check* formatOf(const Report& r)
{
    return r.check(reportid::kFormat);
}

/// VC-JWT 1.1 claims: the credential in "vc", issuer and dates in iss and nbf.
QJsonObject vc11Claims(const QString& iss)
{
    const QJsonObject vc { { QStringLiteral("@context"), QJsonArray { kVc1 } },
        { QStringLiteral("type"), QJsonArray { QStringLiteral("VerifiableCredential") } },
        { QStringLiteral("credentialSubject"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("did:example:a") } } } };
    return { { QStringLiteral("iss"), iss },
        { QStringLiteral("nbf"), double(kNow.addDays(-1).toSecsSinceEpoch()) },
        { QStringLiteral("vc"), vc } };
}

QJsonObject vc2Credential(const QString& issuer)
{
    return { { QStringLiteral("@context"), QJsonArray { kVc2 } },
        { QStringLiteral("type"), QJsonArray { QStringLiteral("VerifiableCredential") } },
        { QStringLiteral("issuer"), issuer },
        { QStringLiteral("validFrom"), QStringLiteral("2024-01-01T00:00:00Z") },
        { QStringLiteral("credentialSubject"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("did:example:a") } } } };
}

QByteArray disclosure(const QString& name, const QJsonValue& value)
{
    return codec::base64UrlEncode(QJsonDocument(QJsonArray { QStringLiteral("2GLC42sKQveCfGfryNRN9w"), name, value })
                                      .toJson(QJsonDocument::Compact));
}

QString digestOf(const QByteArray& disclosure)
{
    return QString::fromLatin1(
        codec::base64UrlEncode(QCryptographicHash::hash(disclosure, QCryptographicHash::Sha256)));
}

/// An SD-JWT whose payload is a VC 2.0 credential with validFrom selectively disclosed.
QByteArray sdJwtWithValidFrom(const TestKey& key, const QString& validFrom)
{
    QJsonObject payload = vc2Credential(key.did());
    payload.remove(QStringLiteral("validFrom"));
    payload.insert(QStringLiteral("iss"), key.did());
    const QByteArray d = disclosure(QStringLiteral("validFrom"), validFrom);
    payload.insert(QStringLiteral("_sd"), QJsonArray { digestOf(d) });
    payload.insert(QStringLiteral("_sd_alg"), QStringLiteral("sha-256"));
    return key.jwt(payload, QStringLiteral("vc+sd-jwt")) + '~' + d + '~';
}

QJsonObject readJson(const QString& relative)
{
    QFile f(QStringLiteral(LER_TEST_DATA "/") + relative);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

} // namespace

class TestDataModelForms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void vcJwt11MapsClaimsBeforeChecking()
    {
        TestKey key;
        // Control: issuer and issuanceDate come from iss and nbf, as the 1.1 JWT decoding says.
        const Report good = run(key.jwt(vc11Claims(key.did())));
        QVERIFY2(formatOf(good) && formatOf(good)->status == Check::Passed, qPrintable(describe(good)));
        QCOMPARE(good.overall, Outcome::Verified);

        QJsonObject noDate = vc11Claims(key.did());
        noDate.remove(QStringLiteral("nbf"));
        const Report undated = run(key.jwt(noDate));
        QCOMPARE(undated.overall, Outcome::NotVerified);
        QCOMPARE(formatOf(undated)->reason, QStringLiteral("issuanceDate/missing"));
    }

    void vcJwt11WithIssuerThatIsNoUrl()
    {
        TestKey key;
        QJsonObject claims = vc11Claims(key.did());
        claims.remove(QStringLiteral("iss"));
        QJsonObject vc = claims.value(QLatin1String("vc")).toObject();
        vc.insert(QStringLiteral("issuer"), QStringLiteral("Example University"));
        claims.insert(QStringLiteral("vc"), vc);
        const Report r = run(key.jwt(claims));
        QCOMPARE(r.overall, Outcome::NotVerified);
        QCOMPARE(formatOf(r)->status, Check::Failed);
        QCOMPARE(formatOf(r)->reason, QStringLiteral("issuer/not-url"));
        // The format check comes first, so the summary gives its reason.
        QVERIFY2(r.summary.args().contains(formatOf(r)->message), qPrintable(r.summary.untranslated()));

        vc.insert(QStringLiteral("issuer"), key.did());
        claims.insert(QStringLiteral("vc"), vc);
        QCOMPARE(formatOf(run(key.jwt(claims)))->status, Check::Passed);
    }

    void vcJose20DatesAreDateTimeStamps()
    {
        TestKey key;
        QJsonObject credential = vc2Credential(key.did());
        QCOMPARE(run(key.jwt(credential)).overall, Outcome::Verified);
        credential.insert(QStringLiteral("validFrom"), QStringLiteral("2024-01-01T00:00:00"));
        const Report r = run(key.jwt(credential));
        QCOMPARE(r.overall, Outcome::NotVerified);
        QCOMPARE(formatOf(r)->reason, QStringLiteral("validFrom/not-datetimestamp"));
    }

    void presentedCredentialsByVersion()
    {
        TestKey holder;
        const QByteArray nestedJwt = holder.jwt(vc11Claims(holder.did()));
        // VC 2.0: a presented credential must be an object; 1.1 also takes the JWT itself.
        const QJsonObject vp2 { { QStringLiteral("@context"), QJsonArray { kVc2 } },
            { QStringLiteral("type"), QJsonArray { QStringLiteral("VerifiablePresentation") } },
            { QStringLiteral("holder"), holder.did() },
            { QStringLiteral("verifiableCredential"), QJsonArray { QString::fromLatin1(nestedJwt) } } };
        const Report r2 = run(holder.jwt(vp2));
        QCOMPARE(formatOf(r2)->reason, QStringLiteral("verifiableCredential[0]/not-object"));

        QJsonObject vp1 = vp2;
        vp1.insert(QStringLiteral("@context"), QJsonArray { kVc1 });
        const QJsonObject claims { { QStringLiteral("iss"), holder.did() }, { QStringLiteral("vp"), vp1 } };
        const Report r1 = run(holder.jwt(claims));
        QVERIFY2(formatOf(r1) && formatOf(r1)->status == Check::Passed, qPrintable(describe(r1)));
        QCOMPARE(r1.credentials.size(), 1);
    }

    void sdJwtWithDataModelPayload()
    {
        TestKey key;
        const Report good = run(sdJwtWithValidFrom(key, QStringLiteral("2024-01-01T00:00:00Z")));
        QVERIFY2(formatOf(good) && formatOf(good)->status != Check::Failed, qPrintable(describe(good)));
        QCOMPARE(good.check(reportid::kDisclosures)->status, Check::Passed);

        const Report bad = run(sdJwtWithValidFrom(key, QStringLiteral("1 January 2024")));
        QCOMPARE(bad.overall, Outcome::NotVerified);
        QCOMPARE(formatOf(bad)->status, Check::Failed);
        QCOMPARE(formatOf(bad)->reason, QStringLiteral("validFrom/not-datetimestamp"));
    }

    void textAddedAfterSigningIsNotShownAsVerified()
    {
        TestKey key;
        // The Data Integrity context defines the proof's terms, which VC 1.1 does not.
        const QJsonObject credential { { QStringLiteral("@context"),
                                           QJsonArray {
                                               kVc1, QStringLiteral("https://w3id.org/security/data-integrity/v2") } },
            { QStringLiteral("type"), QJsonArray { QStringLiteral("VerifiableCredential") } },
            { QStringLiteral("issuer"), key.did() },
            { QStringLiteral("issuanceDate"), QStringLiteral("2024-01-01T00:00:00Z") },
            { QStringLiteral("credentialSubject"),
                QJsonObject { { QStringLiteral("id"), QStringLiteral("did:example:a") } } } };
        ProofOptions options;
        options.verificationMethod = key.methodId();
        options.created = kNow.addDays(-1);
        const QJsonObject secured = addProof(credential, options, [&key](QByteArrayView in) -> Result<QByteArray> {
            return key.sign(in);
        }).value();
        const Report control = run(toJson(secured));
        QVERIFY2(control.overall == Outcome::Verified, qPrintable(describe(control)));

        // VC 1.1 has no @vocab: "degree" is defined by no context, so RDF canonicalization leaves it out.
        QJsonObject forged = secured;
        QJsonObject subject = forged.value(QLatin1String("credentialSubject")).toObject();
        subject.insert(QStringLiteral("degree"), QStringLiteral("Doctor of Medicine"));
        forged.insert(QStringLiteral("credentialSubject"), subject);
        const Report r = run(toJson(forged));
        QCOMPARE(r.overall, Outcome::NotVerified);
        QCOMPARE(r.toJson().value(QStringLiteral("verified")).toBool(), false);
        QCOMPARE(formatOf(r)->status, Check::Passed);
        const Check* signature = r.check(reportid::kSignature);
        QVERIFY2(signature && signature->status == Check::Failed, qPrintable(describe(r)));
        QVERIFY2(signature->message.untranslated().contains(QLatin1String("\"degree\"")),
            qPrintable(signature->message.untranslated()));
    }

    void schemaGapIsAWarningOnAVerifiedBadge()
    {
        TestKey key;
        QJsonObject badge = readJson(QStringLiteral("vectors/openbadges-eddsa/ob3/unsigned-credential.json"));
        QVERIFY2(!badge.isEmpty(), "OB 3.0 vector missing");
        QJsonObject issuer = badge.value(QLatin1String("issuer")).toObject();
        issuer.insert(QStringLiteral("id"), key.did());
        badge.insert(QStringLiteral("issuer"), issuer);
        ProofOptions options;
        options.verificationMethod = key.methodId();
        options.created = kNow.addDays(-1);
        const auto signer = [&key](QByteArrayView in) -> Result<QByteArray> { return key.sign(in); };

        const Report complete = run(toJson(addProof(badge, options, signer).value()));
        QVERIFY2(complete.overall == Outcome::Verified, qPrintable(describe(complete)));
        QCOMPARE(complete.check(reportid::kSchema)->status, Check::Passed);

        // The same badge without the achievement's criteria, signed as it is: the schema requires criteria.
        QJsonObject subject = badge.value(QLatin1String("credentialSubject")).toObject();
        QJsonObject achievement = subject.value(QLatin1String("achievement")).toObject();
        achievement.remove(QStringLiteral("criteria"));
        subject.insert(QStringLiteral("achievement"), achievement);
        badge.insert(QStringLiteral("credentialSubject"), subject);
        const Report gap = run(toJson(addProof(badge, options, signer).value()));
        QVERIFY2(gap.overall == Outcome::Verified, qPrintable(describe(gap)));
        const Check* schema = gap.check(reportid::kSchema);
        QVERIFY2(schema && schema->status == Check::Warning, qPrintable(describe(gap)));
        QCOMPARE(schema->reason, QStringLiteral("credentialSubject.achievement.criteria/missing"));
        QVERIFY2(schema->message.untranslated().contains(QLatin1String("credentialSubject.achievement.criteria")),
            qPrintable(schema->message.untranslated()));
        QCOMPARE(formatOf(gap)->status, Check::Passed);
    }
};

QTEST_GUILESS_MAIN(TestDataModelForms)
#include "TestDataModelForms.moc"
