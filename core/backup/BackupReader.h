// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/backup/BackupFormat.h"
#include "core/crypto/SecretBytes.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QVariantList>
#include <functional>

namespace ler::backup {

/// The first message of a backup: what it holds.
struct Manifest
{
    struct Table
    {
        QString name;
        QStringList columns;
    };
    int schemaVersion = 0; ///< the wallet schema (PRAGMA user_version) its rows follow
    QDateTime createdAt;
    QString walletId; ///< of the wallet it was made from
    QString appVersion;
    QList<Table> tables;

    int indexOf(const QString& table) const;
};

/// One row as read: the values in the manifest's column order. The secret column (BackupTables.h) is left null in
/// values and held in `secret` instead.
struct BackupRow
{
    QVariantList values;
    crypto::SecretBytes secret;
    int secretColumn = -1;
};

/// What reading a whole backup found.
struct BackupContents
{
    Manifest manifest;
    QList<qint64> rowCounts; ///< per manifest table, as counted and as the final message confirms
    QByteArray fileDigest; ///< SHA-256 of the whole file
    qint64 fileBytes = 0;

    qint64 rowsOf(const QString& table) const;
};

/// Called for each row, in file order; an error stops the reading and is returned.
using RowSink = std::function<Status(int table, BackupRow& row)>;

/// Reads and authenticates backups. The passphrase is turned into the key once; read() may then go over the file
/// as often as needed (first to check all of it, then to restore it).
class BackupReader
{
public:
    /// Reads the header and checks the passphrase against it. Not a backup: InvalidInput; damaged: Corrupt; from a
    /// newer version: Unsupported; wrong passphrase: WrongPassphrase. No message is decrypted yet.
    static Result<BackupReader> open(const QString& path, QByteArrayView passphrase);

    const Header& header() const { return m_header; }

    /// Decrypts every message in order, checks the structure (the manifest, every row against it, the counts in
    /// the final message, nothing after it) and hands each row to `sink` (none: only check). Any damage, a cut-off
    /// file or a header that changed since open() gives damagedBackup(); a manifest from a newer wallet schema
    /// gives newerBackup(). Plaintext stays in secure memory but for the values handed to `sink`.
    Result<BackupContents> read(const RowSink& sink = {}) const;

private:
    QString m_path;
    Header m_header;
    std::shared_ptr<crypto::SecretBytes> m_streamKey;
};

} // namespace ler::backup
