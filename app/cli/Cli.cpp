// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "app/cli/Cli.h"

#include "app/cli/Passphrase.h"
#include "app/cli/VerifyCommands.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

namespace ler::cli {

namespace {

const QCommandLineOption kWallet(
    QStringLiteral("wallet"), QStringLiteral("Wallet folder (default: %1)."), QStringLiteral("DIR"));
const QCommandLineOption kJson(QStringLiteral("json"), QStringLiteral("Print one JSON document."));
const QCommandLineOption kPassFile(QStringLiteral("passphrase-file"),
    QStringLiteral("Read the passphrase from the first line of FILE."),
    QStringLiteral("FILE"));
const QCommandLineOption kNewPassFile(QStringLiteral("new-passphrase-file"),
    QStringLiteral("passwd, rekey: read the new passphrase from FILE."),
    QStringLiteral("FILE"));
const QCommandLineOption kUseRecovery(QStringLiteral("recovery-code"),
    QStringLiteral("passwd: open with the recovery code (asked for, or "
                   "LER_WALLET_RECOVERY_CODE) instead of the passphrase."));
const QCommandLineOption kOut(
    QStringLiteral("out"), QStringLiteral("export: write the original to FILE."), QStringLiteral("FILE"));
const QCommandLineOption kReplace(
    QStringLiteral("replace"), QStringLiteral("import: replace stored versions of credentials that changed."));
const QCommandLineOption kHelp(
    QStringList { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."));
const QCommandLineOption kVersion(QStringLiteral("version"), QStringLiteral("Show the version."));

} // namespace

int exitCodeFor(const Error& error)
{
    switch (error.code) {
    case ErrorCode::WrongPassphrase:
    case ErrorCode::Locked:
        return kLocked;
    case ErrorCode::VerificationFailed:
        return kCheckFailed;
    case ErrorCode::InvalidInput:
    case ErrorCode::Io:
    case ErrorCode::NotFound:
    case ErrorCode::Corrupt:
    case ErrorCode::Unsupported:
    case ErrorCode::LimitExceeded:
        return kBadInput;
    case ErrorCode::AlreadyExists:
        return kUsage;
    default:
        return kCheckFailed;
    }
}

Cli::Cli()
    : m_out(stdout)
    , m_err(stderr)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions({ kWallet, kJson, kPassFile, kNewPassFile, kUseRecovery, kOut, kReplace, kHelp, kVersion });
    m_parser.addOptions(verifyOptions());
    m_parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do."));
}

const QList<Cli::Command>& Cli::commands()
{
    static const QList<Command> list {
        { "init",
            QT_TRANSLATE_NOOP("ler::cli", "Create a wallet and print its recovery code (shown once)."),
            &Cli::cmdInit },
        { "passwd",
            QT_TRANSLATE_NOOP("ler::cli",
                "Change the wallet passphrase (or set a new one with the recovery "
                "code)."),
            &Cli::cmdPasswd },
        { "rekey",
            QT_TRANSLATE_NOOP("ler::cli",
                "Replace the wallet key: re-encrypt everything under a new key and print a new recovery code."),
            &Cli::cmdRekey },
        { "check", QT_TRANSLATE_NOOP("ler::cli", "Check the wallet's integrity."), &Cli::cmdCheck },
        { "import",
            QT_TRANSLATE_NOOP("ler::cli",
                "Import credentials from FILE... (JSON, JWT, SD-JWT, baked PNG/SVG badges, PESC XML, CSV; "
                "- reads standard input)."),
            &Cli::cmdImport },
        { "list", QT_TRANSLATE_NOOP("ler::cli", "List the credentials in the wallet."), &Cli::cmdList },
        { "show", QT_TRANSLATE_NOOP("ler::cli", "Show one credential (ID) as its normalized record."), &Cli::cmdShow },
        { "search",
            QT_TRANSLATE_NOOP("ler::cli", "Find credentials by words in their title, issuer or skills."),
            &Cli::cmdSearch },
        { "export",
            QT_TRANSLATE_NOOP("ler::cli", "Write the exact original of credential ID to the file given by --out."),
            &Cli::cmdExport },
        { "delete",
            QT_TRANSLATE_NOOP("ler::cli", "Delete credential ID and the credentials nested in it."),
            &Cli::cmdDelete },
        { "verify",
            QT_TRANSLATE_NOOP("ler::cli",
                "Verify credentials in FILE... (no wallet needed; - reads standard input), or with --all every "
                "credential in the wallet, keeping the results."),
            &Cli::cmdVerify },
        { "canonicalize",
            QT_TRANSLATE_NOOP("ler::cli", "Print the canonical form of FILE (--rdfc, --jsonld-to-rdf or --jcs)."),
            &Cli::cmdCanonicalize },
    };
    return list;
}

QString Cli::helpText() const
{
    QString text = QCoreApplication::translate("ler::cli",
        "Usage: ler-wallet-cli [options] <command> [arguments]\n\n"
        "LER Wallet keeps your Learning and Employment Record in an encrypted wallet.\n\nCommands:\n");
    for (const Command& c : commands()) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(c.name).leftJustified(13),
                        QCoreApplication::translate("ler::cli", c.summary));
    }
    text += QCoreApplication::translate("ler::cli",
        "\nOptions:\n"
        "  --wallet DIR               Wallet folder (default: %1)\n"
        "  --json                     Print one JSON document\n"
        "  --passphrase-file FILE     Read the passphrase from the first line of FILE\n"
        "  --new-passphrase-file FILE passwd, rekey: read the new passphrase from FILE\n"
        "  --recovery-code            passwd: open with the recovery code instead of the passphrase\n"
        "  --replace                  import: replace stored versions of credentials that changed\n"
        "  --out FILE                 export: write the original to FILE\n"
        "  --offline                  verify: do not use the network (checks that need it are not done)\n"
        "  --all                      verify: check every credential in the wallet again (with --wallet)\n"
        "  --challenge C              verify: the challenge (nonce) a presentation must answer\n"
        "  --domain D                 verify: the domain (audience) a presentation must be made for\n"
        "  --issuer-keys FILE         verify: issuer keys you trust (JWKS with kid, issuer metadata or DID\n"
        "                             documents)\n"
        "  --identifier ID            verify: your email address or DID, for the recipient check (repeatable)\n"
        "  --rdfc                     canonicalize: RDFC-1.0 canonical N-Quads of an N-Quads file\n"
        "  --jsonld-to-rdf            canonicalize: a JSON-LD file as RDF, printed as RDFC-1.0 canonical\n"
        "                             N-Quads (bundled contexts only)\n"
        "  --jcs                      canonicalize: RFC 8785 canonical JSON\n"
        "  -h, --help                 Show this help\n\n"
        "The passphrase is asked for on the terminal without echo. For scripts it can come from\n"
        "--passphrase-file or the LER_WALLET_PASSPHRASE environment variable (less safe: other\n"
        "programs of the same user can read the environment). A new passphrase can also come from\n"
        "LER_WALLET_NEW_PASSPHRASE, a recovery code from LER_WALLET_RECOVERY_CODE.\n\n"
        "Exit codes:\n"
        "  0  success (verify: every file verified)\n"
        "  1  a check or verification failed (verify: a file is not verified or only partly verified),\n"
        "     or import rejected some input\n"
        "  2  usage error\n"
        "  3  unreadable or invalid input\n"
        "  4  wrong passphrase or locked wallet\n")
                .arg(store::Wallet::defaultLocation());
    return text;
}

