// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/store/Wallet.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <unistd.h>

using namespace ler;

/// LER Wallet's presentations checked by independent software, and theirs by LER Wallet: the Digital Credentials
/// Consortium's verifier stack (@digitalcredentials/vc with eddsa-rdfc-2022, and Digital Bazaar's ecdsa-rdfc-2019
/// cryptosuite) and @sd-jwt/sd-jwt-vc, run with node from tests/interop (installed by scripts/setup.sh).
/// Credentials are issued by that software too.
class TestInterop : public QObject
{
    Q_OBJECT

public:
    /// Why the test cannot run here, or empty when node and the pinned packages are present.
    static QString missing()
    {
        if (node().isEmpty())
            return QStringLiteral("node is not installed (scripts/setup.sh installs it)");
        for (const char* package : { "@digitalcredentials/vc",
                 "@digitalcredentials/eddsa-rdfc-2022-cryptosuite",
                 "@digitalcredentials/data-integrity",
                 "@digitalbazaar/ecdsa-rdfc-2019-cryptosuite",
                 "@digitalbazaar/ecdsa-multikey",
                 "@sd-jwt/sd-jwt-vc" }) {
            if (!QFile::exists(QStringLiteral(LER_INTEROP_DIR "/node_modules/") + QLatin1String(package)))
                return QStringLiteral("%1 is not installed in tests/interop (run scripts/setup.sh)")
                    .arg(QLatin1String(package));
        }
        return {};
    }

private:
    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
        QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
        QByteArray all() const { return out + err; }
    };

    static QString node()
    {
        const QString n = QStandardPaths::findExecutable(QStringLiteral("node"));
        return n.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("nodejs")) : n;
    }

    static Run run(const QString& program, const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("LER_WALLET_PASSPHRASE"), QString::fromLatin1(kPass));
        p.setProcessEnvironment(e);
        p.setStandardInputFile(QProcess::nullDevice());
        p.setChildProcessModifier([] { ::setsid(); });
        p.start(program, args);
        if (!p.waitForFinished(180000))
            p.kill();
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

    Run cli(const QStringList& args)
    {
        return run(QStringLiteral(LER_CLI), QStringList { QStringLiteral("--wallet"), m_wallet } + args);
    }

    static Run script(const QString& name, const QStringList& args)
    {
        return run(node(), QStringList { QStringLiteral(LER_INTEROP_DIR "/") + name } + args);
    }

    QString file(const QString& name) const { return m_tmp.filePath(name); }

    QString import(const QString& path)
    {
        const Run r = cli({ QStringLiteral("--json"), QStringLiteral("import"), path });
        return r.code == 0 ? r.array().at(0).toObject().value(QStringLiteral("id")).toString() : QString();
    }

    Run present(const QStringList& records, const QString& format, const QString& out, const QStringList& more = {})
    {
        QStringList args { QStringLiteral("present"),
            QStringLiteral("--format"),
            format,
            QStringLiteral("--domain"),
            kDomain,
            QStringLiteral("--challenge"),
            kChallenge,
            QStringLiteral("--out"),
            out };
        for (const QString& id : records)
            args += { QStringLiteral("--credential"), id };
        return cli(args + more);
    }

    static constexpr const char* kPass = "river stone 42 lamp";
    inline static const QString kChallenge = QStringLiteral("c-5d1e2a9b7f");
    inline static const QString kDomain = QStringLiteral("hr.example.com");
    QTemporaryDir m_tmp;
    QString m_wallet;
    QString m_badge, m_badge11, m_sd, m_entry, m_ecdsaBadge;

