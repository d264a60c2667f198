// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "app/cli/Cli.h"

#include "app/cli/Help.h"
#include "app/cli/Passphrase.h"
#include "core/crypto/PassphraseStrength.h"
#include "ui/text/Render.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

namespace ler::cli {

namespace {

const QString kWallet = QStringLiteral("wallet");
const QString kJson = QStringLiteral("json");
const QString kPassFile = QStringLiteral("passphrase-file");
const QString kNewPassFile = QStringLiteral("new-passphrase-file");
const QString kUseRecovery = QStringLiteral("recovery-code");
const QString kHelp = QStringLiteral("help");
const QString kVersion = QStringLiteral("version");
const QString kManPage = QStringLiteral("man-page");
const QString kBashCompletion = QStringLiteral("bash-completion");

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
    m_parser.addOptions(parserOptions());
}

int Cli::run(const QStringList& arguments)
{
    if (!m_parser.parse(arguments)) {
        return usage(m_parser.errorText());
    }
    m_json = m_parser.isSet(kJson);
    m_args = m_parser.positionalArguments();
    if (m_parser.isSet(kManPage)) {
        m_out << help::manPage(QStringLiteral(LER_VERSION));
        return kOk;
    }
    if (m_parser.isSet(kBashCompletion)) {
        m_out << help::bashCompletion();
        return kOk;
    }
    if (m_parser.isSet(kHelp)) {
        // `COMMAND --help` is `help COMMAND`; `help COMMAND --help` too.
        const bool viaHelp = m_args.size() > 1 && m_args.constFirst() == QLatin1String("help");
        m_args = m_args.mid(viaHelp ? 1 : 0, 1);
        return cmdHelp();
    }
    if (m_parser.isSet(kVersion)) {
        m_out << "ler-wallet-cli " << LER_VERSION << '\n';
        return kOk;
    }
    if (m_args.isEmpty()) {
        return usage(QCoreApplication::translate("ler::cli", "Name a command."));
    }
    const QString name = m_args.takeFirst();
    m_command = findCommand(name);
    if (!m_command) {
        return usage(QCoreApplication::translate("ler::cli", "Unknown command: %1").arg(name));
    }
    return (this->*m_command->handler)();
}

int Cli::cmdHelp()
{
    if (m_args.isEmpty()) {
        m_out << help::programHelp();
        return kOk;
    }
    if (m_args.size() > 1) {
        return usage(QCoreApplication::translate("ler::cli", "Name one command to explain."));
    }
    const CommandSpec* command = findCommand(m_args.constFirst());
    if (!command) {
        return usage(QCoreApplication::translate("ler::cli", "Unknown command: %1").arg(m_args.constFirst()));
    }
    m_out << help::commandHelp(*command);
    return kOk;
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
              << (m_command && m_command->handler != &Cli::cmdHelp
                         ? QCoreApplication::translate(
                             "ler::cli", "Run ler-wallet-cli help %1 for its arguments and options.")
                               .arg(QLatin1String(m_command->name))
                         : QCoreApplication::translate(
                             "ler::cli", "Run ler-wallet-cli --help for the commands and options."))
              << '\n';
    }
    return kUsage;
}

int Cli::fail(const Error& error)
{
    if (m_json) {
        QJsonObject e { { QStringLiteral("code"), errorCodeName(error.code) },
            { QStringLiteral("message"), ler::text::render(error) } };
        if (!error.reason.isEmpty())
            e.insert(QStringLiteral("reason"), error.reason);
        emitJson({ { QStringLiteral("error"), e } });
    } else {
        m_err << ler::text::render(error) << '\n';
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
        return Error(
            ErrorCode::NotFound, tx("ler::cli", "No wallet in %1. Create one with: ler-wallet-cli init").arg(dir));
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
        return fail({ ErrorCode::AlreadyExists, tx("ler::cli", "%1 already holds a wallet.").arg(dir) });
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
        return fail(
            { ErrorCode::NotFound, tx("ler::cli", "No wallet in %1. Create one with: ler-wallet-cli init").arg(dir) });
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
                { QStringLiteral("message"), ler::text::render(f.detail) } });
        }
        emitJson({ { QStringLiteral("wallet"), walletDir() },
            { QStringLiteral("passed"), report.passed() },
            { QStringLiteral("checks"), checks } });
    } else {
        for (const auto& f : report.findings) {
            m_out << (f.passed ? QCoreApplication::translate("ler::cli", "[ok]    ")
                               : QCoreApplication::translate("ler::cli", "[FAIL]  "))
                  << ler::text::render(f.detail) << '\n';
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
        return fail(
            { ErrorCode::NotFound, tx("ler::cli", "No wallet in %1. Create one with: ler-wallet-cli init").arg(dir) });
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
