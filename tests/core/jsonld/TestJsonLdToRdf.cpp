// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "JsonLdTestSupport.h"
#include "core/jsonld/BundledLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace ler;
using namespace jsonldtest;

namespace {

/// Regression floor for the W3C toRdf suite: the count reached when this test was written.
constexpr int kMinToRdfPassed = 456;

const QString kSuiteDir = QStringLiteral(LER_TEST_DATA "/vectors/jsonld");
const QString kDataDir = QStringLiteral(LER_TEST_DATA "/jsonld");

EntryResult runToRdf(const Entry& e)
{
    const Result<QJsonValue> doc = readJson(e.input);
    if (!doc)
        return { Outcome::Failed, doc.error().message.untranslated() };
    const Result<rdf::Dataset> r = jsonld::toRdf(doc.value(), e.options);
    if (e.types.contains(QLatin1String("jld:NegativeEvaluationTest")))
        return checkNegative(e, r ? nullptr : &r.error());
    if (!r)
        return { Outcome::Failed, r.error().message.untranslated() };
    if (e.types.contains(QLatin1String("jld:PositiveSyntaxTest")))
        return { Outcome::Passed, {} };
    QFile f(e.expect);
    if (!f.open(QIODevice::ReadOnly))
        return { Outcome::Failed, QStringLiteral("cannot read %1").arg(e.expect) };
    const Result<rdf::Dataset> expected = parseNQuads(QString::fromUtf8(f.readAll()));
    if (!expected)
        return { Outcome::Failed, expected.error().message.untranslated() };
    if (isomorphic(r.value(), expected.value()))
        return { Outcome::Passed, {} };
    return { Outcome::Failed,
        QStringLiteral("got:\n%1\nexpected:\n%2").arg(toNQuads(r.value()), toNQuads(expected.value())) };
}

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

/// Expands a credential with the bundled contexts only and compares with its canonical N-Quads.
void checkCredential(const QString& jsonFile, const QString& nqFile)
{
    const Result<QJsonValue> doc = readJson(kDataDir + QLatin1Char('/') + jsonFile);
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message.untranslated()));
    const Result<rdf::Dataset> ds = jsonld::toRdf(doc.value());
    QVERIFY2(ds.ok(), qPrintable(ds.ok() ? QString() : ds.error().message.untranslated()));
    const Result<rdf::Dataset> expected = parseNQuads(readText(kDataDir + QLatin1Char('/') + nqFile));
    QVERIFY2(expected.ok(), qPrintable(expected.ok() ? QString() : expected.error().message.untranslated()));
    QVERIFY2(!expected->isEmpty(), "expected quads are empty");
    QVERIFY2(isomorphic(ds.value(), expected.value()),
        qPrintable(QStringLiteral("got:\n%1\nexpected:\n%2").arg(toNQuads(*ds), toNQuads(*expected))));
}

} // namespace

