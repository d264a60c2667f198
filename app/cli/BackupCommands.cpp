// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// The commands that back up a wallet and restore it: backup, restore (into a new wallet or merged into one).

#include "app/cli/Cli.h"
#include "app/cli/Passphrase.h"
#include "core/backup/BackupReader.h"
#include "core/backup/BackupWriter.h"
#include "core/backup/Restore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ler::cli {

namespace {

const QString kIn = QStringLiteral("in");
const QString kOut = QStringLiteral("out");
const QString kMerge = QStringLiteral("merge");
const QString kPassFile = QStringLiteral("passphrase-file");
const QString kBackupPassFile = QStringLiteral("backup-passphrase-file");
const char* const kPassEnv = "LER_WALLET_PASSPHRASE";

QJsonObject rowsJson(const QMap<QString, qint64>& rows)
{
    QJsonObject o;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        o.insert(it.key(), double(it.value()));
    }
    return o;
}

} // namespace

Result<crypto::SecretBytes> Cli::backupPassphrase(const crypto::SecretBytes* walletPassphrase, bool confirm)
{
    if (m_parser.isSet(kBackupPassFile)) {
        return readPassphrase({ m_parser.value(kBackupPassFile), nullptr, QString(), false });
    }
    // The same source as the wallet's passphrase: a file or the environment gives the same passphrase; at the
    // terminal it is asked for on its own.
    if (walletPassphrase && (m_parser.isSet(kPassFile) || m_walletPassFromEnv)) {
        return crypto::SecretBytes::copyOf(walletPassphrase->view());
    }
    return readPassphrase({ {}, nullptr, QCoreApplication::translate("ler::cli", "Backup passphrase: "), confirm });
}

Result<crypto::SecretBytes> Cli::walletPassphrase(const QString& prompt, bool confirm)
{
    m_walletPassFromEnv = !m_parser.isSet(kPassFile) && qEnvironmentVariableIsSet(kPassEnv);
    return readPassphrase({ m_parser.value(kPassFile), kPassEnv, prompt, confirm });
}

int Cli::cmdBackup()
{
    if (!m_args.isEmpty()) {
        return usage(QCoreApplication::translate("ler::cli", "backup takes no arguments; name the file with --out."));
    }
    if (!m_parser.isSet(kOut)) {
        return usage(QCoreApplication::translate("ler::cli", "Name the backup file with --out."));
    }
    const QString dir = walletDir();
    if (!store::Wallet::existsAt(dir)) {
        return fail(
            { ErrorCode::NotFound, tx("ler::cli", "No wallet in %1. Create one with: ler-wallet-cli init").arg(dir) });
    }
    auto pass = walletPassphrase(QCoreApplication::translate("ler::cli", "Wallet passphrase: "), false);
    if (!pass) {
        return fail(pass.error());
    }
    auto wallet = store::Wallet::open(dir, pass->view());
    if (!wallet) {
        return fail(wallet.error());
    }
    auto backupPass = backupPassphrase(&*pass, true);
    pass->clear();
    if (!backupPass) {
        return fail(backupPass.error());
    }
    if (auto s = checkNewPassphrase(*backupPass); !s) {
        return fail(s.error());
    }
    const QString file = m_parser.value(kOut);
    auto written = backup::writeBackup(**wallet, file, backupPass->view());
    if (!written) {
        return fail(written.error());
    }
    if (m_json) {
        emitJson({ { QStringLiteral("wallet"), dir },
            { QStringLiteral("backup"), file },
            { QStringLiteral("createdAt"), written->createdAt.toString(Qt::ISODate) },
            { QStringLiteral("records"), double(written->records()) },
            { QStringLiteral("rows"), rowsJson(written->rows) },
            { QStringLiteral("bytes"), double(written->fileBytes) } });
    } else {
        m_out << QCoreApplication::translate("ler::cli", "Backup written to %1. Records in it: %2.")
                     .arg(file)
                     .arg(written->records())
              << '\n'
              << QCoreApplication::translate("ler::cli",
                     "Keep it somewhere other than this computer. Without the backup passphrase nobody can read it, "
                     "not even you.")
              << '\n';
    }
    return kOk;
}

