// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/BakedPngImporter.h"
#include "core/formats/BakedSvgImporter.h"
#include "core/formats/CompactToken.h"
#include "core/formats/FormatRegistry.h"
#include "core/formats/InputGuard.h"
#include "core/formats/PngTextReader.h"
#include "core/formats/SdJwtVcImporter.h"
#include "core/formats/SelfAssertedCsvImporter.h"
#include "core/formats/SelfAssertedEntry.h"
#include "core/jose/Disclosure.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QtEndian>

using namespace ler;
using namespace ler::formats;
using model::RecordKind;

namespace {

QByteArray readData(const QString& relative)
{
    QFile f(QStringLiteral(LER_TEST_DATA "/formats/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(relative));
    return f.readAll();
}

QString describe(const Error& e)
{
    return errorCodeName(e.code) + QStringLiteral(": ") + e.message.untranslated();
}

quint32 crc32(const QByteArray& data)
{
    quint32 crc = 0xffffffffu;
    for (const char ch : data) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray chunk(const QByteArray& type, const QByteArray& data)
{
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(quint32(data.size()), out.data());
    out += type + data;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(crc32(type + data), crc.data());
    return out + crc;
}

/// A 1x1 PNG with the given extra chunks before IEND (the image data itself is irrelevant here).
QByteArray png(const QList<QByteArray>& extra)
{
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(1, ihdr.data());
    qToBigEndian<quint32>(1, ihdr.data() + 4);
    ihdr[8] = 8;
    QByteArray out("\x89PNG\r\n\x1a\n");
    out += chunk("IHDR", ihdr);
    for (const QByteArray& c : extra)
        out += c;
    return out + chunk("IEND", {});
}

QByteArray zlibStream(const QByteArray& data)
{
    return qCompress(data).mid(4); // qCompress prefixes the length
}

QByteArray b64(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray digest(const QByteArray& disclosure)
{
    return b64(QCryptographicHash::hash(disclosure, QCryptographicHash::Sha256));
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray disclosure(const QJsonArray& parts)
{
    return b64(QJsonDocument(parts).toJson(QJsonDocument::Compact));
}

} // namespace

class TestFormatParts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detectPicksFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("formatId");
        QTest::newRow("ob2 json") << "openbadges2/valid/basic-assertion.json"
                                  << "openbadges2";
        QTest::newRow("ob2 jws") << "openbadges2/valid/simple.jwt"
                                 << "openbadges2";
        QTest::newRow("ob3 json") << "openbadges3/valid/simple.json"
                                  << "openbadges3";
        QTest::newRow("ob3 jwt") << "openbadges3/valid/simple.jwt"
                                 << "openbadges3";
        QTest::newRow("clr json") << "clr2/valid/simple.json"
                                  << "clr2";
        QTest::newRow("clr jwt") << "clr2/valid/simple.jwt"
                                 << "clr2";
        QTest::newRow("vc") << "vc/valid/endorsement-valid.json"
                            << "verifiable-credential";
        QTest::newRow("sd-jwt") << "sdjwt/valid/arf-pid.sd-jwt"
                                << "sd-jwt-vc";
        QTest::newRow("pesc college") << "pesc/valid/SampleCollegeTranscript.xml"
                                      << "pesc-college";
        QTest::newRow("pesc high school") << "pesc/valid/SampleHighSchoolTranscript.xml"
                                          << "pesc-highschool";
        QTest::newRow("png") << "baked/valid/simple-badge.png"
                             << "baked-png";
        QTest::newRow("svg") << "baked/valid/simple-json.svg"
                             << "baked-svg";
        QTest::newRow("csv") << "csv/valid/entries.csv"
                             << "csv";
    }

    void detectPicksFormat()
    {
        QFETCH(QString, file);
        QFETCH(QString, formatId);
        FormatRegistry registry;
        Result<const Importer*> importer = registry.detect(readData(file), file.section(QLatin1Char('/'), -1));
        QVERIFY2(importer.ok(), qPrintable(importer.ok() ? QString() : describe(importer.error())));
        QCOMPARE((*importer)->formatId(), formatId);
        QVERIFY(registry.importer(formatId) == *importer);
        QVERIFY(!(*importer)->displayName().isEmpty());
    }

    void csvImport()
    {
        FormatRegistry registry;
        Result<ImportBatch> batch
            = registry.import(readData(QStringLiteral("csv/valid/entries.csv")), QStringLiteral("entries.csv"));
        QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : describe(batch.error())));
        QCOMPARE(batch->items.size(), 3);
        const model::Record& first = batch->items.at(0).record;
        QCOMPARE(first.kind, RecordKind::Work);
        QCOMPARE(first.title, QStringLiteral("Volunteer tutor"));
        QCOMPARE(first.issuer.name, QStringLiteral("City Library"));
        QCOMPARE(first.description, QStringLiteral("Helped adults with reading, twice a week"));
        QCOMPARE(first.dates.activityStart, QDate(2021, 9, 1));
        QCOMPARE(first.dates.activityEnd, QDate(2023, 6, 1));
        QCOMPARE(first.location, QStringLiteral("Springfield, IL"));
        QCOMPARE(first.links, QStringList { QStringLiteral("https://library.example/volunteers") });
        QVERIFY(first.selfAsserted);
        QCOMPARE(first.sourceFormat, model::SourceFormat::SelfAsserted);
        const model::Record& second = batch->items.at(1).record;
        QCOMPARE(second.title, QStringLiteral("Evening course \"Intro to Python\""));
        QCOMPARE(second.description, QStringLiteral("Two lines:\nvariables, loops"));
        QCOMPARE(batch->items.at(2).record.dates.activityStart, QDate(2023, 1, 1));
        QVERIFY2(batch->items.at(0).contentHash != batch->items.at(1).contentHash, "each row is its own item");
        QVERIFY(batch->items.at(1).original.startsWith("kind,title,"));

        Result<ImportBatch> reordered
            = registry.import(readData(QStringLiteral("csv/valid/reordered.csv")), QStringLiteral("reordered.csv"));
        QVERIFY2(reordered.ok(), qPrintable(reordered.ok() ? QString() : describe(reordered.error())));
        QCOMPARE(reordered->items.first().record.kind, RecordKind::Training);
        QCOMPARE(reordered->items.first().record.title, QStringLiteral("Forklift safety"));
    }

    void csvBroken_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("line"); // the line the message names, if any
        QTest::newRow("no header") << "csv/broken/no-header.csv"
                                   << "formats/csv-unknown-column"
                                   << "";
        QTest::newRow("unknown kind") << "csv/broken/bad-kind.csv"
                                      << "formats/csv-bad-kind"
                                      << "2";
        QTest::newRow("bad date") << "csv/broken/bad-date.csv"
                                  << "formats/csv-bad-date"
                                  << "2";
        QTest::newRow("unterminated quote") << "csv/broken/unterminated-quote.csv"
                                            << "formats/csv-unclosed-quote"
                                            << "";
        QTest::newRow("end before start") << "csv/broken/end-before-start.csv"
                                          << "model/entry-end-before-start"
                                          << "2";
        QTest::newRow("no title") << "csv/broken/no-title.csv"
                                  << "model/entry-no-title"
                                  << "2";
    }

