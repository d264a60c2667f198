// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// The data model rules where VC 1.1 and 2.0 differ, the JSON-LD errors the check surfaces, and the lexical tests.
#include "core/verify/DataModel.h"
#include "core/verify/ObSchema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ler;
using namespace ler::verify;

namespace {

const QString kVc1 = QStringLiteral("https://www.w3.org/2018/credentials/v1");
const QString kVc2 = QStringLiteral("https://www.w3.org/ns/credentials/v2");

/// JSON written with single quotes, which keeps the tables readable.
QJsonObject json(QByteArray text)
{
    return QJsonDocument::fromJson(text.replace('\'', '"')).object();
}

QJsonObject vc11()
{
    return json("{'@context': ['https://www.w3.org/2018/credentials/v1'], 'type': ['VerifiableCredential'], "
                "'issuer': 'did:example:issuer', 'issuanceDate': '2024-01-01T00:00:00Z', "
                "'credentialSubject': {'id': 'did:example:subject'}}");
}

QJsonObject vc20()
{
    return json("{'@context': ['https://www.w3.org/ns/credentials/v2'], 'type': ['VerifiableCredential'], "
                "'issuer': 'did:example:issuer', 'validFrom': '2024-01-01T00:00:00Z', "
                "'credentialSubject': {'id': 'did:example:subject'}}");
}

QString firstReason(const datamodel::Validation& v)
{
    return v.problems.isEmpty() ? QString() : v.problems.constFirst().reason();
}

QJsonObject withMember(QJsonObject o, const QString& key, const QJsonValue& value)
{
    o.insert(key, value);
    return o;
}

QJsonObject readVector(const QString& relative)
{
    QFile f(QStringLiteral(LER_TEST_DATA "/vectors/") + relative);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

} // namespace

class TestDataModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void controlsAreWellFormed()
    {
        QVERIFY2(
            datamodel::validateCredential(vc11()).ok(), qPrintable(firstReason(datamodel::validateCredential(vc11()))));
        QVERIFY2(
            datamodel::validateCredential(vc20()).ok(), qPrintable(firstReason(datamodel::validateCredential(vc20()))));
        QCOMPARE(datamodel::validateCredential(vc11()).version, datamodel::Version::V1_1);
        QCOMPARE(datamodel::validateCredential(vc20()).version, datamodel::Version::V2_0);
    }