int Cli::run(const QStringList& arguments)
{
    if (!m_parser.parse(arguments)) {
        return usage(m_parser.errorText());
    }
    m_json = m_parser.isSet(kJson);
    if (m_parser.isSet(kHelp)) {
        m_out << helpText();
        return kOk;
    }
    if (m_parser.isSet(kVersion)) {
        m_out << "ler-wallet-cli " << LER_VERSION << '\n';
        return kOk;
    }
    m_args = m_parser.positionalArguments();
    if (m_args.isEmpty()) {
        return usage(QCoreApplication::translate("ler::cli", "Name a command."));
    }
    const QString name = m_args.takeFirst();
    for (const Command& c : commands()) {
        if (name == QLatin1String(c.name)) {
            return (this->*c.handler)();
        }
    }
    return usage(QCoreApplication::translate("ler::cli", "Unknown command: %1").arg(name));
}

QString Cli::walletDir() const
{
    return m_parser.isSet(kWallet) ? m_parser.value(kWallet) : store::Wallet::defaultLocation();
}

int Cli::usage(const QString& message)
{
    if (m_json) {
        emitJson({ { QStringLiteral("error"),
            QJsonObject {
                { QStringLiteral("code"), QStringLiteral("usage") }, { QStringLiteral("message"), message } } } });
    } else {
        m_err << message << '\n'
              << QCoreApplication::translate("ler::cli", "Run ler-wallet-cli --help for the commands and options.")
              << '\n';
    }
    return kUsage;
}