    void csvBroken()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        QFETCH(QString, line);
        FormatRegistry registry;
        Result<ImportBatch> batch = registry.import(readData(file), file.section(QLatin1Char('/'), -1));
        QVERIFY2(!batch.ok(), "broken CSV must not import");
        QCOMPARE(batch.error().code, ErrorCode::InvalidInput);
        QCOMPARE(batch.error().reason, reason);
        if (!line.isEmpty()) // a row refusal names its line first, as a value
            QCOMPARE(batch.error().message.args().value(0).words(), line);
    }

    /// Refusals of a row and of the header that had no reason of their own before.
    void csvRefusals_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("line");
        QTest::newRow("text after a closing quote")
            << QByteArray("kind,title\nwork,\"Tutor\"x\n") << "formats/csv-text-after-quote"
            << "2";
        QTest::newRow("more fields than the header")
            << QByteArray("kind,title\nwork,Tutor,extra\n") << "formats/csv-too-many-fields"
            << "2";
        QTest::newRow("column named twice")
            << QByteArray("kind,title,Title\nwork,Tutor,x\n") << "formats/csv-duplicate-column"
            << "";
        QTest::newRow("no title column") << QByteArray("kind,organization\nwork,Library\n")
                                         << "formats/csv-missing-columns"
                                         << "";
        QTest::newRow("header only") << QByteArray("kind,title\n") << "formats/csv-no-entries"
                                     << "";
        QTest::newRow("not UTF-8") << QByteArray("kind,title\nwork,\xff\xfe\n") << "formats/csv-not-utf8"
                                   << "";
        QTest::newRow("empty") << QByteArray() << "formats/csv-no-header"
                               << "";
    }

    void csvRefusals()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, reason);
        QFETCH(QString, line);
        SelfAssertedCsvImporter importer;
        Result<ImportBatch> batch = importer.parse(csv);
        QVERIFY2(!batch.ok(), "the CSV must be refused");
        QCOMPARE(batch.error().code, ErrorCode::InvalidInput);
        QCOMPARE(batch.error().reason, reason);
        if (!line.isEmpty())
            QCOMPARE(batch.error().message.args().value(0).words(), line);
    }

    void csvTooManyRows()
    {
        QByteArray csv("kind,title\n");
        for (int i = 0; i <= ImportLimits::maxItems; ++i)
            csv += "other,Entry " + QByteArray::number(i) + "\n";
        SelfAssertedCsvImporter importer;
        Result<ImportBatch> batch = importer.parse(csv);
        QVERIFY(!batch.ok());
        QCOMPARE(batch.error().code, ErrorCode::LimitExceeded);
    }

    void formEntry()
    {
        SelfAssertedEntry entry;
        entry.kind = RecordKind::Training;
        entry.title = QStringLiteral("  Welding course ");
        entry.organization = QStringLiteral("Trade school");
        entry.start = QDate(2019, 1, 1);
        entry.end = QDate(2019, 3, 1);
        entry.url = QStringLiteral("https://school.example/welding");
        Result<ImportItem> item = entry.toImportItem();
        QVERIFY2(item.ok(), qPrintable(item.ok() ? QString() : describe(item.error())));
        QCOMPARE(item->record.title, QStringLiteral("Welding course"));
        QVERIFY(item->record.selfAsserted);
        QVERIFY(item->record.unverified);
        QCOMPARE(item->contentHash, ImportItem::sha256Hex(item->original));
        QVERIFY(QJsonDocument::fromJson(item->original).isObject());

        entry.end = QDate(2018, 1, 1);
        QVERIFY(!entry.toImportItem().ok());
        entry.end = {};
        entry.url = QStringLiteral("javascript:alert(1)");
        QVERIFY(!entry.toImportItem().ok());
        entry.url.clear();
        entry.title = QStringLiteral("   ");
        QVERIFY(!entry.toImportItem().ok());
    }

    void pngTextChunks()
    {
        const QByteArray json("{\"@context\":\"https://w3id.org/openbadges/v2\"}");
        QByteArray itxtCompressed = "openbadges" + QByteArray(1, '\0') + QByteArray(1, '\1') + QByteArray(1, '\0')
            + QByteArray(1, '\0') + QByteArray(1, '\0') + zlibStream(json);
        QByteArray text = "Comment" + QByteArray(1, '\0') + "hello";
        const QByteArray image = png({ chunk("tEXt", text), chunk("iTXt", itxtCompressed) });
        Result<QList<PngTextChunk>> chunks = PngTextReader::readTextChunks(image, { "Comment", "openbadges" });
        QVERIFY2(chunks.ok(), qPrintable(chunks.ok() ? QString() : describe(chunks.error())));
        QCOMPARE(chunks->size(), 2);
        QCOMPARE(chunks->at(0).text, QByteArray("hello"));
        QCOMPARE(chunks->at(1).keyword, QByteArray("openbadges"));
        QCOMPARE(chunks->at(1).text, json);

        // Only the keywords asked for are read.
        Result<QList<PngTextChunk>> badges = PngTextReader::readTextChunks(image, PngTextReader::badgeKeywords());
        QVERIFY(badges.ok());
        QCOMPARE(badges->size(), 1);
        QCOMPARE(badges->at(0).keyword, QByteArray("openbadges"));
    }

    void pngBroken_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        const QByteArray good = png({ chunk("tEXt", "openbadges" + QByteArray(1, '\0') + "{}") });
        QByteArray badCrc = good;
        badCrc[badCrc.size() - 20] = char(badCrc[badCrc.size() - 20] ^ 0x40);
        const QByteArray bomb = "openbadgecredential" + QByteArray(1, '\0') + QByteArray(1, '\1') + QByteArray(2, '\0')
            + QByteArray(1, '\0') + zlibStream(QByteArray(30 * 1024 * 1024, 'a'));
        const QByteArray badZlib = "openbadges" + QByteArray(1, '\0') + QByteArray(1, '\1') + QByteArray(2, '\0')
            + QByteArray(1, '\0') + "not zlib at all";
        QTest::newRow("truncated") << good.left(good.size() - 6) << int(ErrorCode::Corrupt) << "formats/png-damaged";
        QTest::newRow("bad crc") << badCrc << int(ErrorCode::Corrupt) << "formats/png-bad-checksum";
        QTest::newRow("no IEND") << good.left(good.size() - 12) << int(ErrorCode::Corrupt) << "formats/png-damaged";
        QTest::newRow("zlib bomb in iTXt")
            << png({ chunk("iTXt", bomb) }) << int(ErrorCode::LimitExceeded) << "formats/png-text-too-large";
        QTest::newRow("broken zlib") << png({ chunk("iTXt", badZlib) }) << int(ErrorCode::Corrupt)
                                     << "formats/png-bad-text-chunk";
        QTest::newRow("huge chunk length") << QByteArray("\x89PNG\r\n\x1a\n\x7f\xff\xff\xffIHDR") + QByteArray(8, 'x')
                                           << int(ErrorCode::Corrupt) << "formats/png-damaged";
        QTest::newRow("no badge chunk") << png({}) << int(ErrorCode::NotFound) << "formats/png-no-badge";
        // Two badges: one reader would show the first, another the second.
        const QByteArray first = "openbadges" + QByteArray(1, '\0') + "{\"id\":\"urn:a\"}";
        const QByteArray second = "openbadges" + QByteArray(1, '\0') + "{\"id\":\"urn:b\"}";
        const QByteArray credential = "openbadgecredential" + QByteArray(1, '\0') + QByteArray(4, '\0') + "{}";
        QTest::newRow("two badges") << png({ chunk("tEXt", first), chunk("tEXt", second) })
                                    << int(ErrorCode::InvalidInput) << "formats/baked-several-badges";
        QTest::newRow("an OB 2.0 and an OB 3.0 badge")
            << png({ chunk("tEXt", first), chunk("iTXt", credential) }) << int(ErrorCode::InvalidInput)
            << "formats/baked-several-badges";
        QTest::newRow("not a PNG") << QByteArray("GIF89a") << int(ErrorCode::InvalidInput) << "formats/not-png";
    }

    void pngBroken()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        QFETCH(QString, reason);
        Result<std::pair<QByteArray, QString>> baked = BakedPngImporter::extract(bytes);
        QVERIFY2(!baked.ok(), "a broken PNG must be refused");
        QVERIFY2(int(baked.error().code) == code, qPrintable(describe(baked.error())));
        QCOMPARE(baked.error().reason, reason);
    }

    void svgWithTwoBadgesIsRefused()
    {
        const QByteArray one = "<openbadges:credential xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\">"
                               "{\"id\":\"urn:a\"}</openbadges:credential>";
        const QByteArray two = "<openbadges:credential xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\">"
                               "{\"id\":\"urn:b\"}</openbadges:credential>";
        const auto svg = [](const QByteArray& inner) {
            return "<svg xmlns=\"http://www.w3.org/2000/svg\">" + inner + "<g/></svg>";
        };
        auto single = BakedSvgImporter::extract(svg(one));
        QVERIFY2(single.ok(), qPrintable(single.ok() ? QString() : describe(single.error())));
        QCOMPARE(single->first, QByteArray("{\"id\":\"urn:a\"}"));
        auto both = BakedSvgImporter::extract(svg(one + two));
        QVERIFY(!both.ok());
        QCOMPARE(both.error().reason, QStringLiteral("formats/baked-several-badges"));
    }

    void jsonGuard_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("depth 101") << QByteArray(101, '[') + QByteArray(101, ']') << int(ErrorCode::LimitExceeded)
                                   << "formats/json-too-deep";
        QTest::newRow("brackets in strings do not count") << "{\"a\":\"" + QByteArray(500, '[') + "\\\"\"}" << -1 << "";
        QTest::newRow("truncated") << QByteArray("{\"a\": [1, 2") << int(ErrorCode::InvalidInput)
                                   << "formats/json-cut-off";
        QTest::newRow("syntax error") << QByteArray("{\"a\" 1}") << int(ErrorCode::InvalidInput) << "formats/not-json";
        QTest::newRow("array, not object")
            << QByteArray("[1]") << int(ErrorCode::InvalidInput) << "formats/json-not-object";
        // QJsonDocument would keep one of two values with the same name; another reader might keep the other.
        QTest::newRow("name twice") << QByteArray("{\"issuer\":\"a\",\"issuer\":\"b\"}") << int(ErrorCode::InvalidInput)
                                    << "formats/json-duplicate-name";
        QTest::newRow("name twice, once escaped, nested")
            << QByteArray("{\"x\":{\"id\":1,\"\\u0069d\":2}}") << int(ErrorCode::InvalidInput)
            << "formats/json-duplicate-name";
        QTest::newRow("same name in sibling objects") << QByteArray("{\"a\":{\"id\":1},\"b\":{\"id\":2}}") << -1 << "";
        // Past the size where names are compared one by one, and with escapes arriving late or early.
        QByteArray many = "{";
        for (int i = 0; i < 40; ++i)
            many += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ",";
        QTest::newRow("forty names") << many + "\"last\":0}" << -1 << "";
        QTest::newRow("forty names, then the seventh again")
            << many + "\"k7\":0}" << int(ErrorCode::InvalidInput) << "formats/json-duplicate-name";
        QTest::newRow("forty names, then the seventh escaped")
            << many + "\"\\u006b7\":0}" << int(ErrorCode::InvalidInput) << "formats/json-duplicate-name";
        QTest::newRow("an escaped name, then forty, then one of them again") << "{\"\\u0061\":1," + many.mid(1)
                + "\"k39\":0}" << int(ErrorCode::InvalidInput) << "formats/json-duplicate-name";
        QTest::newRow("an escaped name, then the same unescaped")
            << QByteArray("{\"\\u00e9t\\u00e9\":1,\"\xc3\xa9t\xc3\xa9\":2}") << int(ErrorCode::InvalidInput)
            << "formats/json-duplicate-name";
        QTest::newRow("names that differ only after unescaping") << QByteArray("{\"a\\n\":1,\"a\\t\":2}") << -1 << "";
        QTest::newRow("a closed object's names do not carry into the next")
            << QByteArray("[{\"a\":1,\"\\u0062\":2},{\"b\":1,\"a\":2}]") << int(ErrorCode::InvalidInput)
            << "formats/json-not-object";
        QTest::newRow("undefined escape")
            << QByteArray("{\"a\":\"\\0\"}") << int(ErrorCode::InvalidInput) << "formats/not-json";
        QTest::newRow("raw control character")
            << QByteArray("{\"a\":\"x\ty\"}") << int(ErrorCode::InvalidInput) << "formats/not-json";
    }

    void jsonGuard()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, code);
        QFETCH(QString, reason);
        Result<QJsonObject> r = InputGuard::parseJsonObject(json);
        if (code < 0) {
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : describe(r.error())));
            return;
        }
        QVERIFY(!r.ok());
        QVERIFY2(int(r.error().code) == code && r.error().reason == reason, qPrintable(describe(r.error())));
    }

    void compactToken()
    {
        const QByteArray header = b64(json({ { QStringLiteral("alg"), QStringLiteral("ES256") },
            { QStringLiteral("typ"), QStringLiteral("dc+sd-jwt") } }));
        const QByteArray payload = b64(json({ { QStringLiteral("iss"), QStringLiteral("https://issuer.example") } }));
        Result<CompactToken> t = CompactToken::parse(header + "." + payload + ".c2ln~");
        QVERIFY(t.ok());
        QVERIFY(t->sdJwt);
        QCOMPARE(t->type(), QStringLiteral("dc+sd-jwt"));
        QVERIFY(t->disclosures.isEmpty());
        QVERIFY(t->keyBinding.isEmpty());
        QVERIFY(!CompactToken::looksLike("eyJ.only-one-dot"));
        QVERIFY(!CompactToken::looksLike("hello.world.x"));
        Result<CompactToken> broken = CompactToken::parse(header + ".!!!." + "c2ln");
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().reason, QStringLiteral("formats/token-not-base64url"));
    }

    void sdJwtNestedDisclosures()
    {
        // A recursive disclosure (address with its own _sd) and an array element disclosure.
        const QByteArray street
            = disclosure({ QStringLiteral("s1"), QStringLiteral("street"), QStringLiteral("Main St 1") });
        const QJsonObject addressValue { { QStringLiteral("_sd"), QJsonArray { QString::fromLatin1(digest(street)) } },
            { QStringLiteral("country"), QStringLiteral("DE") } };
        const QByteArray address = disclosure({ QStringLiteral("s2"), QStringLiteral("address"), addressValue });
        const QByteArray element = disclosure({ QStringLiteral("s3"), QStringLiteral("FR") });
        const QByteArray hidden = disclosure({ QStringLiteral("s4"), QStringLiteral("secret"), QStringLiteral("x") });
        const QJsonObject payload { { QStringLiteral("iss"), QStringLiteral("https://issuer.example") },
            { QStringLiteral("vct"), QStringLiteral("urn:example:employee") },
            { QStringLiteral("_sd_alg"), QStringLiteral("sha-256") },
            { QStringLiteral("_sd"),
                QJsonArray { QString::fromLatin1(digest(address)), QString::fromLatin1(digest(hidden)) } },
            { QStringLiteral("nationalities"),
                QJsonArray { QStringLiteral("DE"),
                    QJsonObject { { QStringLiteral("..."), QString::fromLatin1(digest(element)) } },
                    QJsonObject { { QStringLiteral("..."), QStringLiteral("undisclosed") } } } } };
        const QByteArray header = b64(json({ { QStringLiteral("alg"), QStringLiteral("ES256") },
            { QStringLiteral("typ"), QStringLiteral("vc+sd-jwt") } }));
        const QByteArray jws = header + "." + b64(json(payload)) + ".c2ln";
        const QByteArray token = jws + "~" + street + "~" + address + "~" + element + "~";
        Result<CompactToken> parsed = CompactToken::parse(token);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->disclosures.size(), 3);
        Result<QJsonObject> claims = SdJwtVcImporter::disclosedClaims(*parsed);
        QVERIFY(claims.ok());
        const QJsonObject addr = claims->value(QStringLiteral("address")).toObject();
        QCOMPARE(addr.value(QStringLiteral("street")).toString(), QStringLiteral("Main St 1"));
        QCOMPARE(addr.value(QStringLiteral("country")).toString(), QStringLiteral("DE"));
        QCOMPARE(claims->value(QStringLiteral("nationalities")).toArray(),
            (QJsonArray { QStringLiteral("DE"), QStringLiteral("FR") }));
        QVERIFY2(!claims->contains(QStringLiteral("secret")), "claims not disclosed stay hidden");
        QVERIFY(!claims->contains(QStringLiteral("_sd_alg")));

        FormatRegistry registry;
        Result<ImportBatch> batch = registry.import(token);
        QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : describe(batch.error())));
        // No name: the title stays empty (the type is not a title); the type is kept for search and display.
        QVERIFY(batch->items.first().record.title.isEmpty());
        QCOMPARE(batch->items.first().record.credentialTypes, QStringList { QStringLiteral("urn:example:employee") });
        QCOMPARE(batch->items.first().original, token);

        Result<CompactToken> badDisclosure = CompactToken::parse(jws + "~" + b64("[1]") + "~");
        QVERIFY(badDisclosure.ok());
        QVERIFY(!SdJwtVcImporter::disclosedClaims(*badDisclosure).ok());
    }

    void sdJwtImporterTakesTheIssuerFromTheSignedPayload_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::addColumn<bool>("issDisclosed");
        for (const char* alg : { "sha-256", "sha-384", "sha-512" }) {
            QTest::newRow(QByteArray(alg) + " iss disclosed") << QString::fromLatin1(alg) << true;
            QTest::newRow(QByteArray(alg) + " control") << QString::fromLatin1(alg) << false;
        }
    }

    void sdJwtImporterTakesTheIssuerFromTheSignedPayload()
    {
        // The verifier reads the issuer from the signed payload; so must the importer, or the window could show
        // an issuer the signature never covered. A disclosed iss is refused, whatever the digest algorithm.
        QFETCH(QString, alg);
        QFETCH(bool, issDisclosed);
        const auto algorithm = jose::sdHashAlgorithmFromName(alg).value();
        auto b64 = [](const QByteArray& data) {
            return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        const QByteArray disclosed = jose::makeDisclosure(QStringLiteral("s1"),
            issDisclosed ? QStringLiteral("iss") : QStringLiteral("given_name"),
            issDisclosed ? QStringLiteral("https://harvard.example") : QStringLiteral("Alex"));
        QJsonObject payload { { QStringLiteral("vct"), QStringLiteral("urn:example:degree") },
            { QStringLiteral("_sd_alg"), alg },
            { QStringLiteral("_sd"), QJsonArray { QString::fromLatin1(jose::sdDigest(algorithm, disclosed)) } } };
        if (!issDisclosed)
            payload.insert(QStringLiteral("iss"), QStringLiteral("https://issuer.example"));
        const QByteArray header = b64(R"({"alg":"EdDSA","typ":"dc+sd-jwt"})");
        const QByteArray token
            = header + "." + b64(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + ".c2ln~" + disclosed + "~";
        FormatRegistry registry;
        Result<ImportBatch> batch = registry.import(token);
        if (issDisclosed) {
            QVERIFY2(!batch.ok(), "an SD-JWT with a disclosed iss was imported");
            return;
        }
        QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : describe(batch.error())));
        QCOMPARE(batch->items.first().record.issuer.id, QStringLiteral("https://issuer.example"));
        QCOMPARE(
            batch->items.first().record.claims.value(QStringLiteral("given_name")).toString(), QStringLiteral("Alex"));
    }
};

QTEST_GUILESS_MAIN(TestFormatParts)
#include "TestFormatParts.moc"
