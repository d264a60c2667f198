// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

/// ler-wallet-cli's help: the program's list of commands, each command's own help, `help COMMAND`, the man page.
class TestCliHelp : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
    };

    static Run cli(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("LANGUAGE"));
        e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(e);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral(LER_CLI), args);
        p.waitForFinished(60000);
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

    /// The command names as `--help` lists them, one per line under "Commands:".
    static QStringList listedCommands()
    {
        const QString help = QString::fromUtf8(cli({ QStringLiteral("--help") }).out);
        const QString section = help.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
        QStringList names;
        for (const QString& line : section.split(QLatin1Char('\n'))) {
            names.append(line.section(QLatin1Char(' '), 2, 2));
        }
        return names;
    }

    /// The lines of one section ("Options:", "Exit codes:") of a command's help.
    static QString section(const QByteArray& help, const char* heading)
    {
        return QString::fromUtf8(help)
            .section(QLatin1String(heading) + QLatin1Char('\n'), 1)
            .section(QStringLiteral("\n\n"), 0, 0);
    }

private Q_SLOTS:
    void programHelpListsCommandsOneLineEach()
    {
        const Run help = cli({ QStringLiteral("--help") });
        QCOMPARE(help.code, 0);
        const QString commands = QString::fromUtf8(help.out)
                                     .section(QStringLiteral("Commands:\n"), 1)
                                     .section(QStringLiteral("\n\n"), 0, 0);
        const QStringList lines = commands.split(QLatin1Char('\n'));
        QVERIFY(lines.size() >= 12);
        static const QRegularExpression oneLine(QStringLiteral("^  [a-z][a-z-]* +[A-Z].*\\.$"));
        for (const QString& line : lines) {
            QVERIFY2(oneLine.match(line).hasMatch(), qPrintable(QStringLiteral("not one line: ") + line));
            QVERIFY2(line.size() <= 80, qPrintable(line));
        }
        const QStringList listed = listedCommands();
        for (const char* command : { "init",
                 "passwd",
                 "rekey",
                 "check",
                 "import",
                 "list",
                 "show",
                 "search",
                 "export",
                 "delete",
                 "verify",
                 "canonicalize",
                 "present",
                 "whoami",
                 "history",
                 "backup",
                 "restore",
                 "export-ler",
                 "qr",
                 "help" }) {
            QVERIFY2(listed.contains(QLatin1String(command)), command);
        }
        // Only the common options; a command's own options are in its help.
        QVERIFY(help.out.contains("--wallet DIR"));
        QVERIFY(!help.out.contains("--replace"));
        QVERIFY(help.out.contains("ler-wallet-cli help COMMAND"));
    }

    void everyCommandHasItsOwnHelp()
    {
        for (const QString& command : listedCommands()) {
            const Run help = cli({ command, QStringLiteral("--help") });
            QVERIFY2(help.code == 0, qPrintable(command));
            QVERIFY2(help.out.startsWith(QStringLiteral("Usage: ler-wallet-cli %1 [options]").arg(command).toUtf8()),
                help.out.constData());
            QVERIFY2(!help.out.contains("Commands:"), "a command's help is not the program's");
            QVERIFY2(section(help.out, "Options:").contains(QStringLiteral("--help")), qPrintable(command));
            QVERIFY2(section(help.out, "Exit codes:").contains(QStringLiteral("  0  ")), qPrintable(command));
            QVERIFY2(section(help.out, "Example:").contains(QStringLiteral("  ler-wallet-cli ")), qPrintable(command));
            // `help COMMAND` says exactly the same.
            const Run viaHelp = cli({ QStringLiteral("help"), command });
            QCOMPARE(viaHelp.code, 0);
            QCOMPARE(viaHelp.out, help.out);
        }
    }

    void commandHelpNamesItsOptionsAndExitCodes_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QList<int>>("exitCodes");
        const QStringList wallet {
            QStringLiteral("--wallet DIR"), QStringLiteral("--passphrase-file FILE"), QStringLiteral("--json")
        };
        QTest::newRow("init") << "init" << wallet << QList<int> { 0, 2, 3 };
        QTest::newRow("passwd") << "passwd"
                                << wallet
                + QStringList { QStringLiteral("--new-passphrase-file FILE"), QStringLiteral("--recovery-code") }
                                << QList<int> { 0, 2, 3, 4 };
        QTest::newRow("rekey") << "rekey" << wallet + QStringList { QStringLiteral("--new-passphrase-file FILE") }
                               << QList<int> { 0, 2, 3, 4 };
        QTest::newRow("check") << "check" << wallet << QList<int> { 0, 1, 2, 3, 4 };
        QTest::newRow("import") << "import" << wallet + QStringList { QStringLiteral("--replace") }
                                << QList<int> { 0, 1, 2, 3, 4 };
        QTest::newRow("list") << "list" << wallet << QList<int> { 0, 2, 3, 4 };
        QTest::newRow("show") << "show" << wallet << QList<int> { 0, 2, 3, 4 };
        QTest::newRow("search") << "search" << wallet << QList<int> { 0, 2, 3, 4 };
        QTest::newRow("export") << "export" << wallet + QStringList { QStringLiteral("--out FILE") }
                                << QList<int> { 0, 2, 3, 4 };
        QTest::newRow("delete") << "delete" << wallet << QList<int> { 0, 2, 3, 4 };
        QTest::newRow("verify") << "verify"
                                << wallet
                + QStringList { QStringLiteral("--offline"),
                      QStringLiteral("--all"),
                      QStringLiteral("--challenge C"),
                      QStringLiteral("--domain D"),
                      QStringLiteral("--issuer-keys FILE"),
                      QStringLiteral("--identifier ID"),
                      QStringLiteral("--max-age DURATION") }
                                << QList<int> { 0, 1, 2, 3, 4 };
        QTest::newRow("canonicalize") << "canonicalize"
                                      << QStringList { QStringLiteral("--rdfc"),
                                             QStringLiteral("--jsonld-to-rdf"),
                                             QStringLiteral("--jcs") }
                                      << QList<int> { 0, 2, 3 };
        QTest::newRow("present") << "present"
                                 << wallet
                + QStringList { QStringLiteral("--credential ID"),
                      QStringLiteral("--disclose ID:CLAIM"),
                      QStringLiteral("--domain D"),
                      QStringLiteral("--challenge C"),
                      QStringLiteral("--expires DURATION"),
                      QStringLiteral("--format FORMAT"),
                      QStringLiteral("--qr-policy POLICY"),
                      QStringLiteral("--out FILE"),
                      QStringLiteral("--preview") }
                                 << QList<int> { 0, 2, 3, 4 };
        QTest::newRow("whoami") << "whoami" << wallet << QList<int> { 0, 2, 3, 4 };
        QTest::newRow("history") << "history" << wallet + QStringList { QStringLiteral("--delete ID") }
                                 << QList<int> { 0, 2, 3, 4 };
        QTest::newRow("backup") << "backup"
                                << wallet
                + QStringList { QStringLiteral("--out FILE"), QStringLiteral("--backup-passphrase-file FILE") }
                                << QList<int> { 0, 2, 3, 4 };
        QTest::newRow("restore") << "restore"
                                 << wallet
                + QStringList { QStringLiteral("--in FILE"),
                      QStringLiteral("--merge"),
                      QStringLiteral("--backup-passphrase-file FILE") }
                                 << QList<int> { 0, 2, 3, 4 };
        QTest::newRow("export-ler") << "export-ler"
                                    << wallet
                + QStringList { QStringLiteral("--format FORMAT"),
                      QStringLiteral("--credential ID"),
                      QStringLiteral("--include FACTS"),
                      QStringLiteral("--out FILE") }
                                    << QList<int> { 0, 2, 3, 4 };
        QTest::newRow("qr") << "qr" << QStringList { QStringLiteral("--out FILE"), QStringLiteral("--json") }
                            << QList<int> { 0, 2, 3 };
        QTest::newRow("help") << "help" << QStringList() << QList<int> { 0, 2 };
    }

    void commandHelpNamesItsOptionsAndExitCodes()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, options);
        QFETCH(QList<int>, exitCodes);
        const Run help = cli({ command, QStringLiteral("--help") });
        QCOMPARE(help.code, 0);
        const QString optionLines = section(help.out, "Options:");
        for (const QString& option : options + QStringList { QStringLiteral("-h, --help") }) {
            const QRegularExpression line(
                QStringLiteral("^  ") + QRegularExpression::escape(option) + QStringLiteral("( |$)"),
                QRegularExpression::MultilineOption);
            QVERIFY2(
                line.match(optionLines).hasMatch(), qPrintable(option + QStringLiteral(" missing in\n") + optionLines));
        }
        QList<int> listed;
        static const QRegularExpression codeLine(QStringLiteral("^  (\\d)  \\S"), QRegularExpression::MultilineOption);
        for (auto it = codeLine.globalMatch(section(help.out, "Exit codes:")); it.hasNext();) {
            listed.append(it.next().captured(1).toInt());
        }
        QCOMPARE(listed, exitCodes);
        // Options of other commands are not listed.
        if (command != QLatin1String("import")) {
            QVERIFY(!optionLines.contains(QStringLiteral("--replace")));
        }
    }

    void unknownCommandIsAUsageError()
    {
        for (const QStringList& args : { QStringList { QStringLiteral("frobnicate") },
                 QStringList { QStringLiteral("help"), QStringLiteral("frobnicate") },
                 QStringList { QStringLiteral("frobnicate"), QStringLiteral("--help") } }) {
            const Run r = cli(args);
            QVERIFY2(r.code == 2, qPrintable(args.join(QLatin1Char(' '))));
            QVERIFY(r.err.contains("Unknown command: frobnicate"));
            QVERIFY(r.out.isEmpty());
        }
        const Run twice = cli({ QStringLiteral("help"), QStringLiteral("import"), QStringLiteral("list") });
        QCOMPARE(twice.code, 2);
        // A usage error in a command points to that command's help.
        const Run noFile = cli({ QStringLiteral("verify") });
        QCOMPARE(noFile.code, 2);
        QVERIFY2(noFile.err.contains("ler-wallet-cli help verify"), noFile.err.constData());
        QCOMPARE(cli({ QStringLiteral("help") }).out, cli({ QStringLiteral("--help") }).out);
    }

    void manPageHasEveryCommand()
    {
        const Run man = cli({ QStringLiteral("--man-page") });
        QCOMPARE(man.code, 0);
        QVERIFY(man.out.startsWith(".TH LER\\-WALLET\\-CLI 1 "));
        for (const QString& command : listedCommands()) {
            QString roff = command; // roff writes a hyphen as \-
            roff.replace(QLatin1Char('-'), QStringLiteral("\\-"));
            QVERIFY2(man.out.contains(QStringLiteral(".SS \"%1 [options]").arg(roff).toUtf8()), qPrintable(command));
        }
        for (const char* text : { ".SH OPTIONS",
                 ".SH EXIT STATUS",
                 "\\fB\\-\\-replace\\fR",
                 "\\fB\\-\\-out\\fR \\fIFILE\\fR",
                 "LER_WALLET_PASSPHRASE",
                 "~/.local/share/ler\\-wallet/wallets/default" }) {
            QVERIFY2(man.out.contains(text), text);
        }
        // The page is the same wherever it is made: no home folder of the build machine in it.
        QVERIFY(!man.out.contains(qgetenv("HOME") + "/.local"));
    }
};

QTEST_GUILESS_MAIN(TestCliHelp)
#include "TestCliHelp.moc"
