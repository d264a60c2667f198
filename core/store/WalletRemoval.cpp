// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/store/WalletRemoval.h"

#include "core/store/Wallet.h"
#include "core/store/WalletFiles.h"
#include "core/store/WalletSettings.h"
#include "core/util/Log.h"

#include <QDir>
#include <QFile>
#include <fcntl.h>

namespace ler::store {

using namespace detail;

Result<WalletInventory> walletInventory(SqlCipherDatabase& db)
{
    auto row
        = db.query(QStringLiteral("SELECT (SELECT count(*) FROM credentials WHERE parent_id IS NULL),"
                                  " (SELECT count(*) FROM credentials WHERE parent_id IS NULL AND self_asserted = 1),"
                                  " (SELECT count(*) FROM sharing_history), (SELECT count(*) FROM holder_keys)"));
    if (!row) {
        return row.error();
    }
    const Row& r = row->constFirst();
    WalletInventory out;
    out.records = r.at(0).toLongLong();
    out.ownEntries = r.at(1).toLongLong();
    out.presentations = r.at(2).toLongLong();
    out.hasOwnKey = r.at(3).toLongLong() > 0;
    out.lastBackup = WalletSettings(db).lastBackupAt();
    return out;
}

Status Wallet::destroy(std::unique_ptr<Wallet> wallet)
{
    if (!wallet) {
        return Error(
            ErrorCode::Internal, tx("ler::store", "no wallet to delete"), QStringLiteral("store/no-wallet-to-delete"));
    }
    if (!wallet->m_folderLock.tryExclusive()) {
        return Error(ErrorCode::Locked,
            tx("ler::store", "The wallet is open in another window or command. Close it there first."),
            QStringLiteral("store/open-elsewhere"));
    }
    const QString dir = wallet->m_dir;
    wallet->m_db.reset();
    wallet->m_dataKey.clear();
    // The key file first: once it is gone nothing left in the folder can be decrypted.
    if (!QFile::remove(inDir(dir, kKeyFile)) && QFile::exists(inDir(dir, kKeyFile))) {
        wallet->m_folderLock.shareAgain();
        return Error(ErrorCode::Io,
            tx("ler::store", "Could not delete the wallet's key file."),
            QStringLiteral("store/key-file-delete-failed"));
    }
    syncPath(dir, O_RDONLY | O_DIRECTORY);
    removeDatabaseFiles(inDir(dir, kDatabaseFile));
    removeDatabaseFiles(inDir(dir, kPendingDatabase));
    removeDatabaseFiles(inDir(dir, kRekeyDatabase));
    QFile::remove(inDir(dir, kKeyFileLock));
    wallet.reset(); // releases the folder lock
    QDir().rmdir(dir); // only when empty: files the person put there stay
    qCInfo(lcStore) << "wallet deleted";
    return {};
}

} // namespace ler::store
