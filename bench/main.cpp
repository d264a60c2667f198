// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// ler-wallet-bench: every performance figure of LER Wallet, one subcommand per concern. Each figure is one JSON line
/// on standard output, {"name", "value", "unit", "baseline", "ratio"}, with its baseline measured in the same run
/// (ratio = value / baseline), so figures from different machines compare as ratios. docs/performance.md keeps
/// the latest figures and says what each baseline is. Not a test: run it by hand on a quiet machine.

#include "bench/BenchCommands.h"
#include "bench/BenchSupport.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <sodium.h>

using namespace ler::bench;

namespace {

struct Command
{
    const char* name;
    const char* usage;
    const char* summary;
    int (*run)(const Args&);
    bool inAll; ///< run by `all`
};

// A new concern is one line here and one function.
const Command kCommands[] = {
    { "verify",
        "--file F [--seconds S]",
        "verify one credential file repeatedly, offline (as verify --offline)",
        benchVerifyFile,
        true },
    { "suites",
        "[--seconds S] [--only a,b] [--stages]",
        "eddsa-rdfc-2022, eddsa-jcs-2022 and VC-JWT on an OB 3.0 credential (--stages: one rdfc check by stage)",
        benchSuites,
        true },
    { "ed25519",
        "[--seconds S]",
        "Ed25519 verification through PublicKey against libsodium directly",
        benchEd25519,
        true },
    { "unlock",
        "[--wallet DIR]",
        "unlock a 10,000-record wallet until usable, minus the key derivation",
        benchUnlock,
        true },
    { "list", "[--wallet DIR]", "open and list a 10,000-record wallet", benchList, true },
    { "search", "[--wallet DIR]", "full-text search in a 10,000-record wallet", benchSearch, true },
    { "import", "", "import 1,000 signed Open Badges 3.0 credentials, verifying each", benchImport, true },
    { "sqlcipher",
        "",
        "the same store/list/search workload with and without SQLCipher encryption",
        benchSqlCipher,
        true },
    { "rss", "[--wallet DIR]", "peak memory with a 10,000-record wallet open, listed and searched", benchRss, true },
    { "qr", "[--seconds S]", "presentations as QR codes: codes, characters, time to make and to read", benchQr, true },
    { "make-wallet",
        "DIR [--records N]",
        "make a wallet of synthetic records (passphrase: bench passphrase)",
        benchMakeWallet,
        false },
};

void usage()
{
    std::fprintf(stderr, "Usage: ler-wallet-bench <command> [options]\n\nCommands:\n");
    for (const Command& c : kCommands) {
        std::fprintf(stderr, "  %-12s %-26s %s\n", c.name, c.usage, c.summary);
    }
    std::fprintf(stderr,
        "  %-12s %-26s %s\n\nEach figure is one JSON line: {\"name\", \"value\", \"unit\", \"baseline\", \"ratio\"}.\n"
        "verify and suites take --iterations N: each rate is exactly N calls (for callgrind and perf).\n",
        "all",
        "[--file F] [--seconds S]",
        "every command above, each in its own process, on one shared wallet");
}

Args parse(const QStringList& arguments)
{
    Args args;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a.startsWith(QLatin1String("--"))) {
            // A flag without a value (--stages) is followed by the next option or nothing.
            const bool hasValue = i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(QLatin1String("--"));
            args.options.insert(a.mid(2), hasValue ? arguments.at(++i) : QString());
        } else {
            args.positional.append(a);
        }
    }
    return args;
}

/// Runs every command in a child process of its own (so peak memory and caches do not carry over), sharing one
/// wallet made up front; the children's JSON lines go straight to standard output.
int runAll(const Args& args)
{
    const QString self = QCoreApplication::applicationFilePath();
    QTemporaryDir temp;
    const QString wallet = temp.filePath(QStringLiteral("wallet"));
    note(QStringLiteral("making a wallet of %1 records (not measured)...").arg(kWalletRecords));
    if (QProcess::execute(self, { QStringLiteral("make-wallet"), wallet }) != 0) {
        return fail(QStringLiteral("make-wallet failed"));
    }
    const QString file = args.value(
        QStringLiteral("file"), QStringLiteral(LER_BENCH_DATA "/vectors/openbadges-eddsa/ob3/signed-credential.json"));
    int failures = 0;
    for (const Command& c : kCommands) {
        if (!c.inAll) {
            continue;
        }
        QStringList childArgs {
            QString::fromLatin1(c.name), QStringLiteral("--wallet"), wallet, QStringLiteral("--file"), file
        };
        if (args.has(QStringLiteral("seconds"))) {
            childArgs << QStringLiteral("--seconds") << args.value(QStringLiteral("seconds"));
        }
        note(QStringLiteral("== %1").arg(QString::fromLatin1(c.name)));
        failures += QProcess::execute(self, childArgs) != 0 ? 1 : 0;
    }
    return failures == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0) {
        return fail(QStringLiteral("libsodium does not start"));
    }
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help")) {
        usage();
        return arguments.isEmpty() ? 2 : 0;
    }
    const QString name = arguments.takeFirst();
    const Args args = parse(arguments);
    if (name == QLatin1String("all")) {
        return runAll(args);
    }
    for (const Command& c : kCommands) {
        if (name == QLatin1String(c.name)) {
            return c.run(args);
        }
    }
    usage();
    return 2;
}
