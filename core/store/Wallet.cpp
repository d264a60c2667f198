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
#include <QStandardPaths>
#include <QUuid>

namespace ler::store {

namespace {

// A database still being created: renamed to wallet.db only once the key file that opens it exists.
constexpr const char* kPendingDatabase = "wallet.db-creating";
constexpr char kDbKeyContext[9] = "LERWdb01";

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

Wallet::Wallet(QString dir, KeyFile keyFile, crypto::SecretBytes dataKey, std::unique_ptr<SqlCipherDatabase> db)
    : m_dir(std::move(dir))
    , m_keyFile(std::move(keyFile))
    , m_dataKey(std::move(dataKey))
    , m_db(std::move(db))
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
        if (auto s = migrate(**db); !s) {
            db->reset();
            removeDatabaseFiles(pending);
            return s.error();
        }
    }
    // 2. The key file with both slots.
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
    if (auto s = keyFile.save(inDir(dir, kKeyFile)); !s) {
        removeDatabaseFiles(pending);
        return s.error();
    }
    // 3. Only now does the database take its real name.
    if (!QFile::rename(pending, inDir(dir, kDatabaseFile))) {
        return Error(
            ErrorCode::Io, QCoreApplication::translate("ler::store", "Could not finish creating the wallet database."));
    }
    auto wallet = openWithKey(dir, std::move(keyFile), std::move(dataKey));
    if (!wallet) {
        return wallet.error();
    }
    qCInfo(lcStore) << "wallet created";
    return Creation { std::move(wallet).value(), code };
}

Result<std::unique_ptr<Wallet>> Wallet::open(const QString& dir, QByteArrayView passphrase)
{
    auto keyFile = KeyFile::load(inDir(dir, kKeyFile));
    if (!keyFile) {
        return keyFile.error();
    }
    auto key = keyFile->unwrap(KeySlot::Type::Passphrase, passphrase);
    if (!key) {
        return key.error();
    }
    return openWithKey(dir, std::move(keyFile).value(), std::move(key).value());
}

Result<std::unique_ptr<Wallet>> Wallet::openWithRecoveryCode(const QString& dir, const QString& recoveryCode)
{
    auto canonical = recovery::normalise(recoveryCode);
    if (!canonical) {
        return canonical.error();
    }
    auto keyFile = KeyFile::load(inDir(dir, kKeyFile));
    if (!keyFile) {
        return keyFile.error();
    }
    auto key = keyFile->unwrap(KeySlot::Type::Recovery, canonical->view());
    if (!key) {
        return key.error();
    }
    auto wallet = openWithKey(dir, std::move(keyFile).value(), std::move(key).value());
    if (wallet) {
        (*wallet)->m_openedWithRecovery = true;
    }
    return wallet;
}

Result<std::unique_ptr<Wallet>> Wallet::openWithKey(const QString& dir, KeyFile keyFile, crypto::SecretBytes key)
{
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
    return std::unique_ptr<Wallet>(new Wallet(dir, std::move(keyFile), std::move(key), std::move(db).value()));
}

Status Wallet::replaceSlot(KeySlot::Type type, KeySlot slot, const WriteFaultHook& fault)
{
    KeyFile next = m_keyFile;
    next.keySlots.removeIf([type](const KeySlot& s) { return s.type == type; });
    next.keySlots.append(std::move(slot));
    if (auto s = next.save(inDir(m_dir, kKeyFile), fault); !s) {
        return s;
    }
    m_keyFile = std::move(next);
    return {};
}

Status Wallet::changePassphrase(QByteArrayView current, QByteArrayView next, const WriteFaultHook& fault)
{
    if (next.isEmpty()) {
        return Error(ErrorCode::InvalidInput, QCoreApplication::translate("ler::store", "Choose a new passphrase."));
    }
    auto check = m_keyFile.unwrap(KeySlot::Type::Passphrase, current);
    if (!check) {
        return Error(ErrorCode::WrongPassphrase,
            QCoreApplication::translate("ler::store", "The current passphrase is not right. Nothing was changed."));
    }
    if (!check->equals(m_dataKey)) {
        return Error(ErrorCode::Corrupt,
            QCoreApplication::translate("ler::store", "The wallet's key file is damaged. Restore it from a backup."));
    }
    // Keep the cost chosen at creation; only the salt is new.
    const auto it = std::find_if(m_keyFile.keySlots.cbegin(), m_keyFile.keySlots.cend(), [](const KeySlot& s) {
        return s.type == KeySlot::Type::Passphrase;
    });
    auto slot = m_keyFile.makeSlot(KeySlot::Type::Passphrase, next, it->kdf.withNewSalt(), m_dataKey);
    if (!slot) {
        return slot.error();
    }
    return replaceSlot(KeySlot::Type::Passphrase, std::move(slot).value(), fault);
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
    const auto it = std::find_if(m_keyFile.keySlots.cbegin(), m_keyFile.keySlots.cend(), [](const KeySlot& s) {
        return s.type == KeySlot::Type::Recovery;
    });
    auto slot = m_keyFile.makeSlot(KeySlot::Type::Passphrase, next, it->kdf.withNewSalt(), m_dataKey);
    if (!slot) {
        return slot.error();
    }
    return replaceSlot(KeySlot::Type::Passphrase, std::move(slot).value(), fault);
}

Result<QString> Wallet::replaceRecoveryCode(const WriteFaultHook& fault)
{
    const QString code = recovery::generate();
    auto canonical = recovery::normalise(code);
    if (!canonical) {
        return canonical.error();
    }
    const auto it = std::find_if(m_keyFile.keySlots.cbegin(), m_keyFile.keySlots.cend(), [](const KeySlot& s) {
        return s.type == KeySlot::Type::Passphrase;
    });
    auto slot = m_keyFile.makeSlot(KeySlot::Type::Recovery, canonical->view(), it->kdf.withNewSalt(), m_dataKey);
    if (!slot) {
        return slot.error();
    }
    if (auto s = replaceSlot(KeySlot::Type::Recovery, std::move(slot).value(), fault); !s) {
        return s.error();
    }
    return code;
}

IntegrityReport Wallet::checkIntegrity()
{
    IntegrityReport report;
    auto add = [&](const char* id, bool passed, const QString& detail) {
        report.findings.append({ QString::fromLatin1(id), passed, detail });
    };

    auto onDisk = KeyFile::load(inDir(m_dir, kKeyFile));
    const bool slotsOk = onDisk
        && std::any_of(onDisk->keySlots.cbegin(),
            onDisk->keySlots.cend(),
            [](const KeySlot& s) { return s.type == KeySlot::Type::Passphrase; })
        && std::any_of(onDisk->keySlots.cbegin(), onDisk->keySlots.cend(), [](const KeySlot& s) {
               return s.type == KeySlot::Type::Recovery;
           });
    add("keyfile",
        slotsOk,
        slotsOk
            ? QCoreApplication::translate(
                "ler::store", "The key file is readable and has a passphrase and a recovery code.")
            : (onDisk ? QCoreApplication::translate("ler::store", "The key file lacks a passphrase or a recovery code.")
                      : onDisk.error().message));

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
