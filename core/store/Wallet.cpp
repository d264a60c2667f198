// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/store/Wallet.h"

#include "core/store/Migrations.h"
#include "core/store/RecoveryCode.h"
#include "core/util/Log.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QUuid>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace ler::store {

namespace {

// A database still being created: renamed to wallet.db only once the key file that opens it exists.
constexpr const char* kPendingDatabase = "wallet.db-creating";
// A copy of the database under a new key, while the key is being replaced.
constexpr const char* kRekeyDatabase = "wallet.db-rekey";
constexpr const char* kKeyFileLock = "wallet.keys.lock";
constexpr char kDbKeyContext[9] = "LERWdb01";
// Inside the (authenticated) database: this wallet's key file is sealed, so an unsealed one is a downgrade.
const QString kSealedMarker = QStringLiteral("keyfile.sealed");
// How long a key-file write waits for another program's write to finish (each takes a second or two).
constexpr int kKeyFileLockWaitMs = 5000;

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

Error tampered()
{
    return { ErrorCode::Corrupt,
        QCoreApplication::translate("ler::store",
            "The wallet's key file was changed outside LER Wallet: its list of keys does not match its seal. "
            "Restore the key file from a backup.") };
}

Error keyFileBusy()
{
    return { ErrorCode::Locked,
        QCoreApplication::translate("ler::store",
            "Another LER Wallet window or command is changing this wallet's keys. Try again in a moment.") };
}

/// The lock file beside the key file, held for the whole of a read-modify-write.
class KeyFileLock
{
public:
    explicit KeyFileLock(const QString& dir)
        : m_lock(inDir(dir, kKeyFileLock))
    { }
    bool acquire() { return m_lock.tryLock(kKeyFileLockWaitMs); }

private:
    QLockFile m_lock;
};

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

/// Atomically puts `from` in place of `to` (rename(2) replaces an existing file in one step).
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
        return keyFileBusy();
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
            QCoreApplication::translate("ler::store", "Could not finish replacing the wallet key (%1).")
                .arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
    qCInfo(lcStore) << "finished an interrupted key replacement";
    return {};
}

/// The shared lock every open wallet holds, taken before the key file is read so that a key replacement in
/// another program is never seen half-done.
Result<FolderLock> lockWalletFolder(const QString& dir)
{
    if (!Wallet::existsAt(dir)) {
        return Error(
            ErrorCode::NotFound, QCoreApplication::translate("ler::store", "No wallet was found in this folder."));
    }
    return FolderLock::shared(dir);
}

} // namespace

QString Wallet::defaultLocation()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("wallets/default"));
}

bool Wallet::existsAt(const QString& dir)
{
    return QFile::exists(inDir(dir, kKeyFile));
}

Wallet::Wallet(QString dir,
    KeyFile keyFile,
    crypto::SecretBytes dataKey,
    std::unique_ptr<SqlCipherDatabase> db,
    FolderLock folderLock)
    : m_dir(std::move(dir))
    , m_keyFile(std::move(keyFile))
    , m_dataKey(std::move(dataKey))
    , m_db(std::move(db))
    , m_folderLock(std::move(folderLock))
{ }

Wallet::~Wallet()
{
    m_db.reset();
    m_dataKey.clear();
}