private Q_SLOTS:
    void initTestCase()
    {
        m_wallet = file(QStringLiteral("wallet"));
        QVERIFY(store::Wallet::create(m_wallet, kPass, crypto::KdfParams::cheapForTests()));
        const Run who = cli({ QStringLiteral("--json"), QStringLiteral("whoami") });
        QCOMPARE(who.code, 0);
        const QString did = who.json().value(QStringLiteral("did")).toString();
        const QByteArray jwk
            = QJsonDocument(who.json().value(QStringLiteral("publicJwk")).toObject()).toJson(QJsonDocument::Compact);
        const Run issued = script(QStringLiteral("issue.mjs"),
            { QStringLiteral("--holder"),
                did,
                QStringLiteral("--holder-jwk"),
                QString::fromUtf8(jwk),
                QStringLiteral("--out"),
                m_tmp.path() });
        QVERIFY2(issued.code == 0, issued.all());
        const Run ecdsa = script(QStringLiteral("issue-ecdsa.mjs"),
            { QStringLiteral("--holder"), did, QStringLiteral("--out"), m_tmp.path() });
        QVERIFY2(ecdsa.code == 0, ecdsa.all());
        m_badge = import(file(QStringLiteral("badge.json")));
        m_badge11 = import(file(QStringLiteral("badge-v1.json")));
        m_sd = import(file(QStringLiteral("welding.sd-jwt")));
        m_entry = import(QStringLiteral(LER_TEST_DATA "/formats/csv/valid/entries.csv"));
        m_ecdsaBadge = import(file(QStringLiteral("badge-p256.json")));
        for (const QString& id : { m_badge, m_badge11, m_sd, m_entry, m_ecdsaBadge })
            QVERIFY(!id.isEmpty());
    }

    void peerEcdsaCredentialsVerifyInOurs_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ecdsa-rdfc-2019 P-256") << QStringLiteral("badge-p256.json") << true;
        QTest::newRow("ecdsa-rdfc-2019 P-384") << QStringLiteral("badge-p384.json") << true;
        QTest::newRow("P-256, achievement renamed after signing")
            << QStringLiteral("badge-p256-tampered.json") << false;
    }
    void peerEcdsaCredentialsVerifyInOurs()
    {
        // Signed by Digital Bazaar's ecdsa-rdfc-2019 cryptosuite (which itself accepts the first two and refuses
        // the third): ours must agree.
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const Run r = run(QStringLiteral(LER_CLI),
            { QStringLiteral("--json"), QStringLiteral("verify"), QStringLiteral("--offline"), file(name) });
        const QJsonArray reports = r.array();
        const QJsonObject report = reports.isEmpty() ? r.json() : reports.at(0).toObject();
        QJsonObject signature;
        QJsonObject issuer;
        for (const QJsonValue& c : report.value(QStringLiteral("checks")).toArray()) {
            const QString id = c.toObject().value(QStringLiteral("id")).toString();
            if (id == QLatin1String("signature"))
                signature = c.toObject();
            else if (id == QLatin1String("issuer"))
                issuer = c.toObject();
        }
        if (valid) {
            QVERIFY2(r.code == 0, r.all());
            QCOMPARE(report.value(QStringLiteral("verified")).toBool(), true);
            QCOMPARE(issuer.value(QStringLiteral("status")).toString(), QStringLiteral("passed"));
        } else {
            QVERIFY2(r.code == 1, r.all());
            QCOMPARE(report.value(QStringLiteral("verified")).toBool(), false);
            QVERIFY2(signature.value(QStringLiteral("status")).toString() == QLatin1String("failed"), r.all());
        }
    }

    void peerCredentialsVerifyInOurs()
    {
        for (const char* name : { "badge.json", "badge-v1.json", "welding.sd-jwt" }) {
            const Run r = run(QStringLiteral(LER_CLI),
                { QStringLiteral("verify"), QStringLiteral("--offline"), file(QLatin1String(name)) });
            QVERIFY2(r.code == 0, r.all());
        }
    }

    void dccVerifiesOurPresentation_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("VC 2.0 with a self-asserted entry") << QStringLiteral("badge") << QStringLiteral("entry");
        QTest::newRow("VC 1.1 with a self-asserted entry") << QStringLiteral("badge11") << QStringLiteral("entry");
        QTest::newRow("VC 1.1 and 2.0 credentials") << QStringLiteral("badge11") << QStringLiteral("badge");
    }
    void dccVerifiesOurPresentation()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        const QHash<QString, QString> ids { { QStringLiteral("badge"), m_badge },
            { QStringLiteral("badge11"), m_badge11 },
            { QStringLiteral("entry"), m_entry } };
        const QString out = file(QStringLiteral("vp-%1-%2.json").arg(first, second));
        const Run made = present({ ids.value(first), ids.value(second) }, QStringLiteral("vp-json"), out);
        QVERIFY2(made.code == 0, made.all());
        const QStringList expected { QStringLiteral("--file"),
            out,
            QStringLiteral("--challenge"),
            kChallenge,
            QStringLiteral("--domain"),
            kDomain };
        const Run ok = script(QStringLiteral("verify-vp.mjs"), expected);
        QVERIFY2(ok.code == 0, ok.all());
        QCOMPARE(ok.json().value(QStringLiteral("credentials")).toArray(), QJsonArray({ true, true }));

        // Controls: the peer's verifier does refuse a replay and a changed presentation.
        const Run replay = script(QStringLiteral("verify-vp.mjs"),
            { QStringLiteral("--file"),
                out,
                QStringLiteral("--challenge"),
                QStringLiteral("another"),
                QStringLiteral("--domain"),
                kDomain });
        QCOMPARE(replay.code, 1);
        const Run otherDomain = script(QStringLiteral("verify-vp.mjs"),
            { QStringLiteral("--file"),
                out,
                QStringLiteral("--challenge"),
                kChallenge,
                QStringLiteral("--domain"),
                QStringLiteral("evil.example") });
        QCOMPARE(otherDomain.code, 1);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        QVERIFY(bytes.contains("Forklift Safety"));
        bytes.replace("Forklift Safety", "Forklift Safetz");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();
        QCOMPARE(script(QStringLiteral("verify-vp.mjs"), expected).code, 1);
    }

    void sdJwtLibraryVerifiesOurKeyBinding()
    {
        const QString out = file(QStringLiteral("p.sd-jwt"));
        const Run made = present({ m_sd },
            QStringLiteral("sd-jwt"),
            out,
            { QStringLiteral("--disclose"),
                m_sd + QStringLiteral(":given_name"),
                QStringLiteral("--disclose"),
                m_sd + QStringLiteral(":skills[1]") });
        QVERIFY2(made.code == 0, made.all());
        const QStringList claims { QStringLiteral("--expect-claims"),
            QStringLiteral("Alex,TIG"),
            QStringLiteral("--expect-hidden"),
            QStringLiteral("Rivera,MIG,Stick,grade") };
        const Run ok = script(QStringLiteral("verify-sd-jwt.mjs"),
            QStringList {
                QStringLiteral("--file"), out, QStringLiteral("--nonce"), kChallenge, QStringLiteral("--aud"), kDomain }
                + claims);
        QVERIFY2(ok.code == 0, ok.all());
        // Controls: another nonce or audience is refused by the same library.
        QCOMPARE(script(QStringLiteral("verify-sd-jwt.mjs"),
                     QStringList { QStringLiteral("--file"),
                         out,
                         QStringLiteral("--nonce"),
                         QStringLiteral("another"),
                         QStringLiteral("--aud"),
                         kDomain }
                         + claims)
                     .code,
            1);
        QCOMPARE(script(QStringLiteral("verify-sd-jwt.mjs"),
                     QStringList { QStringLiteral("--file"),
                         out,
                         QStringLiteral("--nonce"),
                         kChallenge,
                         QStringLiteral("--aud"),
                         QStringLiteral("evil.example") }
                         + claims)
                     .code,
            1);
    }

    void dccVerifiesOurPresentationOfAnEcdsaBadge()
    {
        // The wallet (an Ed25519 holder) presents a badge the peer signed with ecdsa-rdfc-2019.
        const QString out = file(QStringLiteral("vp-ecdsa-badge.json"));
        const Run made = present({ m_ecdsaBadge }, QStringLiteral("vp-json"), out);
        QVERIFY2(made.code == 0, made.all());
        const Run ok = script(QStringLiteral("verify-vp.mjs"),
            { QStringLiteral("--file"),
                out,
                QStringLiteral("--challenge"),
                kChallenge,
                QStringLiteral("--domain"),
                kDomain });
        QVERIFY2(ok.code == 0, ok.all());
        QCOMPARE(ok.json().value(QStringLiteral("credentials")).toArray(), QJsonArray({ true }));
    }

    void oursVerifiesDccEcdsaPresentation_data()
    {
        QTest::addColumn<QString>("curve");
        QTest::newRow("P-256") << QStringLiteral("P-256");
        QTest::newRow("P-384") << QStringLiteral("P-384");
    }
    void oursVerifiesDccEcdsaPresentation()
    {
        // The DCC stack with ECDSA keys: a new issuer re-issues the badge to a new holder, who presents it with an
        // ecdsa-rdfc-2019 proof for our challenge and domain.
        QFETCH(QString, curve);
        const QString out = file(QStringLiteral("dcc-vp-%1.json").arg(curve));
        const Run made = script(QStringLiteral("make-vp.mjs"),
            { QStringLiteral("--credential"),
                file(QStringLiteral("badge-p256.json")),
                QStringLiteral("--challenge"),
                kChallenge,
                QStringLiteral("--domain"),
                kDomain,
                QStringLiteral("--out"),
                out,
                QStringLiteral("--reissue"),
                QStringLiteral("true"),
                QStringLiteral("--curve"),
                curve });
        QVERIFY2(made.code == 0, made.all());
        const QStringList base {
            QStringLiteral("verify"), QStringLiteral("--offline"), QStringLiteral("--domain"), kDomain
        };
        const Run ok
            = run(QStringLiteral(LER_CLI), base + QStringList { QStringLiteral("--challenge"), kChallenge, out });
        QVERIFY2(ok.code == 0, ok.all());
        const Run replay = run(
            QStringLiteral(LER_CLI), base + QStringList { QStringLiteral("--challenge"), QStringLiteral("x"), out });
        QCOMPARE(replay.code, 1);
    }

    void oursVerifiesDccPresentation()
    {
        // The DCC stack presents a credential issued to its own holder: verified, and a replay is not.
        const QString out = file(QStringLiteral("dcc-vp.json"));
        const Run made = script(QStringLiteral("make-vp.mjs"),
            { QStringLiteral("--credential"),
                file(QStringLiteral("badge.json")),
                QStringLiteral("--challenge"),
                kChallenge,
                QStringLiteral("--domain"),
                kDomain,
                QStringLiteral("--out"),
                out,
                QStringLiteral("--reissue"),
                QStringLiteral("true") });
        QVERIFY2(made.code == 0, made.all());
        const QStringList base {
            QStringLiteral("verify"), QStringLiteral("--offline"), QStringLiteral("--domain"), kDomain
        };
        const Run ok
            = run(QStringLiteral(LER_CLI), base + QStringList { QStringLiteral("--challenge"), kChallenge, out });
        QVERIFY2(ok.code == 0, ok.all());
        const Run replay = run(
            QStringLiteral(LER_CLI), base + QStringList { QStringLiteral("--challenge"), QStringLiteral("x"), out });
        QCOMPARE(replay.code, 1);

        // The wallet's own badge (issued to the wallet's DID) presented by a stranger's DCC holder: every proof
        // holds, but nothing shows the presenter is the person it was issued to.
        const QString stranger = file(QStringLiteral("dcc-vp-stranger.json"));
        const Run copied = script(QStringLiteral("make-vp.mjs"),
            { QStringLiteral("--credential"),
                file(QStringLiteral("badge.json")),
                QStringLiteral("--challenge"),
                kChallenge,
                QStringLiteral("--domain"),
                kDomain,
                QStringLiteral("--out"),
                stranger });
        QVERIFY2(copied.code == 0, copied.all());
        const Run partly
            = run(QStringLiteral(LER_CLI), base + QStringList { QStringLiteral("--challenge"), kChallenge, stranger });
        QCOMPARE(partly.code, 1);
        QVERIFY2(partly.all().contains(QLatin1String("presented by")), qPrintable(partly.all()));
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString why = TestInterop::missing();
    if (!why.isEmpty()) {
        std::printf("SKIPPED: %s\n", qPrintable(why));
        return 77; // CTest reports the test as skipped (SKIP_RETURN_CODE)
    }
    TestInterop test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestInterop.moc"