int Cli::fail(const Error& error)
{
    if (m_json) {
        emitJson({ { QStringLiteral("error"),
            QJsonObject { { QStringLiteral("code"), errorCodeName(error.code) },
                { QStringLiteral("message"), error.message } } } });
    } else {
        m_err << error.message << '\n';
    }
    return exitCodeFor(error);
}

void Cli::emitJson(const QJsonObject& doc)
{
    m_out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
    m_out.flush();
}

void Cli::emitJsonArray(const QJsonArray& doc)
{
    m_out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
    m_out.flush();
}

Result<std::unique_ptr<store::Wallet>> Cli::openWallet()
{
    const QString dir = walletDir();
    if (!store::Wallet::existsAt(dir)) {
        return Error(ErrorCode::NotFound,
            QCoreApplication::translate("ler::cli", "No wallet in %1. Create one with: ler-wallet-cli init").arg(dir));
    }
    auto pass = readPassphrase({ m_parser.value(kPassFile),
        "LER_WALLET_PASSPHRASE",
        QCoreApplication::translate("ler::cli", "Wallet passphrase: "),
        false });
    if (!pass) {
        return pass.error();
    }
    return store::Wallet::open(dir, pass->view());
}

int Cli::cmdInit()
{
    const QString dir = walletDir();
    if (store::Wallet::existsAt(dir)) {
        return fail({ ErrorCode::AlreadyExists,
            QCoreApplication::translate("ler::cli", "%1 already holds a wallet.").arg(dir) });
    }
    auto pass = readPassphrase({ m_parser.value(kPassFile),
        "LER_WALLET_PASSPHRASE",
        QCoreApplication::translate("ler::cli", "New wallet passphrase: "),
        true });
    if (!pass) {
        return fail(pass.error());
    }
    if (auto s = checkNewPassphrase(*pass); !s) {
        return fail(s.error());
    }
    if (!m_json) {
        m_err << QCoreApplication::translate(
            "ler::cli", "Creating the wallet (measuring this computer to set the key strength)...")
              << '\n';
        m_err.flush();
    }
    auto created = store::Wallet::create(dir, pass->view(), crypto::KdfParams::calibrate());
    if (!created) {
        return fail(created.error());
    }
    if (m_json) {
        emitJson({ { QStringLiteral("wallet"), dir },
            { QStringLiteral("walletId"), created->wallet->walletId() },
            { QStringLiteral("recoveryCode"), created->recoveryCode } });
    } else {
        m_out << QCoreApplication::translate("ler::cli", "Wallet created in %1").arg(dir) << "\n\n"
              << QCoreApplication::translate(
                     "ler::cli", "Recovery code (write it down and keep it somewhere safe; it is shown only once):")
              << "\n\n    " << created->recoveryCode << "\n\n"
              << QCoreApplication::translate(
                     "ler::cli", "If you forget your passphrase, this code is the only way back into your wallet.")
              << '\n';
    }
    return kOk;
}

int Cli::cmdPasswd()
{
    const QString dir = walletDir();
    if (!store::Wallet::existsAt(dir)) {
        return fail({ ErrorCode::NotFound,
            QCoreApplication::translate("ler::cli", "No wallet in %1. Create one with: ler-wallet-cli init")
                .arg(dir) });
    }
    const bool byRecovery = m_parser.isSet(kUseRecovery);
    auto current = byRecovery
        ? readPassphrase(
            { {}, "LER_WALLET_RECOVERY_CODE", QCoreApplication::translate("ler::cli", "Recovery code: "), false })
        : readPassphrase({ m_parser.value(kPassFile),
            "LER_WALLET_PASSPHRASE",
            QCoreApplication::translate("ler::cli", "Current passphrase: "),
            false });
    if (!current) {
        return fail(current.error());
    }
    auto next = readPassphrase({ m_parser.value(kNewPassFile),
        "LER_WALLET_NEW_PASSPHRASE",
        QCoreApplication::translate("ler::cli", "New passphrase: "),
        true });
    if (!next) {
        return fail(next.error());
    }
    if (auto s = checkNewPassphrase(*next); !s) {
        return fail(s.error());
    }
    Status changed;
    if (byRecovery) {
        auto wallet = store::Wallet::openWithRecoveryCode(dir, current->view());
        changed = wallet ? (*wallet)->setPassphraseAfterRecovery(next->view()) : Status(wallet.error());
    } else {
        auto wallet = store::Wallet::open(dir, current->view());
        changed = wallet ? (*wallet)->changePassphrase(current->view(), next->view()) : Status(wallet.error());
    }
    if (!changed) {
        return fail(changed.error());
    }
    if (m_json) {
        emitJson({ { QStringLiteral("wallet"), dir }, { QStringLiteral("passphraseChanged"), true } });
    } else {
        m_out << QCoreApplication::translate("ler::cli", "The passphrase was changed.") << '\n';
    }
    return kOk;
}