Result<Wallet::Creation> Wallet::create(const QString& dir, QByteArrayView passphrase, const crypto::KdfParams& cost)
{
    if (passphrase.isEmpty()) {
        return Error(
            ErrorCode::InvalidInput, QCoreApplication::translate("ler::store", "Choose a passphrase for the wallet."));
    }
    if (existsAt(dir) || QFile::exists(inDir(dir, kDatabaseFile))) {
        return Error(ErrorCode::AlreadyExists,
            QCoreApplication::translate("ler::store", "This folder already holds a wallet. Open it instead."));
    }
    if (!QDir().mkpath(dir)) {
        return Error(ErrorCode::Io, QCoreApplication::translate("ler::store", "Could not create the wallet folder."));
    }
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    auto folderLock = FolderLock::shared(dir);
    if (!folderLock) {
        return folderLock.error();
    }

    KeyFile keyFile;
    keyFile.walletId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    crypto::SecretBytes dataKey = crypto::SecretBytes::random(32);
    auto dbKey = databaseKey(dataKey);
    if (dataKey.isEmpty() || !dbKey) {
        return Error(
            ErrorCode::Crypto, QCoreApplication::translate("ler::store", "Could not create the wallet's key."));
    }

    // 1. The database, under a temporary name; a stale one from an interrupted creation goes first.
    const QString pending = inDir(dir, kPendingDatabase);
    removeDatabaseFiles(pending);
    {
        auto db = SqlCipherDatabase::open(pending, *dbKey, keyFile.cipher, SqlCipherDatabase::Mode::Create);
        if (!db) {
            return db.error();
        }
        Status made = migrate(**db);
        if (made) {
            made = setSealedMarker(**db);
        }
        if (!made) {
            db->reset();
            removeDatabaseFiles(pending);
            return made.error();
        }
    }
    // 2. The key file with both slots, sealed.
    const QString code = recovery::generate();
    auto canonical = recovery::normalise(code);
    auto pass = keyFile.makeSlot(KeySlot::Type::Passphrase, passphrase, cost.withNewSalt(), dataKey);
    if (!canonical || !pass) {
        removeDatabaseFiles(pending);
        return canonical ? pass.error() : canonical.error();
    }
    auto rec = keyFile.makeSlot(KeySlot::Type::Recovery, canonical->view(), cost.withNewSalt(), dataKey);
    if (!rec) {
        removeDatabaseFiles(pending);
        return rec.error();
    }
    keyFile.keySlots = { *pass, *rec };
    Status saved = keyFile.sealWith(dataKey);
    if (saved) {
        saved = keyFile.save(inDir(dir, kKeyFile));
    }
    if (!saved) {
        removeDatabaseFiles(pending);
        return saved.error();
    }
    // 3. Only now does the database take its real name.
    if (!QFile::rename(pending, inDir(dir, kDatabaseFile))) {
        return Error(
            ErrorCode::Io, QCoreApplication::translate("ler::store", "Could not finish creating the wallet database."));
    }
    auto wallet = openWithKey(dir, std::move(keyFile), std::move(dataKey), std::move(folderLock).value());
    if (!wallet) {
        return wallet.error();
    }
    qCInfo(lcStore) << "wallet created";
    return Creation { std::move(wallet).value(), code };
}

Result<std::unique_ptr<Wallet>> Wallet::open(const QString& dir, QByteArrayView passphrase)
{
    auto folderLock = lockWalletFolder(dir);
    if (!folderLock) {
        return folderLock.error();
    }
    auto keyFile = KeyFile::load(inDir(dir, kKeyFile));
    if (!keyFile) {
        return keyFile.error();
    }
    auto key = keyFile->unwrap(KeySlot::Type::Passphrase, passphrase);
    if (!key) {
        return key.error();
    }
    return openWithKey(dir, std::move(keyFile).value(), std::move(key).value(), std::move(folderLock).value());
}

Result<std::unique_ptr<Wallet>> Wallet::openWithRecoveryCode(const QString& dir, const QString& recoveryCode)
{
    QByteArray typed = recoveryCode.toUtf8();
    auto wallet = openWithRecoveryCode(dir, QByteArrayView(typed));
    crypto::wipe(typed);
    return wallet;
}

Result<std::unique_ptr<Wallet>> Wallet::openWithRecoveryCode(const QString& dir, QByteArrayView recoveryCode)
{
    auto canonical = recovery::normalise(recoveryCode);
    if (!canonical) {
        return canonical.error();
    }
    auto folderLock = lockWalletFolder(dir);
    if (!folderLock) {
        return folderLock.error();
    }
    auto keyFile = KeyFile::load(inDir(dir, kKeyFile));
    if (!keyFile) {
        return keyFile.error();
    }
    auto key = keyFile->unwrap(KeySlot::Type::Recovery, canonical->view());
    if (!key) {
        return key.error();
    }
    auto wallet = openWithKey(dir, std::move(keyFile).value(), std::move(key).value(), std::move(folderLock).value());
    if (wallet) {
        (*wallet)->m_openedWithRecovery = true;
    }
    return wallet;
}

