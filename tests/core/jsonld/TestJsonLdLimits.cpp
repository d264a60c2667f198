// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/jsonld/DocumentLoader.h"
#include "core/jsonld/JsonLd.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

// JSON-LD context recursion: each limit in jsonld::Limits is accepted at its value and refused one past it.

using namespace ler;

namespace {

/// Serves https://chain.example/1 ... /length: each context includes the next, the last defines "p".
class ChainLoader : public jsonld::DocumentLoader
{
public:
    explicit ChainLoader(int length)
        : m_length(length)
    { }

    Result<jsonld::RemoteDocument> load(const QString& url) const override
    {
        const int n = url.section(QLatin1Char('/'), -1).toInt();
        const QJsonValue context = n < m_length
            ? QJsonValue(QStringLiteral("https://chain.example/%1").arg(n + 1))
            : QJsonValue(QJsonObject { { QStringLiteral("p"), QStringLiteral("http://example.org/p") } });
        return jsonld::RemoteDocument { url, QJsonObject { { QStringLiteral("@context"), context } } };
    }

private:
    int m_length;
};

Result<QJsonArray> expandThroughChain(int length)
{
    jsonld::Options opts;
    opts.documentLoader = std::make_shared<ChainLoader>(length);
    const QJsonObject doc { { QStringLiteral("@context"), QStringLiteral("https://chain.example/1") },
        { QStringLiteral("p"), 1 } };
    return jsonld::expand(doc, opts);
}

/// A context of `terms` terms, each using the next as a prefix: t0 -> t1:x -> ... -> the last, an absolute IRI.
/// Defining t0 defines all of them, one inside the other.
Result<QJsonArray> expandThroughPrefixes(int terms)
{
    QJsonObject context;
    for (int i = 0; i + 1 < terms; ++i) {
        context.insert(QStringLiteral("t%1").arg(i), QStringLiteral("t%1:x").arg(i + 1));
    }
    context.insert(QStringLiteral("t%1").arg(terms - 1), QStringLiteral("http://example.org/"));
    const QJsonObject doc { { QStringLiteral("@context"), context }, { QStringLiteral("t0"), 1 } };
    return jsonld::expand(doc);
}

QString describe(const Result<QJsonArray>& r)
{
    return r.ok() ? QStringLiteral("ok") : r.error().message.untranslated();
}

} // namespace

class TestJsonLdLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void remoteContextChain()
    {
        const int limit = jsonld::Limits().maxRemoteContextChain;
        const auto at = expandThroughChain(limit);
        QVERIFY2(at.ok(), qPrintable(describe(at)));
        QCOMPARE(at->first().toObject().keys(), QStringList { QStringLiteral("http://example.org/p") });
        const auto past = expandThroughChain(limit + 1);
        QVERIFY(!past.ok());
        QCOMPARE(past.error().code, ErrorCode::LimitExceeded);
        QVERIFY2(past.error().reason == QLatin1String("jsonld/context overflow"), qPrintable(describe(past)));
    }

    void termDefinitionRecursion()
    {
        const int limit = jsonld::Limits().maxTermRecursion;
        const auto at = expandThroughPrefixes(limit);
        QVERIFY2(at.ok(), qPrintable(describe(at)));
        const auto past = expandThroughPrefixes(limit + 1);
        QVERIFY(!past.ok());
        QCOMPARE(past.error().code, ErrorCode::LimitExceeded);
        QVERIFY2(past.error().reason == QLatin1String("jsonld/context overflow"), qPrintable(describe(past)));
    }
};

QTEST_GUILESS_MAIN(TestJsonLdLimits)
#include "TestJsonLdLimits.moc"
