// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "app/cli/CommandTable.h"
#include "core/crypto/SecretBytes.h"
#include "core/present/PresentationService.h"
#include "core/store/Wallet.h"
#include "core/util/Result.h"
#include "core/verify/Verifier.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>
#include <functional>
#include <optional>

namespace ler::cli {

/// Exit codes, documented per command in CommandTable.cpp and in docs/cli.md.
enum Exit : int
{
    kOk = 0, ///< success
    kCheckFailed = 1, ///< a check or verification failed
    kUsage = 2, ///< usage error
    kBadInput = 3, ///< unreadable or invalid input
    kLocked = 4, ///< wrong passphrase or locked wallet
};

/// ler-wallet-cli: one object per run; each subcommand prints text, or one JSON document with --json.
/// The commands, their options and their help are listed in commandTable() (CommandTable.cpp).
class Cli
{
public:
    Cli();
    int run(const QStringList& arguments);

private:
    friend const QList<CommandSpec>& commandTable();

    int cmdHelp();
    int cmdInit();
    int cmdPasswd();
    int cmdRekey();
    int cmdCheck();
    int cmdImport();
    int cmdList();
    int cmdShow();
    int cmdExport();
    int cmdDelete();
    int cmdSearch();
    int cmdVerify();
    int cmdVerifyWallet();
    int cmdCanonicalize();
    int cmdPresent(); // PresentCommands.cpp
    int cmdWhoami();
    int cmdHistory();
    int cmdBackup(); // BackupCommands.cpp
    int cmdRestore();
    int cmdExportLer(); // ExportCommands.cpp
    int cmdQr(); // QrCommands.cpp

    QString walletDir() const;
    /// The wallet passphrase from --passphrase-file, LER_WALLET_PASSPHRASE or the terminal.
    Result<crypto::SecretBytes> walletPassphrase(const QString& prompt, bool confirm);
    /// The backup passphrase: --backup-passphrase-file, else the wallet passphrase's source (the same passphrase
    /// when that is a file or the environment; asked for on its own at the terminal).
    Result<crypto::SecretBytes> backupPassphrase(const crypto::SecretBytes* walletPassphrase, bool confirm);
    Result<std::unique_ptr<store::Wallet>> openWallet();
    int fail(const Error& error);
    int usage(const QString& message);
    void emitJson(const QJsonObject& doc);
    void emitJsonArray(const QJsonArray& doc);
    /// For commands taking one credential id: the id, or a usage error printed and returned as exit code.
    std::optional<QString> singleId(int& exitCode);

    /// present --format pdf|qr-...: the codes of plan written and recorded in the sharing history.
    int presentCodes(present::PresentationService& service,
        const present::PresentationPlan& plan,
        present::QrChoice choice,
        const QString& formatName,
        const QString& out,
        QSaveFile& file);
    /// The texts of the QR codes in an image or PDF file.
    struct QrFile
    {
        QString path;
        QStringList texts;
    };
    /// verify: the QR codes of image and PDF files, checked together as one presentation.
    void verifyQrFiles(
        const QList<QrFile>& files, const verify::VerifierOptions& options, int& exitCode, QJsonArray& results);

    const CommandSpec* m_command = nullptr; ///< the command being run, for its usage hint

    QCommandLineParser m_parser;
    QStringList m_args; ///< positional arguments after the command name
    bool m_json = false;
    bool m_walletPassFromEnv = false; ///< walletPassphrase() took it from the environment
    QTextStream m_out;
    QTextStream m_err;
};

/// The exit code that belongs to an error.
int exitCodeFor(const Error& error);

} // namespace ler::cli
