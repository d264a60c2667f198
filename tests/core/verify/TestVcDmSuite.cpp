// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// Every input of the W3C VC Data Model 2.0 test suite (tests/data/vectors/vc-dm2-suite), verified as a file:
// well-formed inputs pass the format check, malformed ones fail it with the reason that names their problem.
#include "core/verify/Verifier.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTest>

using namespace ler;
using namespace ler::verify;

namespace {

const QString kInputDir = QStringLiteral(LER_TEST_DATA "/vectors/vc-dm2-suite/input");
const QString kIssuer = QStringLiteral("did:key:z6MkpJySvETLnxhQG9DzEdmKJtysBDjuuTeDfUj1uNNCUqcj");
const QDateTime kNow(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);

/// The reason (Check::reason of the format check) each malformed input must be refused with.
const QMap<QString, QString>& expectedReasons()
{
    static const QMap<QString, QString> reasons {
        { QStringLiteral("credential-context-combo3-fail.json"), QStringLiteral("@context[1]/not-url") },
        { QStringLiteral("credential-context-combo4-fail.json"), QStringLiteral("@context[1]/not-url-or-object") },
        { QStringLiteral("credential-evidence-missing-type-fail.json"), QStringLiteral("evidence.type/missing") },
        { QStringLiteral("credential-id-multi-fail.json"), QStringLiteral("id/not-single") },
        { QStringLiteral("credential-id-nonidentifier-fail.json"), QStringLiteral("id/not-url") },
        { QStringLiteral("credential-id-not-url-fail.json"), QStringLiteral("id/not-url") },
        { QStringLiteral("credential-id-subject-multi-fail.json"), QStringLiteral("credentialSubject.id/not-single") },
        { QStringLiteral("credential-issuer-no-url-fail.json"), QStringLiteral("issuer/not-url") },
        { QStringLiteral("credential-issuer-null-fail.json"), QStringLiteral("issuer/not-url") },
        { QStringLiteral("credential-issuer-object-id-no-url-fail.json"), QStringLiteral("issuer.id/not-url") },
        { QStringLiteral("credential-issuer-object-id-null-fail.json"), QStringLiteral("issuer.id/not-url") },
        { QStringLiteral("credential-missing-base-context-fail-or-inject.json"),
            QStringLiteral("@context/not-base-first") },
        { QStringLiteral("credential-missing-required-type-fail.json"),
            QStringLiteral("type/lacks-VerifiableCredential") },
        { QStringLiteral("credential-no-context-fail-or-inject.json"), QStringLiteral("@context/missing") },
        // The suite's issuers add the issuer; what is left wrong is the empty subject (see noIssuerWithoutInjection).
        { QStringLiteral("credential-no-issuer-fail.json"), QStringLiteral("credentialSubject/no-claims") },
        { QStringLiteral("credential-no-subject-fail.json"), QStringLiteral("credentialSubject/missing") },
        { QStringLiteral("credential-no-type-fail.json"), QStringLiteral("type/missing") },
        { QStringLiteral("credential-proof-missing-type-fail.json"), QStringLiteral("proof.type/missing") },
        { QStringLiteral("credential-redef-type-fail.json"), QStringLiteral("@context/protected-term-redefinition") },
        { QStringLiteral("credential-redef-type2-fail.json"), QStringLiteral("@context/protected-term-redefinition") },
        { QStringLiteral("credential-refresh-no-type-fail.json"), QStringLiteral("refreshService.type/missing") },
        { QStringLiteral("credential-schema-no-id-fail.json"), QStringLiteral("credentialSchema.id/missing") },
        { QStringLiteral("credential-schema-no-type-fail.json"), QStringLiteral("credentialSchema.type/missing") },
        { QStringLiteral("credential-schema-non-url-id-fail.json"), QStringLiteral("credentialSchema.id/not-url") },
        { QStringLiteral("credential-status-missing-type-fail.json"), QStringLiteral("credentialStatus.type/missing") },
        { QStringLiteral("credential-status-multiple-id-fail.json"), QStringLiteral("credentialStatus.id/not-single") },
        { QStringLiteral("credential-status-nonurl-id-fail.json"), QStringLiteral("credentialStatus.id/not-url") },
        { QStringLiteral("credential-status-type-nonurl-fail.json"),
            QStringLiteral("credentialStatus.type/invalid-type") },
        { QStringLiteral("credential-subject-multiple-empty-fail.json"),
            QStringLiteral("credentialSubject[1]/no-claims") },
        { QStringLiteral("credential-subject-no-claims-fail.json"), QStringLiteral("credentialSubject/no-claims") },
        { QStringLiteral("credential-termsofuse-missing-type-fail.json"), QStringLiteral("termsOfUse.type/missing") },
        { QStringLiteral("credential-termsofuse-no-type-fail.json"), QStringLiteral("termsOfUse.type/missing") },
        // The term maps to "https ://not-a-url#...", which JSON-LD refuses as an IRI mapping.
        { QStringLiteral("credential-type-mapped-nonurl-fail.json"), QStringLiteral("@context/invalid-IRI-mapping") },
        { QStringLiteral("credential-type-unmapped-fail.json"), QStringLiteral("type/not-mapped") },
        { QStringLiteral("credential-validUntil-validFrom-fail.json"), QStringLiteral("validUntil/before-validFrom") },
        { QStringLiteral("credential-validfrom-invalid-fail.json"), QStringLiteral("validFrom/not-datetimestamp") },
        { QStringLiteral("credential-validuntil-invalid-fail.json"), QStringLiteral("validUntil/not-datetimestamp") },
        { QStringLiteral("presentation-context-order-fail.json"), QStringLiteral("@context/not-base-first") },
        { QStringLiteral("presentation-enveloped-vc-missing-type-fail.json"),
            QStringLiteral("verifiableCredential[0].type/missing") },
        { QStringLiteral("presentation-holder-fail.json"), QStringLiteral("holder/not-url") },
        { QStringLiteral("presentation-holder-name-fail.json"), QStringLiteral("holder.id/missing") },
        { QStringLiteral("presentation-holder-object-fail.json"), QStringLiteral("holder.id/not-url") },
        { QStringLiteral("presentation-missing-base-context-fail.json"), QStringLiteral("@context/not-base-first") },
        { QStringLiteral("presentation-missing-required-type-fail.json"),
            QStringLiteral("type/lacks-VerifiablePresentation") },
        { QStringLiteral("presentation-no-context-fail-or-inject.json"), QStringLiteral("@context/missing") },
        { QStringLiteral("presentation-no-type-fail.json"), QStringLiteral("type/missing") },
        { QStringLiteral("presentation-vc-as-string-fail.json"), QStringLiteral("verifiableCredential[0]/not-object") },
        { QStringLiteral("presentation-vc-missing-required-type-fail.json"),
            QStringLiteral("verifiableCredential[0].type/missing") },
        { QStringLiteral("names-and-descriptions/credential-description-extra-prop-en-fail.json"),
            QStringLiteral("description/not-language-value") },
        { QStringLiteral("names-and-descriptions/credential-name-extra-prop-en-fail.json"),
            QStringLiteral("name/not-language-value") },
        { QStringLiteral("names-and-descriptions/issuer-description-extra-prop-en-fail.json"),
            QStringLiteral("issuer.description/not-language-value") },
        { QStringLiteral("names-and-descriptions/issuer-name-extra-prop-en-fail.json"),
            QStringLiteral("issuer.name/not-language-value") },
    };
    return reasons;
}

bool isPresentation(const QJsonObject& doc)
{
    const QJsonValue t = doc.value(QLatin1String("type"));
    const QJsonArray types = t.isArray() ? t.toArray() : QJsonArray { t };
    for (const QJsonValue& v : types)
        if (v.toString().endsWith(QLatin1String("Presentation")))
            return true;
    return doc.contains(QLatin1String("verifiableCredential")) || doc.contains(QLatin1String("holder"));
}

/// What the suite's harness does before it hands an input to an issuer: the issuer's id goes where the input leaves
/// it (no issuer, or an issuer object without id; an explicit null stays), and the FUTURE/PAST DATE placeholders
/// become times a year from now and a year ago.
QByteArray prepared(const QString& file, bool injectIssuer = true)
{
    QFile f(kInputDir + QLatin1Char('/') + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    if (injectIssuer && !isPresentation(doc)) {
        const QJsonValue issuer = doc.value(QLatin1String("issuer"));
        if (issuer.isObject()) {
            QJsonObject o = issuer.toObject();
            if (!(o.contains(QLatin1String("id")) && o.value(QLatin1String("id")).isNull())
                && o.value(QLatin1String("id")).toString().isEmpty())
                o.insert(QStringLiteral("id"), kIssuer);
            doc.insert(QStringLiteral("issuer"), o);
        } else if (issuer.isUndefined()) {
            doc.insert(QStringLiteral("issuer"), kIssuer);
        }
    }
    QByteArray bytes = QJsonDocument(doc).toJson(QJsonDocument::Compact);
    bytes.replace("\"FUTURE DATE\"", '"' + kNow.addYears(1).toString(Qt::ISODate).toLatin1() + '"');
    bytes.replace("\"PAST DATE\"", '"' + kNow.addYears(-1).toString(Qt::ISODate).toLatin1() + '"');
    return bytes;
}

QStringList inputs()
{
    QStringList out;
    QDirIterator it(kInputDir, { QStringLiteral("*.json") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QDir(kInputDir).relativeFilePath(it.next()));
    out.sort();
    return out;
}

Report verifyFile(const QByteArray& bytes, const QString& name)
{
    Verifier::Options options;
    options.offline = true;
    options.now = kNow;
    auto report = Verifier(options).verify(bytes, name);
    if (!report)
        return Report { name, {}, Outcome::NotVerified, {}, {}, report.error().message };
    return *report;
}

QString describe(const Report& r)
{
    return QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

class TestVcDmSuite : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inputsAreAllRead()
    {
        const QStringList files = inputs();
        QCOMPARE(files.size(), 120);
        int malformed = 0;
        for (const QString& f : files)
            malformed += f.contains(QLatin1String("-fail")) ? 1 : 0;
        QCOMPARE(malformed, 52);
        // Every malformed input has its reason in the table, and the table names no file that is not there.
        for (const QString& f : files)
            QVERIFY2(!f.contains(QLatin1String("-fail")) || expectedReasons().contains(f), qPrintable(f));
        for (const QString& f : expectedReasons().keys())
            QVERIFY2(files.contains(f), qPrintable(f));
    }

    void wellFormedInputsPass_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString& f : inputs())
            if (!f.contains(QLatin1String("-fail")))
                QTest::newRow(qPrintable(f)) << f;
    }
    void wellFormedInputsPass()
    {
        QFETCH(QString, file);
        const QByteArray bytes = prepared(file);
        QVERIFY2(!bytes.isEmpty(), "input missing");
        const Report r = verifyFile(bytes, file);
        const Check* format = r.check(reportid::kFormat);
        QVERIFY2(format && format->status == Check::Passed, qPrintable(describe(r)));
        QVERIFY2(format->reason.isEmpty(), qPrintable(format->reason));
        for (const Report& nested : r.credentials) {
            const Check* f = nested.check(reportid::kFormat);
            // A credential inside a presentation may be a JWT whose own checks cannot run offline; it is read.
            QVERIFY2(f && f->status != Check::Failed, qPrintable(describe(nested)));
        }
    }

    void malformedInputsAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        for (auto it = expectedReasons().begin(); it != expectedReasons().end(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key() << it.value();
    }
    void malformedInputsAreRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        const Report r = verifyFile(prepared(file), file);
        QCOMPARE(r.overall, Outcome::NotVerified);
        QVERIFY(!r.toJson().value(QStringLiteral("verified")).toBool());
        const Check* format = r.check(reportid::kFormat);
        QVERIFY2(format && format->status == Check::Failed, qPrintable(describe(r)));
        QCOMPARE(format->reason, reason);
        // The sentence names the property the reason names.
        const QString property = reason.section(QLatin1Char('/'), 0, 0);
        QVERIFY2(property == QLatin1String("type") || format->message.untranslated().contains(property),
            qPrintable(format->message.untranslated()));
        QCOMPARE(r.toJson().value(QStringLiteral("checks")).toArray().at(0).toObject().value(QStringLiteral("reason")),
            QJsonValue(reason));
    }

    void noIssuerWithoutInjection()
    {
        // As published (no issuer added), the first problem is the missing issuer.
        const Report r = verifyFile(prepared(QStringLiteral("credential-no-issuer-fail.json"), false), {});
        const Check* format = r.check(reportid::kFormat);
        QVERIFY2(format && format->status == Check::Failed, qPrintable(describe(r)));
        QCOMPARE(format->reason, QStringLiteral("issuer/missing"));
    }

    void issuerInjectionIsTheOnlyChange()
    {
        // Control for the table above: credential-ok.json is accepted only once its issuer is there.
        const Report withIssuer = verifyFile(prepared(QStringLiteral("credential-ok.json")), {});
        QCOMPARE(withIssuer.check(reportid::kFormat)->status, Check::Passed);
        const Report without = verifyFile(prepared(QStringLiteral("credential-ok.json"), false), {});
        QCOMPARE(without.check(reportid::kFormat)->reason, QStringLiteral("issuer/missing"));
    }
};

QTEST_GUILESS_MAIN(TestVcDmSuite)
#include "TestVcDmSuite.moc"
