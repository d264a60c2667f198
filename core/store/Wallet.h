// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/Kdf.h"
#include "core/crypto/SecretBytes.h"
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
    QString detail; ///< Plain words; names no credential content.
};

struct IntegrityReport
{
    QList<IntegrityFinding> findings;
    bool passed() const
    {
        return std::all_of(findings.cbegin(), findings.cend(), [](const auto& f) { return f.passed; });
    }
};

/// An open (unlocked) wallet: a folder with the SQLCipher database and the key file.
/// Destroying the object is locking: the connection closes and the keys are wiped.
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
    /// Checks the key file, every database page's authentication code, SQLite's structure, foreign keys,
    /// the schema version and the content hash of every stored original.
    IntegrityReport checkIntegrity();

    SqlCipherDatabase& database() { return *m_db; }
    QString directory() const { return m_dir; }
    QString walletId() const { return m_keyFile.walletId; }

private:
    Wallet(QString dir, KeyFile keyFile, crypto::SecretBytes dataKey, std::unique_ptr<SqlCipherDatabase> db);
    static Result<std::unique_ptr<Wallet>> openWithKey(const QString& dir, KeyFile keyFile, crypto::SecretBytes key);
    Status replaceSlot(KeySlot::Type type, KeySlot slot, const WriteFaultHook& fault);

    QString m_dir;
    KeyFile m_keyFile;
    crypto::SecretBytes m_dataKey;
    std::unique_ptr<SqlCipherDatabase> m_db;
    bool m_openedWithRecovery = false;
};

} // namespace ler::store
