// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/backup/Restore.h"

#include "core/backup/BackupReminder.h"
#include "core/backup/BackupTables.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/VerificationStore.h"
#include "core/store/Wallet.h"
#include "core/util/Log.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSet>
#include <QUuid>
#include <cstdio>

namespace ler::backup {

namespace {

/// A manifest table matched with the wallet's table of the same name.
struct Target
{
    const TableRule* rule = nullptr;
    QStringList columns; ///< the backup's columns
    int rowidAlias = -1; ///< in the backup's columns
    int column(const char* name) const { return int(columns.indexOf(QLatin1String(name))); }
};

/// Every table and column of the backup must exist in the wallet (the backup is not from a newer schema, which
/// the reader refuses, so anything unknown means damage).
Result<QList<Target>> matchTables(store::SqlCipherDatabase& db, const Manifest& manifest)
{
    QList<Target> out;
    for (const Manifest::Table& t : manifest.tables) {
        Target target;
        target.rule = findTable(t.name);
        if (!target.rule) {
            return damagedBackup();
        }
        auto columns = tableColumns(db, t.name);
        if (!columns) {
            return columns.error();
        }
        for (const QString& c : t.columns) {
            if (!columns->names.contains(c)) {
                return damagedBackup();
            }
        }
        if (!target.rule->secretColumn.isEmpty() && !t.columns.contains(target.rule->secretColumn)) {
            return damagedBackup();
        }
        target.columns = t.columns;
        if (columns->rowidAlias >= 0) {
            target.rowidAlias = int(t.columns.indexOf(columns->names.at(columns->rowidAlias)));
        }
        out.append(target);
    }
    return out;
}

/// Inserts a backup row, optionally leaving out one column (so the rowid is assigned anew) and replacing values.
Status insertRow(store::SqlCipherDatabase& db,
    const Target& t,
    const BackupRow& row,
    int omit = -1,
    const QHash<int, QVariant>& replace = {},
    bool orIgnore = false)
{
    QStringList names;
    QVariantList values;
    for (int c = 0; c < t.columns.size(); ++c) {
        if (c == omit || c == row.secretColumn) {
            continue;
        }
        names.append(t.columns.at(c));
        values.append(replace.contains(c) ? replace.value(c) : row.values.at(c));
    }
    if (row.secretColumn >= 0) {
        names.append(t.columns.at(row.secretColumn)); // bound last, from secure memory
    }
    QStringList marks;
    for (int i = 1; i <= names.size(); ++i) {
        marks.append(QStringLiteral("?%1").arg(i));
    }
    const QString sql = QStringLiteral("INSERT %1INTO %2 (%3) VALUES (%4)")
                            .arg(orIgnore ? QStringLiteral("OR IGNORE ") : QString(),
                                t.rule->name,
                                names.join(QStringLiteral(", ")),
                                marks.join(QStringLiteral(", ")));
    return row.secretColumn >= 0 ? db.execWithSecret(sql, values, row.secret) : db.exec(sql, values);
}

/// Runs pass 2 of a restore: every row through `write`, then checks that the file read is the one checked in
/// pass 1.
Status writeRows(const BackupReader& reader,
    const BackupContents& checked,
    const RestoreOptions& options,
    const std::function<Status(int table, BackupRow& row)>& write)
{
    qint64 total = 0;
    for (qint64 n : checked.rowCounts) {
        total += n;
    }
    qint64 done = 0;
    auto again = reader.read([&](int table, BackupRow& row) -> Status {
        if (Status s = write(table, row); !s) {
            return s;
        }
        if (options.progress && (++done % 64 == 0 || done == total)) {
            options.progress(done, total);
        }
        return {};
    });
    if (!again) {
        return again.error();
    }
    if (again->fileDigest != checked.fileDigest) {
        return damagedBackup(); // the file changed between the check and the restore
    }
    return {};
}

/// Folds backup rows into a wallet that has rows of its own (MergeRule says how, per table).
class Merger
{
public:
    Merger(store::SqlCipherDatabase& db, const QList<Target>& targets, RestoreSummary& summary)
        : m_db(db)
        , m_targets(targets)
        , m_summary(summary)
    { }