class TestJsonLdToRdf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void w3cSuite()
    {
        const Summary s = runManifest(kSuiteDir, QStringLiteral("toRdf-manifest.jsonld"), runToRdf);
        for (const QString& f : s.failures)
            qInfo().noquote() << "FAIL" << f;
        qInfo().noquote() << s.line(QStringLiteral("toRdf"));
        QVERIFY2(s.total > 400, "the toRdf manifest was not read");
        QVERIFY2(s.passed >= kMinToRdfPassed,
            qPrintable(QStringLiteral("only %1 passed, expected at least %2").arg(s.passed).arg(kMinToRdfPassed)));
    }

    void credentials_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("VC 2.0 alumni") << "vc2-alumni-unsigned.json"
                                       << "vc2-alumni-canon.nq";
        QTest::newRow("OB 3.0") << "ob3-unsigned-credential.json"
                                << "ob3-document-canon.nq";
        QTest::newRow("CLR 2.0") << "clr2-unsigned-credential.json"
                                 << "clr2-document-canon.nq";
        QTest::newRow("DI eddsa-rdfc-2022 proof") << "di-eddsa-rdfc-2022-proof-config.json"
                                                  << "di-eddsa-rdfc-2022-proof-canon.nq";
        QTest::newRow("Ed25519Signature2020 proof") << "ed25519-2020-proof-config.json"
                                                    << "ed25519-2020-proof-canon.nq";
    }

    void credentials()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        checkCredential(input, expected);
    }

    void vc1OpenBadgeExpands()
    {
        const Result<QJsonValue> doc = readJson(kDataDir + QStringLiteral("/ob3-vc1-complete.json"));
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message.untranslated()));
        jsonld::Options opts;
        opts.limits.maxTermDefinitions = 20000; // a real credential stays far below the default limit
        const Result<rdf::Dataset> ds = jsonld::toRdf(doc.value(), opts);
        QVERIFY2(ds.ok(), qPrintable(ds.ok() ? QString() : ds.error().message.untranslated()));
        QStringList types;
        for (const rdf::Quad& q : *ds)
            if (q.predicate.value == QLatin1String("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"))
                types.append(q.object.value);
        QVERIFY2(types.contains(QStringLiteral("https://www.w3.org/2018/credentials#VerifiableCredential")),
            qPrintable(types.join(u' ')));
        QVERIFY2(types.contains(QStringLiteral("https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential")),
            qPrintable(types.join(u' ')));
    }

    void didDocument()
    {
        const QString did = QStringLiteral("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK");
        const QString vm = did + QStringLiteral("#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK");
        const QJsonObject doc {
            { QStringLiteral("@context"),
                QJsonArray { QStringLiteral("https://www.w3.org/ns/did/v1"),
                    QStringLiteral("https://w3id.org/security/multikey/v1") } },
            { QStringLiteral("id"), did },
            { QStringLiteral("verificationMethod"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), vm },
                    { QStringLiteral("type"), QStringLiteral("Multikey") },
                    { QStringLiteral("controller"), did },
                    { QStringLiteral("publicKeyMultibase"), QStringLiteral("z6Mkha") } } } },
            { QStringLiteral("assertionMethod"), QJsonArray { vm } },
        };
        const Result<rdf::Dataset> ds = jsonld::toRdf(doc);
        QVERIFY2(ds.ok(), qPrintable(ds.ok() ? QString() : ds.error().message.untranslated()));
        const QString sec = QStringLiteral("https://w3id.org/security#");
        const auto has = [&](const rdf::Quad& want) { return ds->contains(want); };
        QVERIFY2(has({ rdf::Term::iri(did),
                     rdf::Term::iri(sec + QStringLiteral("assertionMethod")),
                     rdf::Term::iri(vm),
                     rdf::Term::defaultGraph() }),
            qPrintable(toNQuads(*ds)));
        QVERIFY2(has({ rdf::Term::iri(vm),
                     rdf::Term::iri(QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")),
                     rdf::Term::iri(sec + QStringLiteral("Multikey")),
                     rdf::Term::defaultGraph() }),
            qPrintable(toNQuads(*ds)));
        QVERIFY2(has({ rdf::Term::iri(vm),
                     rdf::Term::iri(sec + QStringLiteral("publicKeyMultibase")),
                     rdf::Term::literal(QStringLiteral("z6Mkha"), sec + QStringLiteral("multibase")),
                     rdf::Term::defaultGraph() }),
            qPrintable(toNQuads(*ds)));
    }

    void unknownContextFails()
    {
        const QString url = QStringLiteral("https://example.com/not-bundled/v1");
        const QJsonObject doc { { QStringLiteral("@context"), url }, { QStringLiteral("name"), QStringLiteral("x") } };
        const Result<rdf::Dataset> ds = jsonld::toRdf(doc);
        QVERIFY2(!ds.ok(), "an unknown context must not load");
        QCOMPARE(ds.error().code, ErrorCode::NotFound);
        QCOMPARE(ds.error().reason, QStringLiteral("jsonld/loading remote context failed"));
        QVERIFY2(ds.error().message.untranslated().contains(url), qPrintable(ds.error().message.untranslated()));
    }

    void bundledLoaderServesIndexAndAliases()
    {
        const jsonld::BundledLoader loader;
        QVERIFY2(loader.initError().isEmpty(), qPrintable(loader.initError().untranslated()));
        QCOMPARE(loader.urls().size(), 28);
        for (const QString& url : { QStringLiteral("https://www.w3.org/ns/credentials/v2"),
                 QStringLiteral("https://openbadgespec.org/v2/context.json"),
                 QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context/ob_v3p0.jsonld") }) {
            const Result<jsonld::RemoteDocument> d = loader.load(url);
            QVERIFY2(d.ok(), qPrintable(url));
            QVERIFY2(d->document.toObject().contains(QLatin1String("@context")), qPrintable(url));
        }
        const Result<jsonld::RemoteDocument> slash
            = loader.load(QStringLiteral("https://www.w3.org/ns/credentials/v2/"));
        QVERIFY(!slash.ok());
        QCOMPARE(slash.error().reason, QStringLiteral("jsonld/context-not-bundled"));
    }

    void numbersAndJsonLiterals()
    {
        const QJsonObject doc {
            { QStringLiteral("@id"), QStringLiteral("http://example.org/s") },
            { QStringLiteral("http://example.org/i"), 5 },
            { QStringLiteral("http://example.org/d"), 1.1 },
            { QStringLiteral("http://example.org/big"), 1e21 },
            { QStringLiteral("http://example.org/j"),
                QJsonObject { { QStringLiteral("@type"), QStringLiteral("@json") },
                    { QStringLiteral("@value"),
                        QJsonObject { { QStringLiteral("b"), 1.5 }, { QStringLiteral("a"), true } } } } },
        };
        const Result<rdf::Dataset> ds = jsonld::toRdf(doc);
        QVERIFY2(ds.ok(), qPrintable(ds.ok() ? QString() : ds.error().message.untranslated()));
        QMap<QString, rdf::Term> byPredicate;
        for (const rdf::Quad& q : *ds)
            byPredicate.insert(q.predicate.value, q.object);
        QCOMPARE(byPredicate.value(QStringLiteral("http://example.org/i")).value, QStringLiteral("5"));
        QCOMPARE(byPredicate.value(QStringLiteral("http://example.org/d")).value, QStringLiteral("1.1E0"));
        QCOMPARE(byPredicate.value(QStringLiteral("http://example.org/big")).value, QStringLiteral("1.0E21"));
        QCOMPARE(
            byPredicate.value(QStringLiteral("http://example.org/j")).value, QStringLiteral("{\"a\":true,\"b\":1.5}"));
        QCOMPARE(byPredicate.value(QStringLiteral("http://example.org/j")).datatype,
            QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON"));
    }
};

QTEST_GUILESS_MAIN(TestJsonLdToRdf)
#include "TestJsonLdToRdf.moc"
