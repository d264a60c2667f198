// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/backup/BackupTables.h"

#include "core/store/SqlCipherDatabase.h"

#include <algorithm>

namespace ler::backup {

namespace {

QString byRowid(const char* table)
{
    return QStringLiteral("SELECT rowid FROM %1 ORDER BY rowid").arg(QLatin1String(table));
}

} // namespace

const QList<TableRule>& backedUpTables()
{
    // Parents first (by depth in the CLR tree), so a restore can map each credential's parent before it.
    static const QString credentialOrder = QStringLiteral(
        "WITH RECURSIVE tree(row, id, depth) AS ("
        " SELECT row, id, 0 FROM credentials WHERE parent_id IS NULL"
        " UNION ALL SELECT c.row, c.id, tree.depth + 1 FROM credentials c JOIN tree ON c.parent_id = tree.id)"
        " SELECT row FROM tree ORDER BY depth, row");
    static const QList<TableRule> rules {
        { QStringLiteral("credentials"), credentialOrder, MergeRule::Credentials, {} },
        { QStringLiteral("verification_results"), byRowid("verification_results"), MergeRule::VerificationResults, {} },
        { QStringLiteral("tags"), byRowid("tags"), MergeRule::Tags, {} },
        { QStringLiteral("credential_tags"), byRowid("credential_tags"), MergeRule::CredentialTags, {} },
        { QStringLiteral("collections"), byRowid("collections"), MergeRule::Collections, {} },
        { QStringLiteral("collection_items"), byRowid("collection_items"), MergeRule::CollectionItems, {} },
        { QStringLiteral("self_asserted_entries"), byRowid("self_asserted_entries"), MergeRule::KeepExisting, {} },
        { QStringLiteral("holder_keys"), byRowid("holder_keys"), MergeRule::HolderKeys, QStringLiteral("secret_key") },
        { QStringLiteral("sharing_history"), byRowid("sharing_history"), MergeRule::SharingHistory, {} },
        { QStringLiteral("identifiers"), byRowid("identifiers"), MergeRule::KeepExisting, {} },
        { QStringLiteral("trusted_issuer_keys"), byRowid("trusted_issuer_keys"), MergeRule::KeepExisting, {} },
        { QStringLiteral("settings"), byRowid("settings"), MergeRule::KeepExisting, {} },
        // Badge images fetched once; kept so a restored wallet shows them without the network.
        { QStringLiteral("image_cache"), byRowid("image_cache"), MergeRule::KeepExisting, {} },
    };
    return rules;
}

const TableRule* findTable(const QString& name)
{
    for (const TableRule& r : backedUpTables()) {
        if (r.name == name) {
            return &r;
        }
    }
    return nullptr;
}

const QStringList& derivedTables()
{
    static const QStringList derived { QStringLiteral("credentials_fts") };
    return derived;
}

bool isInternalSetting(const QString& key)
{
    return key == QLatin1String("keyfile.sealed") || key == QLatin1String("lastBackupAt");
}

Result<SchemaTables> schemaTables(store::SqlCipherDatabase& db)
{
    auto rows = db.query(QStringLiteral("SELECT name, type FROM pragma_table_list WHERE schema = 'main' "
                                        "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    if (!rows) {
        return rows.error();
    }
    SchemaTables out;
    for (const store::Row& r : *rows) {
        const QString name = r.at(0).toString();
        const QString type = r.at(1).toString();
        if (type == QLatin1String("table")) {
            out.ordinary.append(name);
        } else if (type == QLatin1String("virtual")) {
            out.virtualTables.append(name);
        } else if (type == QLatin1String("shadow")) {
            out.shadow.append(name);
        }
        // Views hold no rows of their own.
    }
    return out;
}

Status checkCoverage(store::SqlCipherDatabase& db)
{
    auto tables = schemaTables(db);
    if (!tables) {
        return tables.error();
    }
    QStringList missing;
    for (const QString& t : tables->ordinary) {
        if (!findTable(t)) {
            missing.append(t);
        }
    }
    for (const QString& t : tables->virtualTables) {
        if (!derivedTables().contains(t)) {
            missing.append(t);
        }
    }
    for (const QString& t : tables->shadow) {
        // SQLite names shadow tables <virtual table>_<suffix>.
        const bool ofDerived = std::any_of(derivedTables().cbegin(), derivedTables().cend(), [&](const QString& d) {
            return t.startsWith(d + QLatin1Char('_'));
        });
        if (!ofDerived) {
            missing.append(t);
        }
    }
    if (!missing.isEmpty()) {
        return Error(ErrorCode::Internal,
            tx("ler::backup", "The backup does not cover the wallet tables %1.")
                .arg(missing.join(QStringLiteral(", "))),
            QStringLiteral("backup/uncovered-tables"));
    }
    return {};
}

Result<TableColumns> tableColumns(store::SqlCipherDatabase& db, const QString& table)
{
    auto rows = db.query(QStringLiteral("SELECT name, type, pk FROM pragma_table_info(?1) ORDER BY cid"), { table });
    if (!rows) {
        return rows.error();
    }
    TableColumns out;
    int pkColumns = 0;
    int integerPk = -1;
    for (const store::Row& r : *rows) {
        if (r.at(2).toInt() > 0) {
            ++pkColumns;
            if (r.at(1).toString().compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0) {
                integerPk = int(out.names.size());
            }
        }
        out.names.append(r.at(0).toString());
    }
    if (pkColumns == 1) {
        out.rowidAlias = integerPk;
    }
    return out;
}

} // namespace ler::backup
