// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/FolderScan.h"
#include "support/TestWalletHelpers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <fcntl.h>
#include <pty.h>
#include <unistd.h>

/// Runs the real ler-wallet-cli binary for import, list, show, search, export and delete, as a script would.
class TestCliImport : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };

    Run cli(QStringList args, const QString& stdinFile = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("LER_WALLET_PASSPHRASE"), QStringLiteral("river stone 42 lamp"));
        e.insert(QStringLiteral("HOME"), m_tmp.path());
        p.setProcessEnvironment(e);
        p.setStandardInputFile(stdinFile.isEmpty() ? QProcess::nullDevice() : stdinFile);
        p.setChildProcessModifier([] { ::setsid(); });
        args.prepend(m_wallet);
        args.prepend(QStringLiteral("--wallet"));
        p.start(QStringLiteral(LER_CLI), args);
        p.waitForFinished(120000);
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

    /// Like cli(), with standard error on a pseudo-terminal (standard output stays a pipe): `terminal` gets what
    /// the terminal showed.
    Run cliWithTerminal(QStringList args, QByteArray* terminal)
    {
        int master = -1;
        int slave = -1;
        if (::openpty(&master, &slave, nullptr, nullptr, nullptr) != 0) {
            return { -1, QByteArray("openpty: ") + strerror(errno), {} };
        }
        ::fcntl(master, F_SETFD, FD_CLOEXEC);
        ::fcntl(slave, F_SETFD, FD_CLOEXEC);
        ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("LER_WALLET_PASSPHRASE"), QStringLiteral("river stone 42 lamp"));
        e.insert(QStringLiteral("HOME"), m_tmp.path());
        p.setProcessEnvironment(e);
        p.setStandardInputFile(QProcess::nullDevice());
        p.setChildProcessModifier([slave] {
            ::setsid();
            ::dup2(slave, STDERR_FILENO);
        });
        args.prepend(m_wallet);
        args.prepend(QStringLiteral("--wallet"));
        p.start(QStringLiteral(LER_CLI), args);
        const bool started = p.waitForStarted();
        ::close(slave);
        const auto drain = [&] {
            char buffer[4096];
            ssize_t n = 0;
            while ((n = ::read(master, buffer, sizeof buffer)) > 0) {
                terminal->append(buffer, n);
            }
        };
        QElapsedTimer clock;
        clock.start();
        while (started && !p.waitForFinished(20) && clock.elapsed() < 120000) {
            drain();
        }
        drain();
        ::close(master);
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

    /// A folder as people keep them: credentials in nested folders, next to notes, hidden files and a hidden
    /// folder (which must not be imported).
    QString makeFolder()
    {
        const QString root = m_tmp.filePath(QStringLiteral("downloads"));
        if (QFileInfo::exists(root)) {
            return root;
        }
        const auto put = [&](const char* from, const char* to) {
            const QString target = root + QLatin1Char('/') + QLatin1String(to);
            QDir().mkpath(QFileInfo(target).absolutePath());
            QVERIFY(QFile::copy(sample(from), target));
        };
        put("pesc/valid/college-transcript-ventura-a.utf16.xml", "badges/ventura.xml");
        put("openbadges3/valid/velocity.jwt", "badges/2024/velocity.jwt");
        put("pesc/valid/SampleHighSchoolTranscript.xml", "school/transcript.xml");
        put("vc/valid/endorsement-valid.json", "endorsement.json");
        put("clr2/valid/complex.json", ".hidden-clr.json");
        put("clr2/valid/complex.json", ".git/clr.json");
        put("clr2/valid/complex.json", "badges/.cache/clr.json");
        QFile notes(root + QStringLiteral("/badges/notes.md"));
        [&] { QVERIFY(notes.open(QIODevice::WriteOnly)); }();
        notes.write("# not a credential\n");
        return root;
    }

    static QString sample(const char* relative)
    {
        return QStringLiteral(LER_TEST_DATA "/formats/") + QString::fromLatin1(relative);
    }

    static QByteArray bytesOf(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir m_tmp;
    QString m_wallet;

private Q_SLOTS:
    void initTestCase()
    {
        m_wallet = m_tmp.filePath(QStringLiteral("wallet"));
        Run init = cli({ QStringLiteral("init") });
        QVERIFY2(init.code == 0, init.err.constData());
    }

    void helpNamesTheCommands()
    {
        Run help = cli({ QStringLiteral("--help") });
        QCOMPARE(help.code, 0);
        for (const char* word : { "import", "list", "show", "search", "export", "delete" }) {
            QVERIFY2(help.out.contains(word), word);
        }
        QVERIFY(cli({ QStringLiteral("import"), QStringLiteral("--help") }).out.contains("--replace"));
        QVERIFY(cli({ QStringLiteral("export"), QStringLiteral("--help") }).out.contains("--out FILE"));
    }

    void importListShowExportDelete()
    {
        const QStringList files { sample("openbadges3/valid/simple.json"),
            sample("baked/valid/simple-badge.png"),
            sample("pesc/valid/SampleCollegeTranscript.xml"),
            sample("csv/valid/entries.csv"),
            sample("clr2/valid/simple.json") };
        Run imported = cli(QStringList { QStringLiteral("--json"), QStringLiteral("import") } + files);
        QVERIFY2(imported.code == 0, imported.out + imported.err);
        const QJsonArray items = imported.json().array();
        QVERIFY(items.size() >= files.size());
        for (const QJsonValue& v : items) {
            const QJsonObject o = v.toObject();
            for (const char* key : { "file", "status", "id", "format", "title", "error" }) {
                QVERIFY2(o.contains(QLatin1String(key)), key);
            }
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
            QVERIFY(o.value(QStringLiteral("error")).isNull());
        }
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("format")).toString(), QStringLiteral("openbadges3"));
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Teamwork Badge"));
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Teamwork Badge"));
        // A transcript has no title of its own: "title" stays empty (what the credential says), "name" is what
        // the wallet shows.
        const QJsonObject transcript = items.at(2).toObject();
        QCOMPARE(transcript.value(QStringLiteral("format")).toString(), QStringLiteral("pesc-college-transcript"));
        QVERIFY(transcript.value(QStringLiteral("title")).toString().isEmpty());
        QCOMPARE(transcript.value(QStringLiteral("name")).toString(),
            QStringLiteral("College transcript from THE UNIVERSITY OF TEXAS AT AUSTIN"));
        const QString badgeId = items.at(0).toObject().value(QStringLiteral("id")).toString();
        const QString pngId = items.at(1).toObject().value(QStringLiteral("id")).toString();

        // Text output: one line per credential and a summary.
        Run again = cli(QStringList { QStringLiteral("import") } + files);
        QCOMPARE(again.code, 0);
        QVERIFY(again.out.contains("duplicate"));
        QVERIFY(again.out.contains("already in your wallet"));

        Run list = cli({ QStringLiteral("--json"), QStringLiteral("list") });
        QCOMPARE(list.code, 0);
        const QJsonArray rows = list.json().array();
        QVERIFY(rows.size() > items.size()); // the CLR's nested credential is listed too
        const QJsonObject first = rows.at(0).toObject();
        for (const char* key : { "id", "kind", "title", "name", "issuer", "issued", "format", "verification" }) {
            QVERIFY2(first.contains(QLatin1String(key)), key);
        }
        QCOMPARE(first.value(QStringLiteral("id")).toString(), badgeId);
        QCOMPARE(first.value(QStringLiteral("issuer")).toString(), QStringLiteral("Example Corp"));
        QCOMPARE(first.value(QStringLiteral("issued")).toString(), QStringLiteral("2010-01-01T00:00:00Z"));
        // Checked on import: the sample's issuer key cannot be looked up offline, so it is only partly verified.
        QCOMPARE(first.value(QStringLiteral("verification")).toString(), QStringLiteral("partly-verified"));
        Run listText = cli({ QStringLiteral("list") });
        QCOMPARE(listText.code, 0);
        QVERIFY(listText.out.contains("Teamwork Badge - Example Corp, 2010-01-01  [partly verified]"));

        Run all = cli({ QStringLiteral("--json"),
            QStringLiteral("verify"),
            QStringLiteral("--all"),
            QStringLiteral("--offline") });
        QVERIFY2(all.code == 0 || all.code == 1, all.err.constData());
        const QJsonArray reports = all.json().array();
        QVERIFY2(!reports.isEmpty(), all.out.constData());
        for (const QJsonValue& r : reports) {
            QVERIFY(!r.toObject().value(QStringLiteral("outcome")).toString().isEmpty());
            QVERIFY(r.toObject().value(QStringLiteral("verifiedAt")).toString().startsWith(QLatin1String("20")));
        }
        QCOMPARE(all.code,
            std::any_of(reports.begin(),
                reports.end(),
                [](const QJsonValue& r) {
                    return r.toObject().value(QStringLiteral("outcome")).toString() == QLatin1String("not-verified");
                })
                ? 1
                : 0);
        QCOMPARE(
            cli({ QStringLiteral("verify"), QStringLiteral("--all"), sample("openbadges3/valid/simple.json") }).code,
            2);

        Run show = cli({ QStringLiteral("--json"), QStringLiteral("show"), badgeId });
        QCOMPARE(show.code, 0);
        const QJsonObject record = show.json().object().value(QStringLiteral("record")).toObject();
        QCOMPARE(record.value(QStringLiteral("title")).toString(), QStringLiteral("Teamwork Badge"));
        QCOMPARE(record.value(QStringLiteral("sourceFormat")).toString(), QStringLiteral("openbadges3"));
        QCOMPARE(cli({ QStringLiteral("show"), badgeId }).code, 0);
        QCOMPARE(cli({ QStringLiteral("show"), QStringLiteral("no-such-id") }).code, 3);
        QCOMPARE(cli({ QStringLiteral("show") }).code, 2);

        Run found = cli({ QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("sample transcr") });
        QCOMPARE(found.code, 0);
        QCOMPARE(found.json().array().size(), 1);
        const auto teamwork = [&] {
            return cli({ QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("teamwork") })
                .json()
                .array();
        };
        const qsizetype teamworkHits = teamwork().size(); // the badge, and the same badge nested in the CLR
        QCOMPARE(teamworkHits, 2);

        // Export gives back the exact bytes that were imported, image included.
        const QString out = m_tmp.filePath(QStringLiteral("exported.png"));
        QCOMPARE(cli({ QStringLiteral("export"), pngId, QStringLiteral("--out"), out }).code, 0);
        QCOMPARE(bytesOf(out), bytesOf(files.at(1)));
        QCOMPARE(cli({ QStringLiteral("export"), pngId }).code, 2);

        Run deleted = cli({ QStringLiteral("--json"), QStringLiteral("delete"), badgeId });
        QCOMPARE(deleted.code, 0);
        QCOMPARE(deleted.json().object().value(QStringLiteral("deleted")).toString(), badgeId);
        QCOMPARE(cli({ QStringLiteral("--json"), QStringLiteral("list") }).json().array().size(), rows.size() - 1);
        QCOMPARE(cli({ QStringLiteral("delete"), badgeId }).code, 3);
        QCOMPARE(teamwork().size(), teamworkHits - 1);
        QCOMPARE(cli({ QStringLiteral("check") }).code, 0);
    }

    void standardInput()
    {
        const QString file = sample("openbadges3/valid/complete.json");
        Run piped = cli({ QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("-") }, file);
        QVERIFY2(piped.code == 0, piped.out + piped.err);
        const QJsonObject o = piped.json().array().at(0).toObject();
        QCOMPARE(o.value(QStringLiteral("file")).toString(), QStringLiteral("-"));
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
        const QString out = m_tmp.filePath(QStringLiteral("complete.json"));
        QCOMPARE(
            cli({ QStringLiteral("export"), o.value(QStringLiteral("id")).toString(), QStringLiteral("--out"), out })
                .code,
            0);
        QCOMPARE(bytesOf(out), bytesOf(file));
        QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("-") }).code, 2);
    }

    void exitCodes()
    {
        const QString broken = sample("openbadges3/broken/truncated.json");
        const QString missing = m_tmp.filePath(QStringLiteral("missing.json"));
        Run mixed = cli(
            { QStringLiteral("--json"), QStringLiteral("import"), sample("openbadges3/valid/simple_v1.json"), broken });
        QCOMPARE(mixed.code, 1);
        const QJsonArray items = mixed.json().array();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QVERIFY(!items.at(1).toObject().value(QStringLiteral("error")).toString().isEmpty());
        // Scripts read the kind of error from a stable id, not from words that change with the language.
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("invalid-input"));
        QCOMPARE(
            items.at(1).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("formats/json-cut-off"));
        QVERIFY(!items.at(0).toObject().contains(QStringLiteral("code")));
        QVERIFY(items.at(1).toObject().value(QStringLiteral("id")).isNull());

        Run none = cli({ QStringLiteral("import"), broken, missing });
        QCOMPARE(none.code, 3);
        QVERIFY(none.err.contains("missing.json"));
        // A mistyped name is told apart from a file that cannot be read.
        Run typo = cli({ QStringLiteral("--json"), QStringLiteral("import"), missing });
        QCOMPARE(typo.code, 3);
        QCOMPARE(
            typo.json().array().at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("not-found"));
        QCOMPARE(cli({ QStringLiteral("import") }).code, 2);

        QProcessEnvironment e;
        QProcess p;
        e.insert(QStringLiteral("LER_WALLET_PASSPHRASE"), QStringLiteral("not the passphrase"));
        p.setProcessEnvironment(e);
        p.setChildProcessModifier([] { ::setsid(); });
        p.start(QStringLiteral(LER_CLI), { QStringLiteral("--wallet"), m_wallet, QStringLiteral("import"), broken });
        p.waitForFinished(120000);
        QCOMPARE(p.exitCode(), 4);
    }

    void importsFoldersLikeTheApp()
    {
        const QString folder = makeFolder();
        const auto expected = ler::formats::credentialFilesIn(folder); // what File > Import a folder takes
        QVERIFY(expected);
        QCOMPARE(expected->size(), 4);
        Run imported = cli({ QStringLiteral("--json"), QStringLiteral("import"), folder });
        QVERIFY2(imported.code == 0, imported.out + imported.err);
        QSet<QString> files;
        for (const QJsonValue& v : imported.json().array()) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
            files.insert(o.value(QStringLiteral("file")).toString());
        }
        QCOMPARE(files, QSet<QString>(expected->cbegin(), expected->cend()));
        for (const QString& f : std::as_const(files)) {
            QVERIFY2(!f.contains(QStringLiteral("/.")), qPrintable(f + QStringLiteral(" is hidden")));
        }

        // Text: says how many files the folder gave, then one line per credential.
        Run again = cli({ QStringLiteral("import"), folder });
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.startsWith(QStringLiteral("Credential files found in %1: 4\n").arg(folder).toUtf8()),
            again.out.constData());
        QCOMPARE(again.out.count("duplicate"), 4);

        // A folder with nothing to import is refused and changes nothing.
        const QString empty = m_tmp.filePath(QStringLiteral("empty"));
        QDir().mkpath(empty + QStringLiteral("/.hidden"));
        QFile hidden(empty + QStringLiteral("/.hidden/badge.json"));
        QVERIFY(hidden.open(QIODevice::WriteOnly));
        hidden.write(bytesOf(sample("openbadges3/valid/complete.json")));
        hidden.close();
        const auto before = ler::test::snapshot(m_wallet);
        Run none = cli({ QStringLiteral("import"), empty });
        QCOMPARE(none.code, 3);
        QVERIFY2(none.err.contains("No credential files were found"), none.err.constData());
        QCOMPARE(ler::test::snapshot(m_wallet), before);
        QCOMPARE(cli({ QStringLiteral("import"), m_tmp.filePath(QStringLiteral("no-such-folder/")) }).code, 3);
    }

    void progressOnlyOnATerminal()
    {
        const QString folder = makeFolder(); // imported by the test above: every credential is a duplicate now
        const QStringList args { QStringLiteral("import"), folder };
        QByteArray terminal;
        Run onTerminal = cliWithTerminal(args, &terminal);
        if (onTerminal.code == -1 && onTerminal.out.startsWith("openpty")) {
            QSKIP(qPrintable(
                QStringLiteral("no pseudo-terminal on this machine (%1)").arg(QString::fromUtf8(onTerminal.out))));
        }
        QVERIFY2(onTerminal.code == 0, onTerminal.out + terminal);
        // The count and the file being imported, rewritten in place and wiped at the end.
        QVERIFY2(terminal.contains("Importing 1 of 4: " + folder.toUtf8() + "/badges/2024/velocity.jwt"),
            terminal.constData());
        QVERIFY2(terminal.endsWith("\r\x1b[K"), terminal.constData());

        Run piped = cli(args);
        QCOMPARE(piped.code, 0);
        QVERIFY2(!piped.err.contains("Importing"), piped.err.constData());
        QCOMPARE(onTerminal.out, piped.out); // standard output is the same with or without a terminal
        QVERIFY(!onTerminal.out.contains("Importing"));
        QVERIFY(!onTerminal.out.contains('\r'));

        QByteArray jsonTerminal;
        Run json = cliWithTerminal({ QStringLiteral("--json"), QStringLiteral("import"), folder }, &jsonTerminal);
        QCOMPARE(json.code, 0);
        QVERIFY2(!jsonTerminal.contains("Importing"), jsonTerminal.constData());
        QCOMPARE(json.json().array().size(), 4);

        // One file is not a long import: nothing to show.
        QByteArray single;
        QCOMPARE(
            cliWithTerminal({ QStringLiteral("import"), sample("openbadges3/valid/simple.json") }, &single).code, 0);
        QVERIFY2(!single.contains("Importing"), single.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "TestCliImport.moc"
