// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/FormatRegistry.h"
#include "core/present/Presentation.h"
#include "core/store/CredentialRepository.h"
#include "ui/text/RecordTitle.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>

using namespace ler;
using model::SourceFormat;

namespace {

/// Marks every sentence of context "ler::text" so a test sees that the title went through the catalogue.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (QByteArrayView(context) != QByteArrayView("ler::text"))
            return {};
        return QStringLiteral("[") + QString::fromUtf8(source) + QStringLiteral("]");
    }
    bool isEmpty() const override { return false; }
};

model::Record record(SourceFormat format, const QString& title, const QString& issuer)
{
    model::Record r;
    r.sourceFormat = format;
    r.title = title;
    r.issuer.name = issuer;
    return r;
}

model::Record imported(const QString& relative)
{
    QFile f(QStringLiteral(LER_TEST_DATA "/formats/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(relative));
    auto batch = formats::FormatRegistry().import(f.readAll(), relative.section(QLatin1Char('/'), -1));
    if (!batch || batch->items.isEmpty())
        qFatal("cannot import %s", qPrintable(relative));
    return batch->items.first().record;
}

} // namespace

class TestRecordTitle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QCoreApplication::installTranslator(&m_translator); }
    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_translator); }

    void ownTitleWins()
    {
        for (SourceFormat f : { SourceFormat::OpenBadges2,
                 SourceFormat::PescCollegeTranscript,
                 SourceFormat::SdJwtVc,
                 SourceFormat::SelfAsserted }) {
            QCOMPARE(text::recordTitle(record(f, QStringLiteral("Welding course"), QStringLiteral("Acme"))),
                QStringLiteral("Welding course"));
        }
        store::CredentialSummary s;
        s.title = QStringLiteral("Teamwork Badge");
        s.format = QStringLiteral("openbadges3");
        s.issuer = QStringLiteral("Example Corp");
        QCOMPARE(text::recordTitle(s), QStringLiteral("Teamwork Badge"));
    }

    void fallbacks_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("expected");
        const QString acme = QStringLiteral("Acme College");
        QTest::newRow("ob2") << int(SourceFormat::OpenBadges2) << acme << "[Open Badge from %1]";
        QTest::newRow("ob3") << int(SourceFormat::OpenBadges3) << acme << "[Open Badge from %1]";
        QTest::newRow("ob2 no issuer") << int(SourceFormat::OpenBadges2) << QString() << "[Open Badge]";
        QTest::newRow("clr") << int(SourceFormat::Clr2) << acme << "[Learner record from %1]";
        QTest::newRow("clr no issuer") << int(SourceFormat::Clr2) << QString() << "[Learner record]";
        QTest::newRow("college") << int(SourceFormat::PescCollegeTranscript) << acme << "[College transcript from %1]";
        QTest::newRow("college no issuer")
            << int(SourceFormat::PescCollegeTranscript) << QString() << "[College transcript]";
        QTest::newRow("high school") << int(SourceFormat::PescHighSchoolTranscript) << acme
                                     << "[High school transcript from %1]";
        QTest::newRow("high school no issuer")
            << int(SourceFormat::PescHighSchoolTranscript) << QString() << "[High school transcript]";
        QTest::newRow("vc") << int(SourceFormat::VerifiableCredential) << acme << "[Credential from %1]";
        QTest::newRow("sd-jwt") << int(SourceFormat::SdJwtVc) << acme << "[Credential from %1]";
        QTest::newRow("sd-jwt no issuer") << int(SourceFormat::SdJwtVc) << QString() << "[Untitled credential]";
        QTest::newRow("blank issuer") << int(SourceFormat::VerifiableCredential) << "  "
                                      << "[Untitled credential]";
    }

    void fallbacks()
    {
        QFETCH(int, format);
        QFETCH(QString, issuer);
        QFETCH(QString, expected);
        const QString want = expected.contains(QLatin1String("%1")) ? expected.arg(issuer) : expected;
        QCOMPARE(text::recordTitle(record(SourceFormat(format), QString(), issuer)), want);
        // A title of blanks is no title.
        QCOMPARE(text::recordTitle(record(SourceFormat(format), QStringLiteral("  "), issuer)), want);
        store::CredentialSummary s;
        s.format = model::sourceFormatName(SourceFormat(format));
        s.issuer = issuer;
        QCOMPARE(text::recordTitle(s), want);
    }

    void unknownFormatNameStillGetsATitle()
    {
        store::CredentialSummary s;
        s.format = QStringLiteral("no-such-format");
        QCOMPARE(text::recordTitle(s), QStringLiteral("[Untitled credential]"));
    }

    void importedWithoutTitleIsNamedWhereShown_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ob2 badge class not downloaded") << "openbadges2/valid/basic-assertion.json"
                                                        << "[Open Badge]";
        QTest::newRow("pesc college") << "pesc/valid/college-transcript-ventura-a.utf16.xml"
                                      << "[College transcript from %1]";
        QTest::newRow("pesc high school") << "pesc/valid/SampleHighSchoolTranscript.xml"
                                          << "[High school transcript from %1]";
        QTest::newRow("sd-jwt pid without issuer name") << "sdjwt/valid/arf-pid.sd-jwt"
                                                        << "[Untitled credential]";
    }

    void importedWithoutTitleIsNamedWhereShown()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const model::Record r = imported(file);
        QVERIFY2(r.title.isEmpty(), "the importer stores no words of its own as the title");
        const QString want = expected.contains(QLatin1String("%1")) ? expected.arg(r.issuer.name) : expected;
        QCOMPARE(text::recordTitle(r), want);
    }

    void outputsGetTheShownNamesAndKeepOwnTitles()
    {
        store::StoredCredential untitled;
        untitled.record = record(SourceFormat::PescCollegeTranscript, QString(), QStringLiteral("Ventura College"));
        store::StoredCredential titled;
        titled.record = record(SourceFormat::OpenBadges3, QStringLiteral("Teamwork Badge"), QStringLiteral("Acme"));
        titled.summary.title = titled.record.title;
        QList<store::StoredCredential> records { untitled, titled };
        text::nameUntitled(records);
        QCOMPARE(records.at(0).record.title, QStringLiteral("[College transcript from %1]").arg("Ventura College"));
        QCOMPARE(records.at(0).summary.title, records.at(0).record.title);
        QCOMPARE(records.at(1).record.title, QStringLiteral("Teamwork Badge"));

        present::Preview preview;
        present::PreviewRecord badge;
        badge.format = model::sourceFormatName(SourceFormat::OpenBadges2);
        badge.issuer = QStringLiteral("Acme");
        preview.records = { badge };
        const present::Preview named = text::withTitles(preview);
        QCOMPARE(named.records.at(0).title, QStringLiteral("[Open Badge from %1]").arg("Acme"));
        QVERIFY2(preview.records.at(0).title.isEmpty(), "the preview core made is left as it was");
    }

private:
    MarkingTranslator m_translator;
};

QTEST_GUILESS_MAIN(TestRecordTitle)
#include "TestRecordTitle.moc"
