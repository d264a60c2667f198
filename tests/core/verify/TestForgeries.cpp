// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// Forgeries of the kind independent software can make: every signature in them holds, yet the record would be
// shown as something its signer never said. Each is built here, next to a control that differs only in the forged
// part; the verifier must not call the forgery verified, and the importer must not show what was not checked.
#include "core/formats/FormatRegistry.h"
#include "core/formats/InputGuard.h"
#include "core/jose/SdJwt.h"
#include "core/verify/Verifier.h"
#include "support/ReportHelpers.h"
#include "support/SigningTestKey.h"

#include <QFile>
#include <QTest>

using namespace ler;
using namespace ler::verify;
using ler::test::compactJson;
using ler::test::SigningTestKey;

namespace {

using ler::test::describe;
using ler::test::statusOf;

const QDateTime kNow(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
const QString kHarvard = QStringLiteral("did:web:harvard.example");
const QString kChallenge = QStringLiteral("job-4711");
const QString kVc2 = QStringLiteral("https://www.w3.org/ns/credentials/v2");
const QString kExamples2 = QStringLiteral("https://www.w3.org/ns/credentials/examples/v2");

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

/// A VC Data Model 1.1 credential of issuer for did:example:alex, as a VC-JWT's "vc" claim carries it.
QJsonObject vc11Credential(const QString& issuer)
{
    return { { QStringLiteral("@context"), QJsonArray { QStringLiteral("https://www.w3.org/2018/credentials/v1") } },
        { QStringLiteral("type"), QJsonArray { QStringLiteral("VerifiableCredential") } },
        { QStringLiteral("issuer"), issuer },
        { QStringLiteral("issuanceDate"), QStringLiteral("2024-01-01T00:00:00Z") },
        { QStringLiteral("credentialSubject"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("did:example:alex") } } } };
}

/// The record the wallet would show for bytes, or an error.
Result<model::Record> imported(const QByteArray& bytes)
{
    static const formats::FormatRegistry registry;
    auto batch = registry.import(bytes);
    if (!batch)
        return batch.error();
    return batch->items.constFirst().record;
}

QJsonObject withRdfcProof(const SigningTestKey& key, const QJsonObject& doc, const QString& purpose = {})
{
    ProofOptions options;
    options.suite = ProofSuite::EddsaRdfc2022;
    options.verificationMethod = key.didKeyMethod();
    options.created = kNow.addDays(-10);
    if (!purpose.isEmpty()) {
        options.proofPurpose = purpose;
        options.challenge = kChallenge;
    }
    auto out = addProof(doc, options, [&key](QByteArrayView in) -> Result<QByteArray> { return key.sign(in); });
    if (!out)
        qWarning("%s", qPrintable(out.error().message.untranslated()));
    return out ? *out : QJsonObject();
}

/// A VC 2.0 credential by issuer whose subject has two claims under the examples vocabulary.
QJsonObject gradedCredential(const QString& issuer)
{
    QJsonObject vc = test::vc2Credential(issuer);
    vc.insert(QStringLiteral("@context"), QJsonArray { kVc2, kExamples2 });
    QJsonObject subject = vc.value(QLatin1String("credentialSubject")).toObject();
    subject.insert(QStringLiteral("grade"), QStringLiteral("F"));
    subject.insert(QStringLiteral("rank"), QStringLiteral("A+"));
    vc.insert(QStringLiteral("credentialSubject"), subject);
    return vc;
}

/// The 1EdTech sample Open Badge 3.0, issued by issuer (its did:key) and not signed yet.
QJsonObject openBadge(const SigningTestKey& issuer)
{
    QFile f(QStringLiteral(LER_TEST_DATA "/formats/openbadges3/valid/simple.json"));
    if (!f.open(QIODevice::ReadOnly))
        qWarning("the Open Badges 3.0 sample is missing");
    QJsonObject vc = QJsonDocument::fromJson(f.readAll()).object();
    vc.remove(QStringLiteral("proof"));
    QJsonObject profile = vc.value(QLatin1String("issuer")).toObject();
    profile.insert(QStringLiteral("id"), issuer.didKey());
    vc.insert(QStringLiteral("issuer"), profile);
    return vc;
}

QJsonObject result(const QString& value)
{
    return { { QStringLiteral("type"), QJsonArray { QStringLiteral("Result") } }, { QStringLiteral("value"), value } };
}

QByteArray disclosure(const QString& name, const QJsonValue& value)
{
    static int salt = 0;
    return jose::makeDisclosure(QStringLiteral("salt-%1").arg(++salt), name, value);
}

} // namespace

class TestForgeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }
    void cleanupTestCase()
    {
        // Tools and tests tell apart the checks that did not pass by their reasons, never by their words.
        QVERIFY2(test::checksWithoutReasons().isEmpty(), qPrintable(test::notesListed(test::checksWithoutReasons())));
    }

    // --- Data Integrity (RDF canonicalization): the JSON may say other things than the signed graph ---

    void contextSwappingTwoTermsIsRefused()
    {
        const SigningTestKey issuer;
        const QJsonObject signedVc = withRdfcProof(issuer, gradedCredential(issuer.didKey()));
        const Report control = run(compactJson(signedVc));
        QVERIFY2(control.verified(), qPrintable(describe(control)));

        // A context of the forger's own makes "grade" mean what "rank" meant, and the other way round; the values
        // swap places with them, so the signed graph is the same and the wallet would show grade A+.
        const QString vocab = QStringLiteral("https://www.w3.org/ns/credentials/examples#");
        QJsonObject forged = signedVc;
        forged.insert(QStringLiteral("@context"),
            QJsonArray { kVc2,
                kExamples2,
                QJsonObject { { QStringLiteral("grade"), vocab + QStringLiteral("rank") },
                    { QStringLiteral("rank"), vocab + QStringLiteral("grade") } } });
        QJsonObject subject = forged.value(QLatin1String("credentialSubject")).toObject();
        subject.insert(QStringLiteral("grade"), QStringLiteral("A+"));
        subject.insert(QStringLiteral("rank"), QStringLiteral("F"));
        forged.insert(QStringLiteral("credentialSubject"), subject);
        const Report r = run(compactJson(forged));
        QVERIFY2(!r.verified(), qPrintable(describe(r)));
        QCOMPARE(statusOf(r, reportid::kSignature), Check::Failed);
        QVERIFY2(r.check(reportid::kSignature)->message.untranslated().contains(QLatin1String("grade, rank")),
            qPrintable(describe(r)));
        QCOMPARE(r.toJson().value(QStringLiteral("verified")).toBool(), false);
    }

    void expiryMovedOutOfSightIsStillSeen_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("control") << QString();
        QTest::newRow("@nest") << QStringLiteral("@nest");
        QTest::newRow("written as an address") << QStringLiteral("iri");
    }

    void expiryMovedOutOfSightIsStillSeen()
    {
        QFETCH(QString, how);
        const SigningTestKey issuer;
        QJsonObject vc = test::vc2Credential(issuer.didKey());
        vc.insert(QStringLiteral("validUntil"), QStringLiteral("2025-01-01T00:00:00Z"));
        QJsonObject doc = withRdfcProof(issuer, vc);
        // The same graph, with validUntil where a reader of the JSON does not look for it.
        if (how == QLatin1String("@nest")) {
            doc.insert(QStringLiteral("@nest"),
                QJsonObject { { QStringLiteral("validUntil"), doc.take(QStringLiteral("validUntil")) } });
        } else if (how == QLatin1String("iri")) {
            doc.insert(QStringLiteral("https://www.w3.org/2018/credentials#validUntil"),
                QJsonObject { { QStringLiteral("@value"), doc.take(QStringLiteral("validUntil")) },
                    { QStringLiteral("@type"), QStringLiteral("http://www.w3.org/2001/XMLSchema#dateTime") } });
        }
        const Report r = run(compactJson(doc));
        QCOMPARE(r.overall, Outcome::NotVerified);
        if (how.isEmpty()) {
            QCOMPARE(statusOf(r, reportid::kSignature), Check::Passed);
            QVERIFY2(statusOf(r, reportid::kDates) == Check::Failed, qPrintable(describe(r)));
        } else {
            QVERIFY2(statusOf(r, reportid::kSignature) == Check::Failed, qPrintable(describe(r)));
        }
    }

    void issuersProofCountsWhereverItIsInAProofSet_data()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<bool>("verified");
        QTest::newRow("issuer, then a witness") << QStringLiteral("issuer witness") << true;
        QTest::newRow("a witness, then the issuer") << QStringLiteral("witness issuer") << true;
        QTest::newRow("forged: the witness alone") << QStringLiteral("witness") << false;
    }

    void issuersProofCountsWhereverItIsInAProofSet()
    {
        QFETCH(QString, set);
        QFETCH(bool, verified);
        const SigningTestKey issuer;
        const SigningTestKey witness;
        QJsonObject doc = test::vc2Credential(issuer.didKey());
        for (const QString& who : set.split(QLatin1Char(' ')))
            doc = (who == QLatin1String("issuer") ? issuer : witness).withProof(doc);
        const Report r = run(compactJson(doc));
        if (verified) {
            QVERIFY2(r.verified(), qPrintable(describe(r)));
            return;
        }
        QVERIFY2(statusOf(r, reportid::kIssuer) == Check::Failed, qPrintable(describe(r)));
        QCOMPARE(r.overall, Outcome::NotVerified);
    }

    // --- SD-JWT: the issuer the wallet shows is the issuer whose key was checked ---

    void sdJwtShowsOnlyTheIssuerItChecked_data()
    {
        QTest::addColumn<bool>("forged");
        QTest::newRow("issuer names Harvard, iss is the signer") << true;
        QTest::newRow("control: issuer is the signer") << false;
    }

    void sdJwtShowsOnlyTheIssuerItChecked()
    {
        QFETCH(bool, forged);
        const SigningTestKey signer;
        // The payload is no credential until its disclosed credentialSubject makes it one; the wallet then shows
        // its "issuer", which must be the signer's. The control is the signer's own well-formed credential.
        QJsonObject payload { { QStringLiteral("iss"), signer.didKey() },
            { QStringLiteral("issuer"), forged ? kHarvard : signer.didKey() },
            { QStringLiteral("type"), QStringLiteral("DegreeCredential") },
            { QStringLiteral("name"), QStringLiteral("PhD in Quantum Physics") } };
        if (!forged) {
            payload.insert(QStringLiteral("@context"), QJsonArray { kVc2, kExamples2 });
            payload.insert(QStringLiteral("type"),
                QJsonArray { QStringLiteral("VerifiableCredential"), QStringLiteral("DegreeCredential") });
        }
        const QByteArray subject = disclosure(QStringLiteral("credentialSubject"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("did:example:alex") } });
        const QByteArray token = test::sdJwt(signer, payload, { subject }, signer.didKeyMethod());
        const Report r = run(token);
        auto record = imported(token);
        QVERIFY2(record.ok(), qPrintable(record.ok() ? QString() : record.error().message.untranslated()));
        QCOMPARE(record->issuer.id, forged ? kHarvard : signer.didKey());
        if (!forged) {
            QVERIFY2(r.verified(), qPrintable(describe(r)));
            return;
        }
        QCOMPARE(statusOf(r, reportid::kSignature), Check::Passed);
        QVERIFY2(statusOf(r, reportid::kIssuer) == Check::Failed, qPrintable(describe(r)));
        QCOMPARE(r.toJson().value(QStringLiteral("verified")).toBool(), false);
    }

    void sdJwtVcClaimIsNotTheCredential()
    {
        // A VC-JWT 1.1 keeps its credential in "vc"; an SD-JWT does not. The signer's own credential is what is
        // shown, never a "vc" claim naming another issuer.
        const SigningTestKey signer;
        QJsonObject payload = test::vc2Credential(signer.didKey());
        payload.insert(QStringLiteral("iss"), signer.didKey());
        payload.insert(QStringLiteral("vc"),
            QJsonObject { { QStringLiteral("issuer"), kHarvard },
                { QStringLiteral("name"), QStringLiteral("PhD") },
                { QStringLiteral("type"), QJsonArray { QStringLiteral("VerifiableCredential") } },
                { QStringLiteral("credentialSubject"),
                    QJsonObject { { QStringLiteral("id"), QStringLiteral("did:example:alex") } } } });
        const QByteArray token = test::sdJwt(signer, payload, {}, signer.didKeyMethod());
        auto record = imported(token);
        QVERIFY2(record.ok(), qPrintable(record.ok() ? QString() : record.error().message.untranslated()));
        QCOMPARE(record->issuer.id, signer.didKey());
        QVERIFY(record->title != QLatin1String("PhD"));
        const Report r = run(token);
        QVERIFY2(r.verified(), qPrintable(describe(r)));
    }

    /// One JSON object that is a credential of a victim issuer (shown by the importer) and, in its "protected",
    /// "payload" and "signature" members, an SD-JWT the attacker signed (which the verifier checked): the wallet
    /// would show the victim's badge as verified. Both readers refuse such an object; a pure JWS JSON object is read.
    void credentialWithTokenMembersIsRefused_data()
    {
        QTest::addColumn<bool>("withCredential");
        QTest::newRow("credential and token members") << true;
        QTest::newRow("control: the token alone") << false;
    }

    void credentialWithTokenMembersIsRefused()
    {
        QFETCH(bool, withCredential);
        const SigningTestKey attacker;
        const QByteArray token
            = test::sdJwt(attacker, test::vc2Credential(attacker.didKey()), {}, attacker.didKeyMethod());
        const QList<QByteArray> parts = token.left(token.indexOf('~')).split('.');
        QJsonObject doc = withCredential ? test::vc2Credential(kHarvard) : QJsonObject();
        if (withCredential)
            doc.insert(QStringLiteral("name"), QStringLiteral("Doctor of Medicine"));
        doc.insert(QStringLiteral("protected"), QString::fromLatin1(parts.at(0)));
        doc.insert(QStringLiteral("payload"), QString::fromLatin1(parts.at(1)));
        doc.insert(QStringLiteral("signature"), QString::fromLatin1(parts.at(2)));
        const QByteArray bytes = QJsonDocument(doc).toJson();
        const Report r = run(bytes);
        if (!withCredential) {
            QVERIFY2(r.verified(), qPrintable(describe(r)));
            return;
        }
        QVERIFY2(!r.verified(), qPrintable(describe(r)));
        QCOMPARE(statusOf(r, reportid::kFormat), Check::Failed);
        QCOMPARE(r.check(reportid::kFormat)->reason, QStringLiteral("jose/json-serialization-mixed"));
        auto record = imported(bytes);
        QVERIFY2(!record.ok(), "the importer showed the credential the verifier did not check");
        QCOMPARE(record.error().reason, QStringLiteral("jose/json-serialization-mixed"));
    }

    /// Qt's JSON parser drops a byte order mark (U+FEFF) written raw at the start of a string, so a credential whose
    /// signed text starts so read as changed after signing, and a name with one could hide a duplicate.
    void textStartingWithAByteOrderMarkIsReadAsWritten()
    {
        const SigningTestKey issuer;
        QJsonObject vc = test::vc2Credential(issuer.didKey());
        QJsonObject subject = vc.value(QLatin1String("credentialSubject")).toObject();
        subject.insert(QStringLiteral("name"), QString(QChar(0xFEFF)) + QStringLiteral("Alex"));
        vc.insert(QStringLiteral("credentialSubject"), subject);
        const QByteArray bytes = QJsonDocument(issuer.withProof(vc)).toJson();
        QVERIFY(bytes.contains("\"\xEF\xBB\xBF"
                               "Alex\""));
        const Report r = run(bytes);
        QVERIFY2(r.verified(), qPrintable(describe(r)));
        // A name with a raw mark and the same name escaped are one name given twice.
        const auto twice = formats::InputGuard::parseJsonObject("{\"\xEF\xBB\xBF"
                                                                "a\":1,\"\\ufeffa\":2}");
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().reason, QStringLiteral("formats/json-duplicate-name"));
        const auto kept = formats::InputGuard::parseJsonObject("{\"\xEF\xBB\xBF"
                                                               "a\":1,\"a\":2}");
        QVERIFY2(kept.ok(), qPrintable(kept.ok() ? QString() : kept.error().message.untranslated()));
        QCOMPARE(kept->size(), 2);
    }

    void presentationIsNotAnSdJwtCredential_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QString>("typ");
        QTest::addColumn<bool>("forged");
        const SigningTestKey unused;
        Q_UNUSED(unused)
        QTest::newRow("VP-JWT 1.1 with ~") << QJsonObject { { QStringLiteral("vp"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("VerifiablePresentation") } } } }
                                           << QString() << true;
        QTest::newRow("typ vp+jwt with ~")
            << QJsonObject { { QStringLiteral("nonce"), kChallenge } } << QStringLiteral("vp+jwt") << true;
        QTest::newRow("typ kb+jwt with ~")
            << QJsonObject { { QStringLiteral("nonce"), kChallenge } } << QStringLiteral("kb+jwt") << true;
        QTest::newRow("control: SD-JWT VC")
            << QJsonObject { { QStringLiteral("vct"), QStringLiteral("urn:example:x") } } << QStringLiteral("dc+sd-jwt")
            << false;
    }

    void presentationIsNotAnSdJwtCredential()
    {
        QFETCH(QJsonObject, payload);
        QFETCH(QString, typ);
        QFETCH(bool, forged);
        // What a holder signs (a presentation, a key binding) must not become a credential "issued" by the holder.
        const SigningTestKey holder;
        payload.insert(QStringLiteral("iss"), holder.didKey());
        QJsonObject header { { QStringLiteral("kid"), holder.didKeyMethod() } };
        if (!typ.isEmpty())
            header.insert(QStringLiteral("typ"), typ);
        const Report r = run(holder.jws(payload, header) + '~');
        if (!forged) {
            QVERIFY2(r.verified(), qPrintable(describe(r)));
            return;
        }
        QCOMPARE(statusOf(r, reportid::kSignature), Check::Passed);
        QVERIFY2(statusOf(r, reportid::kFormat) == Check::Failed, qPrintable(describe(r)));
        QCOMPARE(test::reasonOf(r, reportid::kFormat), QStringLiteral("format/not-an-sd-jwt-credential"));
        QCOMPARE(r.overall, Outcome::NotVerified);
    }

    void transcriptInAPresentationIsCheckedWithItsCourses_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<bool>("forged");
        for (const char* form : { "json-ld", "vc-jwt" }) {
            QTest::newRow(QByteArray(form) + " with an unsigned course") << QString::fromLatin1(form) << true;
            QTest::newRow(QByteArray(form) + " control: every course signed") << QString::fromLatin1(form) << false;
        }
    }

    void transcriptInAPresentationIsCheckedWithItsCourses()
    {
        QFETCH(QString, form);
        QFETCH(bool, forged);
        const SigningTestKey issuer;
        const SigningTestKey holder;
        QFile f(QStringLiteral(LER_TEST_DATA "/formats/clr2/valid/simple.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject clr = QJsonDocument::fromJson(f.readAll()).object();
        clr.remove(QStringLiteral("proof"));
        QJsonObject profile = clr.value(QLatin1String("issuer")).toObject();
        profile.insert(QStringLiteral("id"), issuer.didKey());
        clr.insert(QStringLiteral("issuer"), profile);
        QJsonObject subject = clr.value(QLatin1String("credentialSubject")).toObject();
        subject.insert(QStringLiteral("id"), holder.didKey());
        QJsonArray courses;
        for (const QJsonValue& v : subject.value(QLatin1String("verifiableCredential")).toArray()) {
            QJsonObject course = v.toObject();
            course.remove(QStringLiteral("proof"));
            course.insert(QStringLiteral("issuer"), issuer.didKey());
            // Forged: the course was never signed by anyone; only the transcript around it was.
            courses.append(forged ? course : issuer.withProof(course));
        }
        subject.insert(QStringLiteral("verifiableCredential"), courses);
        clr.insert(QStringLiteral("credentialSubject"), subject);
        QJsonValue presented;
        if (form == QLatin1String("json-ld")) {
            presented = issuer.withProof(clr);
        } else {
            presented = QJsonObject { { QStringLiteral("@context"), QJsonArray { kVc2 } },
                { QStringLiteral("type"), QStringLiteral("EnvelopedVerifiableCredential") },
                { QStringLiteral("id"),
                    QStringLiteral("data:application/vc+jwt,")
                        + QString::fromLatin1(issuer.jwt(clr, issuer.didKeyMethod())) } };
        }
        const QJsonObject vp { { QStringLiteral("@context"), QJsonArray { kVc2 } },
            { QStringLiteral("type"), QJsonArray { QStringLiteral("VerifiablePresentation") } },
            { QStringLiteral("holder"), holder.didKey() },
            { QStringLiteral("verifiableCredential"), QJsonArray { presented } } };
        const Report r
            = run(compactJson(withRdfcProof(holder, vp, QStringLiteral("authentication"))), options(kChallenge));
        QCOMPARE(r.credentials.size(), 1);
        const Report& transcript = r.credentials.constFirst();
        QCOMPARE(transcript.format, QStringLiteral("clr2"));
        QCOMPARE(transcript.credentials.size(), courses.size());
        QVERIFY2(statusOf(transcript, reportid::kSignature) == Check::Passed, qPrintable(describe(r)));
        if (!forged) {
            QVERIFY2(r.verified(), qPrintable(describe(r)));
            return;
        }
        QCOMPARE(transcript.credentials.constFirst().check(reportid::kSignature), nullptr);
        QCOMPARE(transcript.overall, Outcome::PartlyVerified);
        QCOMPARE(r.toJson().value(QStringLiteral("verified")).toBool(), false);
    }

    void sdJwtPresentationWithoutChallengeCouldBeAReplay_data()
    {
        QTest::addColumn<QString>("challenge");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<bool>("replayable");
        // Made for employer A; anyone who receives it can hand it to another verifier that asks for nothing.
        QTest::newRow("nothing asked") << QString() << QString() << true;
        QTest::newRow("control: A's challenge and domain")
            << kChallenge << QStringLiteral("https://a.example") << false;
    }

    void sdJwtPresentationWithoutChallengeCouldBeAReplay()
    {
        QFETCH(QString, challenge);
        QFETCH(QString, domain);
        QFETCH(bool, replayable);
        const SigningTestKey issuer;
        const SigningTestKey holder;
        const QJsonObject payload { { QStringLiteral("iss"), issuer.didKey() },
            { QStringLiteral("vct"), QStringLiteral("urn:example:degree") },
            { QStringLiteral("cnf"), QJsonObject { { QStringLiteral("jwk"), holder.publicKey().toJwk() } } } };
        const QByteArray given = disclosure(QStringLiteral("given_name"), QStringLiteral("Alex"));
        const jose::SdJwt issued
            = jose::parseSdJwt(test::sdJwt(issuer, payload, { given }, issuer.didKeyMethod())).value();
        jose::KeyBindingRequest request;
        request.nonce = kChallenge;
        request.audience = QStringLiteral("https://a.example");
        request.issuedAt = kNow.addSecs(-3600);
        request.signer = holder.signer();
        Verifier::Options o = options(challenge);
        o.domain = domain;
        const Report r = run(jose::createPresentation(issued, { given }, request).value(), o);
        QVERIFY2(statusOf(r, reportid::kSignature) == Check::Passed, qPrintable(describe(r)));
        if (!replayable) {
            QVERIFY2(r.verified(), qPrintable(describe(r)));
            return;
        }
        // The same as a presentation in any other form: partly verified, with the reason.
        QVERIFY2(statusOf(r, reportid::kKeyBinding) == Check::NotChecked, qPrintable(describe(r)));
        QCOMPARE(test::reasonOf(r, reportid::kKeyBinding), QStringLiteral("key-binding/no-challenge"));
        QCOMPARE(r.overall, Outcome::PartlyVerified);
    }

    // --- One document, one meaning: a presentation is never also a credential ---

    void jwtHoldingCredentialAndPresentationIsRefused_data()
    {
        QTest::addColumn<bool>("forged");
        QTest::newRow("vc and vp claims") << true;
        QTest::newRow("control: vp claim only") << false;
    }

    void jwtHoldingCredentialAndPresentationIsRefused()
    {
        QFETCH(bool, forged);
        const SigningTestKey holder;
        QJsonObject claims { { QStringLiteral("iss"), holder.didKey() },
            { QStringLiteral("nonce"), kChallenge },
            { QStringLiteral("iat"), double(kNow.toSecsSinceEpoch() - 60) },
            { QStringLiteral("vp"),
                QJsonObject { { QStringLiteral("@context"),
                                  QJsonArray { QStringLiteral("https://www.w3.org/2018/credentials/v1") } },
                    { QStringLiteral("type"), QJsonArray { QStringLiteral("VerifiablePresentation") } } } } };
        // The importer shows the "vc" claim as a credential from Harvard; only the holder signed it.
        if (forged) {
            claims.insert(QStringLiteral("vc"),
                QJsonObject { { QStringLiteral("@context"),
                                  QJsonArray { QStringLiteral("https://www.w3.org/2018/credentials/v1") } },
                    { QStringLiteral("type"), QJsonArray { QStringLiteral("VerifiableCredential") } },
                    { QStringLiteral("issuer"), kHarvard },
                    { QStringLiteral("issuanceDate"), QStringLiteral("2024-01-01T00:00:00Z") },
                    { QStringLiteral("name"), QStringLiteral("PhD in Quantum Physics") },
                    { QStringLiteral("credentialSubject"),
                        QJsonObject { { QStringLiteral("id"), QStringLiteral("did:example:alex") } } } });
        }
        const Report r = run(holder.jwt(claims, holder.didKeyMethod()), options(kChallenge));
        if (!forged) {
            QVERIFY2(r.verified(), qPrintable(describe(r)));
            QCOMPARE(r.format, QStringLiteral("vp-jwt"));
            return;
        }
        QVERIFY2(statusOf(r, reportid::kFormat) == Check::Failed, qPrintable(describe(r)));
        QCOMPARE(r.toJson().value(QStringLiteral("verified")).toBool(), false);
    }

    /// A VC-JWT (a "vc" claim, VC Data Model 1.1) with "~" after it parses as an SD-JWT without disclosures. Read so,
    /// the dates and status of the credential inside were not checked: a revoked or expired credential became
    /// verified by adding one character.
    void vcJwtWithTildeIsNotAnSdJwtCredential_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<bool>("expired");
        QTest::newRow("control: expired VC-JWT") << QStringLiteral("compact") << true;
        QTest::newRow("expired VC-JWT with ~") << QStringLiteral("tilde") << true;
        QTest::newRow("valid VC-JWT with ~") << QStringLiteral("tilde") << false;
        QTest::newRow("expired VC-JWT as flattened JWS JSON") << QStringLiteral("flattened") << true;
        QTest::newRow("expired VC-JWT as general JWS JSON") << QStringLiteral("general") << true;
    }

    void vcJwtWithTildeIsNotAnSdJwtCredential()
    {
        QFETCH(QString, form);
        QFETCH(bool, expired);
        const SigningTestKey issuer;
        QJsonObject vc = vc11Credential(issuer.didKey());
        if (expired)
            vc.insert(QStringLiteral("expirationDate"), QStringLiteral("2025-01-01T00:00:00Z"));
        const QJsonObject claims { { QStringLiteral("iss"), issuer.didKey() },
            { QStringLiteral("nbf"), double(QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()) },
            { QStringLiteral("vc"), vc } };
        const QByteArray token = issuer.jwt(claims, issuer.didKeyMethod());
        const QList<QByteArray> parts = token.split('.');
        const QJsonObject flattened { { QStringLiteral("protected"), QString::fromLatin1(parts.at(0)) },
            { QStringLiteral("payload"), QString::fromLatin1(parts.at(1)) },
            { QStringLiteral("signature"), QString::fromLatin1(parts.at(2)) } };
        const QJsonObject general { { QStringLiteral("payload"), QString::fromLatin1(parts.at(1)) },
            { QStringLiteral("signatures"),
                QJsonArray { QJsonObject { { QStringLiteral("protected"), QString::fromLatin1(parts.at(0)) },
                    { QStringLiteral("signature"), QString::fromLatin1(parts.at(2)) } } } } };
        const QByteArray input = form == QLatin1String("tilde") ? token + '~'
            : form == QLatin1String("flattened")                ? QJsonDocument(flattened).toJson()
            : form == QLatin1String("general")                  ? QJsonDocument(general).toJson()
                                                                : token;
        const Report r = run(input);
        QVERIFY2(!r.verified(), qPrintable(describe(r)));
        QCOMPARE(r.toJson().value(QStringLiteral("outcome")).toString(), QStringLiteral("not-verified"));
        if (form == QLatin1String("compact")) {
            QCOMPARE(statusOf(r, reportid::kDates), Check::Failed);
            return;
        }
        QCOMPARE(statusOf(r, reportid::kFormat), Check::Failed);
        QCOMPARE(r.check(reportid::kFormat)->reason, QStringLiteral("format/not-an-sd-jwt-credential"));
    }

    /// VC-JWT 1.1 maps "sub" to the subject's id and "jti" to the credential's id. When the credential says otherwise,
    /// a reader following the mapping sees a credential issued to someone else than the one this wallet would show.
    void vcJwtClaimsContradictingTheCredentialAreRefused_data()
    {
        QTest::addColumn<QString>("sub");
        QTest::addColumn<QString>("jti");
        QTest::addColumn<QString>("reason");
        QTest::newRow("control: the same subject and id")
            << QStringLiteral("did:example:alex") << QStringLiteral("urn:uuid:c0ffee00-0000-4000-8000-000000000001")
            << QString();
        QTest::newRow("another subject") << QStringLiteral("did:example:mallory")
                                         << QStringLiteral("urn:uuid:c0ffee00-0000-4000-8000-000000000001")
                                         << QStringLiteral("verify/token-subject-mismatch");
        QTest::newRow("another id") << QStringLiteral("did:example:alex")
                                    << QStringLiteral("urn:uuid:c0ffee00-0000-4000-8000-000000000002")
                                    << QStringLiteral("verify/token-id-mismatch");
    }

    void vcJwtClaimsContradictingTheCredentialAreRefused()
    {
        QFETCH(QString, sub);
        QFETCH(QString, jti);
        QFETCH(QString, reason);
        const SigningTestKey issuer;
        QJsonObject vc = vc11Credential(issuer.didKey());
        vc.insert(QStringLiteral("id"), QStringLiteral("urn:uuid:c0ffee00-0000-4000-8000-000000000001"));
        const QJsonObject claims { { QStringLiteral("iss"), issuer.didKey() },
            { QStringLiteral("sub"), sub },
            { QStringLiteral("jti"), jti },
            { QStringLiteral("nbf"), double(QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()) },
            { QStringLiteral("vc"), vc } };
        const Report r = run(issuer.jwt(claims, issuer.didKeyMethod()));
        if (reason.isEmpty()) {
            QVERIFY2(r.verified(), qPrintable(describe(r)));
            return;
        }
        QVERIFY2(!r.verified(), qPrintable(describe(r)));
        QCOMPARE(statusOf(r, reportid::kFormat), Check::Failed);
        QCOMPARE(r.check(reportid::kFormat)->reason, reason);
    }

    void documentTypedCredentialAndPresentationIsRefused_data()
    {
        QTest::addColumn<bool>("forged");
        QTest::newRow("both types") << true;
        QTest::newRow("control: presentation") << false;
    }

    void documentTypedCredentialAndPresentationIsRefused()
    {
        QFETCH(bool, forged);
        const SigningTestKey holder;
        QJsonObject doc { { QStringLiteral("@context"), QJsonArray { kVc2 } },
            { QStringLiteral("type"), QJsonArray { QStringLiteral("VerifiablePresentation") } },
            { QStringLiteral("holder"), holder.didKey() } };
        if (forged) {
            // Read as a presentation, it would pass with the holder's proof; imported, it is a credential of Harvard.
            doc.insert(QStringLiteral("type"),
                QJsonArray { QStringLiteral("VerifiablePresentation"), QStringLiteral("VerifiableCredential") });
            doc.insert(QStringLiteral("issuer"), kHarvard);
            doc.insert(QStringLiteral("credentialSubject"),
                QJsonObject { { QStringLiteral("id"), holder.didKey() },
                    { QStringLiteral("name"), QStringLiteral("PhD in Quantum Physics") } });
        }
        const QByteArray bytes = compactJson(withRdfcProof(holder, doc, QStringLiteral("authentication")));
        const Report r = run(bytes, options(kChallenge));
        if (!forged) {
            QVERIFY2(r.verified(), qPrintable(describe(r)));
            return;
        }
        QCOMPARE(statusOf(r, reportid::kSignature), Check::Passed);
        QVERIFY2(statusOf(r, reportid::kFormat) == Check::Failed, qPrintable(describe(r)));
        QCOMPARE(r.check(reportid::kFormat)->reason, QStringLiteral("type/credential-and-presentation"));
        QCOMPARE(r.overall, Outcome::NotVerified);
        // Nor is it imported as Harvard's credential.
        auto record = imported(bytes);
        QVERIFY(!record.ok());
        QCOMPARE(record.error().reason, QStringLiteral("formats/presentation-not-credential"));
    }

    // --- Presentations: a credential issued to a DID counts for whoever controls that DID ---

    void credentialOfSomeoneElseIsNotVerifiedInAPresentation_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<bool>("forged");
        for (const char* form : { "vp-json / json-ld", "vp-json / vc-jwt", "vp-jwt / json-ld" }) {
            QTest::newRow(QByteArray(form) + " issued to Alex, presented by Mallory")
                << QString::fromLatin1(form) << true;
            QTest::newRow(QByteArray(form) + " control: presented by Alex") << QString::fromLatin1(form) << false;
        }
    }

    void credentialOfSomeoneElseIsNotVerifiedInAPresentation()
    {
        QFETCH(QString, form);
        QFETCH(bool, forged);
        const SigningTestKey issuer;
        const SigningTestKey alex;
        const SigningTestKey mallory;
        const SigningTestKey& holder = forged ? mallory : alex;
        // Issued to Alex's DID; Mallory copies it and presents it with her own key and a fresh challenge.
        QJsonObject vc = test::vc2Credential(issuer.didKey());
        vc.insert(QStringLiteral("credentialSubject"),
            QJsonObject {
                { QStringLiteral("id"), alex.didKey() }, { QStringLiteral("degree"), QStringLiteral("BSc") } });
        vc.insert(QStringLiteral("@context"), QJsonArray { kVc2, kExamples2 });
        QJsonValue presented = issuer.withProof(vc);
        if (form.endsWith(QLatin1String("vc-jwt"))) {
            presented = QJsonObject { { QStringLiteral("@context"), QJsonArray { kVc2 } },
                { QStringLiteral("type"), QStringLiteral("EnvelopedVerifiableCredential") },
                { QStringLiteral("id"),
                    QStringLiteral("data:application/vc+jwt,")
                        + QString::fromLatin1(issuer.jwt(vc, issuer.didKeyMethod())) } };
        }
        const QJsonObject vp { { QStringLiteral("@context"), QJsonArray { kVc2 } },
            { QStringLiteral("type"), QJsonArray { QStringLiteral("VerifiablePresentation") } },
            { QStringLiteral("holder"), holder.didKey() },
            { QStringLiteral("verifiableCredential"), QJsonArray { presented } } };
        QByteArray bytes;
        if (form.startsWith(QLatin1String("vp-jwt"))) {
            QJsonObject claims = vp;
            claims.insert(QStringLiteral("iss"), holder.didKey());
            claims.insert(QStringLiteral("nonce"), kChallenge);
            claims.insert(QStringLiteral("iat"), double(kNow.toSecsSinceEpoch() - 60));
            bytes = holder.jwt(claims, holder.didKeyMethod());
        } else {
            bytes = compactJson(withRdfcProof(holder, vp, QStringLiteral("authentication")));
        }
        const Report r = run(bytes, options(kChallenge));
        QCOMPARE(r.credentials.size(), 1);
        const Report& credential = r.credentials.constFirst();
        // The presentation itself is sound either way: Mallory did sign it, for this challenge.
        QVERIFY2(statusOf(r, reportid::kSignature) == Check::Passed, qPrintable(describe(r)));
        QVERIFY2(statusOf(r, reportid::kKeyBinding) == Check::Passed, qPrintable(describe(r)));
        QVERIFY2(statusOf(credential, reportid::kSignature) == Check::Passed, qPrintable(describe(r)));
        if (!forged) {
            QVERIFY2(r.verified(), qPrintable(describe(r)));
            QCOMPARE(statusOf(credential, reportid::kKeyBinding), Check::Passed);
            return;
        }
        QVERIFY2(statusOf(credential, reportid::kKeyBinding) == Check::NotChecked, qPrintable(describe(r)));
        QVERIFY(credential.check(reportid::kKeyBinding)->message.untranslated().contains(mallory.didKey().left(20)));
        QCOMPARE(credential.overall, Outcome::PartlyVerified);
        QCOMPARE(r.toJson().value(QStringLiteral("verified")).toBool(), false);
    }

    // --- What the wallet shows: a signed graph keeps no order, so the record may not depend on it ---

    void listOrderDoesNotChangeWhatIsShown_data()
    {
        QTest::addColumn<QString>("list");
        QTest::newRow("results of an Open Badge") << QStringLiteral("result");
        QTest::newRow("names in two languages") << QStringLiteral("name");
        QTest::newRow("subjects of a credential") << QStringLiteral("credentialSubject");
    }

    void listOrderDoesNotChangeWhatIsShown()
    {
        QFETCH(QString, list);
        const SigningTestKey issuer;
        QJsonObject vc = openBadge(issuer);
        QJsonObject subject = vc.value(QLatin1String("credentialSubject")).toObject();
        if (list == QLatin1String("result")) {
            // The issuer signs a failing grade and a passing rubric score; reordered, the first would be the A+.
            subject.insert(
                QStringLiteral("result"), QJsonArray { result(QStringLiteral("F")), result(QStringLiteral("A+")) });
        } else if (list == QLatin1String("name")) {
            vc.insert(QStringLiteral("name"),
                QJsonArray { QStringLiteral("Basket weaving"), QStringLiteral("Quantum physics") });
        } else {
            vc = test::vc2Credential(issuer.didKey());
            vc.insert(QStringLiteral("@context"), QJsonArray { kVc2, kExamples2 });
            subject = QJsonObject();
            vc.insert(QStringLiteral("credentialSubject"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("did:example:alex") },
                                 { QStringLiteral("degree"), QStringLiteral("BSc") } },
                    QJsonObject { { QStringLiteral("id"), QStringLiteral("did:example:sam") },
                        { QStringLiteral("degree"), QStringLiteral("PhD") } } });
        }
        if (!subject.isEmpty())
            vc.insert(QStringLiteral("credentialSubject"), subject);
        const QJsonObject signedVc = withRdfcProof(issuer, vc);

        // The same graph with the list the other way round: still verified, since nothing changed that was signed.
        QJsonObject reordered = signedVc;
        const bool inSubject = list == QLatin1String("result");
        QJsonObject holder = inSubject ? reordered.value(QLatin1String("credentialSubject")).toObject() : reordered;
        QJsonArray items;
        for (const QJsonValue& item : holder.value(list).toArray())
            items.prepend(item);
        holder.insert(list, items);
        if (inSubject)
            reordered.insert(QStringLiteral("credentialSubject"), holder);
        else
            reordered = holder;
        const Report control = run(compactJson(signedVc));
        const Report r = run(compactJson(reordered));
        QVERIFY2(control.verified(), qPrintable(describe(control)));
        QVERIFY2(r.verified(), qPrintable(describe(r)));

        auto shown = imported(compactJson(signedVc));
        auto shownReordered = imported(compactJson(reordered));
        QVERIFY2(shown.ok(), qPrintable(shown.ok() ? QString() : shown.error().message.untranslated()));
        QVERIFY(shownReordered.ok());
        QCOMPARE(shownReordered->title, shown->title);
        QCOMPARE(shownReordered->achievement.result, shown->achievement.result);
        QCOMPARE(shownReordered->claims, shown->claims);
        if (list == QLatin1String("result")) {
            // Both results are shown, neither passed off as the only one.
            QVERIFY2(shown->achievement.result.contains(QLatin1String("F"))
                    && shown->achievement.result.contains(QLatin1String("A+")),
                qPrintable(shown->achievement.result));
        } else if (list == QLatin1String("credentialSubject")) {
            QCOMPARE(shown->claims.value(QStringLiteral("did:example:alex.degree")).toString(), QStringLiteral("BSc"));
            QCOMPARE(shown->claims.value(QStringLiteral("did:example:sam.degree")).toString(), QStringLiteral("PhD"));
        }
    }

    void openBadgeWithSeveralSubjectsIsNotShown()
    {
        const SigningTestKey issuer;
        QJsonObject vc = openBadge(issuer);
        const QJsonValue subject = vc.value(QLatin1String("credentialSubject"));
        QVERIFY2(imported(compactJson(withRdfcProof(issuer, vc))).ok(), "control: one subject");
        QJsonObject other = subject.toObject();
        other.insert(QStringLiteral("id"), QStringLiteral("did:example:sam"));
        vc.insert(QStringLiteral("credentialSubject"), QJsonArray { subject, other });
        auto record = imported(compactJson(withRdfcProof(issuer, vc)));
        QVERIFY(!record.ok());
        QCOMPARE(record.error().reason, QStringLiteral("formats/several-subjects"));
    }
};

QTEST_GUILESS_MAIN(TestForgeries)
#include "TestForgeries.moc"