    Status row(int table, BackupRow& row)
    {
        const Target& t = m_targets.at(table);
        switch (t.rule->merge) {
        case MergeRule::Credentials:
            return credential(t, row);
        case MergeRule::VerificationResults:
            return verification(t, row);
        case MergeRule::Tags:
            return byName(t, row, m_tags);
        case MergeRule::Collections:
            return byName(t, row, m_collections);
        case MergeRule::CredentialTags:
            return link(t, row, "tag_id", m_tags);
        case MergeRule::CollectionItems:
            return link(t, row, "collection_id", m_collections);
        case MergeRule::HolderKeys:
            return holderKey(t, row);
        case MergeRule::SharingHistory:
            return history(t, row);
        case MergeRule::KeepExisting:
            return keepExisting(t, row);
        }
        return Error(ErrorCode::Internal, tx("ler::backup", "no merge rule"), QStringLiteral("backup/no-merge-rule"));
    }

private:
    Status added(const Target& t)
    {
        if (m_db.changes() > 0) {
            ++m_summary.added[t.rule->name];
        }
        return {};
    }

    /// The value of a named column; damage when the backup lacks a column a rule needs.
    std::optional<QVariant> value(const Target& t, const BackupRow& row, const char* column) const
    {
        const int c = t.column(column);
        return c >= 0 ? std::optional<QVariant>(row.values.at(c)) : std::nullopt;
    }

    Status credential(const Target& t, const BackupRow& row)
    {
        const auto id = value(t, row, "id");
        const auto parent = value(t, row, "parent_id");
        const auto hash = value(t, row, "content_hash");
        const auto credentialId = value(t, row, "credential_id");
        const auto normalized = value(t, row, "normalized");
        if (!id || !parent || !hash || !credentialId || !normalized) {
            return damagedBackup();
        }
        const QString backupId = id->toString();
        const bool nested = !parent->isNull();
        QString mappedParent;
        if (nested) {
            if (m_notTaken.contains(parent->toString())) {
                m_notTaken.insert(backupId); // belongs to a version the wallet does not keep
                return {};
            }
            mappedParent = m_credentials.value(parent->toString());
            if (mappedParent.isEmpty()) {
                return damagedBackup(); // parents come first
            }
        }
        auto same = m_db.scalar(QStringLiteral("SELECT id FROM credentials WHERE content_hash = ?1"), { *hash });
        if (!same) {
            return same.error();
        }
        if (same->isValid()) {
            m_credentials.insert(backupId, same->toString());
            m_sameContent.insert(backupId);
            ++m_summary.duplicates;
            return {};
        }
        if (!nested && !credentialId->toString().isEmpty()) {
            // As on import: the same credential id at the top level is the same credential, in another wrapper
            // when its normalized record is equal, else another version of it.
            auto rows = m_db.query(QStringLiteral("SELECT id, normalized FROM credentials WHERE credential_id = ?1 "
                                                  "AND parent_id IS NULL ORDER BY row LIMIT 1"),
                { *credentialId });
            if (!rows) {
                return rows.error();
            }
            if (!rows->isEmpty()) {
                const QString existing = rows->constFirst().at(0).toString();
                m_credentials.insert(backupId, existing);
                if (rows->constFirst().at(1).toString() == normalized->toString()) {
                    m_sameContent.insert(backupId);
                    ++m_summary.duplicates;
                } else {
                    m_notTaken.insert(backupId);
                    ++m_summary.differentVersions;
                }
                return {};
            }
        }
        QString newId = backupId;
        auto clash = m_db.scalar(QStringLiteral("SELECT 1 FROM credentials WHERE id = ?1"), { backupId });
        if (!clash) {
            return clash.error();
        }
        if (clash->isValid()) {
            newId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        }
        QHash<int, QVariant> replace { { t.column("id"), newId } };
        if (nested) {
            replace.insert(t.column("parent_id"), mappedParent);
        }
        if (Status s = insertRow(m_db, t, row, t.rowidAlias, replace); !s) {
            return s;
        }
        m_credentials.insert(backupId, newId);
        return added(t);
    }

