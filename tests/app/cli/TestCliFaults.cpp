// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// A full disk and a read-only wallet folder, as ler-wallet-cli meets them: every command that must write says so
/// plainly, and nothing that was saved before (or reported as imported) is lost.
///
/// The full disk is a small tmpfs when this process may mount one (root); otherwise the CLI runs with a file size
/// limit (RLIMIT_FSIZE, SIGXFSZ ignored), so writes that would grow a file fail as they do on a full disk. The
/// read-only folder is a read-only bind mount for root (who may write anywhere) and plain permissions otherwise.

#include "core/session/ImportService.h"
#include "core/store/Wallet.h"
#include "support/TestWalletHelpers.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace ler;

namespace {

const QString kPass = QStringLiteral("granite willow 58 softly");
const QString kNewPass = QStringLiteral("amber canyon 61 gently");
constexpr int kRecordsBefore = 20;

QByteArray ob3Variant(int n)
{
    QFile f(QStringLiteral(LER_TEST_DATA "/formats/openbadges3/valid/simple.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("missing test data");
    }
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    o.insert(
        QStringLiteral("id"), QStringLiteral("urn:uuid:d15c0000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
    o.insert(QStringLiteral("name"), QStringLiteral("Disk Badge %1 %2").arg(n).arg(QString(400, QLatin1Char('x'))));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// A small disk for one test: a tmpfs when mounting is allowed, else an ordinary folder whose "free space" is
/// enforced on the CLI process by a file size limit.
class SmallDisk
{
public:
    explicit SmallDisk(qint64 bytes)
    {
        m_path = m_dir.filePath(QStringLiteral("disk"));
        QDir().mkpath(m_path);
        const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0700";
        m_mounted = ::mount("tmpfs", QFile::encodeName(m_path).constData(), "tmpfs", 0, options.constData()) == 0;
        if (!m_mounted) {
            qInfo("tmpfs not available here (%s): the full disk is emulated with a file size limit", strerror(errno));
        }
    }
    ~SmallDisk()
    {
        if (m_mounted) {
            ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
        }
    }
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    QString path(const QString& name) const { return QDir(m_path).filePath(name); }
    bool isTmpfs() const { return m_mounted; }

    /// Leaves about `freeBytes` free: a filler file on the tmpfs, or the size limit for the next CLI runs.
    void fill(qint64 freeBytes)
    {
        if (!m_mounted) {
            // No file may grow past freeBytes: new files and growing ones fail as on a full disk.
            m_limit = freeBytes;
            return;
        }
        QFile filler(path(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        for (const qsizetype step : { 64 * 1024, 4096, 512 }) {
            const QByteArray block(step, 'f');
            while (filler.write(block) == block.size()) { }
        }
        filler.close();
        QVERIFY2(freeSpace() < 4096, "the filler takes every free block");
        const qint64 size = QFileInfo(filler).size();
        QVERIFY(filler.resize(std::max<qint64>(0, size - freeBytes)));
    }

    /// Bytes an unprivileged writer can still use on the disk.
    qint64 freeSpace() const
    {
        struct statvfs st
        {
        };
        return ::statvfs(QFile::encodeName(m_path).constData(), &st) == 0 ? qint64(st.f_bavail) * qint64(st.f_frsize)
                                                                          : -1;
    }

    void unfill()
    {
        QFile::remove(path(QStringLiteral("filler")));
        m_limit = -1;
    }

    /// Applied in the CLI process before it starts: the size limit, when the disk is emulated.
    std::function<void()> childSetup() const
    {
        const qint64 limit = m_limit;
        return [limit] {
            ::setsid();
            if (limit >= 0) {
                std::signal(SIGXFSZ, SIG_IGN);
                const rlimit r { rlim_t(limit), rlim_t(limit) };
                ::setrlimit(RLIMIT_FSIZE, &r);
            }
        };
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    bool m_mounted = false;
    qint64 m_limit = -1;
};

/// Makes a folder read-only for this process and its children, and writable again when destroyed.
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(const QString& dir)
        : m_dir(dir)
    {
        const QByteArray path = QFile::encodeName(dir);
        if (::geteuid() == 0) {
            m_bound = ::mount(path.constData(), path.constData(), nullptr, MS_BIND, nullptr) == 0
                && ::mount(nullptr, path.constData(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) == 0;
            m_ok = m_bound;
        } else {
            m_ok = QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner);
            for (const QString& f : QDir(dir).entryList(QDir::Files | QDir::Hidden)) {
                m_ok = m_ok && QFile::setPermissions(QDir(dir).filePath(f), QFile::ReadOwner);
            }
        }
    }
    ~ReadOnlyFolder()
    {
        if (m_bound) {
            ::umount2(QFile::encodeName(m_dir).constData(), MNT_DETACH);
        } else {
            QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            for (const QString& f : QDir(m_dir).entryList(QDir::Files | QDir::Hidden)) {
                QFile::setPermissions(QDir(m_dir).filePath(f), QFile::ReadOwner | QFile::WriteOwner);
            }
        }
    }
    bool ok() const { return m_ok; }

private:
    QString m_dir;
    bool m_bound = false;
    bool m_ok = false;
};

} // namespace

class TestCliFaults : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    Run cli(
        const QStringList& args,
        const std::function<void()>& childSetup = [] { ::setsid(); },
        const QString& pass = kPass)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("HOME"), m_home.path());
        e.insert(QStringLiteral("LER_WALLET_PASSPHRASE"), pass);
        e.insert(QStringLiteral("LER_WALLET_NEW_PASSPHRASE"), kNewPass);
        p.setProcessEnvironment(e);
        p.setStandardInputFile(QProcess::nullDevice());
        p.setChildProcessModifier(childSetup);
        p.start(QStringLiteral(LER_CLI), args);
        p.waitForFinished(300000);
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

    /// A wallet (cheapest key derivation) holding kRecordsBefore credentials; returns their ids.
    static QSet<QString> makeWallet(const QString& dir)
    {
        auto created = store::Wallet::create(dir, kPass.toUtf8(), crypto::KdfParams::cheapForTests());
        if (!created) {
            qFatal("wallet: %s", qPrintable(created.error().message.untranslated()));
        }
        QList<session::ImportInput> inputs;
        for (int i = 0; i < kRecordsBefore; ++i) {
            inputs.append(session::ImportInput::data(ob3Variant(100000 + i), QStringLiteral("test")));
        }
        session::ImportService service(created->wallet->database());
        const auto report = service.run(inputs);
        if (!report || report->count(store::ImportStatus::Imported) != kRecordsBefore) {
            qFatal("the records before did not import");
        }
        QSet<QString> ids;
        for (const auto& o : report->outcomes) {
            ids.insert(o.id);
        }
        return ids;
    }

    /// The wallet opens with `pass`, passes check, and holds every id in `expected`.
    void intactWith(const QString& dir, const QSet<QString>& expected, const QString& pass = kPass)
    {
        const Run check = cli(
            { QStringLiteral("--wallet"), dir, QStringLiteral("--json"), QStringLiteral("check") },
            [] { ::setsid(); },
            pass);
        QVERIFY2(check.code == 0, check.out + check.err);
        QVERIFY(QJsonDocument::fromJson(check.out).object().value(QLatin1String("passed")).toBool());
        const Run list = cli(
            { QStringLiteral("--wallet"), dir, QStringLiteral("--json"), QStringLiteral("list") },
            [] { ::setsid(); },
            pass);
        QCOMPARE(list.code, 0);
        QSet<QString> present;
        for (const QJsonValue& v : QJsonDocument::fromJson(list.out).array()) {
            present.insert(v.toObject().value(QLatin1String("id")).toString());
        }
        QSet<QString> missing = expected;
        missing.subtract(present);
        QVERIFY2(missing.isEmpty(), "every record saved before, or reported imported, is there");
    }

    QStringList importFiles(int count)
    {
        QStringList files;
        for (int i = 0; i < count; ++i) {
            const QString path = m_tmp.filePath(QStringLiteral("badge-%1.json").arg(i));
            if (!QFile::exists(path)) {
                QFile f(path);
                if (!f.open(QIODevice::WriteOnly)) {
                    qFatal("cannot write test files");
                }
                f.write(ob3Variant(i));
            }
            files.append(path);
        }
        return files;
    }

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

    QTemporaryDir m_home;
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void importUntilTheDiskIsFull()
    {
        SmallDisk disk(8 * 1024 * 1024);
        const QString dir = disk.path(QStringLiteral("wallet"));
        const QSet<QString> before = makeWallet(dir);
        // The app has the wallet open while the disk fills up, as it would: its files are all there already.
        auto app = store::Wallet::open(dir, kPass.toUtf8());
        QVERIFY(app);
        disk.fill(1536 * 1024);
        const Run r = cli(QStringList { QStringLiteral("--wallet"), dir, QStringLiteral("import") } + importFiles(600),
            disk.childSetup());
        QVERIFY2(r.code != 0, "an import that could not be saved is not a success");
        QVERIFY2(r.err.contains("The disk is full"), r.err.right(600));
        const QSet<QString> reported = reportedImports(r.out);
        QVERIFY2(reported.size() < 600, "the disk filled up before the import ended");
        qInfo("%lld credentials were reported imported before the disk was full", qlonglong(reported.size()));
        disk.unfill();
        app->reset();
        intactWith(dir, before | reported);
    }

    void passwdOnAFullDisk()
    {
        SmallDisk disk(4 * 1024 * 1024);
        const QString dir = disk.path(QStringLiteral("wallet"));
        const QSet<QString> before = makeWallet(dir);
        const auto keysBefore = test::snapshot(dir).value(QStringLiteral("wallet.keys"));
        {
            // With the wallet open elsewhere its database files exist, so passwd gets as far as the key file. Room
            // for the small lock file but not for the new key file: the key file write itself fails.
            auto app = store::Wallet::open(dir, kPass.toUtf8());
            QVERIFY(app);
            disk.fill(disk.isTmpfs() ? 4096 : 1000);
            const Run r = cli({ QStringLiteral("--wallet"), dir, QStringLiteral("passwd") }, disk.childSetup());
            QVERIFY2(r.code != 0, r.out + r.err);
            QVERIFY2(
                r.err.contains("Could not save the wallet's key file") && r.err.contains("Nothing was changed"), r.err);
            disk.unfill();
            // No room even for the lock file: said as it is, not as "another window is busy".
            disk.fill(0);
            const Run full = cli({ QStringLiteral("--wallet"), dir, QStringLiteral("passwd") }, disk.childSetup());
            QVERIFY(full.code != 0);
            QVERIFY2(full.err.contains("the disk may be full") && full.err.contains("Nothing was changed"), full.err);
        }
        // Without it, opening already needs space: the same plain answer, and nothing changes either.
        const Run closed = cli({ QStringLiteral("--wallet"), dir, QStringLiteral("passwd") }, disk.childSetup());
        QVERIFY(closed.code != 0);
        QVERIFY2(closed.err.contains("The disk is full") || closed.err.contains("Nothing was changed"), closed.err);
        disk.unfill();
        QCOMPARE(test::snapshot(dir).value(QStringLiteral("wallet.keys")), keysBefore);
        intactWith(dir, before);
        const Run withNew = cli(
            { QStringLiteral("--wallet"), dir, QStringLiteral("check") }, [] { ::setsid(); }, kNewPass);
        QCOMPARE(withNew.code, 4);
    }

    void exportOnAFullDisk()
    {
        SmallDisk disk(4 * 1024 * 1024);
        const QString dir = disk.path(QStringLiteral("wallet"));
        const QSet<QString> before = makeWallet(dir);
        const QString id = *before.cbegin();
        const QString out = disk.path(QStringLiteral("exported.json"));
        // The control: with space, the export writes the original.
        const Run ok
            = cli({ QStringLiteral("--wallet"), dir, QStringLiteral("export"), id, QStringLiteral("--out"), out });
        QVERIFY2(ok.code == 0, ok.err);
        const QByteArray original = [&] {
            QFile f(out);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(original.size() > 500);
        QVERIFY(QFile::remove(out));
        const QString again = disk.path(QStringLiteral("again.json"));
        {
            auto app = store::Wallet::open(dir, kPass.toUtf8());
            QVERIFY(app);
            disk.fill(0);
            const Run r
                = cli({ QStringLiteral("--wallet"), dir, QStringLiteral("export"), id, QStringLiteral("--out"), again },
                    disk.childSetup());
            QVERIFY2(r.code != 0, "a file that could not be written is not reported written");
            QVERIFY2(r.err.contains("Could not write"), r.err);
        }
        disk.unfill();
        QVERIFY2(!QFile::exists(again), "no cut-off copy is left behind");
    }

    void presentOnAFullDisk()
    {
        SmallDisk disk(4 * 1024 * 1024);
        const QString dir = disk.path(QStringLiteral("wallet"));
        const QSet<QString> before = makeWallet(dir);
        const QString id = *before.cbegin();
        const QStringList present { QStringLiteral("--wallet"),
            dir,
            QStringLiteral("present"),
            QStringLiteral("--credential"),
            id,
            QStringLiteral("--format"),
            QStringLiteral("vp-json"),
            QStringLiteral("--out") };
        // The control: with space, the presentation is written.
        const QString first = disk.path(QStringLiteral("first.json"));
        const Run ok = cli(present + QStringList { first });
        QVERIFY2(ok.code == 0, ok.err);
        QVERIFY(QFileInfo(first).size() > 500);
        const QString second = disk.path(QStringLiteral("second.json"));
        {
            auto app = store::Wallet::open(dir, kPass.toUtf8());
            QVERIFY(app);
            disk.fill(0);
            const Run r = cli(present + QStringList { second }, disk.childSetup());
            QVERIFY2(r.code != 0, "a presentation that could not be written is not reported written");
            QVERIFY2(!r.err.trimmed().isEmpty(), "the failure is explained");
        }
        disk.unfill();
        QVERIFY2(!QFile::exists(second), "no cut-off presentation is left behind");
        intactWith(dir, before);
    }

    void initOnAFullDisk()
    {
        SmallDisk disk(1024 * 1024);
        disk.fill(0);
        const QString dir = disk.path(QStringLiteral("new-wallet"));
        const Run r = cli({ QStringLiteral("--wallet"), dir, QStringLiteral("init") }, disk.childSetup());
        QVERIFY(r.code != 0);
        QVERIFY2(!r.err.trimmed().isEmpty(), "the failure is explained");
        disk.unfill();
        QVERIFY2(!store::Wallet::existsAt(dir), "no half-made wallet is left to trip over");
        // With space again, the same folder takes a new wallet.
        const Run again = cli({ QStringLiteral("--wallet"), dir, QStringLiteral("init") });
        QVERIFY2(again.code == 0, again.err);
    }

    void verifyAllOnAFullDisk()
    {
        SmallDisk disk(4 * 1024 * 1024);
        const QString dir = disk.path(QStringLiteral("wallet"));
        const QSet<QString> before = makeWallet(dir);
        disk.fill(0);
        const Run r = cli({ QStringLiteral("--wallet"),
                              dir,
                              QStringLiteral("verify"),
                              QStringLiteral("--all"),
                              QStringLiteral("--offline") },
            disk.childSetup());
        QVERIFY2(r.code != 0, "results that could not be stored are not a success");
        QVERIFY2(r.err.contains("The disk is full"), r.err.right(600));
        disk.unfill();
        intactWith(dir, before);
    }

    void readOnlyWalletFolder()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("readonly-wallet"));
        const QSet<QString> before = makeWallet(dir);
        const auto snapshot = test::snapshot(dir);
        {
            ReadOnlyFolder readOnly(dir);
            if (!readOnly.ok()) {
                QSKIP("cannot make a folder read-only here");
            }
            const Run import
                = cli(QStringList { QStringLiteral("--wallet"), dir, QStringLiteral("import") } + importFiles(3));
            QVERIFY(import.code != 0);
            QVERIFY2(import.err.contains("cannot be written to"), import.err);
            const Run passwd = cli({ QStringLiteral("--wallet"), dir, QStringLiteral("passwd") });
            QVERIFY(passwd.code != 0);
            QVERIFY2(passwd.err.contains("Nothing was changed"), passwd.err);
            const Run init
                = cli({ QStringLiteral("--wallet"), dir + QStringLiteral("/inner"), QStringLiteral("init") });
            QVERIFY(init.code != 0);
            QVERIFY2(!init.err.trimmed().isEmpty(), "the failure is explained");
            QCOMPARE(test::snapshot(dir), snapshot);
        }
        QCOMPARE(test::snapshot(dir), snapshot);
        intactWith(dir, before);
    }
};

QTEST_GUILESS_MAIN(TestCliFaults)
#include "TestCliFaults.moc"
