// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/crypto/Sodium.h"
#include "core/export/JsonResume.h"
#include "core/export/JsonSchema.h"
#include "core/export/LerRs.h"
#include "core/present/HolderKeys.h"
#include "core/verify/DataIntegrity.h"
#include "support/SampleWallet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ler;
using namespace ler::exports;

namespace {

const QUrl kHrOpen(QStringLiteral("https://www.hropenstandards.org/"));
const QUrl kLerRsSchema(QStringLiteral("https://www.hropenstandards.org/recruiting/json/LER-RSType.json"));
const QUrl kLerRsVcSchema(
    QStringLiteral("https://www.hropenstandards.org/recruiting/json/VerifiableCredentialLER-RSType.json"));
const QUrl kResumeSchemaUrl(QStringLiteral("https://jsonresume.example/schema.json"));

QString lerRsFile(const char* relative)
{
    return QStringLiteral("https://www.hropenstandards.org/recruiting/json/ler-rs/") + QLatin1String(relative);
}

QString joined(const QStringList& errors)
{
    return errors.mid(0, 12).join(QLatin1Char('\n'));
}

} // namespace

class TestResumeExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Wallet> m_wallet;
    SchemaSet m_schemas;

    ResumeInput all(const QList<Sensitive>& include = {})
    {
        auto input = loadResumeInput(m_wallet->database(), {}, include);
        if (!input) {
            qFatal("%s", qPrintable(input.error().message.untranslated()));
        }
        input->now = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
        return *input;
    }

    QString idOf(const QString& title)
    {
        auto list = store::CredentialRepository(m_wallet->database()).list();
        QString id;
        for (const auto& s : list ? *list : QList<store::CredentialSummary>()) {
            if (s.title == title) {
                id = s.id;
            }
        }
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(crypto::ensureSodium());
        auto created = store::Wallet::create(
            m_dir.filePath(QStringLiteral("w")), "rain-forest-piano-42", crypto::KdfParams::cheapForTests());
        QVERIFY(created);
        m_wallet = std::move(created->wallet);
        auto n = test::fillSampleWallet(*m_wallet);
        QVERIFY2(n, n ? "" : qPrintable(n.error().message.untranslated()));
        QVERIFY2(*n >= 35, qPrintable(QString::number(*n)));
        QVERIFY(m_schemas.addFolder(QStringLiteral(LER_TEST_DATA "/ler-rs/www.hropenstandards.org"), kHrOpen));
        QVERIFY(m_schemas.addFile(QStringLiteral(LER_TEST_DATA "/jsonresume/schema.json"), kResumeSchemaUrl));
    }

    void lerRsOfTheWholeWalletValidates()
    {
        const ResumeDocument doc = makeLerRs(all());
        const QStringList errors = m_schemas.validate(doc.json, kLerRsSchema);
        QVERIFY2(errors.isEmpty(), qPrintable(joined(errors)));
        for (const char* section :
            { "employmentHistories", "educationAndLearnings", "certifications", "licenses", "skills" }) {
            QVERIFY2(!doc.json.value(QLatin1String(section)).toArray().isEmpty(), section);
        }
        QCOMPARE(doc.json.value(QStringLiteral("person"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toObject()
                     .value(QStringLiteral("formattedName")),
            QStringLiteral("Erika Mustermann"));
    }

    /// Each item's verifications must also be what the schema's Verifiable* types allow on their own: the
    /// credential as 1edtob3 / 1edtclr2, or wrapped as other.
    void verificationsAreWhatTheVerifiableTypesAllow()
    {
        const ResumeDocument doc = makeLerRs(all());
        const QList<std::pair<const char*, const char*>> sections {
            { "certifications", "VerifiableCertificationType.json" },
            { "licenses", "VerifiableLicenseType.json" },
            { "educationAndLearnings", "VerifiableEducationAttendanceType.json" },
        };
        int carried = 0, asIs = 0, other = 0, enveloped = 0, clr = 0;
        for (const auto& [section, type] : sections) {
            for (const QJsonValue& item : doc.json.value(QLatin1String(section)).toArray()) {
                const QJsonArray v = item.toObject().value(QStringLiteral("verifications")).toArray();
                if (v.isEmpty()) {
                    continue;
                }
                ++carried;
                const QStringList errors
                    = m_schemas.validate(QJsonObject { { QStringLiteral("verifications"), v } }, QUrl(lerRsFile(type)));
                QVERIFY2(errors.isEmpty(), qPrintable(QLatin1String(section) + QLatin1Char('\n') + joined(errors)));
                const QJsonObject first = v.first().toObject();
                if (first.contains(QStringLiteral("otherW3CVerifiableCredential"))) {
                    ++other;
                    enveloped += first.value(QStringLiteral("otherW3CVerifiableCredential"))
                                     .toObject()
                                     .value(QStringLiteral("type"))
                                     .toString()
                        == QLatin1String("EnvelopedVerifiableCredential");
                } else if (first.contains(QStringLiteral("credentialSubject"))) {
                    ++asIs;
                    clr += first.value(QStringLiteral("type")).toArray().contains(QStringLiteral("ClrCredential"));
                }
            }
        }
        QVERIFY2(asIs >= 16, qPrintable(QString::number(asIs)));
        QVERIFY2(clr >= 1, "a CLR travels as 1edtclr2");
        QVERIFY2(enveloped >= 1, "a JWT credential travels enveloped");
        QVERIFY(other >= enveloped);
        QVERIFY(carried == asIs + other + 0 || carried > asIs + other); // hosted OB 2.0 go by reference
    }

    void theOriginalIsCarriedUnchanged()
    {
        const QString id = idOf(QStringLiteral("Forklift Operator Safety"));
        auto input = loadResumeInput(m_wallet->database(), { id });
        QVERIFY(input);
        const QJsonObject original = QJsonDocument::fromJson(input->records.first().original).object();
        const ResumeDocument doc = makeLerRs(*input);
        const QJsonArray certs = doc.json.value(QStringLiteral("certifications")).toArray();
        QCOMPARE(certs.size(), 1);
        QCOMPARE(
            certs.first().toObject().value(QStringLiteral("verifications")).toArray().first().toObject(), original);
        QVERIFY(m_schemas.validate(doc.json, kLerRsSchema).isEmpty());
    }

    void onlyTheChosenRecordsLeaveTheWallet()
    {
        const QStringList chosen { idOf(QStringLiteral("Warehouse lead")), idOf(QStringLiteral("CPR and First Aid")) };
        auto input = loadResumeInput(m_wallet->database(), chosen);
        QVERIFY(input);
        const ResumeDocument doc = makeLerRs(*input);
        const QByteArray text = QJsonDocument(doc.json).toJson();
        QVERIFY(text.contains("Warehouse lead"));
        QVERIFY(text.contains("CPR and First Aid"));
        for (const char* other : { "Forklift", "Phlebotomy", "Ventura", "Cashier", "Nurse" }) {
            QVERIFY2(!text.contains(other), other);
        }
        QCOMPARE(doc.json.value(QStringLiteral("employmentHistories")).toArray().size(), 1);
        QCOMPARE(doc.json.value(QStringLiteral("certifications")).toArray().size(), 1);
        QVERIFY(!doc.json.contains(QStringLiteral("licenses")));
        QVERIFY(m_schemas.validate(doc.json, kLerRsSchema).isEmpty());
    }

    void sensitiveFactsOnlyWhenTicked()
    {
        const QJsonObject plain = makeLerRs(all()).json.value(QStringLiteral("person")).toObject();
        for (const Sensitive s : allSensitive()) {
            QVERIFY2(!plain.contains(sensitiveName(s)), qPrintable(sensitiveName(s)));
        }
        const ResumeDocument ticked
            = makeLerRs(all({ Sensitive::BirthDate, Sensitive::Gender, Sensitive::Citizenship }));
        const QJsonObject person = ticked.json.value(QStringLiteral("person")).toObject();
        QCOMPARE(person.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1963-08-12"));
        QCOMPARE(person.value(QStringLiteral("gender")).toString(), QStringLiteral("Female"));
        QCOMPARE(person.value(QStringLiteral("citizenship")).toArray(), QJsonArray { QStringLiteral("DE") });
        QVERIFY(!person.contains(QStringLiteral("legalId")));
        QVERIFY2(m_schemas.validate(ticked.json, kLerRsSchema).isEmpty(),
            qPrintable(joined(m_schemas.validate(ticked.json, kLerRsSchema))));
    }

    void skillsKeepTheirFramework()
    {
        const QJsonArray skills = makeLerRs(all()).json.value(QStringLiteral("skills")).toArray();
        bool ctid = false;
        for (const QJsonValue& v : skills) {
            const QJsonObject s = v.toObject();
            if (s.value(QStringLiteral("name")) == QStringLiteral("Workplace safety")) {
                ctid = true;
                QCOMPARE(s.value(QStringLiteral("definitionReference")).toObject().value(QStringLiteral("reference")),
                    QStringLiteral(
                        "https://credentialengineregistry.org/resources/ce-5b6e7a1c-2f0a-4c41-9d1e-3f7c2a9b8e01"));
            }
        }
        QVERIFY(ctid);
    }

    void aBrokenDocumentIsCaught()
    {
        // The control for the tests above: the same validator finds a real mistake.
        QJsonObject doc = makeLerRs(all()).json;
        QJsonArray certs = doc.value(QStringLiteral("certifications")).toArray();
        QJsonObject first = certs.first().toObject();
        first.remove(QStringLiteral("issuingAuthority"));
        first.insert(
            QStringLiteral("verifications"), QJsonArray { QJsonObject { { QStringLiteral("reference"), 5 } } });
        certs.replace(0, first);
        doc.insert(QStringLiteral("certifications"), certs);
        QVERIFY(!m_schemas.validate(doc, kLerRsSchema).isEmpty());
        doc.insert(QStringLiteral("type"), QStringLiteral("resume"));
        QVERIFY(!m_schemas.validate(doc, kLerRsSchema).isEmpty());
    }

    void signedLerRsCredentialValidatesAndVerifies()
    {
        present::HolderKeys keys(m_wallet->database());
        auto identity = keys.identity();
        QVERIFY(identity);
        auto key = keys.signingKey(*identity);
        QVERIFY(key);
        const QJsonObject lerRs = makeLerRs(all()).json;
        auto vc = makeLerRsCredential(lerRs, *identity, *key, QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC));
        QVERIFY2(vc, vc ? "" : qPrintable(vc.error().message.untranslated()));
        const QStringList errors = m_schemas.validate(*vc, kLerRsVcSchema);
        QVERIFY2(errors.isEmpty(), qPrintable(joined(errors)));
        verify::VerifyOptions options;
        options.now = QDateTime(QDate(2025, 6, 2), QTime(12, 0), Qt::UTC);
        QVERIFY(verify::verifyDataIntegrity(*vc, options).verified());
        // Control: one changed word in the résumé breaks the signature.
        QJsonObject forged = *vc;
        QJsonObject subject = forged.value(QStringLiteral("credentialSubject")).toObject();
        QJsonObject inner = subject.value(QStringLiteral("lerrsType")).toObject();
        inner.insert(QStringLiteral("narratives"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("summary") },
                { QStringLiteral("texts"),
                    QJsonArray {
                        QJsonObject { { QStringLiteral("lines"), QJsonArray { QStringLiteral("CEO") } } } } } } });
        subject.insert(QStringLiteral("lerrsType"), inner);
        forged.insert(QStringLiteral("credentialSubject"), subject);
        QVERIFY(!verify::verifyDataIntegrity(forged, options).verified());
    }

    void jsonResumeValidatesAndSaysWhatItLeftOut()
    {
        const ResumeDocument doc = makeJsonResume(all());
        const QStringList errors = m_schemas.validate(doc.json, kResumeSchemaUrl);
        QVERIFY2(errors.isEmpty(), qPrintable(joined(errors)));
        QCOMPARE(doc.json.value(QStringLiteral("basics")).toObject().value(QStringLiteral("name")),
            QStringLiteral("Erika Mustermann"));
        QVERIFY(doc.json.value(QStringLiteral("work")).toArray().size() >= 4);
        QVERIFY(!doc.json.value(QStringLiteral("certificates")).toArray().isEmpty());
        QVERIFY(!doc.json.value(QStringLiteral("education")).toArray().isEmpty());
        const auto has = [&](Omission::What what, const QString& title) {
            return std::any_of(doc.omissions.cbegin(), doc.omissions.cend(), [&](const Omission& o) {
                return o.what == what && o.title == title;
            });
        };
        QVERIFY(has(Omission::What::Proof, QStringLiteral("Forklift Operator Safety")));
        QVERIFY(has(Omission::What::Alignments, QStringLiteral("Forklift Operator Safety")));
        QVERIFY2(!has(Omission::What::Proof, QStringLiteral("Warehouse lead")), "own entries have no proof to lose");
        // The sample resume of the package validates too, and a broken one does not: the schema is really applied.
        QFile sample(QStringLiteral(LER_TEST_DATA "/jsonresume/sample.resume.json"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QJsonObject s = QJsonDocument::fromJson(sample.readAll()).object();
        QVERIFY(m_schemas.validate(s, kResumeSchemaUrl).isEmpty());
        s.insert(QStringLiteral("work"),
            QJsonArray { QJsonObject { { QStringLiteral("startDate"), QStringLiteral("May 2020") } } });
        QVERIFY(!m_schemas.validate(s, kResumeSchemaUrl).isEmpty());
    }

    void unknownRecordIsAnErrorAndReadsNothing()
    {
        auto input = loadResumeInput(m_wallet->database(), { QStringLiteral("no-such-id") });
        QVERIFY(!input);
        QCOMPARE(input.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestResumeExport)
#include "TestResumeExport.moc"