    Status verification(const Target& t, const BackupRow& row)
    {
        const auto credential = value(t, row, "credential_id");
        if (!credential) {
            return damagedBackup();
        }
        const QString backupId = credential->toString();
        if (m_notTaken.contains(backupId)) {
            return {}; // a check of content the wallet does not keep
        }
        const QString mapped = m_credentials.value(backupId);
        if (mapped.isEmpty()) {
            return damagedBackup();
        }
        if (m_sameContent.contains(backupId)) {
            const auto at = value(t, row, "verified_at");
            const auto outcome = value(t, row, "outcome");
            const auto report = value(t, row, "report");
            if (!at || !outcome || !report) {
                return damagedBackup();
            }
            auto known = store::VerificationStore(m_db).hasReport(
                mapped, at->toString(), outcome->toString(), report->toString());
            if (!known) {
                return known.error();
            }
            if (*known) {
                return {};
            }
        }
        if (Status s = insertRow(m_db, t, row, t.rowidAlias, { { t.column("credential_id"), mapped } }); !s) {
            return s;
        }
        return added(t);
    }

    /// Tags and collections: one of the same name is the same.
    Status byName(const Target& t, const BackupRow& row, QHash<qint64, qint64>& map)
    {
        const auto id = value(t, row, "id");
        const auto name = value(t, row, "name");
        if (!id || !name) {
            return damagedBackup();
        }
        auto existing = m_db.scalar(QStringLiteral("SELECT id FROM %1 WHERE name = ?1").arg(t.rule->name), { *name });
        if (!existing) {
            return existing.error();
        }
        if (existing->isValid()) {
            map.insert(id->toLongLong(), existing->toLongLong());
            return {};
        }
        if (Status s = insertRow(m_db, t, row, t.rowidAlias); !s) {
            return s;
        }
        map.insert(id->toLongLong(), m_db.lastInsertRowId());
        return added(t);
    }

    /// credential_tags and collection_items: follow the credential and the tag or collection.
    Status link(const Target& t, const BackupRow& row, const char* groupColumn, const QHash<qint64, qint64>& groups)
    {
        const auto credential = value(t, row, "credential_id");
        const auto group = value(t, row, groupColumn);
        if (!credential || !group) {
            return damagedBackup();
        }
        const QString mapped = m_credentials.value(credential->toString());
        if (mapped.isEmpty() || !groups.contains(group->toLongLong())) {
            return damagedBackup();
        }
        Status s = insertRow(m_db,
            t,
            row,
            -1,
            { { t.column("credential_id"), mapped }, { t.column(groupColumn), groups.value(group->toLongLong()) } },
            true);
        return s ? added(t) : s;
    }

    Status holderKey(const Target& t, const BackupRow& row)
    {
        const auto id = value(t, row, "id");
        const auto publicKey = value(t, row, "public_key");
        if (!id || !publicKey || t.column("is_default") < 0) {
            return damagedBackup();
        }
        auto known = m_db.scalar(
            QStringLiteral("SELECT 1 FROM holder_keys WHERE id = ?1 OR public_key = ?2"), { *id, *publicKey });
        auto hasDefault = m_db.scalar(QStringLiteral("SELECT 1 FROM holder_keys WHERE is_default = 1"));
        if (!known) {
            return known.error();
        }
        if (!hasDefault) {
            return hasDefault.error();
        }
        if (known->isValid()) {
            return {};
        }
        // The wallet keeps signing with its own key; the backup's is kept for what it signed.
        QHash<int, QVariant> replace;
        if (hasDefault->isValid()) {
            replace.insert(t.column("is_default"), 0);
        }
        if (Status s = insertRow(m_db, t, row, -1, replace); !s) {
            return s;
        }
        return added(t);
    }

