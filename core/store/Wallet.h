// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/Kdf.h"
#include "core/crypto/SecretBytes.h"
#include "core/store/FolderLock.h"
#include "core/store/KeyFile.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/util/Result.h"

#include <memory>

namespace ler::store {

/// One finding of an integrity check.
struct IntegrityFinding
{
    QString check; ///< Stable id, e.g. "keyfile", "cipher-integrity", "content-hashes".
    bool passed = false;
    Text detail; ///< Plain words; names no credential content.
};

struct IntegrityReport
{
    QList<IntegrityFinding> findings;
    bool passed() const
    {
        return std::all_of(findings.cbegin(), findings.cend(), [](const auto& f) { return f.passed; });
    }
};

/// Steps of replacing the wallet key, in order, so tests can stop it at each one as a crash would.
enum class RekeyStep
{
    Prepared, ///< new key and slots made; nothing written yet
    Exported, ///< the database copied under the new key beside the old one
    KeyFileOpen, ///< writing the new key file (the commit point is its rename)
    KeyFileWrite,
    KeyFileCommit,
    Committed, ///< the new key file is in place; the old database is still there
    Swapped, ///< the copy has replaced the old database
};
/// Called before each step (on the thread that replaces the key). Returns false to stop there as a crash would:
/// nothing is cleaned up (tests only). Front ends use it to show progress and return true.
using RekeyHook = std::function<bool(RekeyStep)>;

/// An open (unlocked) wallet: a folder with the SQLCipher database and the key file.
/// Destroying the object is locking: the connection closes and the keys are wiped.
/// Every key-file write takes a lock file beside it and starts from the file as it is on disk, so two programs
/// that have the same wallet open cannot undo each other's changes.
class Wallet
{
public:
    static constexpr const char* kDatabaseFile = "wallet.db";
    static constexpr const char* kKeyFile = "wallet.keys";

    /// The wallet folder used when none is given: <AppDataLocation>/wallets/default.
    static QString defaultLocation();
    /// True when `dir` holds a wallet key file.
    static bool existsAt(const QString& dir);

    struct Creation
    {
        std::unique_ptr<Wallet> wallet;
        QString recoveryCode; ///< Shown once; never stored anywhere.
    };
    /// Creates a wallet in `dir` (made if missing; must not already hold a wallet) with a passphrase slot and
    /// a recovery-code slot, both at `cost`. The product passes KdfParams::calibrate().
    static Result<Creation> create(const QString& dir, QByteArrayView passphrase, const crypto::KdfParams& cost);
    static Result<std::unique_ptr<Wallet>> open(const QString& dir, QByteArrayView passphrase);
    static Result<std::unique_ptr<Wallet>> openWithRecoveryCode(const QString& dir, const QString& recoveryCode);
    /// The same with the code as typed, in UTF-8 (kept out of QString by callers that hold it in secure memory).
    static Result<std::unique_ptr<Wallet>> openWithRecoveryCode(const QString& dir, QByteArrayView recoveryCode);

    ~Wallet();
    Wallet(const Wallet&) = delete;
    Wallet& operator=(const Wallet&) = delete;

    /// Re-wraps the data key under `next` after checking `current`. Only the key file is rewritten,
    /// atomically: a crash leaves a wallet that opens with the old or the new passphrase.
    Status changePassphrase(QByteArrayView current, QByteArrayView next, const WriteFaultHook& fault = {});
    /// After opening with the recovery code (the passphrase is forgotten): sets a new passphrase.
    Status setPassphraseAfterRecovery(QByteArrayView next, const WriteFaultHook& fault = {});
    bool openedWithRecoveryCode() const { return m_openedWithRecovery; }
    /// Replaces the recovery-code slot with a new code and returns it (grouped for display).
    Result<QString> replaceRecoveryCode(const WriteFaultHook& fault = {});
    /// Replaces the data key: a new random key, the database copied under it, both slots wrapped anew (the
    /// passphrase slot under `newPassphrase`, or `passphrase` again when it is empty; the recovery slot under a
    /// new code, returned grouped for display: the old code stops working). For when an old copy of the key
    /// file and an old passphrase may both have leaked. Needs the folder to itself (no other window or command
    /// may have the wallet open). An interruption at any point leaves a wallet that opens: with the old key
    /// until the new key file is in place, with the new one after.
    Result<QString> replaceKey(
        QByteArrayView passphrase, QByteArrayView newPassphrase = {}, const RekeyHook& hook = {});
    /// Deletes the wallet: its key file first (without it nothing in the folder can be decrypted), then the database
    /// and the wallet's other files, and the folder itself when nothing else is in it. Only an opened wallet can be
    /// deleted (the front end asks for the passphrase); refused with ErrorCode::Locked while another window or
    /// command has it open. Defined in WalletRemoval.cpp.
    static Status destroy(std::unique_ptr<Wallet> wallet);
    /// Checks the key file, every database page's authentication code, SQLite's structure, foreign keys,
    /// the schema version and the content hash of every stored original.
    IntegrityReport checkIntegrity();

    SqlCipherDatabase& database() { return *m_db; }
    QString directory() const { return m_dir; }
    QString walletId() const { return m_keyFile.walletId; }
    /// The Argon2id cost of the passphrase slot (measured on this computer when the wallet was made).
    crypto::KdfParams passphraseCost() const { return m_keyFile.costFor(KeySlot::Type::Passphrase); }

private:
    Wallet(QString dir,
        KeyFile keyFile,
        crypto::SecretBytes dataKey,
        std::unique_ptr<SqlCipherDatabase> db,
        FolderLock folderLock);
    static Result<std::unique_ptr<Wallet>> openWithKey(
        const QString& dir, KeyFile keyFile, crypto::SecretBytes key, FolderLock folderLock);
    /// Under the key-file lock: reloads the key file, checks its seal, lets `change` edit it, seals and saves it.
    Status rewriteKeyFile(const std::function<Status(KeyFile&)>& change, const WriteFaultHook& fault);
    /// Reloads the key file for a write and checks it still belongs to this wallet and key.
    Result<KeyFile> reloadKeyFile() const;
    /// Seals a format-1 key file on first open, or notes in the database that this wallet's key file is sealed.
    Status upgradeKeyFile();

    QString m_dir;
    KeyFile m_keyFile;
    crypto::SecretBytes m_dataKey;
    std::unique_ptr<SqlCipherDatabase> m_db;
    FolderLock m_folderLock;
    bool m_openedWithRecovery = false;
};

} // namespace ler::store