    void eachVersionByItsOwnRules_data()
    {
        QTest::addColumn<QJsonObject>("document");
        QTest::addColumn<QString>("reason");
        QJsonObject noDate = vc11();
        noDate.remove(QStringLiteral("issuanceDate"));
        QTest::newRow("1.1 needs issuanceDate") << noDate << "issuanceDate/missing";
        // 1.1 takes an XML Schema dateTime without a time zone; 2.0 needs a dateTimeStamp.
        QTest::newRow("1.1 dateTime without zone")
            << withMember(vc11(), QStringLiteral("issuanceDate"), QStringLiteral("2024-01-01T00:00:00")) << "";
        QTest::newRow("2.0 dateTimeStamp without zone")
            << withMember(vc20(), QStringLiteral("validFrom"), QStringLiteral("2024-01-01T00:00:00"))
            << "validFrom/not-datetimestamp";
        QTest::newRow("1.1 expirationDate not a date")
            << withMember(vc11(), QStringLiteral("expirationDate"), QStringLiteral("next year"))
            << "expirationDate/not-datetime";
        const QJsonObject statusWithoutId { { QStringLiteral("type"), QStringLiteral("StatusList2021Entry") } };
        QTest::newRow("1.1 status needs an id")
            << withMember(vc11(), QStringLiteral("credentialStatus"), statusWithoutId) << "credentialStatus.id/missing";
        QTest::newRow("2.0 status id is optional") << withMember(vc20(),
            QStringLiteral("credentialStatus"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("https://example.org/StatusType") } })
                                                   << "";
        const QJsonObject refresh { { QStringLiteral("type"), QStringLiteral("https://example.org/Refresh") } };
        QTest::newRow("1.1 refreshService needs an id")
            << withMember(vc11(), QStringLiteral("refreshService"), refresh) << "refreshService.id/missing";
        QTest::newRow("2.0 refreshService id is optional")
            << withMember(vc20(), QStringLiteral("refreshService"), refresh) << "";
        // Names and descriptions are rules of 2.0 only.
        const QJsonObject badName { { QStringLiteral("@value"), QStringLiteral("X") },
            { QStringLiteral("url"), QStringLiteral("https://example.org") } };
        QTest::newRow("2.0 name must be a language value")
            << withMember(vc20(), QStringLiteral("name"), badName) << "name/not-language-value";
        QTest::newRow("2.0 relatedResource needs a digest") << withMember(vc20(),
            QStringLiteral("relatedResource"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("https://example.org/r") } } })
                                                            << "relatedResource[0]/no-digest";
        const QJsonObject related { { QStringLiteral("id"), QStringLiteral("https://example.org/r") },
            { QStringLiteral("digestSRI"), QStringLiteral("sha384-abc") } };
        QTest::newRow("2.0 relatedResource ids are unique")
            << withMember(vc20(), QStringLiteral("relatedResource"), QJsonArray { related, related })
            << "relatedResource[1].id/duplicate";
        QTest::newRow("2.0 relatedResource well formed")
            << withMember(vc20(), QStringLiteral("relatedResource"), QJsonArray { related }) << "";
        QTest::newRow("mixed base contexts")
            << withMember(vc20(), QStringLiteral("@context"), QJsonArray { kVc2, kVc1 }) << "@context/mixed-versions";
        QTest::newRow("1.1 base context not first") << withMember(
            vc11(), QStringLiteral("@context"), QJsonArray { QStringLiteral("https://example.org/c"), kVc1 })
                                                    << "@context/not-base-first";
        QTest::newRow("proof without type") << withMember(
            vc11(), QStringLiteral("proof"), QJsonObject { { QStringLiteral("proofValue"), QStringLiteral("z1") } })
                                            << "proof.type/missing";
        QTest::newRow("type that is neither term nor URL") << withMember(vc20(),
            QStringLiteral("type"),
            QJsonArray { QStringLiteral("VerifiableCredential"), QStringLiteral("urn :bad") })
                                                           << "type/invalid-type";
    }
    void eachVersionByItsOwnRules()
    {
        QFETCH(QJsonObject, document);
        QFETCH(QString, reason);
        const datamodel::Validation v = datamodel::validateCredential(document);
        QCOMPARE(firstReason(v), reason);
        QCOMPARE(v.ok(), reason.isEmpty());
        if (!v.ok())
            QVERIFY2(v.problems.constFirst().message.untranslated().contains(reason.section(QLatin1Char('/'), 0, 0)),
                qPrintable(v.problems.constFirst().message.untranslated()));
    }

    void presentationsByVersion()
    {
        const QJsonObject vp1 = json("{'@context': ['https://www.w3.org/2018/credentials/v1'], "
                                     "'type': ['VerifiablePresentation'], 'holder': 'Alex', "
                                     "'verifiableCredential': ['eyJhbGciOiJFZERTQSJ9.e30.c2ln']}");
        // 1.1: a JWT among the credentials is allowed, and holder is not required to be a URL.
        QVERIFY2(
            datamodel::validatePresentation(vp1).ok(), qPrintable(firstReason(datamodel::validatePresentation(vp1))));
        QJsonObject vp2 = vp1;
        vp2.insert(QStringLiteral("@context"), QJsonArray { kVc2 });
        QCOMPARE(firstReason(datamodel::validatePresentation(vp2)), QStringLiteral("holder/not-url"));
        vp2.insert(QStringLiteral("holder"), QStringLiteral("did:example:alex"));
        QCOMPARE(
            firstReason(datamodel::validatePresentation(vp2)), QStringLiteral("verifiableCredential[0]/not-object"));

        // A presented credential is checked by the rules of its own version.
        QJsonObject nested = vc11();
        nested.remove(QStringLiteral("issuanceDate"));
        vp2.insert(QStringLiteral("verifiableCredential"), QJsonArray { nested });
        QCOMPARE(firstReason(datamodel::validatePresentation(vp2)),
            QStringLiteral("verifiableCredential[0].issuanceDate/missing"));
        vp2.insert(QStringLiteral("verifiableCredential"), QJsonArray { vc11() });
        QVERIFY2(
            datamodel::validatePresentation(vp2).ok(), qPrintable(firstReason(datamodel::validatePresentation(vp2))));

        const QJsonObject envelope { { QStringLiteral("@context"), kVc2 },
            { QStringLiteral("type"), QStringLiteral("EnvelopedVerifiableCredential") },
            { QStringLiteral("id"), QStringLiteral("https://example.org/credential.jwt") } };
        vp2.insert(QStringLiteral("verifiableCredential"), QJsonArray { envelope });
        QCOMPARE(firstReason(datamodel::validatePresentation(vp2)),
            QStringLiteral("verifiableCredential[0].id/not-data-url"));
    }

    void jsonLdErrorsAreRequired_data()
    {
        QTest::addColumn<QJsonValue>("extraContext");
        QTest::addColumn<QString>("reason");
        QTest::newRow("1.1 protected term redefined") << QJsonValue(
            QJsonObject { { QStringLiteral("VerifiableCredential"), QStringLiteral("https://example.org/VC") } })
                                                      << "@context/protected-term-redefinition";
        QTest::newRow("invalid term definition")
            << QJsonValue(QJsonObject { { QStringLiteral("degree"), 5 } }) << "@context/invalid-term-definition";
        QTest::newRow("invalid IRI mapping")
            << QJsonValue(QJsonObject { { QStringLiteral("degree"), QJsonObject { { QStringLiteral("@id"), true } } } })
            << "@context/invalid-IRI-mapping";
        QTest::newRow("keyword redefinition")
            << QJsonValue(QJsonObject { { QStringLiteral("@id"), QStringLiteral("https://example.org/id") } })
            << "@context/keyword-redefinition";
        QTest::newRow("a new term is fine")
            << QJsonValue(QJsonObject { { QStringLiteral("degree"), QStringLiteral("https://example.org/degree") } })
            << "";
    }
    void jsonLdErrorsAreRequired()
    {
        QFETCH(QJsonValue, extraContext);
        QFETCH(QString, reason);
        QJsonObject doc = vc11();
        doc.insert(QStringLiteral("@context"), QJsonArray { kVc1, extraContext });
        QCOMPARE(firstReason(datamodel::validateCredential(doc)), reason);
    }

    void tooDeepIsRefusedAsAWhole()
    {
        QJsonValue deep = QJsonObject { { QStringLiteral("id"), QStringLiteral("did:example:leaf") } };
        for (int i = 0; i < 400; ++i)
            deep = QJsonObject { { QStringLiteral("https://example.org/p"), deep } };
        const datamodel::Validation v
            = datamodel::validateCredential(withMember(vc20(), QStringLiteral("credentialSubject"), deep));
        QCOMPARE(firstReason(v), QStringLiteral("document/nesting-too-deep"));
    }

    void undefinedTypeIsNotMapped()
    {
        // VC 1.1 has no @vocab: a type no context defines maps to no URL. A URL needs no definition.
        const QJsonObject doc = withMember(vc11(),
            QStringLiteral("type"),
            QJsonArray { QStringLiteral("VerifiableCredential"), QStringLiteral("DegreeCredential") });
        QCOMPARE(firstReason(datamodel::validateCredential(doc)), QStringLiteral("type/not-mapped"));
        QCOMPARE(datamodel::validateCredential(doc).problems.constFirst().detail.untranslated(),
            QStringLiteral("DegreeCredential"));
        const QJsonObject byUrl = withMember(vc11(),
            QStringLiteral("type"),
            QJsonArray {
                QStringLiteral("VerifiableCredential"), QStringLiteral("https://example.org/DegreeCredential") });
        QVERIFY(datamodel::validateCredential(byUrl).ok());
    }

    void unknownContextIsAWarning()
    {
        const QJsonObject doc = withMember(vc20(),
            QStringLiteral("@context"),
            QJsonArray { kVc2, QStringLiteral("https://example.org/not-bundled/v1") });
        const datamodel::Validation v = datamodel::validateCredential(doc);
        QVERIFY(v.ok());
        QCOMPARE(v.unknownContexts, QStringList { QStringLiteral("https://example.org/not-bundled/v1") });
        const Check c = datamodel::formatCheck(v, Text::verbatim(QStringLiteral("a credential")));
        QCOMPARE(c.status, Check::Warning);
        QCOMPARE(c.reason, QStringLiteral("@context/unknown"));
        QVERIFY(c.message.untranslated().contains(QLatin1String("https://example.org/not-bundled/v1")));
        QCOMPARE(datamodel::formatCheck(
                     datamodel::validateCredential(vc20()), Text::verbatim(QStringLiteral("a credential")))
                     .status,
            Check::Passed);
    }

    void detection()
    {
        QVERIFY(datamodel::looksLikeDataModel(vc11()));
        QVERIFY(!datamodel::looksLikeDataModel(
            json("{'@context': 'https://w3id.org/openbadges/v2', 'type': 'Assertion'}")));
        QVERIFY(datamodel::looksLikePresentation(json("{'type': ['CredentialManagerPresentation']}")));
        QVERIFY(!datamodel::looksLikePresentation(vc20()));
    }

    void urls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("url");
        QTest::newRow("did") << "did:example:123" << true;
        QTest::newRow("urn") << "urn:uuid:9c9a36f8-518f-4976-a934-6649502d0008" << true;
        QTest::newRow("https") << "https://example.org/a?b#c" << true;
        QTest::newRow("data") << "data:application/vc+jwt,eyJ" << true;
        QTest::newRow("space in scheme") << "https ://not-a-url/x" << false;
        QTest::newRow("space in path") << "https://example.org/a b" << false;
        QTest::newRow("no scheme") << "fake-issuer" << false;
        QTest::newRow("http without host") << "https:example" << false;
        QTest::newRow("empty") << "" << false;
    }
    void urls()
    {
        QFETCH(QString, text);
        QFETCH(bool, url);
        QCOMPARE(datamodel::isUrl(text), url);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("stamp");
        QTest::addColumn<bool>("dateTime");
        QTest::newRow("Z") << "2023-02-26T01:02:58Z" << true << true;
        QTest::newRow("ms") << "2023-02-26T01:02:58.447Z" << true << true;
        QTest::newRow("offset") << "2023-02-25T19:10:39-06:00" << true << true;
        QTest::newRow("far future") << "4023-02-26T01:02:58.447Z" << true << true;
        QTest::newRow("no zone") << "2023-02-26T01:02:58" << false << true;
        QTest::newRow("no such day") << "2023-02-30T00:00:00Z" << false << false;
        QTest::newRow("space") << "2023-02-26 01:02:58Z" << false << false;
        QTest::newRow("date only") << "2023-02-26" << false << false;
        QTest::newRow("prose") << "Sat 25 Feb 2023 07:16:31 PM CST" << false << false;
        QTest::newRow("offset out of range") << "2023-02-26T01:02:58+15:00" << false << false;
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(bool, stamp);
        QFETCH(bool, dateTime);
        QCOMPARE(datamodel::isXsdDateTime(text, true), stamp);
        QCOMPARE(datamodel::isXsdDateTime(text, false), dateTime);
    }

    void obSchemaRequiredFields()
    {
        const QJsonObject badge = readVector(QStringLiteral("openbadges-eddsa/ob3/unsigned-credential.json"));
        QVERIFY2(!badge.isEmpty(), "OB 3.0 vector missing");
        QVERIFY2(obschema::missingFields(badge).isEmpty(), qPrintable(obschema::missingFields(badge).join(u',')));
        QCOMPARE(obschema::schemaCheck(badge)->status, Check::Passed);

        QJsonObject issuerless = badge;
        QJsonObject issuer = badge.value(QLatin1String("issuer")).toObject();
        issuer.remove(QStringLiteral("type"));
        issuerless.insert(QStringLiteral("issuer"), issuer);
        QCOMPARE(obschema::missingFields(issuerless), QStringList { QStringLiteral("issuer.type") });
        const std::optional<Check> c = obschema::schemaCheck(issuerless);
        QCOMPARE(c->status, Check::Warning);
        QCOMPARE(c->reason, QStringLiteral("issuer.type/missing"));

        // The VC 1.1 based schema asks for issuanceDate and name, the VC 2.0 one for validFrom.
        QJsonObject v1 = badge;
        v1.insert(QStringLiteral("@context"),
            QJsonArray { kVc1, QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json") });
        v1.remove(QStringLiteral("name"));
        QCOMPARE(obschema::missingFields(v1), (QStringList { QStringLiteral("name"), QStringLiteral("issuanceDate") }));

        const QJsonObject clr = readVector(QStringLiteral("openbadges-eddsa/clr2/unsigned-credential.json"));
        QVERIFY2(!clr.isEmpty(), "CLR 2.0 vector missing");
        QVERIFY2(obschema::missingFields(clr).isEmpty(), qPrintable(obschema::missingFields(clr).join(u',')));
        QJsonObject subject = clr.value(QLatin1String("credentialSubject")).toObject();
        subject.remove(QStringLiteral("verifiableCredential"));
        QJsonObject clrGap = clr;
        clrGap.insert(QStringLiteral("credentialSubject"), subject);
        QCOMPARE(
            obschema::missingFields(clrGap), QStringList { QStringLiteral("credentialSubject.verifiableCredential") });

        QVERIFY(!obschema::schemaCheck(vc20()).has_value());
    }
};

QTEST_GUILESS_MAIN(TestDataModel)
#include "TestDataModel.moc"
