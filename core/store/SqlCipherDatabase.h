// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/SecretBytes.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QString>
#include <QVariant>
#include <atomic>
#include <memory>

class QThread;
struct sqlite3;
struct sqlite3_stmt;

namespace ler::store {

/// The SQLCipher settings a wallet database was written with. Recorded in the key file and set
/// explicitly on every open, so a later SQLCipher with other defaults still reads the file.
struct CipherSettings
{
    int major = 4;
    int pageSize = 4096;
    int kdfIter = 256000; ///< Unused with a raw key, but part of SQLCipher's settings.
    QString hmacAlgorithm = QStringLiteral("HMAC_SHA512");
    QString kdfAlgorithm = QStringLiteral("PBKDF2_HMAC_SHA512");

    QJsonObject toJson() const;
    static Result<CipherSettings> fromJson(const QJsonObject& json);
};

/// One row of a query: column values in select order.
using Row = QVariantList;

/// The only place that talks to SQLCipher. One connection, keyed with a raw 256-bit key.
/// With an owner thread set, statements run only on that thread (asserted in debug builds); without one (the CLI,
/// benchmarks, tests of core) any thread may use it.
class SqlCipherDatabase
{
public:
    enum class Mode
    {
        OpenExisting,
        Create
    };

    /// Opens (or creates) the database at `path`. A wrong key fails with ErrorCode::WrongPassphrase
    /// and touches nothing; a file that is not SQLCipher 4 fails with ErrorCode::Corrupt.
    static Result<std::unique_ptr<SqlCipherDatabase>> open(
        const QString& path, const crypto::SecretBytes& key, const CipherSettings& settings, Mode mode);
    /// Benchmarks only (`ler-wallet-bench sqlcipher`): creates a database at `path` with the same engine and
    /// settings but no key, so the same workload can show what encryption costs. Nothing in the product calls it.
    static Result<std::unique_ptr<SqlCipherDatabase>> createUnencryptedForBenchmark(const QString& path);
    ~SqlCipherDatabase();
    SqlCipherDatabase(const SqlCipherDatabase&) = delete;
    SqlCipherDatabase& operator=(const SqlCipherDatabase&) = delete;

    /// Runs one statement with positional parameters (?1, ?2, ...).
    Status exec(const QString& sql, const QVariantList& params = {});
    /// Runs one or more statements without parameters (schema scripts).
    Status execScript(const QString& sql);
    /// Runs a query and returns all rows.
    Result<QList<Row>> query(const QString& sql, const QVariantList& params = {});
    /// The first column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString& sql, const QVariantList& params = {});
    /// Runs one statement whose last parameter (?N, N = params.size() + 1) is key material, bound straight from
    /// secure memory without a copy on the Qt heap.
    Status execWithSecret(const QString& sql, const QVariantList& params, const crypto::SecretBytes& secret);
    /// The first column of the first row as key material, copied straight into secure memory. NotFound when there
    /// is no row.
    Result<crypto::SecretBytes> secretBlob(const QString& sql, const QVariantList& params = {});
    qint64 lastInsertRowId() const;
    int changes() const;

    Status begin();
    Status commit();
    void rollback();

    /// SQLCipher's version string ("4.6.1 community").
    QString cipherVersion();
    QString path() const { return m_path; }

    /// The thread that alone may run statements from now on; nullptr lets any thread. A wallet session sets its
    /// worker here while the wallet is open, so the GUI thread never waits on the disk.
    void setOwnerThread(QThread* thread) { m_owner.store(thread); }
    QThread* ownerThread() const { return m_owner.load(); }
    /// True when no owner is set or the calling thread is the owner.
    bool onOwnerThread() const;

    /// Writes a copy of the whole database (schema, rows, user_version) to a new file at `path`, encrypted under
    /// `key` with `settings` (sqlcipher_export through an attached database). This database is not changed.
    Status exportTo(const QString& path, const crypto::SecretBytes& key, const CipherSettings& settings);
    /// Closes the connection; every later call fails with ErrorCode::Locked until reopen().
    void close();
    bool isOpen() const { return m_db != nullptr; }
    /// Closes this connection and opens `path` under `key` in the same object, so references to it stay valid.
    Status reopen(const QString& path, const crypto::SecretBytes& key, const CipherSettings& settings);

private:
    explicit SqlCipherDatabase(sqlite3* db, QString path);
    /// Opens and keys the connection; on failure the object holds no connection.
    Status connect(const QString& path, const crypto::SecretBytes& key, const CipherSettings& settings, Mode mode);
    Error sqlError(const char* what) const;
    void assertOwnerThread(const char* where) const;

    sqlite3* m_db = nullptr;
    QString m_path;
    std::atomic<QThread*> m_owner { nullptr };
};

/// Runs a function inside a transaction; commits when it succeeds, rolls back when it fails.
template <typename F> Status inTransaction(SqlCipherDatabase& db, F&& body)
{
    if (auto s = db.begin(); !s) {
        return s;
    }
    Status result = body();
    if (!result) {
        db.rollback();
        return result;
    }
    return db.commit();
}

} // namespace ler::store
