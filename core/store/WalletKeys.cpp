// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// Wallet's key-file writes and key replacement (the rest of Wallet is in Wallet.cpp).
#include "core/store/Migrations.h"
#include "core/store/RecoveryCode.h"
#include "core/store/Wallet.h"
#include "core/store/WalletFiles.h"
#include "core/util/Log.h"

#include <QFile>
#include <QScopeGuard>
#include <fcntl.h>

namespace ler::store {

using namespace detail;

namespace {

/// Everything a key replacement writes, made before any file changes (the slow part: two key derivations).
struct NewKey
{
    crypto::SecretBytes dataKey;
    crypto::SecretBytes dbKey;
    KeyFile keyFile;
    QString recoveryCode;
};

Result<NewKey> makeNewKey(const KeyFile& current, QByteArrayView passphrase)
{
    NewKey k;
    k.dataKey = crypto::SecretBytes::random(32);
    auto dbKey = databaseKey(k.dataKey);
    k.recoveryCode = recovery::generate();
    auto canonical = recovery::normalise(k.recoveryCode);
    if (k.dataKey.isEmpty() || !dbKey || !canonical) {
        return Error(ErrorCode::Crypto,
            tx("ler::store", "Could not create the new key."),
            QStringLiteral("store/key-create-failed"));
    }
    k.dbKey = std::move(dbKey).value();
    k.keyFile.walletId = current.walletId;
    k.keyFile.cipher = current.cipher;
    auto pass = k.keyFile.makeSlot(
        KeySlot::Type::Passphrase, passphrase, current.costFor(KeySlot::Type::Passphrase).withNewSalt(), k.dataKey);
    if (!pass) {
        return pass.error();
    }
    auto rec = k.keyFile.makeSlot(
        KeySlot::Type::Recovery, canonical->view(), current.costFor(KeySlot::Type::Recovery).withNewSalt(), k.dataKey);
    if (!rec) {
        return rec.error();
    }
    k.keyFile.keySlots = { *pass, *rec };
    if (auto s = k.keyFile.sealWith(k.dataKey); !s) {
        return s.error();
    }
    return k;
}

/// Writes the copy under the new key, checks that it opens and holds what the database holds, and syncs it.
Status copyUnderNewKey(SqlCipherDatabase& db, const QString& copy, const NewKey& key)
{
    if (auto s = db.exportTo(copy, key.dbKey, key.keyFile.cipher); !s) {
        return s;
    }
    {
        auto opened
            = SqlCipherDatabase::open(copy, key.dbKey, key.keyFile.cipher, SqlCipherDatabase::Mode::OpenExisting);
        const QString count
            = QStringLiteral("SELECT (SELECT count(*) FROM credentials) || '/' || (SELECT count(*) FROM settings)");
        auto copyCount = opened ? (*opened)->scalar(count) : Result<QVariant>(opened.error());
        auto ownCount = db.scalar(count);
        auto copyVersion = opened ? schemaVersion(**opened) : Result<int>(opened.error());
        auto ownVersion = schemaVersion(db);
        if (!copyCount || !ownCount || !copyVersion || !ownVersion || *copyCount != *ownCount
            || *copyVersion != *ownVersion) {
            return Error(ErrorCode::Database,
                tx("ler::store", "The copy of the wallet under the new key is incomplete."),
                QStringLiteral("store/rekey-copy-incomplete"));
        }
    }
    if (!syncPath(copy, O_RDONLY)) {
        return Error(ErrorCode::Io,
            tx("ler::store", "Could not write the copy of the wallet to disk."),
            QStringLiteral("store/rekey-copy-write-failed"));
    }
    return {};
}

} // namespace

Result<KeyFile> Wallet::reloadKeyFile() const
{
    auto onDisk = KeyFile::load(inDir(m_dir, kKeyFile));
    if (!onDisk) {
        return onDisk.error();
    }
    if (onDisk->walletId != m_keyFile.walletId) {
        return tamperedKeyFile();
    }
    if (onDisk->sealed()) {
        if (!onDisk->sealMatches(m_dataKey)) {
            return tamperedKeyFile();
        }
    } else if (auto marked = sealedMarker(*m_db); !marked || *marked) {
        return tamperedKeyFile();
    }
    return onDisk;
}

Status Wallet::rewriteKeyFile(const std::function<Status(KeyFile&)>& change, const WriteFaultHook& fault)
{
    KeyFileLock lock(m_dir);
    if (!lock.acquire()) {
        return lock.failure();
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
        return Error(ErrorCode::InvalidInput,
            tx("ler::store", "Choose a new passphrase."),
            QStringLiteral("store/passphrase-empty"));
    }
    return rewriteKeyFile(
        [&](KeyFile& kf) -> Status {
            // Checked against the file on disk: a passphrase changed meanwhile elsewhere is no longer current.
            auto check = kf.unwrap(KeySlot::Type::Passphrase, current);
            if (!check) {
                return Error(ErrorCode::WrongPassphrase,
                    tx("ler::store", "The current passphrase is not right. Nothing was changed."),
                    QStringLiteral("store/wrong-passphrase"));
            }
            if (!check->equals(m_dataKey)) {
                return Error(ErrorCode::Corrupt,
                    tx("ler::store", "The wallet's key file is damaged. Restore it from a backup."),
                    QStringLiteral("store/key-file-damaged"));
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
            tx("ler::store", "Open the wallet with its recovery code first."),
            QStringLiteral("store/recovery-unlock-required"));
    }
    if (next.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
            tx("ler::store", "Choose a new passphrase."),
            QStringLiteral("store/passphrase-empty"));
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
        return Error(ErrorCode::Io,
            tx("ler::store", "The key replacement was interrupted."),
            QStringLiteral("store/rekey-interrupted"));
    };
    if (!m_db->isOpen()) {
        return Error(ErrorCode::Locked,
            tx("ler::store", "The wallet database is closed."),
            QStringLiteral("store/database-closed"));
    }
    // The database file is swapped below: no other window or command may have it open.
    if (!m_folderLock.tryExclusive()) {
        return Error(ErrorCode::Locked,
            tx("ler::store", "This wallet is open in another window or command. Close it there, then replace the key."),
            QStringLiteral("store/open-elsewhere"));
    }
    const auto shareAgain = qScopeGuard([this] { m_folderLock.shareAgain(); });
    KeyFileLock lock(m_dir);
    if (!lock.acquire()) {
        return lock.failure();
    }
    auto current = reloadKeyFile();
    if (!current) {
        return current.error();
    }
    auto check = current->unwrap(KeySlot::Type::Passphrase, passphrase);
    if (!check || !check->equals(m_dataKey)) {
        return Error(ErrorCode::WrongPassphrase,
            tx("ler::store", "The passphrase is not right. Nothing was changed."),
            QStringLiteral("store/wrong-passphrase"));
    }

    auto key = makeNewKey(*current, newPassphrase.isEmpty() ? passphrase : newPassphrase);
    if (!key) {
        return key.error();
    }

    // 1. A full copy under the new key beside the old database, which stays as it is. PRAGMA rekey would
    //    rewrite the one file in place, and the key file could not change in the same step; with a copy, the
    //    key file's rename below is the single commit point and both sides of it leave a wallet that opens.
    const QString dbPath = inDir(m_dir, kDatabaseFile);
    const QString copy = inDir(m_dir, kRekeyDatabase);
    removeDatabaseFiles(copy);
    if (stopAt(RekeyStep::Prepared)) {
        return interrupted();
    }
    if (auto s = copyUnderNewKey(*m_db, copy, *key); !s) {
        removeDatabaseFiles(copy);
        return s.error();
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
    if (auto s = key->keyFile.save(inDir(m_dir, kKeyFile), keyFault); !s) {
        removeDatabaseFiles(copy);
        return s.error();
    }
    syncPath(m_dir, O_RDONLY | O_DIRECTORY);
    m_keyFile = key->keyFile;
    m_dataKey = std::move(key->dataKey);
    if (stopAt(RekeyStep::Committed)) {
        return interrupted();
    }

    // 3. The copy takes the database's place. Closing checkpoints and removes the old file's WAL.
    const auto reopenLater = [] {
        return Error(ErrorCode::Io,
            tx("ler::store",
                "The new key is saved, but the wallet could not switch to it yet. Lock the wallet and open it "
                "again with your passphrase to finish."),
            QStringLiteral("store/rekey-switch-pending"));
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
    if (auto s = m_db->reopen(dbPath, key->dbKey, m_keyFile.cipher); !s) {
        return reopenLater();
    }
    qCInfo(lcStore) << "wallet key replaced";
    return key->recoveryCode;
}

} // namespace ler::store
