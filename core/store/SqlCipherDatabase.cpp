// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/store/SqlCipherDatabase.h"

#include "core/util/Log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QThread>

// SQLCipher declares sqlite3_key_v2 only with the codec enabled.
#define SQLITE_HAS_CODEC 1
#include <cerrno>
#include <cstring>
#include <sqlcipher/sqlite3.h>

namespace ler::store {

namespace {

// Set on every connection once the key is proven.
const char* const kTuning = "PRAGMA journal_mode = WAL;"
                            "PRAGMA synchronous = FULL;"
                            "PRAGMA foreign_keys = ON;"
                            "PRAGMA secure_delete = ON;"
                            "PRAGMA temp_store = MEMORY;";

const QStringList kHmacAlgorithms {
    QStringLiteral("HMAC_SHA1"), QStringLiteral("HMAC_SHA256"), QStringLiteral("HMAC_SHA512")
};
const QStringList kKdfAlgorithms {
    QStringLiteral("PBKDF2_HMAC_SHA1"), QStringLiteral("PBKDF2_HMAC_SHA256"), QStringLiteral("PBKDF2_HMAC_SHA512")
};

class Statement
{
public:
    Statement(sqlite3* db, const QString& sql)
    {
        const QByteArray utf8 = sql.toUtf8();
        m_rc = sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    int prepareResult() const { return m_rc; }

    int bind(const QVariantList& params)
    {
        for (int i = 0; i < params.size(); ++i) {
            const QVariant& v = params.at(i);
            int rc = SQLITE_OK;
            switch (v.typeId()) {
            case QMetaType::UnknownType:
            case QMetaType::Nullptr:
                rc = sqlite3_bind_null(m_stmt, i + 1);
                break;
            case QMetaType::QByteArray: {
                const QByteArray b = v.toByteArray();
                rc = sqlite3_bind_blob64(m_stmt, i + 1, b.constData(), sqlite3_uint64(b.size()), SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
                rc = sqlite3_bind_int64(m_stmt, i + 1, v.toLongLong());
                break;
            case QMetaType::Double:
                rc = sqlite3_bind_double(m_stmt, i + 1, v.toDouble());
                break;
            default: {
                if (v.isNull()) {
                    rc = sqlite3_bind_null(m_stmt, i + 1);
                    break;
                }
                const QByteArray s = v.toString().toUtf8();
                rc = sqlite3_bind_text64(
                    m_stmt, i + 1, s.constData(), sqlite3_uint64(s.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
            }
            }
            if (rc != SQLITE_OK) {
                return rc;
            }
        }
        return SQLITE_OK;
    }

    Row row() const
    {
        Row r;
        const int n = sqlite3_column_count(m_stmt);
        r.reserve(n);
        for (int i = 0; i < n; ++i) {
            switch (sqlite3_column_type(m_stmt, i)) {
            case SQLITE_INTEGER:
                r.append(qlonglong(sqlite3_column_int64(m_stmt, i)));
                break;
            case SQLITE_FLOAT:
                r.append(sqlite3_column_double(m_stmt, i));
                break;
            case SQLITE_BLOB: {
                const void* p = sqlite3_column_blob(m_stmt, i);
                r.append(QByteArray(static_cast<const char*>(p), sqlite3_column_bytes(m_stmt, i)));
                break;
            }
            case SQLITE_TEXT: {
                const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, i));
                r.append(QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, i)));
                break;
            }
            default:
                r.append(QVariant());
            }
        }
        return r;
    }

    sqlite3_stmt* get() const { return m_stmt; }

private:
    sqlite3_stmt* m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

// The raw key as SQLCipher's blob literal x'...': used as it is, with no PBKDF2 of SQLCipher's own.
crypto::SecretBytes keyLiteral(const crypto::SecretBytes& key)
{
    crypto::SecretBytes literal = crypto::SecretBytes::allocate(key.size() * 2 + 3);
    const crypto::SecretBytes hex = key.toHex();
    if (literal.isEmpty() || hex.size() != key.size() * 2) {
        return {};
    }
    literal.data()[0] = 'x';
    literal.data()[1] = '\'';
    std::memcpy(literal.data() + 2, hex.data(), hex.size());
    literal.data()[literal.size() - 1] = '\'';
    return literal;
}

Error closedError()
{
    return {
        ErrorCode::Locked, tx("ler::store", "The wallet database is closed."), QStringLiteral("store/database-closed")
    };
}

} // namespace

QJsonObject CipherSettings::toJson() const
{
    return QJsonObject { { QStringLiteral("engine"), QStringLiteral("sqlcipher") },
        { QStringLiteral("major"), major },
        { QStringLiteral("pageSize"), pageSize },
        { QStringLiteral("kdfIter"), kdfIter },
        { QStringLiteral("hmacAlgorithm"), hmacAlgorithm },
        { QStringLiteral("kdfAlgorithm"), kdfAlgorithm } };
}

Result<CipherSettings> CipherSettings::fromJson(const QJsonObject& json)
{
    CipherSettings s;
    s.major = json.value(QStringLiteral("major")).toInt();
    s.pageSize = json.value(QStringLiteral("pageSize")).toInt();
    s.kdfIter = json.value(QStringLiteral("kdfIter")).toInt();
    s.hmacAlgorithm = json.value(QStringLiteral("hmacAlgorithm")).toString();
    s.kdfAlgorithm = json.value(QStringLiteral("kdfAlgorithm")).toString();
    const bool pageOk = s.pageSize >= 512 && s.pageSize <= 65536 && (s.pageSize & (s.pageSize - 1)) == 0;
    if (json.value(QStringLiteral("engine")).toString() != QLatin1String("sqlcipher") || s.major != 4 || !pageOk
        || s.kdfIter < 1 || !kHmacAlgorithms.contains(s.hmacAlgorithm) || !kKdfAlgorithms.contains(s.kdfAlgorithm)) {
        return Error(ErrorCode::Unsupported,
            tx("ler::store", "The wallet's database settings are not ones this version can read."),
            QStringLiteral("store/database-settings-unsupported"));
    }
    return s;
}

SqlCipherDatabase::SqlCipherDatabase(sqlite3* db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{ }

SqlCipherDatabase::~SqlCipherDatabase()
{
    close();
}

Result<std::unique_ptr<SqlCipherDatabase>> SqlCipherDatabase::open(
    const QString& path, const crypto::SecretBytes& key, const CipherSettings& settings, Mode mode)
{
    std::unique_ptr<SqlCipherDatabase> db(new SqlCipherDatabase(nullptr, path));
    if (auto s = db->connect(path, key, settings, mode); !s) {
        return s.error();
    }
    return db;
}

Status SqlCipherDatabase::connect(
    const QString& path, const crypto::SecretBytes& key, const CipherSettings& settings, Mode mode)
{
    close();
    m_path = path;
    if (key.size() != 32) {
        return Error(ErrorCode::Internal,
            tx("ler::store", "database key must be 32 bytes"),
            QStringLiteral("store/database-key-size"));
    }
    if (mode == Mode::OpenExisting && !QFile::exists(path)) {
        return Error(ErrorCode::NotFound,
            tx("ler::store", "The wallet database is missing."),
            QStringLiteral("store/database-missing"));
    }
    if (mode == Mode::Create && QFile::exists(path)) {
        return Error(ErrorCode::AlreadyExists,
            tx("ler::store", "A wallet database already exists here."),
            QStringLiteral("store/database-exists"));
    }
    const auto failed = [this](Error e) {
        close();
        return e;
    };
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | (mode == Mode::Create ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        return failed(sqlError("open"));
    }
    sqlite3_extended_result_codes(m_db, 1);

    // SQLCipher locks and wipes its own key material whatever this says. ON would also lock and wipe every page
    // and statement SQLite allocates, at an mlock and munlock call each: six times the CPU of an import, while the
    // same record text lives in ordinary memory once it is read. So it is OFF, said before the key is given (it
    // cannot be turned off once on).
    if (auto s = execScript(QStringLiteral("PRAGMA cipher_memory_security = OFF;")); !s) {
        return failed(s.error());
    }
    const crypto::SecretBytes literal = keyLiteral(key);
    if (literal.isEmpty() || sqlite3_key_v2(m_db, "main", literal.data(), int(literal.size())) != SQLITE_OK) {
        return failed(sqlError("key"));
    }

    if (cipherVersion().isEmpty()) {
        return failed(Error(ErrorCode::Internal,
            tx("ler::store",
                "LER Wallet was built against SQLite without encryption; refusing to "
                "store anything."),
            QStringLiteral("store/sqlite-without-encryption")));
    }
    const QString pragmas = QStringLiteral("PRAGMA cipher_page_size = %1;"
                                           "PRAGMA kdf_iter = %2;"
                                           "PRAGMA cipher_hmac_algorithm = %3;"
                                           "PRAGMA cipher_kdf_algorithm = %4;")
                                .arg(settings.pageSize)
                                .arg(settings.kdfIter)
                                .arg(settings.hmacAlgorithm, settings.kdfAlgorithm);
    if (auto s = execScript(pragmas); !s) {
        return failed(s.error());
    }
    // The first read of a page proves the key: a wrong one gives SQLITE_NOTADB.
    auto probe = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!probe) {
        if ((sqlite3_errcode(m_db) & 0xff) == SQLITE_NOTADB) {
            return failed(Error(ErrorCode::WrongPassphrase,
                tx("ler::store", "The key does not open this wallet database."),
                QStringLiteral("store/database-wrong-key")));
        }
        return failed(probe.error());
    }
    if (auto s = execScript(QLatin1String(kTuning)); !s) {
        return failed(s.error());
    }
    qCDebug(lcStore) << "database opened, cipher" << cipherVersion();
    return {};
}

Result<std::unique_ptr<SqlCipherDatabase>> SqlCipherDatabase::createUnencryptedForBenchmark(const QString& path)
{
    if (QFile::exists(path)) {
        return Error(ErrorCode::AlreadyExists,
            tx("ler::store", "a database already exists here"),
            QStringLiteral("store/database-exists"));
    }
    std::unique_ptr<SqlCipherDatabase> db(new SqlCipherDatabase(nullptr, path));
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(),
        &db->m_db,
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_CREATE,
        nullptr);
    if (rc != SQLITE_OK) {
        return db->sqlError("open");
    }
    sqlite3_extended_result_codes(db->m_db, 1);
    if (auto s = db->execScript(QStringLiteral("PRAGMA page_size = 4096;") + QLatin1String(kTuning)); !s) {
        return s.error();
    }
    return db;
}

void SqlCipherDatabase::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Status SqlCipherDatabase::reopen(const QString& path, const crypto::SecretBytes& key, const CipherSettings& settings)
{
    return connect(path, key, settings, Mode::OpenExisting);
}

Status SqlCipherDatabase::exportTo(const QString& path, const crypto::SecretBytes& key, const CipherSettings& settings)
{
    assertOwnerThread("SqlCipherDatabase::exportTo");
    if (!m_db) {
        return closedError();
    }
    // ATTACH opens with this connection's flags, which do not create files: start from an empty one.
    QFile target(path);
    if (target.exists() || !target.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return Error(ErrorCode::Io,
            tx("ler::store", "Could not create %1.").arg(QDir::toNativeSeparators(path)),
            QStringLiteral("store/database-create-failed"));
    }
    target.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    target.close();
    const crypto::SecretBytes literal = keyLiteral(key);
    if (key.size() != 32 || literal.isEmpty()) {
        return Error(ErrorCode::Internal,
            tx("ler::store", "database key must be 32 bytes"),
            QStringLiteral("store/database-key-size"));
    }
    {
        // The key goes in as a bound parameter straight from secure memory, never into SQL text.
        Statement attach(m_db, QStringLiteral("ATTACH DATABASE ?1 AS rekey_copy KEY ?2"));
        if (attach.prepareResult() != SQLITE_OK) {
            return sqlError("attach");
        }
        const QByteArray file = QFile::encodeName(path);
        sqlite3_bind_text(attach.get(), 1, file.constData(), int(file.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(attach.get(), 2, literal.constChar(), int(literal.size()), SQLITE_STATIC);
        if (sqlite3_step(attach.get()) != SQLITE_DONE) {
            return sqlError("attach");
        }
    }
    const auto detach
        = qScopeGuard([this] { sqlite3_exec(m_db, "DETACH DATABASE rekey_copy", nullptr, nullptr, nullptr); });
    const QString pragmas = QStringLiteral("PRAGMA rekey_copy.cipher_page_size = %1;"
                                           "PRAGMA rekey_copy.kdf_iter = %2;"
                                           "PRAGMA rekey_copy.cipher_hmac_algorithm = %3;"
                                           "PRAGMA rekey_copy.cipher_kdf_algorithm = %4;")
                                .arg(settings.pageSize)
                                .arg(settings.kdfIter)
                                .arg(settings.hmacAlgorithm, settings.kdfAlgorithm);
    if (auto s = execScript(pragmas); !s) {
        return s;
    }
    auto version = scalar(QStringLiteral("PRAGMA main.user_version"));
    if (!version) {
        return version.error();
    }
    if (auto s = query(QStringLiteral("SELECT sqlcipher_export('rekey_copy')")); !s) {
        return s.error();
    }
    // sqlcipher_export copies schema and rows but not the header's user_version (our schema version).
    return execScript(QStringLiteral("PRAGMA rekey_copy.user_version = %1;").arg(version->toLongLong()));
}

bool SqlCipherDatabase::onOwnerThread() const
{
    QThread* owner = m_owner.load();
    return !owner || owner == QThread::currentThread();
}

void SqlCipherDatabase::assertOwnerThread(const char* where) const
{
    Q_ASSERT_X(onOwnerThread(), where, "the wallet database is used off its owner thread (run it as a session task)");
    Q_UNUSED(where)
}

Error SqlCipherDatabase::sqlError(const char* what) const
{
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
    qCWarning(lcStore) << "SQLCipher" << what << "failed:" << detail;
    // The failed statement's transaction is rolled back, so what was committed before stays; say what to do.
    // SQLite reports a full disk or a read-only folder in several ways (its shared-memory file may be the first
    // write to fail), so the system's own error decides when there is one.
    const int primary = m_db ? sqlite3_errcode(m_db) & 0xff : SQLITE_NOMEM;
    const int system = m_db ? sqlite3_system_errno(m_db) : 0;
    const bool ioFailure
        = primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN || primary == SQLITE_FULL || primary == SQLITE_READONLY;
    if (primary == SQLITE_FULL || (ioFailure && (system == ENOSPC || system == EDQUOT))) {
        return { ErrorCode::Database,
            tx("ler::store",
                "The disk is full: the wallet could not save this change. What was saved before is kept. Free some "
                "space and try again."),
            QStringLiteral("store/disk-full") };
    }
    if (primary == SQLITE_READONLY || (ioFailure && (system == EROFS || system == EACCES || system == EPERM))
        || (ioFailure && !QFileInfo(QFileInfo(m_path).absolutePath()).isWritable())) {
        return { ErrorCode::Database,
            tx("ler::store",
                "The wallet folder cannot be written to (it is read-only, or you may not change it). Nothing was "
                "changed."),
            QStringLiteral("store/folder-read-only") };
    }
    if (primary == SQLITE_IOERR) {
        return { ErrorCode::Database,
            tx("ler::store", "The wallet could not be written to the disk (%1). What was saved before is kept.")
                .arg(detail),
            QStringLiteral("store/disk-write-failed") };
    }
    return { ErrorCode::Database,
        tx("ler::store", "The wallet database reported an error (%1).").arg(detail),
        QStringLiteral("store/database-error") };
}

Status SqlCipherDatabase::exec(const QString& sql, const QVariantList& params)
{
    auto r = query(sql, params);
    if (!r) {
        return r.error();
    }
    return {};
}

Status SqlCipherDatabase::execScript(const QString& sql)
{
    assertOwnerThread("SqlCipherDatabase::execScript");
    if (!m_db) {
        return closedError();
    }
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    sqlite3_free(err);
    if (rc != SQLITE_OK) {
        return sqlError("exec");
    }
    return {};
}

Result<QList<Row>> SqlCipherDatabase::query(const QString& sql, const QVariantList& params)
{
    assertOwnerThread("SqlCipherDatabase::query");
    if (!m_db) {
        return closedError();
    }
    Statement st(m_db, sql);
    if (st.prepareResult() != SQLITE_OK) {
        return sqlError("prepare");
    }
    if (st.bind(params) != SQLITE_OK) {
        return sqlError("bind");
    }
    QList<Row> rows;
    for (;;) {
        const int rc = sqlite3_step(st.get());
        if (rc == SQLITE_ROW) {
            rows.append(st.row());
        } else if (rc == SQLITE_DONE) {
            return rows;
        } else {
            return sqlError("step");
        }
    }
}

Result<QVariant> SqlCipherDatabase::scalar(const QString& sql, const QVariantList& params)
{
    auto rows = query(sql, params);
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty() || rows->first().isEmpty()) {
        return QVariant();
    }
    return rows->first().first();
}

Status SqlCipherDatabase::execWithSecret(
    const QString& sql, const QVariantList& params, const crypto::SecretBytes& secret)
{
    assertOwnerThread("SqlCipherDatabase::execWithSecret");
    Statement st(m_db, sql);
    if (st.prepareResult() != SQLITE_OK) {
        return sqlError("prepare");
    }
    if (st.bind(params) != SQLITE_OK
        || sqlite3_bind_blob64(
               st.get(), int(params.size()) + 1, secret.data(), sqlite3_uint64(secret.size()), SQLITE_STATIC)
            != SQLITE_OK) {
        return sqlError("bind");
    }
    const int rc = sqlite3_step(st.get());
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        return sqlError("step");
    }
    return {};
}

Result<crypto::SecretBytes> SqlCipherDatabase::secretBlob(const QString& sql, const QVariantList& params)
{
    assertOwnerThread("SqlCipherDatabase::secretBlob");
    Statement st(m_db, sql);
    if (st.prepareResult() != SQLITE_OK) {
        return sqlError("prepare");
    }
    if (st.bind(params) != SQLITE_OK) {
        return sqlError("bind");
    }
    const int rc = sqlite3_step(st.get());
    if (rc == SQLITE_DONE) {
        return Error(ErrorCode::NotFound,
            tx("ler::store", "The key is not in the wallet."),
            QStringLiteral("store/secret-not-found"));
    }
    if (rc != SQLITE_ROW) {
        return sqlError("step");
    }
    const void* p = sqlite3_column_blob(st.get(), 0);
    const int n = sqlite3_column_bytes(st.get(), 0);
    return crypto::SecretBytes::copyOf(QByteArrayView(static_cast<const char*>(p), n));
}

qint64 SqlCipherDatabase::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

int SqlCipherDatabase::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

Status SqlCipherDatabase::begin()
{
    assertOwnerThread("SqlCipherDatabase::begin");
    return execScript(QStringLiteral("BEGIN IMMEDIATE"));
}

Status SqlCipherDatabase::commit()
{
    assertOwnerThread("SqlCipherDatabase::commit");
    return execScript(QStringLiteral("COMMIT"));
}

void SqlCipherDatabase::rollback()
{
    assertOwnerThread("SqlCipherDatabase::rollback");
    if (!m_db) {
        return;
    }
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

QString SqlCipherDatabase::cipherVersion()
{
    auto v = scalar(QStringLiteral("PRAGMA cipher_version"));
    return v ? v->toString() : QString();
}

} // namespace ler::store
