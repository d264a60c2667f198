// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/model/Record.h"

#include <QJsonArray>
#include <QTest>

using namespace ler;
using namespace ler::model;

namespace {

Record sampleRecord()
{
    Record r;
    r.kind = RecordKind::Education;
    r.title = QStringLiteral("Bachelor of Science");
    r.description = QStringLiteral("Computer science major");
    r.issuer = { QStringLiteral("Example University"),
        QStringLiteral("https://example.edu/issuer"),
        QStringLiteral("https://example.edu"),
        QStringLiteral("https://example.edu/logo.png") };
    r.subjects = { { QStringLiteral("emailAddress"), QStringLiteral("sha256$abc"), true, QStringLiteral("pepper") } };
    r.dates.issued = QDateTime::fromString(QStringLiteral("2020-06-01T12:00:00Z"), Qt::ISODate);
    r.dates.validFrom = QDateTime::fromString(QStringLiteral("2020-06-01T12:00:00.250+02:00"), Qt::ISODateWithMs);
    r.dates.activityStart = QDate(2016, 9, 1);
    r.dates.activityEnd = QDate(2020, 5, 31);
    r.achievement = { QStringLiteral("Degree"),
        QStringLiteral("Pass all courses"),
        QStringLiteral("img"),
        QStringLiteral("120.0"),
        QStringLiteral("A"),
        QStringLiteral("Bachelor") };
    r.alignments = { { QStringLiteral("Programming"),
        QStringLiteral("ESCO"),
        QStringLiteral("S1.2"),
        QStringLiteral("https://esco.example/s1") } };
    r.evidence = { { QStringLiteral("https://example.edu/thesis"), QStringLiteral("Thesis"), {}, {} } };
    r.links = { QStringLiteral("https://example.edu/credentials/1") };
    r.sourceFormat = SourceFormat::PescCollegeTranscript;
    r.sourceVersion = QStringLiteral("v1.4.0");
    r.credentialId = QStringLiteral("urn:uuid:1");
    r.credentialTypes = { QStringLiteral("CollegeTranscript") };
    r.unverified = true;
    r.location = QStringLiteral("Austin, TX");
    r.courses = { { QStringLiteral("Algorithms"),
        QStringLiteral("CS 301"),
        QStringLiteral("3"),
        QStringLiteral("B+"),
        QStringLiteral("Fall 2018") } };
    r.gpa = QStringLiteral("3.50");
    r.degrees = { { QStringLiteral("BSc"), QStringLiteral("Bachelor"), QDate(2020, 5, 31), QStringLiteral("CS") } };
    r.associations = { { QStringLiteral("isParentOf"), QStringLiteral("urn:a"), QStringLiteral("urn:b") } };
    r.parentCredentialId = QStringLiteral("urn:clr");
    r.claims.insert(QStringLiteral("honors"), QJsonArray { QStringLiteral("Cum Laude") });
    return r;
}

} // namespace

class TestRecord : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonRoundTrip()
    {
        const Record r = sampleRecord();
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QStringLiteral("schema")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("education"));
        QCOMPARE(json.value(QStringLiteral("sourceFormat")).toString(), QStringLiteral("pesc-college-transcript"));
        Result<Record> back = Record::fromJson(json);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message.untranslated()));
        QVERIFY2(*back == r, "fromJson(toJson()) must give the same record");
        QCOMPARE(back->toJson(), json);
    }

    void emptyRecordRoundTrip()
    {
        Record r;
        Result<Record> back = Record::fromJson(r.toJson());
        QVERIFY(back.ok());
        QVERIFY(*back == r);
    }

    void names_data()
    {
        QTest::addColumn<int>("kind");
        for (int k = int(RecordKind::Education); k <= int(RecordKind::Other); ++k)
            QTest::newRow(qPrintable(kindName(RecordKind(k)))) << k;
    }

    void names()
    {
        QFETCH(int, kind);
        QCOMPARE(kindFromName(kindName(RecordKind(kind))), std::optional<RecordKind>(RecordKind(kind)));
        for (int f = int(SourceFormat::OpenBadges2); f <= int(SourceFormat::SelfAsserted); ++f)
            QCOMPARE(sourceFormatFromName(sourceFormatName(SourceFormat(f))), std::optional(SourceFormat(f)));
    }

    void fromJsonRejects_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QJsonObject good = sampleRecord().toJson();
        QJsonObject noSchema = good;
        noSchema.remove(QStringLiteral("schema"));
        QJsonObject future = good;
        future.insert(QStringLiteral("schema"), 99);
        QJsonObject badKind = good;
        badKind.insert(QStringLiteral("kind"), QStringLiteral("hobby"));
        QJsonObject badFormat = good;
        badFormat.insert(QStringLiteral("sourceFormat"), QStringLiteral("fax"));
        const QString version = QStringLiteral("model/record-version-unknown");
        QTest::newRow("no schema") << noSchema << int(ErrorCode::Unsupported) << version;
        QTest::newRow("newer schema") << future << int(ErrorCode::Unsupported) << version;
        QTest::newRow("unknown kind") << badKind << int(ErrorCode::InvalidInput)
                                      << QStringLiteral("model/record-kind-unknown");
        QTest::newRow("unknown format") << badFormat << int(ErrorCode::InvalidInput)
                                        << QStringLiteral("model/record-source-unknown");
    }

    void fromJsonRejects()
    {
        QFETCH(QJsonObject, json);
        QFETCH(int, code);
        Result<Record> r = Record::fromJson(json);
        QVERIFY2(!r.ok(), "fromJson must refuse this JSON");
        QCOMPARE(int(r.error().code), code);
        QVERIFY2(!r.error().message.isEmpty(), "the error needs a message");
        QFETCH(QString, reason);
        QCOMPARE(r.error().reason, reason);
    }

    void searchableText()
    {
        const QString text = sampleRecord().searchableText();
        for (const char* word : { "Bachelor of Science",
                 "Example University",
                 "Algorithms",
                 "CS 301",
                 "Programming",
                 "Cum Laude",
                 "Thesis",
                 "3.50" }) {
            QVERIFY2(text.contains(QLatin1String(word)), word);
        }
        QVERIFY2(!text.contains(QLatin1String("sha256$abc")), "hashed identifiers are not indexed");
    }
};

QTEST_GUILESS_MAIN(TestRecord)
#include "TestRecord.moc"
