// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/present/HolderKeys.h"
#include "core/present/PresentationService.h"
#include "support/TestWalletHelpers.h"
#include "tests/core/present/PresentTestKit.h"

#include <QFile>
#include <QProcess>
#include <QTest>
#include <unistd.h>

using namespace ler;

/// Runs ler-wallet-cli whoami, present, history and verify --max-age, as a script would.
class TestCliPresent : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
        QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
    };

    Run cli(QStringList args, bool withWallet = true)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("LER_WALLET_PASSPHRASE"), QString::fromLatin1(kPass));
        e.insert(QStringLiteral("HOME"), m_tmp.path());
        p.setProcessEnvironment(e);
        p.setStandardInputFile(QProcess::nullDevice());
        p.setChildProcessModifier([] { ::setsid(); });
        if (withWallet)
            args = QStringList { QStringLiteral("--wallet"), m_wallet } + args;
        p.start(QStringLiteral(LER_CLI), args);
        p.waitForFinished(120000);
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }

    QString import(const QString& name, const QByteArray& bytes)
    {
        const Run r = cli({ QStringLiteral("--json"), QStringLiteral("import"), write(name, bytes) });
        return r.code == 0 ? r.array().at(0).toObject().value(QStringLiteral("id")).toString() : QString();
    }

    int historyCount() { return int(cli({ QStringLiteral("--json"), QStringLiteral("history") }).array().size()); }

    static constexpr const char* kPass = "river stone 42 lamp";
    QTemporaryDir m_tmp;
    QString m_wallet;
    QString m_did;
    test::Issuer m_issuer;
    test::IssuedSdJwt m_sd;
    QString m_badge, m_sdId, m_entry;

