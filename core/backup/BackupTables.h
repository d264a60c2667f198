// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ler::store {
class SqlCipherDatabase;
}

namespace ler::backup {

/// How a table's rows join a wallet that already has rows of its own (restoring into a new wallet copies every
/// row as it is).
enum class MergeRule
{
    Credentials, ///< duplicates recognised as on import; ids that clash get new ones
    VerificationResults, ///< follow their credential; a result already there is not added twice
    Tags, ///< by name
    CredentialTags, ///< follow the credential and the tag
    Collections, ///< by name
    CollectionItems, ///< follow the collection and the credential
    HolderKeys, ///< a key already there stays; the wallet keeps its own default key
    SharingHistory, ///< record ids follow their credentials; an entry already there is not added twice
    KeepExisting, ///< a row whose key is already there is left as it is (identifiers, trusted keys, settings...)
};

/// One table a backup holds.
struct TableRule
{
    QString name;
    /// SQL giving the rowids in the order the rows are written: a credential's parent comes before it.
    QString order;
    MergeRule merge;
    /// A column of key material: read into and bound from secure memory, never a QByteArray.
    QString secretColumn;
};

/// Every table of the wallet schema that a backup holds, in the order they are written (a table comes after the
/// tables its rows refer to). A table that is neither here nor in derivedTables() makes backups fail, and
/// TestBackupCoverage fails first: a new table cannot be forgotten.
const QList<TableRule>& backedUpTables();
const TableRule* findTable(const QString& name);

/// Tables rebuilt from others, so a backup leaves them out: the full-text index (with its shadow tables, which
/// SQLite names after it), kept up to date by triggers as the credentials are restored.
const QStringList& derivedTables();

/// Settings that describe this copy of the wallet rather than its content (the key-file seal marker, when the last
/// backup was made). They are written into backups but never restored over a wallet's own.
bool isInternalSetting(const QString& key);

/// The tables a database has (main schema, without SQLite's own): ordinary ones and virtual ones with their
/// shadow tables, as PRAGMA table_list reports them.
struct SchemaTables
{
    QStringList ordinary;
    QStringList virtualTables;
    QStringList shadow;
};
Result<SchemaTables> schemaTables(store::SqlCipherDatabase& db);

/// Fails (ErrorCode::Internal, naming the table) when the database has a table a backup would not cover.
Status checkCoverage(store::SqlCipherDatabase& db);

/// The columns of a table in schema order, and which one is an alias of the rowid (INTEGER PRIMARY KEY), if any.
struct TableColumns
{
    QStringList names;
    int rowidAlias = -1;
};
Result<TableColumns> tableColumns(store::SqlCipherDatabase& db, const QString& table);

} // namespace ler::backup