    Status history(const Target& t, const BackupRow& row)
    {
        const auto created = value(t, row, "created_at");
        const auto hash = value(t, row, "presentation_hash");
        if (!created || !hash) {
            return damagedBackup();
        }
        auto known = m_db.scalar(
            QStringLiteral("SELECT 1 FROM sharing_history WHERE created_at = ?1 AND presentation_hash = ?2"),
            { *created, *hash });
        if (!known) {
            return known.error();
        }
        if (known->isValid()) {
            return {};
        }
        QHash<int, QVariant> replace;
        // The record ids it names follow the records into the wallet.
        if (const int c = t.column("credential_ids"); c >= 0) {
            QJsonArray ids;
            for (const QJsonValue& v : QJsonDocument::fromJson(row.values.at(c).toString().toUtf8()).array()) {
                ids.append(m_credentials.value(v.toString(), v.toString()));
            }
            replace.insert(c, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
        }
        if (const int c = t.column("records"); c >= 0) {
            QJsonArray records;
            for (const QJsonValue& v : QJsonDocument::fromJson(row.values.at(c).toString().toUtf8()).array()) {
                QJsonObject r = v.toObject();
                const QString id = r.value(QLatin1String("id")).toString();
                r.insert(QStringLiteral("id"), m_credentials.value(id, id));
                records.append(r);
            }
            replace.insert(c, QString::fromUtf8(QJsonDocument(records).toJson(QJsonDocument::Compact)));
        }
        if (Status s = insertRow(m_db, t, row, t.rowidAlias, replace); !s) {
            return s;
        }
        return added(t);
    }

    /// A row whose unique key is already in the wallet stays as the wallet has it.
    Status keepExisting(const Target& t, const BackupRow& row)
    {
        if (t.rule->name == QLatin1String("settings")) {
            const auto key = value(t, row, "key");
            if (!key) {
                return damagedBackup();
            }
            if (isInternalSetting(key->toString())) {
                return {};
            }
        }
        Status s = insertRow(m_db, t, row, t.rowidAlias, {}, true);
        return s ? added(t) : s;
    }

    store::SqlCipherDatabase& m_db;
    const QList<Target>& m_targets;
    RestoreSummary& m_summary;
    QHash<QString, QString> m_credentials; ///< backup id -> wallet id
    QSet<QString> m_sameContent; ///< backup ids whose content the wallet has
    QSet<QString> m_notTaken; ///< backup ids of which the wallet keeps another version
    QHash<qint64, qint64> m_tags;
    QHash<qint64, qint64> m_collections;
};

/// A folder beside `dir` for the wallet while it is being restored.
QString stagingFolder(const QString& dir)
{
    const QFileInfo info(QDir::cleanPath(QDir(dir).absolutePath()));
    return info.dir().filePath(
        QStringLiteral(".%1.restoring-%2").arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
}

/// The lock a restore into `dir` holds beside it, so a second restore into the same folder waits its turn and a
/// restore that was killed is known by its dead process.
QString stagingLock(const QString& dir)
{
    const QFileInfo info(QDir::cleanPath(QDir(dir).absolutePath()));
    return info.dir().filePath(QStringLiteral(".%1.restoring.lock").arg(info.fileName()));
}

/// Removes the staging folders restores into `dir` left when they were killed. Called with the lock held, so no
/// living restore owns one of them.
void removeInterruptedRestores(const QString& dir)
{
    const QFileInfo info(QDir::cleanPath(QDir(dir).absolutePath()));
    const QDir parent = info.dir();
    const QString prefix = QStringLiteral(".%1.restoring-").arg(info.fileName());
    for (const QString& name : parent.entryList({ prefix + QLatin1Char('*') }, QDir::Dirs | QDir::Hidden)) {
        if (QDir(parent.filePath(name)).removeRecursively()) {
            qCInfo(lcStore) << "removed what an interrupted restore left beside the wallet folder";
        }
    }
}

Error targetNotEmpty()
{
    return Error(ErrorCode::AlreadyExists,
        tx("ler::backup", "Choose a new or empty folder for the restored wallet."),
        QStringLiteral("backup/target-not-empty"));
}

} // namespace

Result<RestoreSummary> restoreToNewWallet(const BackupReader& backup,
    const QString& dir,
    QByteArrayView walletPassphrase,
    const crypto::KdfParams& cost,
    const RestoreOptions& options)
{
    const QFileInfo target(dir);
    if (target.exists()
        && (!target.isDir() || !QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))) {
        return targetNotEmpty();
    }
    auto checked = backup.read();
    if (!checked) {
        return checked.error();
    }
    const QString staging = stagingFolder(dir);
    if (!QDir().mkpath(QFileInfo(staging).path())) {
        return Error(ErrorCode::Io,
            tx("ler::store", "Could not create the wallet folder."),
            QStringLiteral("backup/target-create-failed"));
    }
    // Only the process that died is stale: a living restore keeps its lock however long it takes.
    QLockFile lock(stagingLock(dir));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        if (lock.error() == QLockFile::LockFailedError) {
            return Error(ErrorCode::AlreadyExists,
                tx("ler::backup", "Another restore into %1 is under way. Wait for it to finish.").arg(dir),
                QStringLiteral("backup/restore-under-way"));
        }
        return Error(ErrorCode::Io,
            tx("ler::store", "Could not create the wallet folder."),
            QStringLiteral("backup/target-create-failed"));
    }
    removeInterruptedRestores(dir);
    RestoreSummary summary;
    summary.backup = *checked;
    Status written = [&]() -> Status {
        auto created = store::Wallet::create(staging, walletPassphrase, cost);
        if (!created) {
            return created.error();
        }
        summary.recoveryCode = created->recoveryCode;
        std::unique_ptr<store::Wallet> wallet = std::move(created->wallet);
        store::SqlCipherDatabase& db = wallet->database();
        auto targets = matchTables(db, checked->manifest);
        if (!targets) {
            return targets.error();
        }
        Status s = store::inTransaction(db, [&]() -> Status {
            if (Status d = db.execScript(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !d) {
                return d;
            }
            Status rows = writeRows(backup, *checked, options, [&](int table, BackupRow& row) -> Status {
                const Target& t = targets->at(table);
                if (t.rule->name == QLatin1String("settings") && t.column("key") >= 0
                    && isInternalSetting(row.values.at(t.column("key")).toString())) {
                    return {};
                }
                if (Status i = insertRow(db, t, row); !i) {
                    return i;
                }
                ++summary.added[t.rule->name];
                return {};
            });
            if (!rows) {
                return rows;
            }
            return noteBackupMade(db, checked->manifest.createdAt);
        });
        return s;
    }();
    if (!written) {
        QDir(staging).removeRecursively();
        return written.error();
    }
    // The restored wallet goes into place in one rename (an empty folder there is replaced).
    if (target.exists()) {
        QDir().rmdir(dir);
    }
    if (std::rename(QFile::encodeName(staging).constData(), QFile::encodeName(dir).constData()) != 0) {
        QDir(staging).removeRecursively();
        return Error(ErrorCode::Io,
            tx("ler::backup", "Could not put the restored wallet in %1.").arg(dir),
            QStringLiteral("backup/target-move-failed"));
    }
    summary.directory = dir;
    qCInfo(lcStore) << "backup restored into a new wallet:" << summary.recordsAdded() << "records";
    return summary;
}

Result<RestoreSummary> mergeBackup(store::Wallet& wallet, const BackupReader& backup, const RestoreOptions& options)
{
    auto checked = backup.read();
    if (!checked) {
        return checked.error();
    }
    store::SqlCipherDatabase& db = wallet.database();
    auto targets = matchTables(db, checked->manifest);
    if (!targets) {
        return targets.error();
    }
    RestoreSummary summary;
    summary.backup = *checked;
    summary.directory = wallet.directory();
    Merger merger(db, *targets, summary);
    Status s = store::inTransaction(db, [&]() -> Status {
        if (Status d = db.execScript(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !d) {
            return d;
        }
        return writeRows(backup, *checked, options, [&](int table, BackupRow& row) { return merger.row(table, row); });
    });
    if (!s) {
        return s.error();
    }
    qCInfo(lcStore) << "backup merged:" << summary.recordsAdded() << "records added," << summary.duplicates
                    << "already there";
    return summary;
}

} // namespace ler::backup