private Q_SLOTS:
    void initTestCase()
    {
        m_wallet = m_tmp.filePath(QStringLiteral("wallet"));
        QVERIFY(store::Wallet::create(m_wallet, kPass, crypto::KdfParams::cheapForTests()));
    }

    void whoamiPrintsTheWalletId()
    {
        const Run json = cli({ QStringLiteral("--json"), QStringLiteral("whoami") });
        QCOMPARE(json.code, 0);
        m_did = json.json().value(QStringLiteral("did")).toString();
        QVERIFY(m_did.startsWith(QStringLiteral("did:key:z6Mk")));
        const QJsonObject jwk = json.json().value(QStringLiteral("publicJwk")).toObject();
        QCOMPARE(jwk.value(QStringLiteral("crv")).toString(), QStringLiteral("Ed25519"));
        QVERIFY(!jwk.contains(QStringLiteral("d")));
        const Run text = cli({ QStringLiteral("whoami") });
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(m_did.toLatin1()));
        QVERIFY(text.out.contains("Your wallet ID"));
        QCOMPARE(
            cli({ QStringLiteral("--json"), QStringLiteral("whoami") }).json().value(QStringLiteral("did")).toString(),
            m_did);

        m_badge = import(QStringLiteral("badge.json"), test::compact(test::badgeV2(m_issuer, m_did)));
        m_sd = test::sdJwtCredential(m_issuer, { { QStringLiteral("jwk"), jwk } });
        m_sdId = import(QStringLiteral("welding.sd-jwt"), m_sd.compact);
        QVERIFY(!m_badge.isEmpty() && !m_sdId.isEmpty());
        const Run csv = cli({ QStringLiteral("--json"),
            QStringLiteral("import"),
            QStringLiteral(LER_TEST_DATA "/formats/csv/valid/entries.csv") });
        m_entry = csv.array().at(0).toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!m_entry.isEmpty());
    }

    void presentEveryFormatAndVerifyIt_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("sdJwt");
        QTest::newRow("vp-json") << QStringLiteral("vp-json") << false;
        QTest::newRow("vp-jwt") << QStringLiteral("vp-jwt") << false;
        QTest::newRow("vp-json with an SD-JWT") << QStringLiteral("vp-json") << true;
        QTest::newRow("sd-jwt") << QStringLiteral("sd-jwt") << true;
    }
    void presentEveryFormatAndVerifyIt()
    {
        QFETCH(QString, format);
        QFETCH(bool, sdJwt);
        const QString out = m_tmp.filePath(QStringLiteral("p-%1-%2").arg(format).arg(sdJwt));
        QStringList args { QStringLiteral("--json"),
            QStringLiteral("present"),
            QStringLiteral("--format"),
            format,
            QStringLiteral("--domain"),
            QStringLiteral("hr.example.com"),
            QStringLiteral("--challenge"),
            QStringLiteral("c-42"),
            QStringLiteral("--out"),
            out };
        if (sdJwt) {
            args += { QStringLiteral("--credential"),
                m_sdId,
                QStringLiteral("--disclose"),
                m_sdId + QStringLiteral(":achievement.grade"),
                QStringLiteral("--disclose"),
                m_sdId + QStringLiteral(":skills[1]") };
        } else {
            args += { QStringLiteral("--credential"), m_badge };
        }
        const int before = historyCount();
        const Run made = cli(args);
        QVERIFY2(made.code == 0, made.out + made.err);
        QVERIFY(QFile::exists(out));
        const QJsonObject json = made.json();
        QCOMPARE(json.value(QStringLiteral("format")).toString(), format);
        QCOMPARE(json.value(QStringLiteral("preview")).toObject().value(QStringLiteral("challenge")).toString(),
            QStringLiteral("c-42"));
        QCOMPARE(historyCount(), before + 1);

        const Run ok = cli({ QStringLiteral("verify"),
                               QStringLiteral("--offline"),
                               QStringLiteral("--challenge"),
                               QStringLiteral("c-42"),
                               QStringLiteral("--domain"),
                               QStringLiteral("hr.example.com"),
                               out },
            false);
        QVERIFY2(ok.code == 0, ok.out + ok.err);
        const Run replay = cli({ QStringLiteral("--json"),
                                   QStringLiteral("verify"),
                                   QStringLiteral("--offline"),
                                   QStringLiteral("--challenge"),
                                   QStringLiteral("c-43"),
                                   QStringLiteral("--domain"),
                                   QStringLiteral("hr.example.com"),
                                   out },
            false);
        QCOMPARE(replay.code, 1);
        bool keyBindingFailed = false;
        for (const QJsonValue& c : replay.json().value(QStringLiteral("checks")).toArray()) {
            keyBindingFailed = keyBindingFailed
                || (c.toObject().value(QStringLiteral("id")).toString() == QLatin1String("key-binding")
                    && c.toObject().value(QStringLiteral("status")).toString() == QLatin1String("failed"));
        }
        QVERIFY2(keyBindingFailed, replay.out);
    }

    void previewWritesNothing()
    {
        const int before = historyCount();
        const QString out = m_tmp.filePath(QStringLiteral("never.json"));
        const Run r = cli({ QStringLiteral("present"),
            QStringLiteral("--preview"),
            QStringLiteral("--format"),
            QStringLiteral("vp-json"),
            QStringLiteral("--credential"),
            m_sdId,
            QStringLiteral("--credential"),
            m_entry,
            QStringLiteral("--disclose"),
            m_sdId + QStringLiteral(":given_name"),
            QStringLiteral("--domain"),
            QStringLiteral("hr.example.com"),
            QStringLiteral("--out"),
            out });
        QVERIFY2(r.code == 0, r.err);
        QVERIFY(r.out.contains("Shown: given_name."));
        QVERIFY(r.out.contains("family_name"));
        QVERIFY(r.out.contains("your wallet issues and signs"));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(historyCount(), before);
    }

    void badInputWritesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString out = m_tmp.filePath(QStringLiteral("bad.json"));
        const QStringList base {
            QStringLiteral("present"), QStringLiteral("--domain"), QStringLiteral("hr.example.com")
        };
        QTest::newRow("unknown id") << base
                + QStringList { QStringLiteral("--format"),
                      QStringLiteral("vp-json"),
                      QStringLiteral("--credential"),
                      QStringLiteral("no-such-id"),
                      QStringLiteral("--out"),
                      out } << 3 << QStringLiteral("No credential");
        QTest::newRow("bad claim path") << base
                + QStringList { QStringLiteral("--format"),
                      QStringLiteral("sd-jwt"),
                      QStringLiteral("--credential"),
                      m_sdId,
                      QStringLiteral("--disclose"),
                      m_sdId + QStringLiteral(":achievement.nope"),
                      QStringLiteral("--out"),
                      out } << 3 << QStringLiteral("skills[1]");
        QTest::newRow("disclosure on a signed whole") << base
                + QStringList { QStringLiteral("--format"),
                      QStringLiteral("vp-json"),
                      QStringLiteral("--credential"),
                      m_badge,
                      QStringLiteral("--disclose"),
                      m_badge + QStringLiteral(":name"),
                      QStringLiteral("--out"),
                      out } << 3 << QStringLiteral("shared whole");
        QTest::newRow("disclosure for a record not chosen") << base
                + QStringList { QStringLiteral("--format"),
                      QStringLiteral("vp-json"),
                      QStringLiteral("--credential"),
                      m_badge,
                      QStringLiteral("--disclose"),
                      m_sdId + QStringLiteral(":given_name"),
                      QStringLiteral("--out"),
                      out } << 2 << QStringLiteral("--credential");
        QTest::newRow("unwritable out") << base
                + QStringList { QStringLiteral("--format"),
                      QStringLiteral("vp-json"),
                      QStringLiteral("--credential"),
                      m_badge,
                      QStringLiteral("--out"),
                      m_tmp.filePath(QStringLiteral("no/such/folder/p.json")) }
                                        << 3 << QStringLiteral("Could not write");
        const QString existing = write(QStringLiteral("existing.txt"), "not a folder");
        QTest::newRow("qr codes into a file") << base
                + QStringList { QStringLiteral("--format"),
                      QStringLiteral("qr-png"),
                      QStringLiteral("--credential"),
                      m_badge,
                      QStringLiteral("--out"),
                      existing } << 3 << QStringLiteral("folder");
        QDir(m_tmp.path()).mkpath(QStringLiteral("used"));
        write(QStringLiteral("used/part-01.png"), "an older code");
        QTest::newRow("qr codes into a folder that has codes") << base
                + QStringList { QStringLiteral("--format"),
                      QStringLiteral("qr-svg"),
                      QStringLiteral("--credential"),
                      m_badge,
                      QStringLiteral("--out"),
                      m_tmp.filePath(QStringLiteral("used")) } << 3
                                                               << QStringLiteral("empty folder");
        QTest::newRow("pdf into no folder") << base
                + QStringList { QStringLiteral("--format"),
                      QStringLiteral("pdf"),
                      QStringLiteral("--credential"),
                      m_badge,
                      QStringLiteral("--out"),
                      m_tmp.filePath(QStringLiteral("no/such/folder/p.pdf")) }
                                            << 3 << QStringLiteral("Could not write");
        QTest::newRow("unknown qr policy") << base
                + QStringList { QStringLiteral("--format"),
                      QStringLiteral("qr-png"),
                      QStringLiteral("--qr-policy"),
                      QStringLiteral("tiny"),
                      QStringLiteral("--credential"),
                      m_badge,
                      QStringLiteral("--out"),
                      m_tmp.filePath(QStringLiteral("never-made")) }
                                           << 2 << QStringLiteral("verifierplus");
        QTest::newRow("qr policy for a file") << base
                + QStringList { QStringLiteral("--format"),
                      QStringLiteral("vp-json"),
                      QStringLiteral("--qr-policy"),
                      QStringLiteral("robust"),
                      QStringLiteral("--credential"),
                      m_badge,
                      QStringLiteral("--out"),
                      out } << 2 << QStringLiteral("--qr-policy");
        QTest::newRow("unknown format") << base
                + QStringList { QStringLiteral("--format"),
                      QStringLiteral("qr-gif"),
                      QStringLiteral("--credential"),
                      m_badge,
                      QStringLiteral("--out"),
                      out } << 2 << QStringLiteral("qr-text");
        QTest::newRow("no format") << base
                + QStringList { QStringLiteral("--credential"), m_badge, QStringLiteral("--out"), out }
                                   << 2 << QStringLiteral("--format");
        QTest::newRow("no out") << base
                + QStringList {
                      QStringLiteral("--format"), QStringLiteral("vp-json"), QStringLiteral("--credential"), m_badge
                  } << 2 << QStringLiteral("--out");
        QTest::newRow("bad expiry") << base
                + QStringList { QStringLiteral("--format"),
                      QStringLiteral("vp-json"),
                      QStringLiteral("--credential"),
                      m_badge,
                      QStringLiteral("--expires"),
                      QStringLiteral("soon"),
                      QStringLiteral("--out"),
                      out } << 2 << QStringLiteral("duration");
    }
    void badInputWritesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const int before = historyCount();
        const auto files = test::snapshot(m_tmp.path());
        const Run r = cli(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err);
        QCOMPARE(historyCount(), before);
        QCOMPARE(test::snapshot(m_tmp.path()).keys(), files.keys()); // no file made, not even a partial one
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("never-made"))));
    }

    void historyListsAndDeletes()
    {
        const Run list = cli({ QStringLiteral("--json"), QStringLiteral("history") });
        QCOMPARE(list.code, 0);
        const QJsonArray entries = list.array();
        QVERIFY(entries.size() >= 4);
        const QJsonObject newest = entries.at(0).toObject();
        for (const char* key : { "id", "createdAt", "format", "recipient", "records", "sha256" })
            QVERIFY2(newest.contains(QLatin1String(key)), key);
        QCOMPARE(newest.value(QStringLiteral("recipient")).toString(), QStringLiteral("hr.example.com"));
        const Run text = cli({ QStringLiteral("history") });
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains("hr.example.com"));
        QVERIFY(text.out.contains("achievement.grade"));

        const QString id = QString::number(newest.value(QStringLiteral("id")).toInteger());
        QCOMPARE(cli({ QStringLiteral("history"), QStringLiteral("--delete"), QStringLiteral("abc") }).code, 2);
        QCOMPARE(cli({ QStringLiteral("history"), QStringLiteral("--delete"), QStringLiteral("99999") }).code, 3);
        QCOMPARE(historyCount(), int(entries.size()));
        const Run deleted = cli({ QStringLiteral("history"), QStringLiteral("--delete"), id });
        QCOMPARE(deleted.code, 0);
        QCOMPARE(historyCount(), int(entries.size()) - 1);
    }

    void verifyMaxAge()
    {
        // A presentation made 41 days ago, by the same code the wallet uses.
        QByteArray old;
        {
            auto wallet = store::Wallet::open(m_wallet, kPass);
            QVERIFY(wallet);
            present::PresentationService service((*wallet)->database());
            service.setNow(QDateTime::currentDateTimeUtc().addDays(-41));
            auto plan = service.prepare({ { { m_badge, {} } },
                { QStringLiteral("hr.example.com"), QStringLiteral("c-1"), {} },
                present::PresentationFormat::VpJson });
            QVERIFY(plan);
            auto made = service.make(*plan);
            QVERIFY(made);
            old = made->bytes;
        }
        const QString path = write(QStringLiteral("old.json"), old);
        const QStringList base { QStringLiteral("verify"),
            QStringLiteral("--offline"),
            QStringLiteral("--challenge"),
            QStringLiteral("c-1"),
            QStringLiteral("--domain"),
            QStringLiteral("hr.example.com") };
        const Run byDefault = cli(base + QStringList { path }, false);
        QCOMPARE(byDefault.code, 1);
        QVERIFY2(byDefault.out.contains("41 day"), byDefault.out);
        QCOMPARE(cli(base + QStringList { QStringLiteral("--max-age"), QStringLiteral("none"), path }, false).code, 0);
        QCOMPARE(cli(base + QStringList { QStringLiteral("--max-age"), QStringLiteral("6w"), path }, false).code, 0);
        QCOMPARE(cli(base + QStringList { QStringLiteral("--max-age"), QStringLiteral("12h"), path }, false).code, 1);
        const Run bad = cli(base + QStringList { QStringLiteral("--max-age"), QStringLiteral("forever"), path }, false);
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains("none"));
    }
};

QTEST_GUILESS_MAIN(TestCliPresent)
#include "TestCliPresent.moc"
