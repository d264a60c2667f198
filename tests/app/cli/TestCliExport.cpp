// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/crypto/Sodium.h"
#include "core/export/JsonSchema.h"
#include "support/SampleWallet.h"
#include "support/TestWalletHelpers.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace ler;

/// Runs ler-wallet-cli export-ler as a script would, and checks what it writes against the formats' schemas.
class TestCliExport : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
    };

    static constexpr const char* kPass = "harbor violet 77 kettle";
    QTemporaryDir m_tmp;
    QString m_wallet;
    QStringList m_ids;
    exports::SchemaSet m_schemas;

    Run cli(QStringList args)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("LER_WALLET_PASSPHRASE"), QString::fromLatin1(kPass));
        e.insert(QStringLiteral("HOME"), m_tmp.path());
        p.setProcessEnvironment(e);
        p.setStandardInputFile(QProcess::nullDevice());
        p.setChildProcessModifier([] { ::setsid(); });
        p.start(QStringLiteral(LER_CLI), QStringList { QStringLiteral("--wallet"), m_wallet } + args);
        p.waitForFinished(120000);
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

    QJsonObject readJson(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }

    QStringList validate(const QJsonObject& doc, const char* schema)
    {
        return m_schemas.validate(doc, QUrl(QLatin1String(schema)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(crypto::ensureSodium());
        m_wallet = m_tmp.filePath(QStringLiteral("wallet"));
        auto created = store::Wallet::create(m_wallet, kPass, crypto::KdfParams::cheapForTests());
        QVERIFY(created);
        QVERIFY(test::fillSampleWallet(*created->wallet));
        auto listed = store::CredentialRepository(created->wallet->database()).list();
        QVERIFY(listed);
        const QList<store::CredentialSummary> all = *listed;
        for (const auto& s : all) {
            if (s.title == QLatin1String("Forklift Operator Safety") || s.title == QLatin1String("Warehouse lead")) {
                m_ids.append(s.id);
            }
        }
        QCOMPARE(m_ids.size(), 2);
        created->wallet.reset(); // closed: the command opens it
        QVERIFY(m_schemas.addFolder(QStringLiteral(LER_TEST_DATA "/ler-rs/www.hropenstandards.org"),
            QUrl(QStringLiteral("https://www.hropenstandards.org/"))));
        QVERIFY(m_schemas.addFile(QStringLiteral(LER_TEST_DATA "/jsonresume/schema.json"),
            QUrl(QStringLiteral("https://jsonresume.example/schema.json"))));
    }

    void lerRsOfEveryRecord()
    {
        const QString out = m_tmp.filePath(QStringLiteral("all.json"));
        const Run r = cli({ QStringLiteral("export-ler"),
            QStringLiteral("--format"),
            QStringLiteral("ler-rs"),
            QStringLiteral("--out"),
            out });
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject doc = readJson(out);
        const QStringList errors = validate(doc, "https://www.hropenstandards.org/recruiting/json/LER-RSType.json");
        QVERIFY2(errors.isEmpty(), qPrintable(errors.mid(0, 10).join('\n')));
        QVERIFY(doc.value(QStringLiteral("certifications")).toArray().size() >= 10);
        QVERIFY2(!doc.value(QStringLiteral("person")).toObject().contains(QStringLiteral("birthDate")),
            "left out unless included");
    }

    void chosenRecordsWithBirthDate()
    {
        const QString out = m_tmp.filePath(QStringLiteral("two.json"));
        const Run r = cli({ QStringLiteral("--json"),
            QStringLiteral("export-ler"),
            QStringLiteral("--format"),
            QStringLiteral("ler-rs"),
            QStringLiteral("--credential"),
            m_ids.at(0),
            QStringLiteral("--credential"),
            m_ids.at(1),
            QStringLiteral("--include"),
            QStringLiteral("birthDate"),
            QStringLiteral("--out"),
            out });
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("records")).toInt(), 2);
        const QByteArray text = QJsonDocument(readJson(out)).toJson();
        QVERIFY(text.contains("Forklift Operator Safety"));
        QVERIFY(text.contains("Warehouse lead"));
        QVERIFY2(!text.contains("Phlebotomy"), "nothing else leaves the wallet");
        // The birth date comes from a personal ID; none was chosen, so there is none to include.
        QVERIFY(!text.contains("birthDate"));
    }

    void signedLerRsAndJsonResume()
    {
        const QString vc = m_tmp.filePath(QStringLiteral("vc.json"));
        QCOMPARE(cli({ QStringLiteral("export-ler"),
                         QStringLiteral("--format"),
                         QStringLiteral("ler-rs-vc"),
                         QStringLiteral("--out"),
                         vc })
                     .code,
            0);
        const QStringList vcErrors = validate(
            readJson(vc), "https://www.hropenstandards.org/recruiting/json/VerifiableCredentialLER-RSType.json");
        QVERIFY2(vcErrors.isEmpty(), qPrintable(vcErrors.mid(0, 10).join('\n')));
        const QString resume = m_tmp.filePath(QStringLiteral("resume.json"));
        const Run r = cli({ QStringLiteral("export-ler"),
            QStringLiteral("--format"),
            QStringLiteral("json-resume"),
            QStringLiteral("--out"),
            resume });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("left out of \"Forklift Operator Safety\": proof"), r.out.constData());
        const QStringList errors = validate(readJson(resume), "https://jsonresume.example/schema.json");
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    }

    void pdf()
    {
        const QString out = m_tmp.filePath(QStringLiteral("resume.pdf"));
        const Run r = cli({ QStringLiteral("export-ler"),
            QStringLiteral("--format"),
            QStringLiteral("pdf"),
            QStringLiteral("--out"),
            out });
        QVERIFY2(r.code == 0, r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.contains("/Font"));
    }

    void badInputWritesNothing()
    {
        const QString out = m_tmp.filePath(QStringLiteral("never.json"));
        const auto before = test::snapshot(m_wallet);
        QCOMPARE(cli({ QStringLiteral("export-ler"),
                         QStringLiteral("--format"),
                         QStringLiteral("docx"),
                         QStringLiteral("--out"),
                         out })
                     .code,
            2);
        QCOMPARE(cli({ QStringLiteral("export-ler"),
                         QStringLiteral("--format"),
                         QStringLiteral("ler-rs"),
                         QStringLiteral("--include"),
                         QStringLiteral("shoeSize"),
                         QStringLiteral("--out"),
                         out })
                     .code,
            2);
        QCOMPARE(cli({ QStringLiteral("export-ler"), QStringLiteral("--format"), QStringLiteral("ler-rs") }).code, 2);
        const Run unknown = cli({ QStringLiteral("export-ler"),
            QStringLiteral("--format"),
            QStringLiteral("ler-rs"),
            QStringLiteral("--credential"),
            QStringLiteral("no-such-record"),
            QStringLiteral("--out"),
            out });
        QCOMPARE(unknown.code, 3);
        QVERIFY(!unknown.err.isEmpty());
        QVERIFY(!QFile::exists(out));
        QCOMPARE(test::snapshot(m_wallet), before);
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "TestCliExport.moc"
