// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "JsonLdTestSupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace ler;
using namespace jsonldtest;

namespace {

/// Regression floor for the W3C expand suite: the count reached when this test was written.
constexpr int kMinExpandPassed = 376;

const QString kSuiteDir = QStringLiteral(LER_TEST_DATA "/vectors/jsonld");

EntryResult runExpand(const Entry& e)
{
    const Result<QJsonValue> doc = readJson(e.input);
    if (!doc)
        return { Outcome::Failed, doc.error().message.untranslated() };
    const Result<QJsonArray> r = jsonld::expand(doc.value(), e.options);
    if (e.types.contains(QLatin1String("jld:NegativeEvaluationTest")))
        return checkNegative(e, r ? nullptr : &r.error());
    if (!r)
        return { Outcome::Failed, r.error().message.untranslated() };
    const Result<QJsonValue> expected = readJson(e.expect);
    if (!expected)
        return { Outcome::Failed, expected.error().message.untranslated() };
    if (jsonLdEqual(r.value(), expected.value()))
        return { Outcome::Passed, {} };
    return { Outcome::Failed,
        QStringLiteral("got:\n%1\nexpected:\n%2")
            .arg(QString::fromUtf8(QJsonDocument(r.value()).toJson(QJsonDocument::Compact)),
                QString::fromUtf8(QJsonDocument::fromVariant(expected->toVariant()).toJson(QJsonDocument::Compact))) };
}

/// Answers every URL with a context that includes itself again.
class LoopLoader : public jsonld::DocumentLoader
{
public:
    Result<jsonld::RemoteDocument> load(const QString& url) const override
    {
        return jsonld::RemoteDocument { url,
            QJsonObject { { QStringLiteral("@context"), url + QStringLiteral("x") } } };
    }
};

} // namespace

class TestJsonLdExpand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void w3cSuite()
    {
        const Summary s = runManifest(kSuiteDir, QStringLiteral("expand-manifest.jsonld"), runExpand);
        for (const QString& f : s.failures)
            qInfo().noquote() << "FAIL" << f;
        qInfo().noquote() << s.line(QStringLiteral("expand"));
        QVERIFY2(s.total > 300, "the expand manifest was not read");
        QVERIFY2(s.passed >= kMinExpandPassed,
            qPrintable(QStringLiteral("only %1 passed, expected at least %2").arg(s.passed).arg(kMinExpandPassed)));
    }

    void deepNestingIsRefused()
    {
        QJsonValue v = QJsonObject { { QStringLiteral("@value"), 1 } };
        for (int i = 0; i < 2000; ++i)
            v = QJsonObject { { QStringLiteral("http://example.org/p"), v } };
        const Result<QJsonArray> r = jsonld::expand(v);
        QVERIFY2(!r.ok(), "2000 levels must exceed the nesting limit");
        QCOMPARE(r.error().code, ErrorCode::LimitExceeded);
    }

    void remoteContextLoopIsRefused()
    {
        jsonld::Options opts;
        opts.documentLoader = std::make_shared<LoopLoader>();
        const QJsonObject doc { { QStringLiteral("@context"), QStringLiteral("https://loop.example/c") },
            { QStringLiteral("http://example.org/p"), 1 } };
        const Result<QJsonArray> r = jsonld::expand(doc, opts);
        QVERIFY2(!r.ok(), "a context that includes itself must fail");
        QCOMPARE(r.error().code, ErrorCode::LimitExceeded);
        QCOMPARE(r.error().reason, QStringLiteral("jsonld/context overflow"));
    }

    void repeatedScopedContextsAreBounded()
    {
        QJsonObject scoped;
        for (int i = 0; i < 1000; ++i)
            scoped.insert(QStringLiteral("t%1").arg(i), QStringLiteral("http://example.org/t"));
        const QJsonObject context { { QStringLiteral("p"),
            QJsonObject { { QStringLiteral("@id"), QStringLiteral("http://example.org/p") },
                { QStringLiteral("@context"), scoped } } } };
        QJsonArray nodes;
        for (int i = 0; i < 500; ++i)
            nodes.append(QJsonObject { { QStringLiteral("p"), QJsonObject { { QStringLiteral("t0"), i } } } });
        const QJsonObject doc { { QStringLiteral("@context"), context }, { QStringLiteral("@graph"), nodes } };
        const Result<QJsonArray> r = jsonld::expand(doc);
        QVERIFY2(!r.ok(), "500 nodes re-applying a 1000-term scoped context must hit the term definition limit");
        QCOMPARE(r.error().code, ErrorCode::LimitExceeded);
    }

    void expandsKeywordAliasesAndVocab()
    {
        const QJsonObject doc
            = QJsonDocument::fromJson("{\"@context\": {\"@vocab\": \"http://example.org/\", \"id\": \"@id\", "
                                      "\"type\": \"@type\"}, \"id\": \"http://example.org/a\", \"type\": \"Thing\", "
                                      "\"name\": \"A\"}")
                  .object();
        const Result<QJsonArray> r = jsonld::expand(doc);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message.untranslated()));
        const QJsonValue expected
            = QJsonDocument::fromJson("[{\"@id\": \"http://example.org/a\", \"@type\": [\"http://example.org/Thing\"], "
                                      "\"http://example.org/name\": [{\"@value\": \"A\"}]}]")
                  .array();
        QVERIFY2(jsonLdEqual(r.value(), expected), qPrintable(QString::fromUtf8(QJsonDocument(*r).toJson())));
    }
};

QTEST_GUILESS_MAIN(TestJsonLdExpand)
#include "TestJsonLdExpand.moc"