Result<std::unique_ptr<Wallet>> Wallet::openWithKey(
    const QString& dir, KeyFile keyFile, crypto::SecretBytes key, FolderLock folderLock)
{
    // The seal is checked before anything else is touched: a slot list changed outside the app opens nothing.
    if (keyFile.sealed() && !keyFile.sealMatches(key)) {
        qCWarning(lcStore) << "key file seal does not match";
        return tampered();
    }
    const QString dbPath = inDir(dir, kDatabaseFile);
    const QString pending = inDir(dir, kPendingDatabase);
    // Creation stopped after the key file was saved but before the rename: finish it.
    if (!QFile::exists(dbPath) && QFile::exists(pending) && !QFile::rename(pending, dbPath)) {
        return Error(
            ErrorCode::Io, QCoreApplication::translate("ler::store", "Could not finish creating the wallet database."));
    }
    auto dbKey = databaseKey(key);
    if (!dbKey) {
        return dbKey.error();
    }
    if (auto s = settleInterruptedRekey(dir, *dbKey, keyFile.cipher); !s) {
        return s.error();
    }
    auto db = SqlCipherDatabase::open(dbPath, *dbKey, keyFile.cipher, SqlCipherDatabase::Mode::OpenExisting);
    if (!db) {
        if (db.error().code == ErrorCode::WrongPassphrase) {
            // The key file opened but the database did not: they do not belong together.
            return Error(ErrorCode::Corrupt,
                QCoreApplication::translate("ler::store", "The wallet database does not match its key file."));
        }
        return db.error();
    }
    if (auto s = migrate(**db); !s) {
        return s.error();
    }
    std::unique_ptr<Wallet> wallet(
        new Wallet(dir, std::move(keyFile), std::move(key), std::move(db).value(), std::move(folderLock)));
    if (auto s = wallet->upgradeKeyFile(); !s) {
        return s.error();
    }
    return wallet;
}

Status Wallet::upgradeKeyFile()
{
    auto marked = sealedMarker(*m_db);
    if (!marked) {
        return marked.error();
    }
    if (m_keyFile.sealed()) {
        if (!*marked) {
            // Sealed by a key replacement or an upgrade that stopped before noting it here.
            (void)setSealedMarker(*m_db);
        }
        return {};
    }
    // An unsealed key file for a wallet whose key file was sealed before: someone put an old copy back.
    if (*marked) {
        qCWarning(lcStore) << "unsealed key file for a sealed wallet";
        return tampered();
    }
    // A wallet from before the seal: seal its key file now (the database notes it only once the file is written).
    Status s = rewriteKeyFile([](KeyFile&) -> Status { return {}; }, {});
    if (!s) {
        qCWarning(lcStore) << "could not seal the key file yet:" << s.error().message;
        return s.error().code == ErrorCode::Corrupt ? s : Status();
    }
    qCInfo(lcStore) << "key file sealed";
    return {};
}

Result<KeyFile> Wallet::reloadKeyFile() const
{
    auto onDisk = KeyFile::load(inDir(m_dir, kKeyFile));
    if (!onDisk) {
        return onDisk.error();
    }
    if (onDisk->walletId != m_keyFile.walletId) {
        return tampered();
    }
    if (onDisk->sealed()) {
        if (!onDisk->sealMatches(m_dataKey)) {
            return tampered();
        }
    } else if (auto marked = sealedMarker(*m_db); !marked || *marked) {
        return tampered();
    }
    return onDisk;
}

Status Wallet::rewriteKeyFile(const std::function<Status(KeyFile&)>& change, const WriteFaultHook& fault)
{
    KeyFileLock lock(m_dir);
    if (!lock.acquire()) {
        return keyFileBusy();
    }
    // Start from the file as it is now: another window or the CLI may have changed it since this one was read.
    auto next = reloadKeyFile();
    if (!next) {
        return next.error();
    }
    if (auto s = change(*next); !s) {
        return s;
    }
    if (auto s = next->sealWith(m_dataKey); !s) {
        return s;
    }
    if (auto s = next->save(inDir(m_dir, kKeyFile), fault); !s) {
        return s;
    }
    m_keyFile = std::move(next).value();
    if (auto marked = sealedMarker(*m_db); marked && !*marked) {
        (void)setSealedMarker(*m_db);
    }
    return {};
}

