// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/FormatRegistry.h"
#include "core/formats/ImportLimits.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryFile>
#include <QTest>

using namespace ler;
using namespace ler::formats;
using model::RecordKind;
using model::SourceFormat;

namespace {

QString dataPath(const QString& relative)
{
    return QStringLiteral(LER_TEST_DATA "/formats/") + relative;
}

QByteArray readData(const QString& relative)
{
    QFile f(dataPath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(relative));
    return f.readAll();
}

QString describe(const Result<ImportBatch>& r)
{
    return r.ok() ? QStringLiteral("ok")
                  : errorCodeName(r.error().code) + QStringLiteral(": ") + r.error().message.untranslated();
}

/// Serves the Open Badges 2.0 sample URLs from tests/data, like the upstream validator's tests.
Result<QByteArray> sampleFetcher(const QUrl& url)
{
    if (url.host() != QLatin1String("example.org"))
        return Error(ErrorCode::Network, Text::verbatim(QStringLiteral("not served")));
    QFile f(dataPath(QStringLiteral("openbadges2/valid/assets") + url.path()));
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, Text::verbatim(QStringLiteral("not found")));
    return f.readAll();
}

} // namespace

class TestFormatImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("issued");
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("children");
        QTest::addColumn<int>("courses");
        QTest::addColumn<QString>("gpa");

        const int ob2 = int(SourceFormat::OpenBadges2);
        const int ob3 = int(SourceFormat::OpenBadges3);
        const int clr = int(SourceFormat::Clr2);
        const int badge = int(RecordKind::Badge);
        const int education = int(RecordKind::Education);
        const QString notDownloaded; // no badge class fetched: no title of its own, named where it is shown
        const QString teamwork = QStringLiteral("Teamwork Badge");
        const QString exampleCorp = QStringLiteral("Example Corp");
        const QString y2010 = QStringLiteral("2010-01-01T00:00:00Z");
        const QString y2016 = QStringLiteral("2016-12-31T23:59:59Z");

        QTest::newRow("ob2 hosted assertion, badge by URL")
            << "openbadges2/valid/basic-assertion.json" << ob2 << badge << notDownloaded << QString() << y2016 << "2.0"
            << 0 << 0 << QString();
        QTest::newRow("ob2 embedded badge class")
            << "openbadges2/valid/assertion-with-endorsements.json" << ob2 << badge << "Awesome Robotics Badge"
            << QString() << y2016 << "2.0" << 0 << 0 << QString();
        QTest::newRow("ob2 signed JWS") << "openbadges2/valid/simple.jwt" << ob2 << badge << notDownloaded << QString()
                                        << y2016 << "2.0 JWS" << 0 << 0 << QString();
        QTest::newRow("ob3 VC 2.0 JSON-LD") << "openbadges3/valid/simple.json" << ob3 << badge << teamwork
                                            << exampleCorp << y2010 << "VC 2.0" << 0 << 0 << QString();
        QTest::newRow("ob3 VC 1.1 JSON-LD") << "openbadges3/valid/simple_v1.json" << ob3 << badge << teamwork
                                            << exampleCorp << y2010 << "VC 1.1" << 0 << 0 << QString();
        QTest::newRow("ob3 complete degree")
            << "openbadges3/valid/complete.json" << ob3 << education << "1EdTech University Degree for Example Student"
            << "1EdTech University" << y2010 << "VC 2.0" << 0 << 0 << QString();
        QTest::newRow("ob3 VC-JWT with vc claim")
            << "openbadges3/valid/simple.jwt" << ob3 << badge << "Example University Degree"
            << "Example University" << y2010 << "VC 1.1 JWT" << 0 << 0 << QString();
        QTest::newRow("ob3 VC-JWT velocity")
            << "openbadges3/valid/velocity.jwt" << ob3 << badge << "Velocity Network Board Member 2022" << QString()
            << "2025-10-15T00:44:21.142Z"
            << "VC 1.1 JWT" << 0 << 0 << QString();
        QTest::newRow("clr simple") << "clr2/valid/simple.json" << clr << education << "Sample Transcript"
                                    << "Example University" << y2010 << "VC 2.0" << 1 << 0 << QString();
        QTest::newRow("clr complex") << "clr2/valid/complex.json" << clr << education << "Ellis Monday"
                                     << "Western High School, RSD"
                                     << "2022-12-05T21:39:07Z"
                                     << "VC 1.1" << 6 << 0 << QString();
        QTest::newRow("clr VC 1.1") << "clr2/valid/simple_v1.json" << clr << education << "Ellis Monday"
                                    << "Western High School, RSD"
                                    << "2022-12-05T21:39:07Z"
                                    << "VC 1.1" << 6 << 0 << QString();
        QTest::newRow("clr JWT with JWT children")
            << "clr2/valid/simple.jwt" << clr << education << "Sample Transcript"
            << "Example University" << y2010 << "VC 1.1 JWT" << 1 << 0 << QString();
        QTest::newRow("pesc college v1.4 UTF-16BE")
            << "pesc/valid/SampleCollegeTranscript.xml" << int(SourceFormat::PescCollegeTranscript) << education
            << QString() // a PESC transcript has no title of its own
            << "THE UNIVERSITY OF TEXAS AT AUSTIN"
            << "2005-02-02T10:04:29-05:00"
            << "v1.4.0" << 0 << 24 << "3.0915";
        QTest::newRow("pesc high school v1.3 UTF-16BE")
            << "pesc/valid/SampleHighSchoolTranscript.xml" << int(SourceFormat::PescHighSchoolTranscript) << education
            << QString() // a PESC transcript has no title of its own
            << "Austin High School"
            << "2011-04-04T09:30:47-05:00"
            << "v1.3.0" << 0 << 51 << "4.0583";
        QTest::newRow("pesc college v1.6 UTF-16LE no declaration")
            << "pesc/valid/college-transcript-ventura-a.utf16.xml" << int(SourceFormat::PescCollegeTranscript)
            << education << QString() << "Ventura College"
            << "2017-04-11T16:13:04.928Z"
            << "v1.6.0" << 0 << 1 << "3.48";
        QTest::newRow("pesc college v1.6 short")
            << "pesc/valid/college-transcript-ventura-b.utf16.xml" << int(SourceFormat::PescCollegeTranscript)
            << education << QString() << "Ventura College"
            << "2017-04-11T16:13:04.928Z"
            << "v1.6.0" << 0 << 1 << "3.48";
        QTest::newRow("baked png ob2") << "baked/valid/simple-badge.png" << ob2 << badge << notDownloaded << QString()
                                       << y2016 << "2.0" << 0 << 0 << QString();
        QTest::newRow("baked png ob3 json") << "baked/valid/simple-json.png" << ob3 << badge << teamwork << exampleCorp
                                            << y2010 << "VC 2.0" << 0 << 0 << QString();
        QTest::newRow("baked png ob3 jwt") << "baked/valid/simple-jwt.png" << ob3 << badge << teamwork << exampleCorp
                                           << y2010 << "VC 2.0 JWT" << 0 << 0 << QString();
        QTest::newRow("baked svg ob3 json") << "baked/valid/simple-json.svg" << ob3 << badge << teamwork << exampleCorp
                                            << y2010 << "VC 2.0" << 0 << 0 << QString();
        QTest::newRow("baked svg ob3 jwt in verify") << "baked/valid/simple-jwt.svg" << ob3 << badge << teamwork
                                                     << exampleCorp << y2010 << "VC 2.0 JWT" << 0 << 0 << QString();
        QTest::newRow("generic VC endorsement")
            << "vc/valid/endorsement-valid.json" << int(SourceFormat::VerifiableCredential) << int(RecordKind::Other)
            << "Example endorsement"
            << "State Department of Education" << y2010 << "VC 2.0" << 0 << 0 << QString();
        QTest::newRow("sd-jwt vc pid") << "sdjwt/valid/arf-pid.sd-jwt" << int(SourceFormat::SdJwtVc)
                                       << int(RecordKind::Other) << QString() << QString() << "2023-05-02T04:00:00Z"
                                       << "dc+sd-jwt" << 0 << 0 << QString();
        QTest::newRow("sd-jwt with VCDM payload")
            << "sdjwt/valid/jsonld-vcdm.sd-jwt" << int(SourceFormat::SdJwtVc) << int(RecordKind::Certification)
            << "COVID-19 Vaccination Certificate"
            << ""
            << "2023-02-09T11:01:59Z"
            << "example+sd-jwt" << 0 << 0 << QString();
    }

    void validSamples()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        QFETCH(int, kind);
        QFETCH(QString, title);
        QFETCH(QString, issuer);
        QFETCH(QString, issued);
        QFETCH(QString, version);
        QFETCH(int, children);
        QFETCH(int, courses);
        QFETCH(QString, gpa);

        const QByteArray bytes = readData(file);
        FormatRegistry registry;
        Result<ImportBatch> batch = registry.import(bytes, file.section(QLatin1Char('/'), -1));
        QVERIFY2(batch.ok(), qPrintable(describe(batch)));
        QCOMPARE(batch->items.size(), 1);
        const ImportItem& item = batch->items.first();
        const model::Record& r = item.record;
        QCOMPARE(int(r.sourceFormat), format);
        QCOMPARE(int(r.kind), kind);
        QCOMPARE(r.title, title);
        QCOMPARE(r.issuer.name, issuer);
        QVERIFY2(r.dates.issued.isValid(), "the issued date must be read");
        QCOMPARE(r.dates.issued, QDateTime::fromString(issued, Qt::ISODateWithMs));
        QCOMPARE(r.sourceVersion, version);
        QCOMPARE(item.children.size(), children);
        QCOMPARE(r.courses.size(), courses);
        QCOMPARE(r.gpa, gpa);
        QCOMPARE(item.original, bytes);
        QVERIFY2(!item.payload.isEmpty(), "the credential payload must be kept");
        QCOMPARE(
            item.contentHash, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        for (const ImportItem& child : item.children) {
            QVERIFY2(!child.original.isEmpty(), "a nested credential keeps its own bytes");
            QCOMPARE(child.contentHash, ImportItem::sha256Hex(child.original));
            QCOMPARE(child.record.parentCredentialId, r.credentialId);
        }
        // The record survives storage as JSON.
        Result<model::Record> stored = model::Record::fromJson(r.toJson());
        QVERIFY2(stored.ok() && *stored == r, "the record must round-trip through JSON");
        QVERIFY2(r.searchableText().contains(title), "the title must be searchable");
    }

    void brokenSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("mention"); // the first value the message names, if any
        const int invalid = int(ErrorCode::InvalidInput);
        const int unsupported = int(ErrorCode::Unsupported);
        const int notFound = int(ErrorCode::NotFound);
        const auto row
            = [](const char* name, const char* file, int code, const char* reason, const char* mention = "") {
                  QTest::newRow(name) << QString::fromLatin1(file) << code << QString::fromLatin1(reason)
                                      << QString::fromLatin1(mention);
              };
        row("ob2 not an assertion",
            "openbadges2/broken/basic-assertion-invalid-type.json",
            unsupported,
            "formats/ob2-not-assertion");
        row("ob2 issuer is a number",
            "openbadges2/broken/issuer-number.json",
            invalid,
            "formats/ob2-not-address-or-object",
            "issuer");
        row("ob2 no recipient", "openbadges2/broken/no-recipient.json", invalid, "formats/ob2-no-recipient");
        row("ob3 issuer is a number",
            "openbadges3/broken/issuer-number.json",
            invalid,
            "formats/issuer-not-address-or-object");
        row("ob3 no credentialSubject", "openbadges3/broken/no-subject.json", invalid, "formats/no-credential-subject");
        row("truncated JSON", "openbadges3/broken/truncated.json", invalid, "formats/json-cut-off");
        row("JWT with broken base64", "openbadges3/broken/broken-base64.jwt", invalid, "formats/token-not-base64url");
        // A nested credential's error keeps its reason; the message names which entry it is.
        row("clr nested entry is a number",
            "clr2/broken/nested-not-credential.json",
            invalid,
            "formats/clr-entry-not-credential",
            "1");
        row("clr nested issuer is a number",
            "clr2/broken/nested-issuer-number.json",
            invalid,
            "formats/issuer-not-address-or-object");
        row("png without badge chunk", "baked/broken/unbaked.png", notFound, "formats/png-no-badge");
        row("png with bad CRC", "baked/broken/bad-crc.png", int(ErrorCode::Corrupt), "formats/png-bad-checksum");
        row("svg without badge", "baked/broken/unbaked.svg", notFound, "formats/svg-no-badge");
        row("svg billion laughs", "baked/broken/billion-laughs.svg", unsupported, "formats/xml-dtd");
        row("svg external entity", "baked/broken/external-entity.svg", unsupported, "formats/xml-dtd");
        row("svg external DTD", "baked/broken/external-dtd.svg", unsupported, "formats/xml-dtd");
        row("svg bad JSON", "baked/broken/bad-json.svg", invalid, "formats/not-json");
        row("svg hosted URL only, offline",
            "baked/broken/no-json.svg",
            int(ErrorCode::Network),
            "formats/ob2-offline-url");
        row("svg OB1 JSON without badge", "baked/broken/baked.svg", invalid, "formats/ob2-no-recipient");
        row("pesc billion laughs", "pesc/broken/billion-laughs.xml", unsupported, "formats/xml-dtd");
        row("pesc external entity", "pesc/broken/external-entity.xml", unsupported, "formats/xml-dtd");
        row("pesc truncated", "pesc/broken/truncated.xml", invalid, "formats/xml-cut-off");
    }

    void brokenSamples()
    {
        QFETCH(QString, file);
        QFETCH(int, code);
        QFETCH(QString, reason);
        QFETCH(QString, mention);
        FormatRegistry registry;
        Result<ImportBatch> batch = registry.import(readData(file), file.section(QLatin1Char('/'), -1));
        QVERIFY2(!batch.ok(), "a broken sample must not import");
        QVERIFY2(int(batch.error().code) == code, qPrintable(describe(batch)));
        QCOMPARE(batch.error().reason, reason);
        if (!mention.isEmpty())
            QCOMPARE(batch.error().message.args().value(0).words(), mention);
    }

    void generatedBroken_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty file") << QByteArray() << "empty.json" << int(ErrorCode::InvalidInput)
                                    << "formats/empty-file";
        QTest::newRow("JSON nested 10000 deep") << QByteArray(10000, '[') + QByteArray(10000, ']') << "deep.json"
                                                << int(ErrorCode::LimitExceeded) << "formats/json-too-deep";
        QTest::newRow("object nested 10000 deep")
            << QByteArray("{\"a\":").repeated(10000) + "1" + QByteArray(10000, '}') << "deep.json"
            << int(ErrorCode::LimitExceeded) << "formats/json-too-deep";
        QTest::newRow("credential naming its issuer twice")
            << QByteArray(
                   "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"type\":[\"VerifiableCredential\"],"
                   "\"issuer\":\"did:example:real\",\"credentialSubject\":{\"name\":\"A\"},"
                   "\"issuer\":\"did:example:forged\"}")
            << "twice.json" << int(ErrorCode::InvalidInput) << "formats/json-duplicate-name";
        QTest::newRow("unknown binary") << QByteArray("\x00\x01\x02\x03GIF89a", 10) << "x.bin"
                                        << int(ErrorCode::Unsupported) << "formats/unknown-format";
        QTest::newRow("unknown JSON") << QByteArray("{\"hello\": \"world\"}") << "x.json" << int(ErrorCode::Unsupported)
                                      << "formats/unknown-format";
        QTest::newRow("unknown XML") << QByteArray("<note><to>me</to></note>") << "x.xml" << int(ErrorCode::Unsupported)
                                     << "formats/unknown-format";
        QTest::newRow("plain text") << QByteArray("just some words\n") << "notes.txt" << int(ErrorCode::Unsupported)
                                    << "formats/unknown-format";
        QTest::newRow("JWT payload not JSON")
            << QByteArray("eyJhbGciOiJSUzI1NiJ9.") + QByteArray("not json").toBase64(QByteArray::Base64UrlEncoding)
                + ".c2ln"
            << "x.jwt" << int(ErrorCode::InvalidInput) << "formats/token-payload-not-object";
    }

    void generatedBroken()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fileName);
        QFETCH(int, code);
        QFETCH(QString, reason);
        FormatRegistry registry;
        Result<ImportBatch> batch = registry.import(bytes, fileName);
        QVERIFY2(!batch.ok(), "generated broken input must not import");
        QVERIFY2(int(batch.error().code) == code, qPrintable(describe(batch)));
        QCOMPARE(batch.error().reason, reason);
    }

    void hugeInputRefused()
    {
        FormatRegistry registry;
        QByteArray huge(100 * 1024 * 1024, ' ');
        huge[0] = '{';
        Result<ImportBatch> inMemory = registry.import(huge, QStringLiteral("huge.json"));
        QVERIFY2(!inMemory.ok() && inMemory.error().code == ErrorCode::LimitExceeded, qPrintable(describe(inMemory)));
        QCOMPARE(inMemory.error().reason, QStringLiteral("formats/file-too-large"));
        huge.clear();

        QTemporaryFile file;
        QVERIFY(file.open());
        QVERIFY(file.resize(100LL * 1024 * 1024)); // sparse: nothing is written or read
        file.close();
        Result<ImportBatch> fromFile = registry.importFile(file.fileName());
        QVERIFY2(!fromFile.ok() && fromFile.error().code == ErrorCode::LimitExceeded, qPrintable(describe(fromFile)));
    }

    void clrTooManyNested()
    {
        QJsonObject clr = QJsonDocument::fromJson(readData(QStringLiteral("clr2/valid/simple.json"))).object();
        QJsonObject subject = clr.value(QStringLiteral("credentialSubject")).toObject();
        const QJsonValue one = subject.value(QStringLiteral("verifiableCredential")).toArray().first();
        QJsonArray many;
        for (int i = 0; i <= ImportLimits::maxItems; ++i)
            many.append(one);
        subject.insert(QStringLiteral("verifiableCredential"), many);
        clr.insert(QStringLiteral("credentialSubject"), subject);
        FormatRegistry registry;
        Result<ImportBatch> batch = registry.import(QJsonDocument(clr).toJson(), QStringLiteral("clr.json"));
        QVERIFY2(!batch.ok() && batch.error().code == ErrorCode::LimitExceeded, qPrintable(describe(batch)));
    }

    void importFileReadsSample()
    {
        FormatRegistry registry;
        Result<ImportBatch> batch = registry.importFile(dataPath(QStringLiteral("openbadges3/valid/simple.json")));
        QVERIFY2(batch.ok(), qPrintable(describe(batch)));
        QCOMPARE(batch->formatId, QStringLiteral("openbadges3"));
        Result<ImportBatch> missing = registry.importFile(dataPath(QStringLiteral("does-not-exist.json")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        // Something that is there but cannot be read as a file.
        Result<ImportBatch> folder = registry.importFile(dataPath(QStringLiteral("openbadges3/valid")));
        QVERIFY(!folder.ok());
        QCOMPARE(folder.error().code, ErrorCode::Io);
    }

    void ob2WithoutFetcherListsUrls()
    {
        FormatRegistry registry;
        Result<ImportBatch> batch = registry.import(readData(QStringLiteral("openbadges2/valid/basic-assertion.json")));
        QVERIFY2(batch.ok(), qPrintable(describe(batch)));
        const ImportItem& item = batch->items.first();
        QCOMPARE(item.notFetched, QStringList { QStringLiteral("https://example.org/robotics-badge.json") });
        const model::Record& r = item.record;
        QCOMPARE(r.subjects.size(), 1);
        QCOMPARE(r.subjects.first().type, QStringLiteral("email"));
        QVERIFY(r.subjects.first().hashed);
        QCOMPARE(r.subjects.first().salt, QStringLiteral("deadsea"));
        QCOMPARE(r.credentialId, QStringLiteral("https://example.org/beths-robotics-badge.json"));
        QCOMPARE(r.evidence.size(), 1);

        Result<ImportBatch> embedded
            = registry.import(readData(QStringLiteral("openbadges2/valid/assertion-with-endorsements.json")));
        QVERIFY2(embedded.ok(), qPrintable(describe(embedded)));
        QCOMPARE(embedded->items.first().notFetched,
            QStringList { QStringLiteral("https://example.org/organization.json") });
    }

    void ob2WithFetcherResolvesBadgeAndIssuer()
    {
        FormatRegistry registry(sampleFetcher);
        Result<ImportBatch> batch = registry.import(readData(QStringLiteral("openbadges2/valid/basic-assertion.json")));
        QVERIFY2(batch.ok(), qPrintable(describe(batch)));
        const ImportItem& item = batch->items.first();
        QVERIFY2(item.notFetched.isEmpty(), qPrintable(item.notFetched.join(QLatin1Char(' '))));
        QCOMPARE(item.record.title, QStringLiteral("Awesome Robotics Badge"));
        QCOMPARE(item.record.issuer.name, QStringLiteral("An Example Badge Issuer"));
        QCOMPARE(item.record.issuer.url, QStringLiteral("https://example.org"));
        QCOMPARE(item.record.achievement.criteria, QStringLiteral("https://example.org/badgecriteria.json"));

        // A hosted URL baked into an SVG is fetched as well.
        Result<ImportBatch> svg = registry.import(readData(QStringLiteral("baked/broken/no-json.svg")));
        QVERIFY2(!svg.ok(), "http://example.org itself is not served, so the import still fails");
        QCOMPARE(svg.error().code, ErrorCode::NotFound);
    }

    void bakedKeepsImageAndPayload()
    {
        FormatRegistry registry;
        const QByteArray png = readData(QStringLiteral("baked/valid/simple-json.png"));
        Result<ImportBatch> batch = registry.import(png, QStringLiteral("simple-json.png"));
        QVERIFY2(batch.ok(), qPrintable(describe(batch)));
        const ImportItem& item = batch->items.first();
        QCOMPARE(item.original, png);
        QVERIFY(item.payload.startsWith('{'));
        QVERIFY(QJsonDocument::fromJson(item.payload).isObject());
        QCOMPARE(batch->formatId, QStringLiteral("openbadges3+baked-png"));

        const QByteArray svg = readData(QStringLiteral("baked/valid/simple-jwt.svg"));
        Result<ImportBatch> fromSvg = registry.import(svg, QStringLiteral("simple-jwt.svg"));
        QVERIFY2(fromSvg.ok(), qPrintable(describe(fromSvg)));
        QCOMPARE(fromSvg->items.first().original, svg);
        QVERIFY(fromSvg->items.first().payload.startsWith("eyJ"));
    }

    void clrChildrenAndAssociations()
    {
        FormatRegistry registry;
        Result<ImportBatch> batch = registry.import(readData(QStringLiteral("clr2/valid/complex.json")));
        QVERIFY2(batch.ok(), qPrintable(describe(batch)));
        const ImportItem& clr = batch->items.first();
        QVERIFY2(!clr.record.associations.isEmpty(), "CLR associations are kept");
        int associated = 0;
        for (const ImportItem& child : clr.children) {
            QCOMPARE(child.record.sourceFormat, SourceFormat::OpenBadges3);
            QVERIFY(QJsonDocument::fromJson(child.original).isObject());
            associated += child.record.associations.isEmpty() ? 0 : 1;
            const QJsonObject json = child.record.toJson();
            QCOMPARE(json.value(QStringLiteral("parentCredentialId")).toString(), clr.record.credentialId);
        }
        QVERIFY2(associated > 0, "children named by an association carry it");

        Result<ImportBatch> jwt = registry.import(readData(QStringLiteral("clr2/valid/simple.jwt")));
        QVERIFY2(jwt.ok(), qPrintable(describe(jwt)));
        QVERIFY2(jwt->items.first().children.first().original.startsWith("eyJ"), "a JWT child keeps its token");
    }

    void ob3Details()
    {
        FormatRegistry registry;
        Result<ImportBatch> batch = registry.import(readData(QStringLiteral("openbadges3/valid/complete.json")));
        QVERIFY2(batch.ok(), qPrintable(describe(batch)));
        const model::Record& r = batch->items.first().record;
        QCOMPARE(r.achievement.type, QStringLiteral("Degree"));
        QCOMPARE(r.achievement.credits, QStringLiteral("42"));
        QCOMPARE(r.alignments.size(), 2);
        QCOMPARE(r.alignments.first().code, QStringLiteral("degree"));
        QCOMPARE(r.dates.activityStart, QDate(2010, 1, 1));
        QCOMPARE(r.dates.activityEnd, QDate(2010, 1, 2));
        QVERIFY(r.subjects.size() >= 3);
        QCOMPARE(r.claims.value(QStringLiteral("licenseNumber")).toString(), QStringLiteral("A-9320041"));
    }

    void pescDetails()
    {
        FormatRegistry registry;
        Result<ImportBatch> batch = registry.import(readData(QStringLiteral("pesc/valid/SampleCollegeTranscript.xml")));
        QVERIFY2(batch.ok(), qPrintable(describe(batch)));
        const model::Record& r = batch->items.first().record;
        QVERIFY2(r.unverified, "a PESC transcript has no signature");
        QCOMPARE(r.courses.first().title, QStringLiteral("BEGINNING SPANISH 1"));
        QCOMPARE(r.courses.first().code, QStringLiteral("SPN 406"));
        QCOMPARE(r.courses.first().credits, QStringLiteral("4"));
        QCOMPARE(r.courses.first().grade, QStringLiteral("A"));
        QCOMPARE(r.courses.first().session, QStringLiteral("1985-09"));
        QCOMPARE(r.degrees.size(), 1);
        QCOMPARE(r.degrees.first().title, QStringLiteral("Standard High School Diploma"));
        QCOMPARE(r.subjects.first().value, QStringLiteral("Test Record Test Speede IV"));
        QCOMPARE(r.claims.value(QStringLiteral("academicSessions")).toInt(), 12);
        QVERIFY2(!r.searchableText().contains(QLatin1String("100000000")), "the SSN is not copied into the record");

        Result<ImportBatch> ventura
            = registry.import(readData(QStringLiteral("pesc/valid/college-transcript-ventura-a.utf16.xml")));
        QVERIFY2(ventura.ok(), qPrintable(describe(ventura)));
        const model::Record& v = ventura->items.first().record;
        QCOMPARE(v.degrees.size(), 1);
        QCOMPARE(v.degrees.first().title, QStringLiteral("Computer and Information Sciences, General"));
        QCOMPARE(v.dates.activityStart, QDate(2014, 9, 1));
    }

    void sdJwtDisclosedClaims()
    {
        FormatRegistry registry;
        const QByteArray token = readData(QStringLiteral("sdjwt/valid/arf-pid.sd-jwt"));
        Result<ImportBatch> batch = registry.import(token);
        QVERIFY2(batch.ok(), qPrintable(describe(batch)));
        const ImportItem& item = batch->items.first();
        QCOMPARE(item.original, token);
        QCOMPARE(item.payload.count('~'), token.trimmed().count('~'));
        const QJsonObject& claims = item.record.claims;
        QCOMPARE(claims.value(QStringLiteral("given_name")).toString(), QStringLiteral("Erika"));
        QCOMPARE(claims.value(QStringLiteral("address")).toObject().value(QStringLiteral("locality")).toString(),
            QString::fromUtf8("K\xc3\xb6ln"));
        QCOMPARE(claims.value(QStringLiteral("nationalities")).toArray(), QJsonArray { QStringLiteral("DE") });
        QCOMPARE(claims.value(QStringLiteral("age_equal_or_over")).toObject().value(QStringLiteral("65")).toBool(true),
            false);
        QVERIFY2(!claims.contains(QStringLiteral("_sd")), "digest lists are removed");
        QCOMPARE(item.record.issuer.id, QStringLiteral("https://pid-issuer.bund.de.example"));
        QVERIFY(item.record.dates.validUntil.isValid());
    }
};

QTEST_GUILESS_MAIN(TestFormatImport)
#include "TestFormatImport.moc"
