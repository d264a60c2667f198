// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// JSON-LD safe mode for RDF-canonicalized proofs: data added to a signed credential under a term or type no
// context defines, or as a relative IRI, is left out of the canonical form, so the signature still holds. Safe mode
// refuses such a document and names what the signature does not cover.
#include "core/crypto/PublicKey.h"
#include "core/jsonld/JsonLd.h"
#include "core/verify/DataIntegrity.h"
#include "core/verify/ProofSet.h"
#include "core/verify/ProofSigner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <functional>

using namespace ler;
using namespace ler::verify;

namespace {

QJsonObject readJson(const QString& relative)
{
    QFile f(QStringLiteral(LER_TEST_DATA "/vectors/") + relative);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

QString describe(const QList<Check>& checks)
{
    QStringList lines;
    for (const Check& c : checks)
        lines << QStringLiteral("%1 [%2] %3 %4")
                     .arg(c.id, checkStatusName(c.status), c.message.untranslated(), c.detail.untranslated());
    return lines.join(QLatin1Char('\n'));
}

/// Trusts the Ed25519 key a "#z6Mk..." fragment names (the 1EdTech samples use issuers that cannot be resolved).
MethodResolver fragmentKeyResolver()
{
    return [](const QString& methodId) -> Result<QJsonObject> {
        const qsizetype hash = methodId.indexOf(QLatin1Char('#'));
        if (hash < 0)
            return Error(ErrorCode::NotFound, Text::verbatim(QStringLiteral("no fragment")));
        auto key = crypto::PublicKey::fromMultikey(QStringView(methodId).mid(hash + 1));
        if (!key)
            return Error(ErrorCode::NotFound, key.error().message);
        return controllerDocumentForKey(TrustedKey { methodId, *key });
    };
}

VerifyOptions testOptions()
{
    VerifyOptions o;
    o.resolver = firstOf({ offlineDidResolver(), fragmentKeyResolver() });
    o.now = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
    return o;
}

const QString kOb3Vc11 = QStringLiteral("openbadges-eddsa/ob3-validator-samples/simple_v1.json");
const QString kClr2Vc11 = QStringLiteral("openbadges-eddsa/clr2-validator-samples/simple_v1.json");
const QString kAlumniRdfc = QStringLiteral("eddsa/eddsa-rdfc-2022/signedDataInt.json");
const QString kAlumniEd2020 = QStringLiteral("eddsa/Ed25519Signature2020/signedEdSig.json");

using Forgery = std::function<void(QJsonObject&)>;

void addToSubject(QJsonObject& doc, const QString& key, const QJsonValue& value)
{
    QJsonObject subject = doc.value(QLatin1String("credentialSubject")).toObject();
    subject.insert(key, value);
    doc.insert(QStringLiteral("credentialSubject"), subject);
}

/// A context that turns @vocab off but keeps the terms the alumni vector relies on mapped as they were, so the
/// signed quads stay the same and only what is added after signing is affected.
QJsonObject vocabOff()
{
    const QString examples = QStringLiteral("https://www.w3.org/ns/credentials/examples#");
    return QJsonObject { { QStringLiteral("@vocab"), QJsonValue::Null },
        { QStringLiteral("alumniOf"), examples + QStringLiteral("alumniOf") },
        { QStringLiteral("AlumniCredential"), examples + QStringLiteral("AlumniCredential") } };
}

void appendContext(QJsonObject& doc, const QJsonValue& context)
{
    QJsonArray list = doc.value(QLatin1String("@context")).toArray();
    list.append(context);
    doc.insert(QStringLiteral("@context"), list);
}

/// JSON written with single quotes, which keeps the test tables readable.
QByteArray json(QByteArray text)
{
    return text.replace('\'', '"');
}

/// The canonical N-Quads of the document without its proof, as a processor without safe mode makes them.
QByteArray lenientCanonicalForm(const QJsonObject& secured)
{
    QJsonObject doc = secured;
    doc.remove(QStringLiteral("proof"));
    auto form = canonicalForm(ProofSuite::EddsaRdfc2022, doc, {});
    return form ? *form : QByteArray();
}

} // namespace

Q_DECLARE_METATYPE(Forgery)

class TestSafeMode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void forgedAfterSigningIsRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Forgery>("forge");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("value");
        // VC 1.1 has no @vocab: an undefined property or type vanishes from the canonical form.
        QTest::newRow("VC 1.1 OB 3.0: undefined property in the subject") << kOb3Vc11 << Forgery([](QJsonObject& d) {
            addToSubject(d, QStringLiteral("degreeHonours"), QStringLiteral("Summa"));
        }) << QStringLiteral("invalid property") << QStringLiteral("degreeHonours");
        QTest::newRow("VC 1.1 OB 3.0: undefined property at the top") << kOb3Vc11 << Forgery([](QJsonObject& d) {
            d.insert(QStringLiteral("awardedBy"), QStringLiteral("Harvard"));
        }) << QStringLiteral("invalid property") << QStringLiteral("awardedBy");
        QTest::newRow("VC 1.1 OB 3.0: undefined type") << kOb3Vc11 << Forgery([](QJsonObject& d) {
            QJsonArray types = d.value(QLatin1String("type")).toArray();
            types.append(QStringLiteral("DoctoralDegreeCredential"));
            d.insert(QStringLiteral("type"), types);
        }) << QStringLiteral("relative @type reference")
                                                       << QStringLiteral("DoctoralDegreeCredential");
        QTest::newRow("VC 1.1 CLR 2.0: undefined property")
            << kClr2Vc11 << Forgery([](QJsonObject& d) { d.insert(QStringLiteral("gpa"), QStringLiteral("4.0")); })
            << QStringLiteral("invalid property") << QStringLiteral("gpa");
        // evidence is an @id-typed term: a relative IRI gives a quad with a relative object, which is dropped.
        QTest::newRow("VC 2.0 eddsa-rdfc-2022: relative IRI") << kAlumniRdfc << Forgery([](QJsonObject& d) {
            d.insert(QStringLiteral("evidence"), QStringLiteral("transcript.pdf"));
        }) << QStringLiteral("relative object reference") << QStringLiteral("transcript.pdf");
        // VC 2.0 maps undefined terms through @vocab, but a context added at the end can switch that off. No
        // signature covers a context: one written inside the document is refused before any term is read.
        QTest::newRow("VC 2.0 eddsa-rdfc-2022: @vocab switched off, undefined property")
            << kAlumniRdfc << Forgery([](QJsonObject& d) {
                   appendContext(d, vocabOff());
                   addToSubject(d, QStringLiteral("honours"), QStringLiteral("First class"));
               })
            << QStringLiteral("embedded context") << QStringLiteral("@vocab, AlumniCredential, alumniOf");
        QTest::newRow("VC 2.0 Ed25519Signature2020: @vocab switched off, undefined type")
            << kAlumniEd2020 << Forgery([](QJsonObject& d) {
                   appendContext(d, vocabOff());
                   QJsonArray types = d.value(QLatin1String("type")).toArray();
                   types.append(QStringLiteral("DoctoralDegree"));
                   d.insert(QStringLiteral("type"), types);
               })
            << QStringLiteral("embedded context") << QStringLiteral("@vocab, AlumniCredential, alumniOf");
        // The same quads, written so that a reader of the JSON sees something else than what was signed.
        const QString examples = QStringLiteral("https://www.w3.org/ns/credentials/examples#");
        QTest::newRow("VC 2.0 eddsa-rdfc-2022: a context of its own, even one that changes nothing")
            << kAlumniRdfc << Forgery([examples](QJsonObject& d) {
                   appendContext(
                       d, QJsonObject { { QStringLiteral("alumniOf"), examples + QStringLiteral("alumniOf") } });
               })
            << QStringLiteral("embedded context") << QStringLiteral("alumniOf");
        QTest::newRow("VC 2.0 eddsa-rdfc-2022: context inside a node") << kAlumniRdfc << Forgery([](QJsonObject& d) {
            addToSubject(d,
                QStringLiteral("@context"),
                QJsonObject { { QStringLiteral("school"), QStringLiteral("https://example.org/school") } });
        }) << QStringLiteral("embedded context") << QStringLiteral("school");
        QTest::newRow("VC 2.0 eddsa-rdfc-2022: validFrom moved into @nest")
            << kAlumniRdfc << Forgery([](QJsonObject& d) {
                   d.insert(QStringLiteral("@nest"),
                       QJsonObject { { QStringLiteral("validFrom"), d.value(QLatin1String("validFrom")) } });
                   d.remove(QStringLiteral("validFrom"));
               })
            << QStringLiteral("keyword out of place") << QStringLiteral("@nest");
        QTest::newRow("VC 2.0 eddsa-rdfc-2022: validFrom written as an address")
            << kAlumniRdfc << Forgery([](QJsonObject& d) {
                   d.insert(QStringLiteral("https://www.w3.org/2018/credentials#validFrom"),
                       QJsonObject { { QStringLiteral("@value"), d.value(QLatin1String("validFrom")) },
                           { QStringLiteral("@type"), QStringLiteral("http://www.w3.org/2001/XMLSchema#dateTime") } });
                   d.remove(QStringLiteral("validFrom"));
               })
            << QStringLiteral("property not a term") << QStringLiteral("https://www.w3.org/2018/credentials#validFrom");
        QTest::newRow("VC 2.0 eddsa-rdfc-2022: subject claims moved into @included")
            << kAlumniRdfc << Forgery([](QJsonObject& d) {
                   const QJsonObject subject = d.value(QLatin1String("credentialSubject")).toObject();
                   d.insert(QStringLiteral("credentialSubject"), subject.value(QLatin1String("id")));
                   d.insert(QStringLiteral("@included"), QJsonArray { subject });
               })
            << QStringLiteral("keyword out of place") << QStringLiteral("@included");
        QTest::newRow("VC 2.0 eddsa-rdfc-2022: a value wrapped in @set") << kAlumniRdfc << Forgery([](QJsonObject& d) {
            const QJsonValue school
                = d.value(QLatin1String("credentialSubject")).toObject().value(QLatin1String("alumniOf"));
            addToSubject(
                d, QStringLiteral("alumniOf"), QJsonObject { { QStringLiteral("@set"), QJsonArray { school } } });
        }) << QStringLiteral("keyword out of place") << QStringLiteral("@set");
    }
    void forgedAfterSigningIsRefused()
    {
        QFETCH(QString, file);
        QFETCH(Forgery, forge);
        QFETCH(QString, event);
        QFETCH(QString, value);
        const QJsonObject original = readJson(file);
        QVERIFY2(!original.isEmpty(), qPrintable(file + QStringLiteral(" missing")));

        // Control: the signed vector as published verifies.
        const DataIntegrityResult control = verifyDataIntegrity(original, testOptions());
        QVERIFY2(control.verified(), qPrintable(describe(control.allChecks())));

        QJsonObject forged = original;
        forge(forged);
        // The attack is real: without safe mode the forged document canonicalizes exactly like the signed one.
        const QByteArray signedForm = lenientCanonicalForm(original);
        QVERIFY2(!signedForm.isEmpty(), "the vector does not canonicalize");
        QCOMPARE(lenientCanonicalForm(forged), signedForm);

        const DataIntegrityResult result = verifyDataIntegrity(forged, testOptions());
        QVERIFY2(!result.verified(), "a document with data outside the signature verified");
        const Check* coverage = result.proofs.value(0).check(checkid::kCoverage);
        QVERIFY2(coverage && coverage->status == Check::Failed, qPrintable(describe(result.allChecks())));
        QVERIFY2(coverage->message.untranslated().contains(QStringLiteral("\"%1\"").arg(value)),
            qPrintable(coverage->message.untranslated()));
        // The detail is the JSON-LD safe mode error's sentence, which carries the event and the value.
        const auto violation = jsonld::safeModeViolation(
            Error(ErrorCode::InvalidInput, coverage->detail, QLatin1String(jsonld::kSafeModeReason)));
        QVERIFY2(violation.has_value(), qPrintable(coverage->detail.untranslated()));
        QCOMPARE(violation->event, event);
        QCOMPARE(violation->value, value);
        // Each kind of data outside the signature has its own stable reason.
        static const QHash<QString, QString> reasons { { QStringLiteral("invalid property"),
                                                           QStringLiteral("coverage/undefined-term") },
            { QStringLiteral("relative @type reference"), QStringLiteral("coverage/undefined-type") },
            { QStringLiteral("embedded context"), QStringLiteral("coverage/embedded-context") },
            { QStringLiteral("keyword out of place"), QStringLiteral("coverage/moved-data") },
            { QStringLiteral("property not a term"), QStringLiteral("coverage/moved-data") } };
        QCOMPARE(coverage->reason,
            reasons.value(event,
                event.startsWith(QLatin1String("relative")) || event.startsWith(QLatin1String("reserved"))
                    ? QStringLiteral("coverage/not-absolute")
                    : QStringLiteral("coverage/dropped")));
        const Check* signature = result.proofs.value(0).check(checkid::kSignature);
        QVERIFY2(signature && signature->status != Check::Passed, qPrintable(describe(result.allChecks())));
    }

    void safeModeIsAnOption()
    {
        // The same undefined term: dropped without safe mode (as the W3C suites expect), an error with it.
        const QJsonObject doc { { QStringLiteral("@context"),
                                    QJsonObject {
                                        { QStringLiteral("name"), QStringLiteral("https://schema.org/name") } } },
            { QStringLiteral("@id"), QStringLiteral("https://example.org/a") },
            { QStringLiteral("name"), QStringLiteral("A") },
            { QStringLiteral("nickname"), QStringLiteral("B") } };
        const Result<rdf::Dataset> lenient = jsonld::toRdf(doc);
        QVERIFY2(lenient.ok() && lenient->size() == 1, "the undefined term should be dropped");
        jsonld::Options safe;
        safe.safeMode = true;
        const Result<rdf::Dataset> strict = jsonld::toRdf(doc, safe);
        QVERIFY2(!strict.ok(), "safe mode accepted an undefined term");
        const auto violation = jsonld::safeModeViolation(strict.error());
        QVERIFY2(violation && violation->event == QLatin1String("invalid property")
                && violation->value == QLatin1String("nickname"),
            qPrintable(strict.error().message.untranslated()));
        QJsonObject defined = doc;
        defined.remove(QStringLiteral("nickname"));
        QVERIFY2(jsonld::toRdf(defined, safe).ok(), "safe mode refused a document whose terms are all defined");
    }

    void signingRefusesWhatItWouldNotCover()
    {
        // A VC 1.1 credential with a term no context defines: signing it would sign a form without that term.
        QJsonObject doc = readJson(kOb3Vc11);
        doc.remove(QStringLiteral("proof"));
        appendContext(doc, QStringLiteral("https://w3id.org/security/data-integrity/v2")); // defines the new proof
        ProofOptions options;
        options.verificationMethod = QStringLiteral("did:example:issuer#key-1");
        const auto signer = [](QByteArrayView) -> Result<QByteArray> { return QByteArray(64, '\1'); };
        QVERIFY2(addProof(doc, options, signer).ok(), "the control document could not be signed");
        addToSubject(doc, QStringLiteral("gpa"), 4.0);
        const Result<QJsonObject> refused = addProof(doc, options, signer);
        QVERIFY2(!refused.ok(), "a document with an undefined term was signed");
        const auto violation = jsonld::safeModeViolation(refused.error());
        QVERIFY2(violation && violation->event == QLatin1String("invalid property")
                && violation->value == QLatin1String("gpa"),
            qPrintable(refused.error().message.untranslated()));
    }

    void safeModeEvents_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("value");
        const QByteArray ctx
            = "'@context': {'p': 'https://ex.org/p', 'r': {'@id': 'https://ex.org/r', '@type': '@id'}}";
        QTest::newRow("relative @id") << json("{" + ctx + ", '@id': 'a/b', 'p': 'x'}") << "relative @id reference"
                                      << "a/b";
        QTest::newRow("relative @type") << json("{" + ctx + ", '@id': 'https://ex.org/s', '@type': 'Thing', 'p': 'x'}")
                                        << "relative @type reference"
                                        << "Thing";
        QTest::newRow("relative object") << json("{" + ctx + ", '@id': 'https://ex.org/s', 'r': 'c/d'}")
                                         << "relative object reference"
                                         << "c/d";
        QTest::newRow("free-floating scalar") << json("{" + ctx + ", '@graph': ['loose']}") << "free-floating scalar"
                                              << "loose";
        QTest::newRow("bad language tag")
            << json("{" + ctx + ", '@id': 'https://ex.org/s', 'p': {'@value': 'x', '@language': 'not a tag'}}")
            << "invalid @language value"
            << "not a tag";
        QTest::newRow("direction without rdfDirection")
            << json("{" + ctx + ", '@id': 'https://ex.org/s', 'p': {'@value': 'x', '@direction': 'rtl'}}")
            << "rdfDirection not set"
            << "rtl";
        QTest::newRow("reserved term") << json(
            "{'@context': {'@foo': 'https://ex.org/foo'}, '@id': 'https://ex.org/s', 'p': 'x'}")
                                       << "reserved term"
                                       << "@foo";
    }
    void safeModeEvents()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, event);
        QFETCH(QString, value);
        const QJsonObject doc = QJsonDocument::fromJson(json).object();
        QVERIFY2(!doc.isEmpty(), json.constData());
        QVERIFY2(jsonld::toRdf(doc).ok(), "without safe mode the document must be accepted");
        jsonld::Options safe;
        safe.safeMode = true;
        const Result<rdf::Dataset> r = jsonld::toRdf(doc, safe);
        QVERIFY2(!r.ok(), "safe mode accepted the document");
        const auto violation = jsonld::safeModeViolation(r.error());
        QVERIFY2(violation.has_value(), qPrintable(r.error().message.untranslated()));
        QCOMPARE(violation->event, event);
        QCOMPARE(violation->value, value);
    }
};

QTEST_GUILESS_MAIN(TestSafeMode)
#include "TestSafeMode.moc"
