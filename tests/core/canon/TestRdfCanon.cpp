// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/canon/RdfCanon.h"
#include "core/rdf/NQuads.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ler;

namespace {

const QString kSuite = QStringLiteral(LER_TEST_DATA "/vectors/rdf-canon/");

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

Result<rdfc::Canonicalized> runOn(const QString& file, const rdfc::Options& options)
{
    Result<rdf::Dataset> dataset = rdf::nquads::parse(readFile(kSuite + file));
    if (!dataset)
        return dataset.error();
    return rdfc::canonicalizeDataset(*dataset, options);
}

/// Runs one manifest entry; returns an empty string on success, else why it failed.
QString runEntry(const QJsonObject& entry, qint64& maxSteps)
{
    const QString type = entry.value(QStringLiteral("type")).toString();
    rdfc::Options options;
    if (entry.value(QStringLiteral("hashAlgorithm")).toString() == QStringLiteral("SHA384"))
        options.hash = rdfc::HashAlgorithm::Sha384;
    QElapsedTimer timer;
    timer.start();
    const Result<rdfc::Canonicalized> out = runOn(entry.value(QStringLiteral("action")).toString(), options);
    if (type == QStringLiteral("rdfc:RDFC10NegativeEvalTest")) {
        if (out.ok())
            return QStringLiteral("poison graph was accepted");
        if (out.error().code != ErrorCode::LimitExceeded
            || out.error().reason != QLatin1String("canon/rdf-too-much-work"))
            return QStringLiteral("wrong error: ") + out.error().message.untranslated();
        return timer.elapsed() < 5000 ? QString() : QStringLiteral("refusal took %1 ms").arg(timer.elapsed());
    }
    if (!out.ok())
        return out.error().message.untranslated();
    maxSteps = std::max(maxSteps, out->workSteps);
    const QByteArray expected = readFile(kSuite + entry.value(QStringLiteral("result")).toString());
    if (type == QStringLiteral("rdfc:RDFC10EvalTest"))
        return out->nquads == expected ? QString()
                                       : QStringLiteral("output differs:\n") + QString::fromUtf8(out->nquads);
    if (type == QStringLiteral("rdfc:RDFC10MapTest")) {
        QJsonObject got;
        for (auto it = out->issuedLabels.cbegin(); it != out->issuedLabels.cend(); ++it)
            got.insert(it.key(), it.value());
        return got == QJsonDocument::fromJson(expected).object() ? QString() : QStringLiteral("map differs");
    }
    return QStringLiteral("unknown test type ") + type;
}

} // namespace

class TestRdfCanon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void suite()
    {
        const QJsonArray entries = QJsonDocument::fromJson(readFile(kSuite + QStringLiteral("manifest.jsonld")))
                                       .object()
                                       .value(QStringLiteral("entries"))
                                       .toArray();
        QVERIFY2(entries.size() == 86, "the RDFC-1.0 manifest should list 86 entries");
        int passed = 0;
        qint64 maxSteps = 0;
        QStringList failures;
        for (const QJsonValue& v : entries) {
            const QJsonObject entry = v.toObject();
            const QString why = runEntry(entry, maxSteps);
            if (why.isEmpty())
                ++passed;
            else
                failures.append(entry.value(QStringLiteral("id")).toString() + QStringLiteral(": ") + why);
        }
        qInfo("RDFC-1.0 suite: %d/%lld passed (most work in a positive test: %lld steps)",
            passed,
            qint64(entries.size()),
            maxSteps);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    void textApi()
    {
        const Result<QByteArray> out = rdfc::canonicalize("_:x <urn:ex:p> \"v\" .\n_:x <urn:ex:p> \"v\" .\n");
        QVERIFY2(out.ok(), "a simple graph should canonicalize");
        QCOMPARE(*out, QByteArray("_:c14n0 <urn:ex:p> \"v\" .\n"));
        const Result<QByteArray> bad = rdfc::canonicalize("_:x <urn:ex:p> \"v\"\n");
        QVERIFY2(!bad.ok() && bad.error().code == ErrorCode::InvalidInput, "parse errors must pass through");
        const Result<QByteArray> empty = rdfc::canonicalize(QByteArray());
        QVERIFY2(empty.ok() && empty->isEmpty(), "an empty dataset gives empty output");
    }

    void hashChoiceMatters()
    {
        rdfc::Options sha384;
        sha384.hash = rdfc::HashAlgorithm::Sha384;
        const QString input = QStringLiteral("rdfc10/test075-in.nq");
        const Result<rdfc::Canonicalized> a = runOn(input, {});
        const Result<rdfc::Canonicalized> b = runOn(input, sha384);
        QVERIFY2(a.ok() && b.ok(), "both hashes should work");
        QVERIFY2(a->issuedLabels != b->issuedLabels, "SHA-256 and SHA-384 label this graph differently");
    }

    void limitIsConfigurable()
    {
        rdfc::Options tight;
        tight.maxWorkSteps = 1;
        const Result<rdfc::Canonicalized> out = runOn(QStringLiteral("rdfc10/test021-in.nq"), tight);
        QVERIFY2(!out.ok() && out.error().code == ErrorCode::LimitExceeded, "a tight bound must stop the run");
        const Result<rdfc::Canonicalized> simple = runOn(QStringLiteral("rdfc10/test003-in.nq"), tight);
        QVERIFY2(simple.ok() && simple->workSteps == 0, "graphs without shared hashes need no N-degree work");
    }
};

QTEST_GUILESS_MAIN(TestRdfCanon)
#include "TestRdfCanon.moc"
