// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/Kdf.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <functional>

namespace ler::store {
class Wallet;
}

namespace ler::backup {

/// What a backup holds.
struct BackupSummary
{
    QDateTime createdAt;
    QMap<QString, qint64> rows; ///< rows per table
    qint64 fileBytes = 0;

    /// Credentials, nested ones included.
    qint64 records() const { return rows.value(QStringLiteral("credentials")); }
};

struct BackupOptions
{
    /// The Argon2id cost; empty (opsLimit 0) means the cost of the wallet's own passphrase, with a new salt.
    crypto::KdfParams cost;
    /// Called on the writing thread with (rows written, rows in all).
    std::function<void(qint64 done, qint64 total)> progress;
    /// The time written into the backup (tests); invalid means now.
    QDateTime now;
};

/// Writes an encrypted backup of the whole wallet to `file` (through QSaveFile: the file appears complete or not
/// at all) under `passphrase`, which must pass the same strength rules as a wallet passphrase. Every table of the
/// schema is written (see BackupTables.h); the holder keys' secret parts go from the database to the encrypted
/// file through secure memory only. On success the wallet notes when the backup was made (for the reminder).
/// Works on the caller's thread; nothing else may use the wallet meanwhile (run it as an exclusive session task).
Result<BackupSummary> writeBackup(
    store::Wallet& wallet, const QString& file, QByteArrayView passphrase, const BackupOptions& options = {});

} // namespace ler::backup
