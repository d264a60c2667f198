// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// Which credential family checks what: every sample the importers read goes to exactly one family, chosen by its
// import format and how it is secured (a signed Open Badges 2.0 badge is a JWS, yet not the JOSE family's).
#include "core/formats/FormatRegistry.h"
#include "core/verify/CredentialFamily.h"
#include "core/verify/DataIntegrityFamily.h"
#include "core/verify/JoseFamily.h"
#include "core/verify/OpenBadges2Family.h"
#include "core/verify/UnsignedFamily.h"
#include "core/verify/Verifier.h"
#include "support/ReportHelpers.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace ler;
using namespace ler::verify;

namespace {

QByteArray readData(const QString& relative)
{
    QFile f(QStringLiteral(LER_TEST_DATA "/formats/") + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The families by the names the rows use, in the order a Verifier asks them.
struct Families
{
    DataIntegrityFamily dataIntegrity;
    JoseFamily jose;
    OpenBadges2Family openBadges2;
    UnsignedFamily unsignedRecords;

    QList<QPair<QString, const CredentialFamily*>> all() const
    {
        return { { QStringLiteral("data-integrity"), &dataIntegrity },
            { QStringLiteral("jose"), &jose },
            { QStringLiteral("openbadges2"), &openBadges2 },
            { QStringLiteral("unsigned"), &unsignedRecords } };
    }
};

} // namespace

class TestFamilies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachSampleHasOneFamily_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("formatId");
        QTest::addColumn<QString>("family");
        QTest::newRow("ob2 hosted") << "openbadges2/valid/basic-assertion.json"
                                    << "openbadges2"
                                    << "openbadges2";
        QTest::newRow("ob2 signed jws") << "openbadges2/valid/simple.jwt"
                                        << "openbadges2"
                                        << "openbadges2";
        QTest::newRow("ob2 baked png") << "baked/valid/simple-badge.png"
                                       << "openbadges2+baked-png"
                                       << "openbadges2";
        QTest::newRow("ob3 json-ld") << "openbadges3/valid/simple.json"
                                     << "openbadges3"
                                     << "data-integrity";
        QTest::newRow("ob3 jwt") << "openbadges3/valid/simple.jwt"
                                 << "openbadges3"
                                 << "jose";
        QTest::newRow("ob3 baked jwt png") << "baked/valid/simple-jwt.png"
                                           << "openbadges3+baked-png"
                                           << "jose";
        QTest::newRow("ob3 baked json svg") << "baked/valid/simple-json.svg"
                                            << "openbadges3+baked-svg"
                                            << "data-integrity";
        QTest::newRow("clr json-ld") << "clr2/valid/simple.json"
                                     << "clr2"
                                     << "data-integrity";
        QTest::newRow("clr jwt") << "clr2/valid/simple.jwt"
                                 << "clr2"
                                 << "jose";
        QTest::newRow("vc json-ld") << "vc/valid/endorsement-valid.json"
                                    << "verifiable-credential"
                                    << "data-integrity";
        QTest::newRow("sd-jwt vc") << "sdjwt/valid/arf-pid.sd-jwt"
                                   << "sd-jwt-vc"
                                   << "jose";
        QTest::newRow("pesc") << "pesc/valid/SampleCollegeTranscript.xml"
                              << "pesc-college"
                              << "unsigned";
        QTest::newRow("csv") << "csv/valid/entries.csv"
                             << "csv"
                             << "unsigned";
    }

    void eachSampleHasOneFamily()
    {
        QFETCH(QString, file);
        QFETCH(QString, formatId);
        QFETCH(QString, family);
        const formats::FormatRegistry registry;
        const Result<formats::ImportBatch> batch = registry.import(readData(file), file.section(QLatin1Char('/'), -1));
        QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().message.untranslated()));
        QCOMPARE(batch->formatId, formatId);
        QVERIFY(!batch->items.isEmpty());
        const Families families;
        for (const formats::ImportItem& item : batch->items) {
            for (const auto& [name, f] : families.all()) {
                QVERIFY2(f->handles(item, batch->formatId) == (name == family),
                    qPrintable(QStringLiteral("%1 %2 %3")
                                   .arg(name,
                                       f->handles(item, batch->formatId) ? QStringLiteral("handles")
                                                                         : QStringLiteral("does not handle"),
                                       file)));
            }
        }
    }

    void presentedEntriesGoToTheirFamily()
    {
        // In a presentation, a JSON-LD credential is the Data Integrity family's and a token the JOSE family's;
        // the others take neither.
        const QJsonObject ld
            = QJsonDocument::fromJson(readData(QStringLiteral("openbadges3/valid/simple.json"))).object();
        const QJsonValue token = QString::fromUtf8(readData(QStringLiteral("openbadges3/valid/simple.jwt")).trimmed());
        QVERIFY(!ld.isEmpty());
        QVERIFY(!token.toString().isEmpty());
        VerifierOptions options;
        options.offline = true;
        const CredentialFamilies none;
        const VerifyContext context(options, none);
        const Families families;

        const std::optional<Report> fromLd = families.dataIntegrity.verifyPresented(ld, context);
        QVERIFY(fromLd);
        QCOMPARE(fromLd->format, QStringLiteral("openbadges3"));
        QVERIFY(!families.jose.verifyPresented(ld, context));

        const std::optional<Report> fromToken = families.jose.verifyPresented(token, context);
        QVERIFY(fromToken);
        QCOMPARE(fromToken->format, QStringLiteral("vc-jwt"));
        QVERIFY(!families.dataIntegrity.verifyPresented(token, context));

        for (const QJsonValue& entry : { QJsonValue(ld), token }) {
            QVERIFY(!families.openBadges2.verifyPresented(entry, context));
            QVERIFY(!families.unsignedRecords.verifyPresented(entry, context));
        }
    }

    void signedOpenBadge2IsNotReadAsVcJwt()
    {
        // Dispatch goes by import format first: the JWS of a signed 2.0 badge is checked as a 2.0 badge.
        const formats::FormatRegistry registry;
        const Result<formats::ImportBatch> batch
            = registry.import(readData(QStringLiteral("openbadges2/valid/simple.jwt")));
        QVERIFY(batch.ok());
        QCOMPARE(batch->items.size(), 1);
        VerifierOptions options;
        options.offline = true;
        const Report report = Verifier(options).verifyItem(batch->items.constFirst(), batch->formatId);
        QCOMPARE(report.format, QStringLiteral("openbadges2"));
        QVERIFY2(report.check(reportid::kSignature) && report.check(reportid::kSignature)->leftOutOffline(),
            qPrintable(test::describe(report)));
    }
};

QTEST_GUILESS_MAIN(TestFamilies)
#include "TestFamilies.moc"