Status Wallet::changePassphrase(QByteArrayView current, QByteArrayView next, const WriteFaultHook& fault)
{
    if (next.isEmpty()) {
        return Error(ErrorCode::InvalidInput, QCoreApplication::translate("ler::store", "Choose a new passphrase."));
    }
    return rewriteKeyFile(
        [&](KeyFile& kf) -> Status {
            // Checked against the file on disk: a passphrase changed meanwhile elsewhere is no longer current.
            auto check = kf.unwrap(KeySlot::Type::Passphrase, current);
            if (!check) {
                return Error(ErrorCode::WrongPassphrase,
                    QCoreApplication::translate(
                        "ler::store", "The current passphrase is not right. Nothing was changed."));
            }
            if (!check->equals(m_dataKey)) {
                return Error(ErrorCode::Corrupt,
                    QCoreApplication::translate(
                        "ler::store", "The wallet's key file is damaged. Restore it from a backup."));
            }
            // Keep the cost chosen at creation; only the salt is new.
            auto slot = kf.makeSlot(
                KeySlot::Type::Passphrase, next, kf.costFor(KeySlot::Type::Passphrase).withNewSalt(), m_dataKey);
            if (!slot) {
                return slot.error();
            }
            kf.replaceSlots(std::move(slot).value());
            return {};
        },
        fault);
}

Status Wallet::setPassphraseAfterRecovery(QByteArrayView next, const WriteFaultHook& fault)
{
    if (!m_openedWithRecovery) {
        return Error(ErrorCode::Locked,
            QCoreApplication::translate("ler::store", "Open the wallet with its recovery code first."));
    }
    if (next.isEmpty()) {
        return Error(ErrorCode::InvalidInput, QCoreApplication::translate("ler::store", "Choose a new passphrase."));
    }
    return rewriteKeyFile(
        [&](KeyFile& kf) -> Status {
            auto slot = kf.makeSlot(
                KeySlot::Type::Passphrase, next, kf.costFor(KeySlot::Type::Recovery).withNewSalt(), m_dataKey);
            if (!slot) {
                return slot.error();
            }
            kf.replaceSlots(std::move(slot).value());
            return {};
        },
        fault);
}

Result<QString> Wallet::replaceRecoveryCode(const WriteFaultHook& fault)
{
    const QString code = recovery::generate();
    auto canonical = recovery::normalise(code);
    if (!canonical) {
        return canonical.error();
    }
    Status s = rewriteKeyFile(
        [&](KeyFile& kf) -> Status {
            // The recovery slot's own cost; a file without one (damaged, or hand-made) borrows another slot's.
            auto slot = kf.makeSlot(KeySlot::Type::Recovery,
                canonical->view(),
                kf.costFor(KeySlot::Type::Recovery).withNewSalt(),
                m_dataKey);
            if (!slot) {
                return slot.error();
            }
            kf.replaceSlots(std::move(slot).value());
            return {};
        },
        fault);
    if (!s) {
        return s.error();
    }
    return code;
}

