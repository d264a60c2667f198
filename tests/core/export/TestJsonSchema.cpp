// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/export/JsonSchema.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ler;
using namespace ler::exports;

namespace {

QJsonValue readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("missing %s", qPrintable(path));
    }
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

/// Suite cases that need what the validator deliberately leaves out: fetching remote schemas, "id" changing the
/// base URI, and boolean-valued "$ref" siblings from later drafts.
const QStringList kUnsupported {
    QStringLiteral("remote ref"),
    QStringLiteral("remote ref, containing refs itself"),
    QStringLiteral("Location-independent identifier"),
    QStringLiteral("$ref prevents a sibling id from changing the base uri"),
    QStringLiteral("id with file URI still resolves pointers"),
    QStringLiteral("Recursive references between schemas"),
    QStringLiteral("refs with relative uris and defs"),
    QStringLiteral("relative refs with absolute uris and defs"),
    QStringLiteral("simple URN base URI with $ref via the URN"),
    QStringLiteral("naive replacement of $ref with its destination is not correct"),
    QStringLiteral("ref to if"),
    QStringLiteral("empty tokens in $ref json-pointer"),
    QStringLiteral("ref creates new scope when adjacent to keywords"),
    QStringLiteral("$id must be resolved against nearest parent, not just immediate parent"),
    QStringLiteral("id must be resolved against nearest parent, not just immediate parent"),
    QStringLiteral("Location-independent identifier with base URI change in subschema"),
    QStringLiteral("Location-independent identifier with absolute URI"),
    QStringLiteral("$ref to boolean schema true"),
    QStringLiteral("$ref to boolean schema false"),
    QStringLiteral("$ref with absolute-path-reference"),
    QStringLiteral("id with file URI still resolves pointers - *nix"),
    QStringLiteral("id with file URI still resolves pointers - windows"),
};

} // namespace

class TestJsonSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /// The official JSON Schema Test Suite (draft 4) for every keyword the validator supports.
    void suite_data()
    {
        QTest::addColumn<QJsonObject>("schema");
        QTest::addColumn<QJsonValue>("data");
        QTest::addColumn<bool>("valid");
        const QDir dir(QStringLiteral(LER_TEST_DATA "/jsonschema/draft4"));
        int rows = 0;
        for (const QString& name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
            for (const QJsonValue& group : readJson(dir.filePath(name)).toArray()) {
                const QJsonObject g = group.toObject();
                if (kUnsupported.contains(g.value(QStringLiteral("description")).toString())) {
                    continue;
                }
                for (const QJsonValue& t : g.value(QStringLiteral("tests")).toArray()) {
                    const QJsonObject test = t.toObject();
                    const QString label = name + QStringLiteral(": ")
                        + g.value(QStringLiteral("description")).toString() + QStringLiteral(" / ")
                        + test.value(QStringLiteral("description")).toString();
                    QTest::newRow(qPrintable(label))
                        << g.value(QStringLiteral("schema")).toObject() << test.value(QStringLiteral("data"))
                        << test.value(QStringLiteral("valid")).toBool();
                    ++rows;
                }
            }
        }
        QVERIFY2(rows > 300, "the suite files are all there");
    }

    void suite()
    {
        QFETCH(QJsonObject, schema);
        QFETCH(QJsonValue, data);
        QFETCH(bool, valid);
        SchemaSet set;
        const QUrl uri(QStringLiteral("https://suite.example/schema.json"));
        QVERIFY(set.add(uri, schema));
        const QStringList errors = set.validate(data, uri);
        QVERIFY2(errors.isEmpty() == valid, qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void relativeReferencesAcrossFiles()
    {
        SchemaSet set;
        QVERIFY(set.add(QUrl(QStringLiteral("https://x.example/a/main.json")),
            QJsonDocument::fromJson("{\"properties\": {\"n\": {\"$ref\": \"../b/name.json#/definitions/name\"}}}")
                .object()));
        QVERIFY(set.add(QUrl(QStringLiteral("https://x.example/b/name.json")),
            QJsonDocument::fromJson("{\"definitions\": {\"name\": {\"type\": \"string\", \"minLength\": 2}}}")
                .object()));
        const QUrl main(QStringLiteral("https://x.example/a/main.json"));
        QVERIFY(set.validate(QJsonDocument::fromJson("{\"n\": \"Ana\"}").object(), main).isEmpty());
        const QStringList errors = set.validate(QJsonDocument::fromJson("{\"n\": \"A\"}").object(), main);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().startsWith(QStringLiteral("/n:")), qPrintable(errors.first()));
    }

    void aMissingSchemaFileIsAProblemNotAPass()
    {
        SchemaSet set;
        const QUrl main(QStringLiteral("https://x.example/main.json"));
        QVERIFY(set.add(main, QJsonDocument::fromJson("{\"$ref\": \"missing.json#\"}").object()));
        const QStringList errors = set.validate(QJsonObject(), main);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QStringLiteral("not loaded")), qPrintable(errors.first()));
    }

    /// Each way a schema fails to load is told apart by its reason.
    void loadingRefusalsHaveReasons()
    {
        SchemaSet set;
        QCOMPARE(set.add(QUrl(QStringLiteral("relative.json")), QJsonObject()).error().reason,
            QStringLiteral("export/schema-id-not-absolute"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QUrl base(QStringLiteral("https://x.example/"));
        QCOMPARE(set.addFolder(dir.path(), base).error().reason, QStringLiteral("export/schema-none"));
        QCOMPARE(set.addFile(dir.filePath(QStringLiteral("absent.json")), base).error().reason,
            QStringLiteral("export/schema-unreadable"));
        QFile array(dir.filePath(QStringLiteral("array.json")));
        QVERIFY(array.open(QIODevice::WriteOnly));
        array.write("[1, 2]");
        array.close();
        QCOMPARE(set.addFile(array.fileName(), base).error().reason, QStringLiteral("export/schema-not-object"));
    }

    void formats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("date-time utc") << "date-time"
                                       << "2024-05-03T10:00:00Z" << true;
        QTest::newRow("date-time offset") << "date-time"
                                          << "2024-05-03T10:00:00.5+02:00" << true;
        QTest::newRow("date-time no zone") << "date-time"
                                           << "2024-05-03T10:00:00" << false;
        QTest::newRow("date-time bad day") << "date-time"
                                           << "2024-02-30T10:00:00Z" << false;
        QTest::newRow("date") << "date"
                              << "2024-02-29" << true;
        QTest::newRow("date not leap") << "date"
                                       << "2023-02-29" << false;
        QTest::newRow("email") << "email"
                               << "erika@example.com" << true;
        QTest::newRow("email no at") << "email"
                                     << "erika.example.com" << false;
        QTest::newRow("uri") << "uri"
                             << "https://example.com/a?b" << true;
        QTest::newRow("urn") << "uri"
                             << "urn:uuid:1234" << true;
        QTest::newRow("relative") << "uri"
                                  << "/just/a/path" << false;
        QTest::newRow("unknown format passes") << "color"
                                               << "blue-ish" << true;
    }

    void formats()
    {
        QFETCH(QString, format);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        SchemaSet set;
        const QUrl uri(QStringLiteral("https://x.example/f.json"));
        QVERIFY(set.add(uri, QJsonObject { { QStringLiteral("format"), format } }));
        QCOMPARE(set.validate(value, uri).isEmpty(), valid);
    }
};

QTEST_GUILESS_MAIN(TestJsonSchema)
#include "TestJsonSchema.moc"
