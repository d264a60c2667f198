// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/store/Wallet.h"

#include "core/store/Migrations.h"
#include "core/store/RecoveryCode.h"
#include "core/store/WalletFiles.h"
#include "core/util/Log.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QUuid>

namespace ler::store {

using namespace detail;

namespace {

/// The shared lock every open wallet holds, taken before the key file is read so that a key replacement in
/// another program is never seen half-done.
Result<FolderLock> lockWalletFolder(const QString& dir)
{
    if (!Wallet::existsAt(dir)) {
        return Error(ErrorCode::NotFound,
            tx("ler::store", "No wallet was found in this folder."),
            QStringLiteral("store/no-wallet"));
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
        return Error(ErrorCode::InvalidInput,
            tx("ler::store", "Choose a passphrase for the wallet."),
            QStringLiteral("store/passphrase-empty"));
    }
    if (existsAt(dir) || QFile::exists(inDir(dir, kDatabaseFile))) {
        return Error(ErrorCode::AlreadyExists,
            tx("ler::store", "This folder already holds a wallet. Open it instead."),
            QStringLiteral("store/wallet-exists"));
    }
    if (!QDir().mkpath(dir)) {
        return Error(ErrorCode::Io,
            tx("ler::store", "Could not create the wallet folder."),
            QStringLiteral("store/folder-create-failed"));
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
        return Error(ErrorCode::Crypto,
            tx("ler::store", "Could not create the wallet's key."),
            QStringLiteral("store/key-create-failed"));
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
        return Error(ErrorCode::Io,
            tx("ler::store", "Could not finish creating the wallet database."),
            QStringLiteral("store/database-finish-failed"));
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
        return tamperedKeyFile();
    }
    const QString dbPath = inDir(dir, kDatabaseFile);
    const QString pending = inDir(dir, kPendingDatabase);
    // Creation stopped after the key file was saved but before the rename: finish it.
    if (!QFile::exists(dbPath) && QFile::exists(pending) && !QFile::rename(pending, dbPath)) {
        return Error(ErrorCode::Io,
            tx("ler::store", "Could not finish creating the wallet database."),
            QStringLiteral("store/database-finish-failed"));
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
                tx("ler::store", "The wallet database does not match its key file."),
                QStringLiteral("store/database-key-mismatch"));
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
        return tamperedKeyFile();
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

IntegrityReport Wallet::checkIntegrity()
{
    IntegrityReport report;
    auto add = [&](const char* id, bool passed, const Text& detail) {
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
    Text keyFileDetail;
    if (!onDisk) {
        keyFileDetail = onDisk.error().message;
    } else if (!sealOk) {
        keyFileDetail = onDisk->sealed() ? tx("ler::store",
                            "The key file's list of keys does not match its seal: it was changed outside LER Wallet.")
                                         : tx("ler::store", "The key file is not sealed yet.");
    } else if (!slotsOk) {
        keyFileDetail = tx("ler::store", "The key file lacks a passphrase or a recovery code.");
    } else {
        keyFileDetail = tx("ler::store", "The key file is sealed, readable and has a passphrase and a recovery code.");
    }
    add("keyfile", sealOk && slotsOk, keyFileDetail);

    auto cipherRows = m_db->query(QStringLiteral("PRAGMA cipher_integrity_check"));
    const bool cipherOk = cipherRows && cipherRows->isEmpty();
    const int badPages = cipherRows ? int(cipherRows->size()) : -1;
    add("cipher-integrity",
        cipherOk,
        cipherOk ? tx("ler::store", "Every database page is authentic.")
                 : tx("ler::store", "%n database page(s) failed their authentication check.", nullptr, badPages));

    auto sqliteCheck = m_db->scalar(QStringLiteral("PRAGMA integrity_check"));
    const bool structureOk = sqliteCheck && sqliteCheck->toString() == QLatin1String("ok");
    add("database-structure",
        structureOk,
        structureOk ? tx("ler::store", "The database structure is sound.")
                    : tx("ler::store", "The database structure is damaged."));

    auto fk = m_db->query(QStringLiteral("PRAGMA foreign_key_check"));
    const bool fkOk = fk && fk->isEmpty();
    add("references",
        fkOk,
        fkOk ? tx("ler::store", "All links between records are intact.")
             : tx("ler::store", "Some links between records are broken."));

    auto version = schemaVersion(*m_db);
    const bool versionOk = version && *version == latestSchemaVersion();
    add("schema",
        versionOk,
        versionOk ? tx("ler::store", "The database is at the current version.")
                  : tx("ler::store", "The database is not at the current version."));

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
            ? tx("ler::store", "Every stored credential matches its recorded fingerprint.")
            : tx("ler::store", "%n stored credential(s) do not match their recorded fingerprint.", nullptr, bad));
    return report;
}

} // namespace ler::store