Result<QString> Wallet::replaceKey(QByteArrayView passphrase, QByteArrayView newPassphrase, const RekeyHook& hook)
{
    const auto stopAt = [&hook](RekeyStep step) { return hook && !hook(step); };
    const auto interrupted = [] {
        return Error(ErrorCode::Io, QCoreApplication::translate("ler::store", "The key replacement was interrupted."));
    };
    if (!m_db->isOpen()) {
        return Error(ErrorCode::Locked, QCoreApplication::translate("ler::store", "The wallet database is closed."));
    }
    // The database file is swapped below: no other window or command may have it open.
    if (!m_folderLock.tryExclusive()) {
        return Error(ErrorCode::Locked,
            QCoreApplication::translate("ler::store",
                "This wallet is open in another window or command. Close it there, then replace the key."));
    }
    const auto shareAgain = qScopeGuard([this] { m_folderLock.shareAgain(); });
    KeyFileLock lock(m_dir);
    if (!lock.acquire()) {
        return keyFileBusy();
    }
    auto current = reloadKeyFile();
    if (!current) {
        return current.error();
    }
    auto check = current->unwrap(KeySlot::Type::Passphrase, passphrase);
    if (!check || !check->equals(m_dataKey)) {
        return Error(ErrorCode::WrongPassphrase,
            QCoreApplication::translate("ler::store", "The passphrase is not right. Nothing was changed."));
    }

    // The slow part (two key derivations) comes before any file changes.
    crypto::SecretBytes newKey = crypto::SecretBytes::random(32);
    auto newDbKey = databaseKey(newKey);
    const QString code = recovery::generate();
    auto canonical = recovery::normalise(code);
    if (newKey.isEmpty() || !newDbKey || !canonical) {
        return Error(ErrorCode::Crypto, QCoreApplication::translate("ler::store", "Could not create the new key."));
    }
    KeyFile next;
    next.walletId = current->walletId;
    next.cipher = current->cipher;
    auto passSlot = next.makeSlot(KeySlot::Type::Passphrase,
        newPassphrase.isEmpty() ? passphrase : newPassphrase,
        current->costFor(KeySlot::Type::Passphrase).withNewSalt(),
        newKey);
    if (!passSlot) {
        return passSlot.error();
    }
    auto recSlot = next.makeSlot(
        KeySlot::Type::Recovery, canonical->view(), current->costFor(KeySlot::Type::Recovery).withNewSalt(), newKey);
    if (!recSlot) {
        return recSlot.error();
    }
    next.keySlots = { *passSlot, *recSlot };
    if (auto s = next.sealWith(newKey); !s) {
        return s.error();
    }

    // 1. A full copy under the new key beside the old database, which stays as it is. (PRAGMA rekey would
    //    rewrite the one file in place, and the key file could not change in the same step.)
    const QString dbPath = inDir(m_dir, kDatabaseFile);
    const QString copy = inDir(m_dir, kRekeyDatabase);
    removeDatabaseFiles(copy);
    if (stopAt(RekeyStep::Prepared)) {
        return interrupted();
    }
    Status copied = m_db->exportTo(copy, *newDbKey, next.cipher);
    if (copied) {
        // The copy must open under the new key and hold what the database holds.
        auto opened = SqlCipherDatabase::open(copy, *newDbKey, next.cipher, SqlCipherDatabase::Mode::OpenExisting);
        const char* count = "SELECT (SELECT count(*) FROM credentials) || '/' || (SELECT count(*) FROM settings)";
        auto copyCount = opened ? (*opened)->scalar(QString::fromLatin1(count)) : Result<QVariant>(opened.error());
        auto ownCount = m_db->scalar(QString::fromLatin1(count));
        auto copyVersion = opened ? schemaVersion(**opened) : Result<int>(opened.error());
        auto ownVersion = schemaVersion(*m_db);
        if (!copyCount || !ownCount || !copyVersion || !ownVersion || *copyCount != *ownCount
            || *copyVersion != *ownVersion) {
            copied = Error(ErrorCode::Database,
                QCoreApplication::translate("ler::store", "The copy of the wallet under the new key is incomplete."));
        }
    }
    if (!copied || !syncPath(copy, O_RDONLY)) {
        removeDatabaseFiles(copy);
        return copied ? Error(ErrorCode::Io,
                   QCoreApplication::translate("ler::store", "Could not write the copy of the wallet to disk."))
                      : copied.error();
    }
    if (stopAt(RekeyStep::Exported)) {
        return interrupted();
    }

    // 2. The commit point: the new key file replaces the old one in one rename.
    const WriteFaultHook keyFault = [&](WriteStep step) {
        switch (step) {
        case WriteStep::Open:
            return !stopAt(RekeyStep::KeyFileOpen);
        case WriteStep::Write:
            return !stopAt(RekeyStep::KeyFileWrite);
        case WriteStep::Commit:
            return !stopAt(RekeyStep::KeyFileCommit);
        }
        return true;
    };
    if (auto s = next.save(inDir(m_dir, kKeyFile), keyFault); !s) {
        removeDatabaseFiles(copy);
        return s.error();
    }
    syncPath(m_dir, O_RDONLY | O_DIRECTORY);
    m_keyFile = std::move(next);
    m_dataKey = std::move(newKey);
    if (stopAt(RekeyStep::Committed)) {
        return interrupted();
    }

    // 3. The copy takes the database's place. Closing checkpoints and removes the old file's WAL.
    const auto reopenLater = [] {
        return Error(ErrorCode::Io,
            QCoreApplication::translate("ler::store",
                "The new key is saved, but the wallet could not switch to it yet. Lock the wallet and open it "
                "again with your passphrase to finish."));
    };
    m_db->close();
    for (const char* suffix : { "-wal", "-shm", "-journal" }) {
        QFile::remove(dbPath + QLatin1String(suffix));
    }
    if (!replaceFile(copy, dbPath)) {
        return reopenLater();
    }
    syncPath(m_dir, O_RDONLY | O_DIRECTORY);
    if (stopAt(RekeyStep::Swapped)) {
        return interrupted();
    }
    if (auto s = m_db->reopen(dbPath, *newDbKey, m_keyFile.cipher); !s) {
        return reopenLater();
    }
    qCInfo(lcStore) << "wallet key replaced";
    return code;
}