int Cli::cmdRestore()
{
    if (!m_args.isEmpty()) {
        return usage(QCoreApplication::translate("ler::cli", "restore takes no arguments; name the backup with --in."));
    }
    if (!m_parser.isSet(kIn) || !m_parser.isSet(QStringLiteral("wallet"))) {
        return usage(QCoreApplication::translate(
            "ler::cli", "Name the backup with --in and the wallet folder to restore into with --wallet."));
    }
    const QString file = m_parser.value(kIn);
    const QString dir = walletDir();
    const bool merge = m_parser.isSet(kMerge);
    if (merge && !store::Wallet::existsAt(dir)) {
        return fail({ ErrorCode::NotFound, tx("ler::cli", "No wallet in %1 to merge the backup into.").arg(dir) });
    }
    if (!merge && store::Wallet::existsAt(dir)) {
        return fail({ ErrorCode::AlreadyExists,
            tx("ler::cli", "%1 already holds a wallet. Restore into a new folder, or add --merge to merge into it.")
                .arg(dir) });
    }
    // The wallet's passphrase first when the backup's comes from the same file or variable; otherwise the backup's
    // first, so a wrong one is known before anything else is asked.
    const bool sameSource
        = !m_parser.isSet(kBackupPassFile) && (m_parser.isSet(kPassFile) || qEnvironmentVariableIsSet(kPassEnv));
    const QString walletPrompt = merge ? QCoreApplication::translate("ler::cli", "Wallet passphrase: ")
                                       : QCoreApplication::translate("ler::cli", "New wallet passphrase: ");
    std::optional<crypto::SecretBytes> pass;
    std::optional<backup::BackupReader> reader;
    const auto readWallet = [&]() -> std::optional<Error> {
        auto p = walletPassphrase(walletPrompt, !merge);
        if (!p) {
            return p.error();
        }
        if (!merge) {
            if (auto s = checkNewPassphrase(*p); !s) {
                return s.error();
            }
        }
        pass = std::move(p).value();
        return std::nullopt;
    };
    const auto openBackup = [&]() -> std::optional<Error> {
        auto backupPass = backupPassphrase(pass ? &*pass : nullptr, false);
        if (!backupPass) {
            return backupPass.error();
        }
        auto r = backup::BackupReader::open(file, backupPass->view());
        if (!r) {
            return r.error();
        }
        reader = std::move(r).value();
        return std::nullopt;
    };
    for (const auto& step : sameSource ? QList<std::function<std::optional<Error>()>> { readWallet, openBackup }
                                       : QList<std::function<std::optional<Error>()>> { openBackup, readWallet }) {
        if (auto e = step()) {
            return fail(*e);
        }
    }
    if (merge) {
        auto wallet = store::Wallet::open(dir, pass->view());
        pass->clear();
        if (!wallet) {
            return fail(wallet.error());
        }
        auto merged = backup::mergeBackup(**wallet, *reader);
        if (!merged) {
            return fail(merged.error());
        }
        if (m_json) {
            emitJson({ { QStringLiteral("wallet"), dir },
                { QStringLiteral("backup"), file },
                { QStringLiteral("merged"), true },
                { QStringLiteral("backupCreatedAt"), merged->backup.manifest.createdAt.toString(Qt::ISODate) },
                { QStringLiteral("added"), rowsJson(merged->added) },
                { QStringLiteral("duplicates"), double(merged->duplicates) },
                { QStringLiteral("differentVersions"), double(merged->differentVersions) } });
        } else {
            m_out << QCoreApplication::translate("ler::cli", "Merged the backup of %1 into %2.")
                         .arg(QLocale().toString(merged->backup.manifest.createdAt.toLocalTime(), QLocale::ShortFormat),
                             dir)
                  << '\n'
                  << QCoreApplication::translate("ler::cli", "Records added: %1. Already in the wallet: %2.")
                         .arg(merged->recordsAdded())
                         .arg(merged->duplicates)
                  << '\n';
            if (merged->differentVersions > 0) {
                m_out << QCoreApplication::translate(
                    "ler::cli", "Records the wallet has in another version (its own version was kept): %1.")
                             .arg(merged->differentVersions)
                      << '\n';
            }
        }
        return kOk;
    }
    if (!m_json) {
        m_err << QCoreApplication::translate(
            "ler::cli", "Restoring the wallet (measuring this computer to set the key strength)...")
              << '\n';
        m_err.flush();
    }
    auto restored = backup::restoreToNewWallet(*reader, dir, pass->view(), crypto::KdfParams::calibrate());
    pass->clear();
    if (!restored) {
        return fail(restored.error());
    }
    if (m_json) {
        emitJson({ { QStringLiteral("wallet"), dir },
            { QStringLiteral("backup"), file },
            { QStringLiteral("backupCreatedAt"), restored->backup.manifest.createdAt.toString(Qt::ISODate) },
            { QStringLiteral("records"), double(restored->recordsAdded()) },
            { QStringLiteral("added"), rowsJson(restored->added) },
            { QStringLiteral("recoveryCode"), restored->recoveryCode } });
    } else {
        m_out << QCoreApplication::translate("ler::cli", "Wallet restored into %1. Records: %2.")
                     .arg(dir)
                     .arg(restored->recordsAdded())
              << "\n\n"
              << QCoreApplication::translate(
                     "ler::cli", "Recovery code (write it down and keep it somewhere safe; it is shown only once):")
              << "\n\n    " << restored->recoveryCode << "\n\n"
              << QCoreApplication::translate("ler::cli",
                     "This is a new recovery code: the code of the wallet the backup came from does not open this one.")
              << '\n';
    }
    return kOk;
}

} // namespace ler::cli
