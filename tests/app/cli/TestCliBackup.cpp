// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "support/TestWalletHelpers.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <unistd.h>

/// backup and restore through the real ler-wallet-cli binary: exit codes, passphrase sources, and that a bad backup
/// leaves nothing behind.
class TestCliBackup : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    QTemporaryDir m_home;
    QTemporaryDir m_tmp;
    QString m_wallet;
    QString m_backup;
    QString m_backupPassFile;
    const QString kPass = QStringLiteral("river stone 42 lamp");

    Run cli(const QStringList& args, const QMap<QString, QString>& env = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("LER_WALLET_PASSPHRASE"));
        e.insert(QStringLiteral("HOME"), m_home.path());
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        p.setStandardInputFile(QProcess::nullDevice());
        p.setChildProcessModifier([] { ::setsid(); }); // no terminal: a prompt fails at once
        p.start(QStringLiteral(LER_CLI), args);
        p.waitForFinished(180000);
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

    QMap<QString, QString> pass() const { return { { QStringLiteral("LER_WALLET_PASSPHRASE"), kPass } }; }

    QString file(const QString& name, const QByteArray& content)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }

    QByteArray bytes(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    /// The ids and titles of a wallet's records, as `list --json` prints them.
    QStringList records(const QString& wallet, const QMap<QString, QString>& env)
    {
        QStringList out;
        const Run list
            = cli({ QStringLiteral("--wallet"), wallet, QStringLiteral("--json"), QStringLiteral("list") }, env);
        for (const QJsonValue& v : QJsonDocument::fromJson(list.out).array())
            out.append(v[QLatin1String("id")].toString() + QLatin1Char(' ') + v[QLatin1String("title")].toString());
        out.sort();
        return out;
    }

    /// Restores `backup` into a new folder and expects `code`, with nothing left in the folder's parent.
    void expectRefused(const QString& backup, int code, const QMap<QString, QString>& env, const char* what)
    {
        const QString dir = m_tmp.filePath(QStringLiteral("refused"));
        const QStringList before = QDir(m_tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        const Run r = cli({ QStringLiteral("restore"),
                              QStringLiteral("--in"),
                              backup,
                              QStringLiteral("--wallet"),
                              dir,
                              QStringLiteral("--backup-passphrase-file"),
                              m_backupPassFile },
            env);
        QVERIFY2(r.code == code,
            qPrintable(
                QStringLiteral("%1: exit %2, %3").arg(QLatin1String(what)).arg(r.code).arg(QString::fromUtf8(r.err))));
        QVERIFY2(!r.err.trimmed().isEmpty(), what);
        QCOMPARE(QDir(m_tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
        // Merged into the wallet, the same backup changes nothing either.
        const auto walletBefore = ler::test::snapshot(m_wallet);
        const Run m = cli({ QStringLiteral("restore"),
                              QStringLiteral("--in"),
                              backup,
                              QStringLiteral("--wallet"),
                              m_wallet,
                              QStringLiteral("--merge"),
                              QStringLiteral("--backup-passphrase-file"),
                              m_backupPassFile },
            pass());
        QVERIFY2(
            m.code == code, qPrintable(QStringLiteral("%1 (merge): exit %2").arg(QLatin1String(what)).arg(m.code)));
        QCOMPARE(ler::test::snapshot(m_wallet), walletBefore);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_wallet = m_tmp.filePath(QStringLiteral("wallet"));
        QCOMPARE(cli({ QStringLiteral("--wallet"), m_wallet, QStringLiteral("init") }, pass()).code, 0);
        const Run imported = cli({ QStringLiteral("--wallet"),
                                     m_wallet,
                                     QStringLiteral("import"),
                                     QStringLiteral(LER_TEST_DATA "/formats/clr2/valid/complex.json"),
                                     QStringLiteral(LER_TEST_DATA "/formats/openbadges3/valid/simple.json"),
                                     QStringLiteral(LER_TEST_DATA "/formats/csv/valid/entries.csv") },
            pass());
        QCOMPARE(imported.code, 0);
        m_backupPassFile = file(QStringLiteral("backup-pass"), "other pass phrase 77 zebra\n");
        m_backup = m_tmp.filePath(QStringLiteral("wallet.lerbackup"));
    }

    void backupNeedsOutAndAStrongPassphrase()
    {
        QCOMPARE(cli({ QStringLiteral("--wallet"), m_wallet, QStringLiteral("backup") }, pass()).code, 2);
        const QString weak = file(QStringLiteral("weak"), "password1\n");
        const QString out = m_tmp.filePath(QStringLiteral("weak.lerbackup"));
        const Run r = cli({ QStringLiteral("--wallet"),
                              m_wallet,
                              QStringLiteral("backup"),
                              QStringLiteral("--out"),
                              out,
                              QStringLiteral("--backup-passphrase-file"),
                              weak },
            pass());
        QCOMPARE(r.code, 3);
        QVERIFY(!QFile::exists(out));
        const Run wrong
            = cli({ QStringLiteral("--wallet"), m_wallet, QStringLiteral("backup"), QStringLiteral("--out"), out },
                { { QStringLiteral("LER_WALLET_PASSPHRASE"), QStringLiteral("not the passphrase") } });
        QCOMPARE(wrong.code, 4);
        QVERIFY(!QFile::exists(out));
    }

    void backupAndRestoreIntoANewWallet()
    {
        const Run b = cli({ QStringLiteral("--wallet"),
                              m_wallet,
                              QStringLiteral("--json"),
                              QStringLiteral("backup"),
                              QStringLiteral("--out"),
                              m_backup,
                              QStringLiteral("--backup-passphrase-file"),
                              m_backupPassFile },
            pass());
        QVERIFY2(b.code == 0, b.err.constData());
        QVERIFY(b.json().value(QStringLiteral("records")).toInt() >= 8);
        QVERIFY(bytes(m_backup).startsWith("LER-BACKUP"));
        QVERIFY(!bytes(m_backup).contains("Ellis Monday"));

        const QString restored = m_tmp.filePath(QStringLiteral("restored"));
        const QMap<QString, QString> newPass { { QStringLiteral("LER_WALLET_PASSPHRASE"),
            QStringLiteral("a new wallet passphrase 9") } };
        const Run r = cli({ QStringLiteral("--json"),
                              QStringLiteral("restore"),
                              QStringLiteral("--in"),
                              m_backup,
                              QStringLiteral("--wallet"),
                              restored,
                              QStringLiteral("--backup-passphrase-file"),
                              m_backupPassFile },
            newPass);
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("recoveryCode")).toString().size(), 39);
        QCOMPARE(records(restored, newPass), records(m_wallet, pass()));
        QCOMPARE(cli({ QStringLiteral("--wallet"), restored, QStringLiteral("check") }, newPass).code, 0);
        // A folder that holds a wallet is refused without --merge.
        QCOMPARE(cli({ QStringLiteral("restore"),
                         QStringLiteral("--in"),
                         m_backup,
                         QStringLiteral("--wallet"),
                         restored,
                         QStringLiteral("--backup-passphrase-file"),
                         m_backupPassFile },
                     newPass)
                     .code,
            2);
    }

    void backupPassphraseFromTheWalletsSource()
    {
        // No --backup-passphrase-file: the wallet's passphrase file gives both.
        const QString walletPass = file(QStringLiteral("wallet-pass"), kPass.toUtf8() + '\n');
        const QString out = m_tmp.filePath(QStringLiteral("same.lerbackup"));
        QCOMPARE(cli({ QStringLiteral("--wallet"),
                         m_wallet,
                         QStringLiteral("--passphrase-file"),
                         walletPass,
                         QStringLiteral("backup"),
                         QStringLiteral("--out"),
                         out })
                     .code,
            0);
        const QString dir = m_tmp.filePath(QStringLiteral("same"));
        QCOMPARE(cli({ QStringLiteral("restore"),
                         QStringLiteral("--in"),
                         out,
                         QStringLiteral("--wallet"),
                         dir,
                         QStringLiteral("--passphrase-file"),
                         walletPass })
                     .code,
            0);
        QVERIFY(QDir(dir).removeRecursively());
        // The environment the same way; and the backup's own passphrase does not open it.
        QCOMPARE(
            cli({ QStringLiteral("restore"), QStringLiteral("--in"), out, QStringLiteral("--wallet"), dir }, pass())
                .code,
            0);
        QVERIFY(QDir(dir).removeRecursively());
        QCOMPARE(cli({ QStringLiteral("restore"),
                         QStringLiteral("--in"),
                         out,
                         QStringLiteral("--wallet"),
                         dir,
                         QStringLiteral("--backup-passphrase-file"),
                         m_backupPassFile },
                     pass())
                     .code,
            4);
        QVERIFY(!QFile::exists(dir));
        // At no terminal and with no file or variable, the passphrase cannot be asked for.
        QCOMPARE(
            cli({ QStringLiteral("restore"), QStringLiteral("--in"), out, QStringLiteral("--wallet"), dir }).code, 3);
        QVERIFY(!QFile::exists(dir));
        QVERIFY(QFile::remove(out));
    }

    void badBackupsWriteNothing()
    {
        QVERIFY(QFile::exists(m_backup));
        const QByteArray good = bytes(m_backup);
        const QMap<QString, QString> newPass { { QStringLiteral("LER_WALLET_PASSPHRASE"),
            QStringLiteral("a new wallet passphrase 9") } };
        const QString wrongPass = file(QStringLiteral("wrong-pass"), "not the backup passphrase 5\n");
        {
            const QString saved = m_backupPassFile;
            m_backupPassFile = wrongPass;
            expectRefused(m_backup, 4, newPass, "wrong backup passphrase");
            m_backupPassFile = saved;
        }
        expectRefused(file(QStringLiteral("cut.lerbackup"), good.left(good.size() / 2)), 3, newPass, "truncated");
        expectRefused(file(QStringLiteral("short.lerbackup"), good.left(40)), 3, newPass, "truncated in the header");
        QByteArray flipped = good;
        flipped[good.size() - 100] = char(flipped[good.size() - 100] ^ 4);
        expectRefused(file(QStringLiteral("flipped.lerbackup"), flipped), 3, newPass, "flipped body byte");
        QByteArray header = good;
        header[20] = char(header[20] ^ 4);
        expectRefused(file(QStringLiteral("header.lerbackup"), header), 3, newPass, "flipped header byte");
        // Version 2, with the header's digest made right: a backup from a newer version.
        QByteArray newer = good.left(16 + 73);
        qToBigEndian<quint16>(2, newer.data() + 10);
        newer += QCryptographicHash::hash(newer, QCryptographicHash::Sha256) + good.mid(16 + 73 + 32);
        expectRefused(file(QStringLiteral("newer.lerbackup"), newer), 3, newPass, "newer version");
        expectRefused(
            QStringLiteral(LER_TEST_DATA "/formats/openbadges3/valid/simple.json"), 3, newPass, "not a backup");
        expectRefused(m_tmp.filePath(QStringLiteral("missing.lerbackup")), 3, newPass, "no such file");
    }

    void mergeIntoAWallet()
    {
        const QString other = m_tmp.filePath(QStringLiteral("other"));
        const QMap<QString, QString> otherPass { { QStringLiteral("LER_WALLET_PASSPHRASE"),
            QStringLiteral("third wallet pass 31") } };
        QCOMPARE(cli({ QStringLiteral("--wallet"), other, QStringLiteral("init") }, otherPass).code, 0);
        QCOMPARE(cli({ QStringLiteral("--wallet"),
                         other,
                         QStringLiteral("import"),
                         QStringLiteral(LER_TEST_DATA "/formats/openbadges3/valid/simple.json"),
                         QStringLiteral(LER_TEST_DATA "/formats/pesc/valid/SampleCollegeTranscript.xml") },
                     otherPass)
                     .code,
            0);
        const Run m = cli({ QStringLiteral("--json"),
                              QStringLiteral("restore"),
                              QStringLiteral("--in"),
                              m_backup,
                              QStringLiteral("--wallet"),
                              other,
                              QStringLiteral("--merge"),
                              QStringLiteral("--backup-passphrase-file"),
                              m_backupPassFile },
            otherPass);
        QVERIFY2(m.code == 0, m.err.constData());
        QCOMPARE(m.json().value(QStringLiteral("duplicates")).toInt(), 1);
        const QStringList mine = records(m_wallet, pass());
        const QStringList merged = records(other, otherPass);
        QCOMPARE(merged.size(), mine.size() + 1); // the transcript of the other wallet, and everything of the backup
        // Merging again adds nothing.
        const Run again = cli({ QStringLiteral("--json"),
                                  QStringLiteral("restore"),
                                  QStringLiteral("--in"),
                                  m_backup,
                                  QStringLiteral("--wallet"),
                                  other,
                                  QStringLiteral("--merge"),
                                  QStringLiteral("--backup-passphrase-file"),
                                  m_backupPassFile },
            otherPass);
        QCOMPARE(again.code, 0);
        QVERIFY(again.json().value(QStringLiteral("added")).toObject().isEmpty());
        QCOMPARE(records(other, otherPass), merged);
        // --merge needs a wallet there.
        QCOMPARE(cli({ QStringLiteral("restore"),
                         QStringLiteral("--in"),
                         m_backup,
                         QStringLiteral("--wallet"),
                         m_tmp.filePath(QStringLiteral("nothing")),
                         QStringLiteral("--merge"),
                         QStringLiteral("--backup-passphrase-file"),
                         m_backupPassFile },
                     otherPass)
                     .code,
            3);
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "TestCliBackup.moc"
