// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// The crash harness: runs ler-wallet-cli on a copy of a wallet, kills it with SIGKILL at a random moment, and
/// checks that the wallet still opens with the old or the new passphrase, passes `check`, and holds every record
/// it held before and every record whose import the CLI had reported before it died. Operations: bulk import,
/// passwd, verify --all, rekey, and restoring a backup into a new wallet or merged into the wallet.
///
/// CTest runs the short form (LER_KILL_TRIALS, default 20 trials). The long form is scripts/kill-harness.sh
/// (240 trials unless told otherwise). LER_KILL_SEED repeats a run.

#include "core/session/ImportService.h"
#include "core/store/CredentialRepository.h"
#include "core/store/Wallet.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace ler;

namespace {

const QString kOld = QStringLiteral("harbor lantern 73 quietly");
const QString kNew = QStringLiteral("meadow copper 19 slowly");
constexpr int kRecordsBefore = 40; ///< in the wallet before every operation
constexpr int kImportFiles = 350; ///< imported by the bulk import (commits every 100)
constexpr int kBackupRecords = 300; ///< in the backup the restores read

/// One operation the harness interrupts.
struct Operation
{
    QString name;
    QStringList args; ///< after --wallet DIR
    QMap<QString, QString> env; ///< besides LER_WALLET_PASSPHRASE (always the old passphrase)
    bool mayChangePassphrase = false; ///< the new passphrase may open the wallet afterwards
    /// A restore into a new wallet: the folder does not exist before. Afterwards it holds the whole backup, or
    /// nothing and the restore can be run again.
    bool newWallet = false;
    /// A merge: the backup's records are in the wallet all together or not at all, and all of them once the CLI
    /// said it merged them.
    bool mergesBackup = false;
};

struct Tally
{
    int trials = 0;
    int killed = 0; ///< killed while running (the rest had finished before the kill)
    int unopenable = 0;
    int failedCheck = 0;
    int lostRecords = 0;
    int reportedImports = 0;
    int leftovers = 0; ///< new wallet: a half-made wallet in place, or staging folders left after a later restore
};

QByteArray ob3Variant(const QByteArray& sample, int n)
{
    QJsonObject o = QJsonDocument::fromJson(sample).object();
    o.insert(
        QStringLiteral("id"), QStringLiteral("urn:uuid:0b0e0000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
    o.insert(QStringLiteral("name"), QStringLiteral("Harness Badge %1").arg(n));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestKillHarness : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        bool killed = false;
        QByteArray out;
    };

    /// Starts the CLI; after killAfterMs (if >= 0) kills it with SIGKILL unless it has finished.
    Run cli(const QString& wallet, const QStringList& args, const QMap<QString, QString>& env, int killAfterMs = -1)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("HOME"), m_tmp.path());
        e.insert(QStringLiteral("LER_WALLET_PASSPHRASE"), kOld);
        e.remove(QStringLiteral("LER_WALLET_NEW_PASSPHRASE"));
        for (auto it = env.cbegin(); it != env.cend(); ++it) {
            e.insert(it.key(), it.value());
        }
        p.setProcessEnvironment(e);
        p.setStandardInputFile(QProcess::nullDevice());
        p.setChildProcessModifier([] { ::setsid(); });
        p.start(QStringLiteral(LER_CLI), QStringList { QStringLiteral("--wallet"), wallet } + args);
        Run r;
        if (!p.waitForStarted(30000)) {
            return r;
        }
        if (killAfterMs >= 0 && !p.waitForFinished(killAfterMs)) {
            p.kill(); // SIGKILL on Unix
            r.killed = true;
        }
        p.waitForFinished(300000);
        r.out = p.readAllStandardOutput();
        r.code = r.killed ? -1 : p.exitCode();
        return r;
    }

