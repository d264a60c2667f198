// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/store/WalletFiles.h"

#include "core/crypto/Kdf.h"
#include "core/store/Wallet.h"
#include "core/util/Log.h"

#include <QDir>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace ler::store::detail {

namespace {

constexpr char kDbKeyContext[9] = "LERWdb01";
// Inside the (authenticated) database: this wallet's key file is sealed, so an unsealed one is a downgrade.
const QString kSealedMarker = QStringLiteral("keyfile.sealed");
// How long a key-file write waits for another program's write to finish (each takes a second or two).
constexpr int kKeyFileLockWaitMs = 5000;

} // namespace

QString inDir(const QString& dir, const char* name)
{
    return QDir(dir).filePath(QString::fromLatin1(name));
}

void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : { "", "-wal", "-shm", "-journal" }) {
        QFile::remove(path + QLatin1String(suffix));
    }
}

Result<crypto::SecretBytes> databaseKey(const crypto::SecretBytes& dataKey)
{
    return crypto::deriveSubkey(dataKey, 1, kDbKeyContext);
}

Error tamperedKeyFile()
{
    return { ErrorCode::Corrupt,
        tx("ler::store",
            "The wallet's key file was changed outside LER Wallet: its list of keys does not match its seal. "
            "Restore the key file from a backup."),
        QStringLiteral("store/key-file-tampered") };
}

Error keyFileBusy()
{
    return { ErrorCode::Locked,
        tx("ler::store", "Another LER Wallet window or command is changing this wallet's keys. Try again in a moment."),
        QStringLiteral("store/keys-changing-elsewhere") };
}

KeyFileLock::KeyFileLock(const QString& dir)
    : m_lock(inDir(dir, kKeyFileLock))
{ }

bool KeyFileLock::acquire()
{
    return m_lock.tryLock(kKeyFileLockWaitMs);
}

Error KeyFileLock::failure() const
{
    if (m_lock.error() == QLockFile::LockFailedError) {
        return keyFileBusy();
    }
    return { ErrorCode::Io,
        tx("ler::store",
            "Could not write beside the wallet's key file (the disk may be full, or the folder read-only). Nothing "
            "was changed."),
        QStringLiteral("store/key-file-sibling-write-failed") };
}

bool syncPath(const QString& path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool replaceFile(const QString& from, const QString& to)
{
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

Result<bool> sealedMarker(SqlCipherDatabase& db)
{
    auto v = db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?1"), { kSealedMarker });
    if (!v) {
        return v.error();
    }
    return v->toString() == QLatin1String("1");
}

Status setSealedMarker(SqlCipherDatabase& db)
{
    return db.exec(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?1, '1')"), { kSealedMarker });
}

// A key replacement that stopped part-way leaves wallet.db-rekey. The key file decides what happened: the new
// key file is written (the commit point) only after the copy is complete, so when the key opens wallet.db the
// replacement never committed and the copy is thrown away, and when only the copy opens it had committed and
// the copy takes the database's place. The old database's WAL files go first: they belong to the old file.
Status settleInterruptedRekey(const QString& dir, const crypto::SecretBytes& dbKey, const CipherSettings& cipher)
{
    const QString copy = inDir(dir, kRekeyDatabase);
    if (!QFile::exists(copy)) {
        return {};
    }
    KeyFileLock lock(dir);
    if (!lock.acquire()) {
        return lock.failure();
    }
    const QString dbPath = inDir(dir, Wallet::kDatabaseFile);
    if (QFile::exists(dbPath)) {
        auto current = SqlCipherDatabase::open(dbPath, dbKey, cipher, SqlCipherDatabase::Mode::OpenExisting);
        if (current) {
            current->reset();
            removeDatabaseFiles(copy);
            qCInfo(lcStore) << "removed the copy left by an unfinished key replacement";
            return {};
        }
        if (current.error().code != ErrorCode::WrongPassphrase) {
            return current.error();
        }
    }
    if (!SqlCipherDatabase::open(copy, dbKey, cipher, SqlCipherDatabase::Mode::OpenExisting)) {
        return {}; // neither opens: the caller reports the mismatch
    }
    for (const char* suffix : { "-wal", "-shm", "-journal" }) {
        QFile::remove(dbPath + QLatin1String(suffix));
    }
    if (!replaceFile(copy, dbPath)) {
        return Error(ErrorCode::Io,
            tx("ler::store", "Could not finish replacing the wallet key (%1).")
                .arg(QString::fromLocal8Bit(std::strerror(errno))),
            QStringLiteral("store/key-replace-finish-failed"));
    }
    qCInfo(lcStore) << "finished an interrupted key replacement";
    return {};
}

/// The shared lock every open wallet holds, taken before the key file is read so that a key replacement in
/// another program is never seen half-done.
} // namespace ler::store::detail