int Cli::cmdCheck()
{
    auto wallet = openWallet();
    if (!wallet) {
        return fail(wallet.error());
    }
    const store::IntegrityReport report = (*wallet)->checkIntegrity();
    if (m_json) {
        QJsonArray checks;
        for (const auto& f : report.findings) {
            checks.append(QJsonObject { { QStringLiteral("id"), f.check },
                { QStringLiteral("status"), f.passed ? QStringLiteral("passed") : QStringLiteral("failed") },
                { QStringLiteral("message"), f.detail } });
        }
        emitJson({ { QStringLiteral("wallet"), walletDir() },
            { QStringLiteral("passed"), report.passed() },
            { QStringLiteral("checks"), checks } });
    } else {
        for (const auto& f : report.findings) {
            m_out << (f.passed ? QCoreApplication::translate("ler::cli", "[ok]    ")
                               : QCoreApplication::translate("ler::cli", "[FAIL]  "))
                  << f.detail << '\n';
        }
        m_out << (report.passed() ? QCoreApplication::translate("ler::cli", "The wallet is intact.")
                                  : QCoreApplication::translate("ler::cli", "The wallet has problems; see above."))
              << '\n';
    }
    return report.passed() ? kOk : kCheckFailed;
}

int Cli::cmdRekey()
{
    const QString dir = walletDir();
    if (!store::Wallet::existsAt(dir)) {
        return fail({ ErrorCode::NotFound,
            QCoreApplication::translate("ler::cli", "No wallet in %1. Create one with: ler-wallet-cli init")
                .arg(dir) });
    }
    auto pass = readPassphrase({ m_parser.value(kPassFile),
        "LER_WALLET_PASSPHRASE",
        QCoreApplication::translate("ler::cli", "Wallet passphrase: "),
        false });
    if (!pass) {
        return fail(pass.error());
    }
    // A new passphrase only when one is given: the key can be replaced and the passphrase kept.
    std::optional<crypto::SecretBytes> next;
    if (m_parser.isSet(kNewPassFile) || qEnvironmentVariableIsSet("LER_WALLET_NEW_PASSPHRASE")) {
        auto given = readPassphrase({ m_parser.value(kNewPassFile), "LER_WALLET_NEW_PASSPHRASE", QString(), false });
        if (!given) {
            return fail(given.error());
        }
        if (auto s = checkNewPassphrase(*given); !s) {
            return fail(s.error());
        }
        next = std::move(given).value();
    }
    auto wallet = store::Wallet::open(dir, pass->view());
    if (!wallet) {
        return fail(wallet.error());
    }
    if (!m_json) {
        m_err << QCoreApplication::translate("ler::cli", "Replacing the wallet key (copying every record under it)...")
              << '\n';
        m_err.flush();
    }
    auto code = (*wallet)->replaceKey(pass->view(), next ? next->view() : QByteArrayView());
    if (!code) {
        return fail(code.error());
    }
    if (m_json) {
        emitJson({ { QStringLiteral("wallet"), dir },
            { QStringLiteral("keyReplaced"), true },
            { QStringLiteral("passphraseChanged"), next.has_value() },
            { QStringLiteral("recoveryCode"), *code } });
    } else {
        m_out << QCoreApplication::translate(
            "ler::cli", "The wallet key was replaced. Old copies of the key file no longer open this wallet.")
              << "\n\n"
              << QCoreApplication::translate("ler::cli",
                     "New recovery code (the old one no longer works; write this one down, it is shown only once):")
              << "\n\n    " << *code << "\n";
    }
    return kOk;
}

} // namespace ler::cli
