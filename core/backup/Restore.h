// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/backup/BackupReader.h"
#include "core/crypto/Kdf.h"
#include "core/util/Result.h"

#include <QMap>
#include <QString>
#include <functional>

namespace ler::store {
class Wallet;
}

namespace ler::backup {

/// What a restore did.
struct RestoreSummary
{
    BackupContents backup;
    QMap<QString, qint64> added; ///< rows written, per table
    qint64 duplicates = 0; ///< merge: records already in the wallet (recognised as on import), nested ones too
    qint64 differentVersions = 0; ///< merge: records of which the wallet keeps its own, different version
    QString directory; ///< new wallet: where it is
    QString recoveryCode; ///< new wallet: its recovery code, shown once

    qint64 recordsAdded() const { return added.value(QStringLiteral("credentials")); }
};

struct RestoreOptions
{
    /// Called on the restoring thread with (rows done, rows in all) while rows are written.
    std::function<void(qint64 done, qint64 total)> progress;
};

/// Restores a backup into a new wallet in `dir`, which must not exist or be empty, protected by `walletPassphrase`
/// at `cost` (KdfParams::calibrate() in the product) and given a new recovery code. The whole backup is read and
/// authenticated first; the wallet is then made in a hidden folder beside `dir` and moved into place only when every
/// row is in, so a bad backup or a failure at any point leaves nothing at `dir`. Every row comes back byte for byte,
/// with the ids it had; the wallet notes the backup's time as its last backup.
Result<RestoreSummary> restoreToNewWallet(const BackupReader& backup,
    const QString& dir,
    QByteArrayView walletPassphrase,
    const crypto::KdfParams& cost,
    const RestoreOptions& options = {});

/// Adds what a backup holds to an open wallet, in one transaction after the whole backup has been authenticated:
/// a record already in the wallet (the same file, or the same credential in another wrapper) is recognised as on
/// import and not added twice, and a different version of a record keeps the wallet's own; tags, collections,
/// checks and sharing history follow their records; the wallet keeps its own settings and its own default key.
/// A failure at any point changes nothing. Works on the caller's thread (run it as an exclusive session task).
Result<RestoreSummary> mergeBackup(
    store::Wallet& wallet, const BackupReader& backup, const RestoreOptions& options = {});

} // namespace ler::backup
