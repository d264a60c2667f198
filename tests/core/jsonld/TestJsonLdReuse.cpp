// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "JsonLdTestSupport.h"
#include "core/canon/RdfCanon.h"
#include "core/jsonld/ContextCache.h"
#include "core/rdf/NQuads.h"

#include <QFile>
#include <QTest>
#include <thread>
#include <vector>

using namespace ler;
using namespace jsonldtest;

namespace {

const QString kSuiteDir = QStringLiteral(LER_TEST_DATA "/vectors/jsonld");
const QString kDataDir = QStringLiteral(LER_TEST_DATA "/jsonld");

/// A loader over the same documents that keeps processed contexts between calls, as the bundled loader does.
class CachingLoader : public jsonld::DocumentLoader
{
public:
    explicit CachingLoader(std::shared_ptr<const jsonld::DocumentLoader> inner)
        : m_inner(std::move(inner))
    { }
    Result<jsonld::RemoteDocument> load(const QString& url) const override { return m_inner->load(url); }
    jsonld::ContextCache* contextCache() const override { return &m_cache; }

private:
    std::shared_ptr<const jsonld::DocumentLoader> m_inner;
    mutable jsonld::ContextCache m_cache;
};

/// What one toRdf call gives, as bytes: the N-Quads (blank nodes as labelled), then the canonical N-Quads; or the
/// error message.
QByteArray outputBytes(const QJsonValue& doc, const jsonld::Options& options)
{
    const Result<rdf::Dataset> ds = jsonld::toRdf(doc, options);
    if (!ds)
        return "error: " + ds.error().message.untranslated().toUtf8();
    QByteArray out = rdf::nquads::serialize(*ds);
    const Result<rdfc::Canonicalized> canon = rdfc::canonicalizeDataset(*ds);
    out += "--- canonical\n";
    out += canon ? canon->nquads : "error: " + canon.error().message.untranslated().toUtf8();
    return out;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

/// Reusing processed contexts (within a call, across calls, across threads) must not change one byte of output.
class TestJsonLdReuse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void w3cSuiteSameBytesWithAndWithoutReuse()
    {
        std::shared_ptr<CachingLoader> caching;
        int compared = 0;
        const Summary s = runManifest(kSuiteDir, QStringLiteral("toRdf-manifest.jsonld"), [&](const Entry& e) {
            if (!caching)
                caching = std::make_shared<CachingLoader>(e.options.documentLoader);
            const Result<QJsonValue> doc = readJson(e.input);
            if (!doc)
                return EntryResult { Outcome::Failed, doc.error().message.untranslated() };
            jsonld::Options fresh = e.options;
            fresh.reuseContexts = false;
            jsonld::Options memo = e.options; // reuse within the call only: the suite's loader keeps no cache
            jsonld::Options shared = e.options;
            shared.documentLoader = caching;
            const QByteArray expected = outputBytes(doc.value(), fresh);
            for (const auto& [name, options] : { std::pair { "memo", memo },
                     std::pair { "shared, first", shared },
                     std::pair { "shared, again", shared } }) {
                const QByteArray got = outputBytes(doc.value(), options);
                if (got != expected)
                    return EntryResult { Outcome::Failed,
                        QStringLiteral("%1 differs:\n%2\nwithout reuse:\n%3")
                            .arg(QLatin1String(name), QString::fromUtf8(got), QString::fromUtf8(expected)) };
            }
            if (!expected.startsWith("error: "))
                ++compared;
            return EntryResult { Outcome::Passed, {} };
        });
        for (const QString& f : s.failures)
            qInfo().noquote() << "FAIL" << f;
        qInfo().noquote() << s.line(QStringLiteral("toRdf with and without reuse")) << compared << "datasets compared";
        QVERIFY2(s.failed == 0, qPrintable(QStringLiteral("%1 entries differ").arg(s.failed)));
        QVERIFY2(compared > 350, qPrintable(QStringLiteral("only %1 datasets compared").arg(compared)));
        QVERIFY2(caching && caching->contextCache()->stats().hits > 0, "the shared cache was never used");
    }

    void credentials_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<bool>("safeMode");
        const std::pair<const char*, const char*> files[] = {
            { "vc2-alumni-unsigned.json", "vc2-alumni-canon.nq" },
            { "ob3-unsigned-credential.json", "ob3-document-canon.nq" },
            { "clr2-unsigned-credential.json", "clr2-document-canon.nq" },
            { "di-eddsa-rdfc-2022-proof-config.json", "di-eddsa-rdfc-2022-proof-canon.nq" },
            { "ed25519-2020-proof-config.json", "ed25519-2020-proof-canon.nq" },
        };
        for (const auto& [input, canonical] : files) {
            QTest::addRow("%s", input) << QString::fromLatin1(input) << QString::fromLatin1(canonical) << false;
            QTest::addRow("%s, safe mode", input)
                << QString::fromLatin1(input) << QString::fromLatin1(canonical) << true;
        }
    }

    /// The bundled contexts, cold and warm, and from several threads at once: the canonical bytes are the
    /// published ones every time.
    void credentials()
    {
        QFETCH(QString, input);
        QFETCH(QString, canonical);
        QFETCH(bool, safeMode);
        const Result<QJsonValue> doc = readJson(kDataDir + QLatin1Char('/') + input);
        QVERIFY2(doc.ok(), qPrintable(input));
        const QByteArray published = readFile(kDataDir + QLatin1Char('/') + canonical);
        QVERIFY2(!published.isEmpty(), qPrintable(canonical));

        jsonld::Options fresh;
        fresh.safeMode = safeMode;
        fresh.reuseContexts = false;
        jsonld::Options reuse = fresh;
        reuse.reuseContexts = true;
        const QByteArray expected = outputBytes(doc.value(), fresh);
        QVERIFY2(expected.endsWith("--- canonical\n" + published), expected.constData());

        jsonld::ContextCache* cache = jsonld::bundledLoader()->contextCache();
        QVERIFY(cache);
        cache->clear();
        QCOMPARE(outputBytes(doc.value(), reuse), expected); // cold
        const qint64 hitsBefore = cache->stats().hits;
        QCOMPARE(outputBytes(doc.value(), reuse), expected); // warm
        QVERIFY2(cache->stats().hits > hitsBefore, "the second call did not reuse the contexts of the first");

        cache->clear();
        constexpr int kThreads = 4;
        std::vector<QByteArray> results(kThreads * 5);
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t)
            threads.emplace_back([&, t] {
                for (int i = 0; i < 5; ++i)
                    results[size_t(t * 5 + i)] = outputBytes(doc.value(), reuse);
            });
        for (std::thread& t : threads)
            t.join();
        for (const QByteArray& r : results)
            QCOMPARE(r, expected);
    }
};

QTEST_GUILESS_MAIN(TestJsonLdReuse)
#include "TestJsonLdReuse.moc"
