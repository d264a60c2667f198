// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "support/TestWalletHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <unistd.h>

/// Runs the real ler-wallet-cli binary, as a script would.
class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    Run cli(const QStringList& args, const QMap<QString, QString>& env = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("LER_WALLET_PASSPHRASE"));
        e.insert(QStringLiteral("HOME"), m_home.path());
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        for (auto it = env.cbegin(); it != env.cend(); ++it) {
            e.insert(it.key(), it.value());
        }
        p.setProcessEnvironment(e);
        p.setStandardInputFile(QProcess::nullDevice());
        // No controlling terminal, as in CI: a prompt must fail, never wait.
        p.setChildProcessModifier([] { ::setsid(); });
        p.start(QStringLiteral(LER_CLI), args);
        p.waitForFinished(120000);
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

    QTemporaryDir m_home;
    QTemporaryDir m_tmp;
    const QMap<QString, QString> m_pass { { QStringLiteral("LER_WALLET_PASSPHRASE"),
        QStringLiteral("river stone 42 lamp") } };

private Q_SLOTS:
    void usageErrors()
    {
        QCOMPARE(cli({}).code, 2);
        Run unknown = cli({ QStringLiteral("frobnicate") });
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains("Unknown command"));
        QCOMPARE(cli({ QStringLiteral("--no-such-option"), QStringLiteral("check") }).code, 2);
        Run help = cli({ QStringLiteral("--help") });
        QCOMPARE(help.code, 0);
        for (const char* word : { "init", "passwd", "rekey", "check", "Exit codes", "LER_WALLET_PASSPHRASE" }) {
            QVERIFY2(help.out.contains(word), word);
        }
    }

    void initCheckPasswd()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("w1"));
        Run init = cli({ QStringLiteral("--wallet"), dir, QStringLiteral("--json"), QStringLiteral("init") }, m_pass);
        QCOMPARE(init.code, 0);
        const QString code = init.json().value(QStringLiteral("recoveryCode")).toString();
        QCOMPARE(code.size(), 39);
        QVERIFY2(!init.err.contains("river stone"), "the passphrase is never printed");

        Run again = cli({ QStringLiteral("--wallet"), dir, QStringLiteral("init") }, m_pass);
        QCOMPARE(again.code, 2);

        Run check = cli({ QStringLiteral("--wallet"), dir, QStringLiteral("--json"), QStringLiteral("check") }, m_pass);
        QCOMPARE(check.code, 0);
        QCOMPARE(check.json().value(QStringLiteral("passed")).toBool(), true);
        QCOMPARE(check.json().value(QStringLiteral("checks")).toArray().size(), 6);

        const auto before = ler::test::snapshot(dir);
        Run wrong = cli({ QStringLiteral("--wallet"), dir, QStringLiteral("--json"), QStringLiteral("check") },
            { { QStringLiteral("LER_WALLET_PASSPHRASE"), QStringLiteral("not the one") } });
        QCOMPARE(wrong.code, 4);
        QCOMPARE(wrong.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("wrong-passphrase"));
        QCOMPARE(ler::test::snapshot(dir), before);

        QTemporaryFile newPass;
        QVERIFY(newPass.open());
        newPass.write("a brand new passphrase\n");
        newPass.close();
        Run pw = cli({ QStringLiteral("--wallet"),
                         dir,
                         QStringLiteral("--new-passphrase-file"),
                         newPass.fileName(),
                         QStringLiteral("passwd") },
            m_pass);
        QCOMPARE(pw.code, 0);
        QCOMPARE(cli({ QStringLiteral("--wallet"), dir, QStringLiteral("check") }, m_pass).code, 4);
        QCOMPARE(cli({ QStringLiteral("--wallet"),
                         dir,
                         QStringLiteral("--passphrase-file"),
                         newPass.fileName(),
                         QStringLiteral("check") })
                     .code,
            0);

        // Forgotten passphrase: the recovery code sets a new one.
        Run reset
            = cli({ QStringLiteral("--wallet"), dir, QStringLiteral("--recovery-code"), QStringLiteral("passwd") },
                { { QStringLiteral("LER_WALLET_RECOVERY_CODE"), code },
                    { QStringLiteral("LER_WALLET_NEW_PASSPHRASE"), QStringLiteral("third passphrase here") } });
        QCOMPARE(reset.code, 0);
        QCOMPARE(cli({ QStringLiteral("--wallet"), dir, QStringLiteral("check") },
                     { { QStringLiteral("LER_WALLET_PASSPHRASE"), QStringLiteral("third passphrase here") } })
                     .code,
            0);
    }

    void weakPassphrasesAreRefused_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QString>("reason");
        QTest::newRow("password1") << "password1"
                                   << "common word or a password";
        QTest::newRow("12345678") << "12345678"
                                  << "common word or a password";
        QTest::newRow("qwertyuiop") << "qwertyuiop"
                                    << "common word or a password";
        QTest::newRow("keyboard run") << "dfghjkl;"
                                      << "row of keys";
        QTest::newRow("sequence") << "abcdefgh"
                                  << "sequence";
        QTest::newRow("repeat") << "aaaaaaaaaaaa"
                                << "repeats";
        QTest::newRow("date") << "01011990"
                              << "date";
        QTest::newRow("too short") << "Xq7#pL"
                                   << "at least 8";
    }
    void weakPassphrasesAreRefused()
    {
        QFETCH(QString, passphrase);
        QFETCH(QString, reason);
        const QString dir = m_tmp.filePath(QStringLiteral("weak-") + QString::number(qHash(passphrase)));
        Run init = cli({ QStringLiteral("--wallet"), dir, QStringLiteral("init") },
            { { QStringLiteral("LER_WALLET_PASSPHRASE"), passphrase } });
        QCOMPARE(init.code, 3);
        QVERIFY2(init.err.contains(reason.toUtf8()), init.err.constData());
        QVERIFY2(!init.err.contains(passphrase.toUtf8()), "the refusal does not repeat the passphrase");
        QVERIFY2(!QFileInfo::exists(dir), "a refused init writes nothing");

        // passwd refuses it as the new passphrase and leaves the wallet as it was.
        const QString ok = m_tmp.filePath(QStringLiteral("weak-passwd"));
        if (!QFileInfo::exists(ok)) {
            QCOMPARE(cli({ QStringLiteral("--wallet"), ok, QStringLiteral("init") }, m_pass).code, 0);
        }
        const auto before = ler::test::snapshot(ok);
        Run pw = cli({ QStringLiteral("--wallet"), ok, QStringLiteral("--json"), QStringLiteral("passwd") },
            { { QStringLiteral("LER_WALLET_PASSPHRASE"), m_pass.first() },
                { QStringLiteral("LER_WALLET_NEW_PASSPHRASE"), passphrase } });
        QCOMPARE(pw.code, 3);
        QVERIFY(pw.json()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(reason));
        QCOMPARE(ler::test::snapshot(ok), before);
    }

    void rekey()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("rekey"));
        Run init = cli({ QStringLiteral("--wallet"), dir, QStringLiteral("--json"), QStringLiteral("init") }, m_pass);
        QCOMPARE(init.code, 0);
        const QString oldCode = init.json().value(QStringLiteral("recoveryCode")).toString();
        const auto before = ler::test::snapshot(dir);

        // Refusals change nothing: a wrong passphrase, a weak new one.
        Run wrong = cli({ QStringLiteral("--wallet"), dir, QStringLiteral("rekey") },
            { { QStringLiteral("LER_WALLET_PASSPHRASE"), QStringLiteral("not the one") } });
        QCOMPARE(wrong.code, 4);
        QCOMPARE(ler::test::snapshot(dir), before);
        Run weak = cli({ QStringLiteral("--wallet"), dir, QStringLiteral("rekey") },
            { { QStringLiteral("LER_WALLET_PASSPHRASE"), m_pass.first() },
                { QStringLiteral("LER_WALLET_NEW_PASSPHRASE"), QStringLiteral("password1") } });
        QCOMPARE(weak.code, 3);
        QCOMPARE(ler::test::snapshot(dir), before);

        Run done = cli({ QStringLiteral("--wallet"), dir, QStringLiteral("--json"), QStringLiteral("rekey") }, m_pass);
        QCOMPARE(done.code, 0);
        QCOMPARE(done.json().value(QStringLiteral("keyReplaced")).toBool(), true);
        QCOMPARE(done.json().value(QStringLiteral("passphraseChanged")).toBool(), false);
        const QString newCode = done.json().value(QStringLiteral("recoveryCode")).toString();
        QCOMPARE(newCode.size(), 39);
        QVERIFY(newCode != oldCode);
        QVERIFY(ler::test::snapshot(dir).value(QStringLiteral("wallet.keys"))
            != before.value(QStringLiteral("wallet.keys")));
        QCOMPARE(cli({ QStringLiteral("--wallet"), dir, QStringLiteral("check") }, m_pass).code, 0);

        const auto recover = [&](const QString& code) {
            return cli({ QStringLiteral("--wallet"), dir, QStringLiteral("--recovery-code"), QStringLiteral("passwd") },
                { { QStringLiteral("LER_WALLET_RECOVERY_CODE"), code },
                    { QStringLiteral("LER_WALLET_NEW_PASSPHRASE"), QStringLiteral("cielo azul y verde") } });
        };
        QCOMPARE(recover(oldCode).code, 4);
        QCOMPARE(recover(newCode).code, 0);

        // With a new passphrase at the same time.
        Run both = cli({ QStringLiteral("--wallet"), dir, QStringLiteral("--json"), QStringLiteral("rekey") },
            { { QStringLiteral("LER_WALLET_PASSPHRASE"), QStringLiteral("cielo azul y verde") },
                { QStringLiteral("LER_WALLET_NEW_PASSPHRASE"), QStringLiteral("maple orbit seventy lantern") } });
        QCOMPARE(both.code, 0);
        QCOMPARE(both.json().value(QStringLiteral("passphraseChanged")).toBool(), true);
    }

    void badInput()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("w2"));
        Run shortPass = cli({ QStringLiteral("--wallet"), dir, QStringLiteral("init") },
            { { QStringLiteral("LER_WALLET_PASSPHRASE"), QStringLiteral("short") } });
        QCOMPARE(shortPass.code, 3);
        QVERIFY(shortPass.err.contains("at least 8"));
        QVERIFY2(!QFileInfo::exists(dir + QStringLiteral("/wallet.keys")), "a refused init stores nothing");

        Run missingFile = cli({ QStringLiteral("--wallet"),
            dir,
            QStringLiteral("--passphrase-file"),
            m_tmp.filePath(QStringLiteral("nope.txt")),
            QStringLiteral("init") });
        QCOMPARE(missingFile.code, 3);

        Run noWallet = cli(
            { QStringLiteral("--wallet"), m_tmp.filePath(QStringLiteral("none")), QStringLiteral("check") }, m_pass);
        QCOMPARE(noWallet.code, 3);
        QVERIFY(noWallet.err.contains("No wallet"));

        Run noTty = cli({ QStringLiteral("--wallet"), dir, QStringLiteral("init") });
        QCOMPARE(noTty.code, 3);
        QVERIFY(noTty.err.contains("--passphrase-file"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