IntegrityReport Wallet::checkIntegrity()
{
    IntegrityReport report;
    auto add = [&](const char* id, bool passed, const QString& detail) {
        report.findings.append({ QString::fromLatin1(id), passed, detail });
    };

    auto onDisk = KeyFile::load(inDir(m_dir, kKeyFile));
    const bool sealOk = onDisk && onDisk->sealMatches(m_dataKey);
    const bool slotsOk = onDisk
        && std::any_of(onDisk->keySlots.cbegin(),
            onDisk->keySlots.cend(),
            [](const KeySlot& s) { return s.type == KeySlot::Type::Passphrase; })
        && std::any_of(onDisk->keySlots.cbegin(), onDisk->keySlots.cend(), [](const KeySlot& s) {
               return s.type == KeySlot::Type::Recovery;
           });
    QString keyFileDetail;
    if (!onDisk) {
        keyFileDetail = onDisk.error().message;
    } else if (!sealOk) {
        keyFileDetail = onDisk->sealed() ? QCoreApplication::translate("ler::store",
                            "The key file's list of keys does not match its seal: it was changed outside LER Wallet.")
                                         : QCoreApplication::translate("ler::store", "The key file is not sealed yet.");
    } else if (!slotsOk) {
        keyFileDetail
            = QCoreApplication::translate("ler::store", "The key file lacks a passphrase or a recovery code.");
    } else {
        keyFileDetail = QCoreApplication::translate(
            "ler::store", "The key file is sealed, readable and has a passphrase and a recovery code.");
    }
    add("keyfile", sealOk && slotsOk, keyFileDetail);

    auto cipherRows = m_db->query(QStringLiteral("PRAGMA cipher_integrity_check"));
    const bool cipherOk = cipherRows && cipherRows->isEmpty();
    const int badPages = cipherRows ? int(cipherRows->size()) : -1;
    add("cipher-integrity",
        cipherOk,
        cipherOk ? QCoreApplication::translate("ler::store", "Every database page is authentic.")
                 : QCoreApplication::translate(
                     "ler::store", "%n database page(s) failed their authentication check.", nullptr, badPages));

    auto sqliteCheck = m_db->scalar(QStringLiteral("PRAGMA integrity_check"));
    const bool structureOk = sqliteCheck && sqliteCheck->toString() == QLatin1String("ok");
    add("database-structure",
        structureOk,
        structureOk ? QCoreApplication::translate("ler::store", "The database structure is sound.")
                    : QCoreApplication::translate("ler::store", "The database structure is damaged."));

    auto fk = m_db->query(QStringLiteral("PRAGMA foreign_key_check"));
    const bool fkOk = fk && fk->isEmpty();
    add("references",
        fkOk,
        fkOk ? QCoreApplication::translate("ler::store", "All links between records are intact.")
             : QCoreApplication::translate("ler::store", "Some links between records are broken."));

    auto version = schemaVersion(*m_db);
    const bool versionOk = version && *version == latestSchemaVersion();
    add("schema",
        versionOk,
        versionOk ? QCoreApplication::translate("ler::store", "The database is at the current version.")
                  : QCoreApplication::translate("ler::store", "The database is not at the current version."));

    int bad = 0;
    auto rows = m_db->query(QStringLiteral("SELECT original, content_hash FROM credentials"));
    if (rows) {
        for (const Row& r : *rows) {
            const QByteArray hash = QCryptographicHash::hash(r.at(0).toByteArray(), QCryptographicHash::Sha256).toHex();
            bad += hash != r.at(1).toString().toLatin1() ? 1 : 0;
        }
    }
    add("content-hashes",
        rows && bad == 0,
        rows && bad == 0
            ? QCoreApplication::translate("ler::store", "Every stored credential matches its recorded fingerprint.")
            : QCoreApplication::translate(
                "ler::store", "%n stored credential(s) do not match their recorded fingerprint.", nullptr, bad));
    return report;
}

} // namespace ler::store