    static QList<Operation> operations(const QStringList& importFiles, const QString& backupFile)
    {
        Operation restoreNew {
            QStringLiteral("restore"), { QStringLiteral("restore"), QStringLiteral("--in"), backupFile }, {}, false
        };
        restoreNew.newWallet = true;
        Operation merge { QStringLiteral("merge"),
            { QStringLiteral("restore"), QStringLiteral("--merge"), QStringLiteral("--in"), backupFile },
            {},
            false };
        merge.mergesBackup = true;
        return {
            { QStringLiteral("import"), QStringList { QStringLiteral("import") } + importFiles, {}, false },
            { QStringLiteral("passwd"),
                { QStringLiteral("passwd") },
                { { QStringLiteral("LER_WALLET_NEW_PASSPHRASE"), kNew } },
                true },
            { QStringLiteral("verify-all"),
                { QStringLiteral("verify"), QStringLiteral("--all"), QStringLiteral("--offline") },
                {},
                false },
            // A new data key: the database is copied under it, then the key file and the copy take over.
            { QStringLiteral("rekey"),
                { QStringLiteral("rekey") },
                { { QStringLiteral("LER_WALLET_NEW_PASSPHRASE"), kNew } },
                true },
            // The backup is read and authenticated, the wallet made in a hidden folder beside the target, then
            // moved into place.
            restoreNew,
            // One transaction after the whole backup is read.
            merge,
        };
    }

