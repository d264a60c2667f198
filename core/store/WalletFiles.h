// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

// Internal to core/store: the files of a wallet folder and the steps shared by Wallet's sources.

#include "core/crypto/SecretBytes.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/util/Result.h"

#include <QLockFile>
#include <QString>

namespace ler::store::detail {

/// A database still being created: renamed to wallet.db only once the key file that opens it exists.
constexpr const char* kPendingDatabase = "wallet.db-creating";
/// A copy of the database under a new key, while the key is being replaced.
constexpr const char* kRekeyDatabase = "wallet.db-rekey";
constexpr const char* kKeyFileLock = "wallet.keys.lock";

QString inDir(const QString& dir, const char* name);
/// Removes a database file and its -wal, -shm and -journal companions.
void removeDatabaseFiles(const QString& path);
/// The SQLCipher key: a subkey of the data key.
Result<crypto::SecretBytes> databaseKey(const crypto::SecretBytes& dataKey);
Error tamperedKeyFile();
Error keyFileBusy();

/// The lock file beside the key file, held for the whole of a read-modify-write.
class KeyFileLock
{
public:
    explicit KeyFileLock(const QString& dir);
    /// Waits a few seconds for another program's write to finish.
    bool acquire();
    /// Why acquire() failed: keyFileBusy() when another program holds the lock; otherwise the lock file could
    /// not be made (a full disk, a read-only folder), which is not "busy".
    Error failure() const;

private:
    QLockFile m_lock;
};

/// fsync of a file (flags O_RDONLY) or a folder (O_RDONLY | O_DIRECTORY).
bool syncPath(const QString& path, int flags);
/// Atomically puts `from` in place of `to` (rename(2) replaces an existing file in one step).
bool replaceFile(const QString& from, const QString& to);

/// Whether the database notes that this wallet's key file is sealed (so an unsealed one is a downgrade).
Result<bool> sealedMarker(SqlCipherDatabase& db);
Status setSealedMarker(SqlCipherDatabase& db);

/// Finishes or discards what an interrupted key replacement left in `dir` (see WalletFiles.cpp).
Status settleInterruptedRekey(const QString& dir, const crypto::SecretBytes& dbKey, const CipherSettings& cipher);

} // namespace ler::store::detail