    static void copyWallet(const QString& from, const QString& to)
    {
        QDir().mkpath(to);
        for (const QString& name : QDir(from).entryList(QDir::Files | QDir::Hidden)) {
            QVERIFY(QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)));
        }
    }

    /// The ids the CLI reported as imported before it stopped ("imported  <id>  <title> (...)").
    static QSet<QString> reportedImports(const QByteArray& out)
    {
        QSet<QString> ids;
        for (const QByteArray& line : out.split('\n')) {
            const QList<QByteArray> words = line.simplified().split(' ');
            if (words.size() > 2 && words.first() == "imported") {
                ids.insert(QString::fromLatin1(words.at(1)));
            }
        }
        return ids;
    }

    /// Makes a wallet in dir holding count variants of sample numbered from first; their ids go to ids.
    static bool makeWallet(const QString& dir, const QByteArray& sample, int first, int count, QSet<QString>& ids)
    {
        auto created = store::Wallet::create(dir, kOld.toUtf8(), crypto::KdfParams::cheapForTests());
        if (!created)
            return false;
        QList<session::ImportInput> inputs;
        for (int i = 0; i < count; ++i)
            inputs.append(session::ImportInput::data(ob3Variant(sample, first + i), QStringLiteral("harness")));
        session::ImportService service(created->wallet->database());
        auto report = service.run(inputs);
        if (!report || report->count(store::ImportStatus::Imported) != count)
            return false;
        for (const auto& o : report->outcomes)
            ids.insert(o.id);
        return true;
    }

    /// The staging folders restores into `dir` left beside it.
    static QStringList stagingLeft(const QString& dir)
    {
        const QFileInfo info(dir);
        return info.dir().entryList(
            { QStringLiteral(".%1.restoring-*").arg(info.fileName()) }, QDir::Dirs | QDir::Hidden);
    }

    QTemporaryDir m_tmp;
    QString m_template;
    QSet<QString> m_before;
    QStringList m_files;
    QString m_backup;
    QSet<QString> m_backupIds;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_template = m_tmp.filePath(QStringLiteral("template"));
        QFile sampleFile(QStringLiteral(LER_TEST_DATA "/formats/openbadges3/valid/simple.json"));
        QVERIFY(sampleFile.open(QIODevice::ReadOnly));
        const QByteArray sample = sampleFile.readAll();
        QVERIFY(makeWallet(m_template, sample, 100000, kRecordsBefore, m_before));
        const QString files = m_tmp.filePath(QStringLiteral("files"));
        QDir().mkpath(files);
        for (int i = 0; i < kImportFiles; ++i) {
            const QString path = QDir(files).filePath(QStringLiteral("badge-%1.json").arg(i));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(ob3Variant(sample, i));
            m_files.append(path);
        }

        // The backup both restores read: another wallet's records, none of them in the template.
        const QString source = m_tmp.filePath(QStringLiteral("source"));
        QVERIFY(makeWallet(source, sample, 200000, kBackupRecords, m_backupIds));
        m_backup = m_tmp.filePath(QStringLiteral("wallet.lerbackup"));
        const Run backup = cli(source, { QStringLiteral("backup"), QStringLiteral("--out"), m_backup }, {});
        QVERIFY2(backup.code == 0, backup.out.constData());
        QVERIFY(QFile::exists(m_backup));
        QVERIFY((m_backupIds & m_before).isEmpty());
    }

    void killAtRandomMoments()
    {
        const int trials
            = qEnvironmentVariableIsSet("LER_KILL_TRIALS") ? qEnvironmentVariableIntValue("LER_KILL_TRIALS") : 20;
        const quint32 seed = qEnvironmentVariableIsSet("LER_KILL_SEED")
            ? quint32(qEnvironmentVariableIntValue("LER_KILL_SEED"))
            : QRandomGenerator::global()->generate();
        qInfo("kill harness: %d trials, LER_KILL_SEED=%u", trials, seed);
        QRandomGenerator random(seed);
        const QList<Operation> ops = operations(m_files, m_backup);

        // How long each operation takes when left alone: kills land anywhere from its start to a little after.
        QHash<QString, int> duration;
        for (const Operation& op : ops) {
            const QString dir = m_tmp.filePath(QStringLiteral("calibrate-") + op.name);
            if (!op.newWallet) {
                copyWallet(m_template, dir);
            }
            QElapsedTimer timer;
            timer.start();
            const Run r = cli(dir, op.args, op.env);
            QVERIFY2(r.code == 0, qPrintable(op.name + QStringLiteral(" fails even without a kill")));
            duration.insert(op.name, int(timer.elapsed()));
        }

        QHash<QString, Tally> tallies;
        for (int t = 0; t < trials; ++t) {
            const Operation& op = ops.at(t % ops.size());
            Tally& tally = tallies[op.name];
            const QString dir = m_tmp.filePath(QStringLiteral("trial-%1").arg(t));
            if (!op.newWallet) {
                copyWallet(m_template, dir);
            }
            const int killAfter = int(random.bounded(duration.value(op.name) * 6 / 5 + 1));
            const Run r = cli(dir, op.args, op.env, killAfter);
            ++tally.trials;
            tally.killed += r.killed ? 1 : 0;
            const QSet<QString> reported = reportedImports(r.out);
            tally.reportedImports += int(reported.size());

            if (op.newWallet && !store::Wallet::existsAt(dir)) {
                // Killed before the wallet went into place: nothing may be at the target, and restoring again
                // works and clears what the killed restore left beside it.
                if (QFileInfo::exists(dir)
                    && !QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
                    ++tally.leftovers;
                    qWarning("trial %d (restore, killed after %d ms): a half-made wallet is in place", t, killAfter);
                    continue;
                }
                const Run again = cli(dir, op.args, op.env);
                if (again.code != 0) {
                    ++tally.unopenable;
                    qWarning("trial %d (restore, killed after %d ms): restoring again fails: %s",
                        t,
                        killAfter,
                        again.out.constData());
                    continue;
                }
            }
            if (op.newWallet && !stagingLeft(dir).isEmpty()) {
                ++tally.leftovers;
                qWarning("trial %d (restore, killed after %d ms): staging folders left: %s",
                    t,
                    killAfter,
                    qPrintable(stagingLeft(dir).join(QLatin1Char(' '))));
            }

            // Opens with the old passphrase or, where the operation changes it, the new one; and passes check.
            QString opened;
            for (const QString& pass : op.mayChangePassphrase ? QStringList { kOld, kNew } : QStringList { kOld }) {
                const Run check = cli(dir,
                    { QStringLiteral("--json"), QStringLiteral("check") },
                    { { QStringLiteral("LER_WALLET_PASSPHRASE"), pass } });
                if (check.code == 4) {
                    continue; // wrong passphrase: try the other one
                }
                opened = pass;
                if (check.code != 0
                    || !QJsonDocument::fromJson(check.out).object().value(QLatin1String("passed")).toBool()) {
                    ++tally.failedCheck;
                    qWarning("trial %d (%s, killed after %d ms): check failed: %s",
                        t,
                        qPrintable(op.name),
                        killAfter,
                        check.out.constData());
                }
                break;
            }
            if (opened.isEmpty()) {
                ++tally.unopenable;
                qWarning("trial %d (%s, killed after %d ms): the wallet opens with neither passphrase",
                    t,
                    qPrintable(op.name),
                    killAfter);
                continue;
            }
            if (op.mayChangePassphrase && !r.killed && opened != kNew) {
                ++tally.failedCheck;
                qWarning("trial %d: passwd finished but the new passphrase does not open the wallet", t);
            }

            const Run list = cli(dir,
                { QStringLiteral("--json"), QStringLiteral("list") },
                { { QStringLiteral("LER_WALLET_PASSPHRASE"), opened } });
            QSet<QString> present;
            for (const QJsonValue& v : QJsonDocument::fromJson(list.out).array()) {
                present.insert(v.toObject().value(QLatin1String("id")).toString());
            }
            QSet<QString> expected = op.newWallet ? m_backupIds : m_before | reported;
            if (op.mergesBackup) {
                const qsizetype merged = (present & m_backupIds).size();
                if (merged != 0 && merged != m_backupIds.size()) {
                    ++tally.failedCheck;
                    qWarning("trial %d (merge, killed after %d ms): %lld of the backup's %lld records merged",
                        t,
                        killAfter,
                        qlonglong(merged),
                        qlonglong(m_backupIds.size()));
                }
                if (r.code == 0) {
                    expected |= m_backupIds;
                }
            }
            const QSet<QString> lost = expected - present;
            if (!lost.isEmpty()) {
                tally.lostRecords += int(lost.size());
                qWarning("trial %d (%s, killed after %d ms): %lld records lost",
                    t,
                    qPrintable(op.name),
                    killAfter,
                    qlonglong(lost.size()));
            }
            QDir(dir).removeRecursively();
        }

        Tally all;
        for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
            const Tally& x = it.value();
            qInfo("  %-10s %3d trials, %3d killed mid-run, %4d imports reported, %d unopenable, "
                  "%d failed check, %d records lost, %d left over",
                qPrintable(it.key()),
                x.trials,
                x.killed,
                x.reportedImports,
                x.unopenable,
                x.failedCheck,
                x.lostRecords,
                x.leftovers);
            all.leftovers += x.leftovers;
            all.trials += x.trials;
            all.killed += x.killed;
            all.unopenable += x.unopenable;
            all.failedCheck += x.failedCheck;
            all.lostRecords += x.lostRecords;
        }
        qInfo("kill harness: %d trials, %d killed mid-run: %d unopenable wallets, %d failed checks, %d lost records",
            all.trials,
            all.killed,
            all.unopenable,
            all.failedCheck,
            all.lostRecords);
        QCOMPARE(all.trials, trials);
        QVERIFY2(all.killed > 0, "no run was interrupted: the harness tested nothing");
        QCOMPARE(all.unopenable, 0);
        QCOMPARE(all.failedCheck, 0);
        QCOMPARE(all.lostRecords, 0);
        QCOMPARE(all.leftovers, 0);
    }
};

QTEST_GUILESS_MAIN(TestKillHarness)
#include "TestKillHarness.moc"
