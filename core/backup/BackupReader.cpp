// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/backup/BackupReader.h"

#include "core/backup/BackupTables.h"
#include "core/backup/SecureCbor.h"
#include "core/crypto/SecretStream.h"
#include "core/store/Migrations.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QtEndian>
#include <optional>

namespace ler::backup {

namespace {

constexpr int kMaxTables = 64;
constexpr int kMaxColumns = 64;

/// Reads the file and keeps a digest of every byte read.
class HashingFile
{
public:
    explicit HashingFile(const QString& path)
        : m_file(path)
        , m_hash(QCryptographicHash::Sha256)
    { }
    bool open() { return m_file.open(QIODevice::ReadOnly); }
    QFile& device() { return m_file; }

    /// Exactly n bytes, or nothing when the file ends first.
    std::optional<QByteArray> read(qint64 n)
    {
        QByteArray out = m_file.read(n);
        m_hash.addData(out);
        if (out.size() != n) {
            return std::nullopt;
        }
        return out;
    }
    bool atEnd() { return m_file.atEnd() && m_file.read(1).isEmpty(); }
    QByteArray digest() const { return m_hash.result(); }
    qint64 bytesRead() const { return m_file.pos(); }
    void hashHeader(const QByteArray& header) { m_hash.addData(header); }

private:
    QFile m_file;
    QCryptographicHash m_hash;
};

Result<Manifest> parseManifest(const crypto::SecretBytes& plain)
{
    QCborStreamReader in(plain.constChar(), qsizetype(plain.size()));
    const QCborValue v = QCborValue::fromCbor(in);
    if (in.lastError() != QCborError::NoError || in.currentOffset() != qint64(plain.size()) || !v.isMap()) {
        return damagedBackup();
    }
    const QCborMap m = v.toMap();
    if (m.value(QLatin1String("format")).toString() != QLatin1String(kManifestFormat)) {
        return damagedBackup();
    }
    Manifest out;
    const QCborValue schema = m.value(QLatin1String("schemaVersion"));
    if (!schema.isInteger() || schema.toInteger() < 1) {
        return damagedBackup();
    }
    if (schema.toInteger() > store::latestSchemaVersion()) {
        return newerBackup();
    }
    out.schemaVersion = int(schema.toInteger());
    out.createdAt = QDateTime::fromString(m.value(QLatin1String("createdAt")).toString(), Qt::ISODate);
    out.walletId = m.value(QLatin1String("walletId")).toString();
    out.appVersion = m.value(QLatin1String("appVersion")).toString();
    const QCborValue tables = m.value(QLatin1String("tables"));
    if (!out.createdAt.isValid() || !tables.isArray() || tables.toArray().size() > kMaxTables) {
        return damagedBackup();
    }
    QSet<QString> names;
    for (const QCborValue& t : tables.toArray()) {
        Manifest::Table table;
        table.name = t[QLatin1String("name")].toString();
        const QCborValue columns = t[QLatin1String("columns")];
        if (table.name.isEmpty() || names.contains(table.name) || !columns.isArray() || columns.toArray().isEmpty()
            || columns.toArray().size() > kMaxColumns) {
            return damagedBackup();
        }
        names.insert(table.name);
        for (const QCborValue& c : columns.toArray()) {
            if (!c.isString() || c.toString().isEmpty() || table.columns.contains(c.toString())) {
                return damagedBackup();
            }
            table.columns.append(c.toString());
        }
        out.tables.append(table);
    }
    return out;
}

/// Checks the final message's counts against what was read.
bool countsMatch(const crypto::SecretBytes& plain, const QList<qint64>& counted)
{
    QCborStreamReader in(plain.constChar(), qsizetype(plain.size()));
    const QCborValue v = QCborValue::fromCbor(in);
    if (in.lastError() != QCborError::NoError || in.currentOffset() != qint64(plain.size()) || !v.isMap()) {
        return false;
    }
    const QCborArray rows = v.toMap().value(QLatin1String("rows")).toArray();
    if (rows.size() != counted.size()) {
        return false;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!rows.at(i).isInteger() || rows.at(i).toInteger() != counted.at(i)) {
            return false;
        }
    }
    return true;
}

/// Walks one message of rows: [table index, row, row...], each row an array of the table's columns.
class RowMessage
{
public:
    RowMessage(const Manifest& manifest, QList<int> secretColumns, QList<qint64>& counted, int& lastTable)
        : m_manifest(manifest)
        , m_secretColumns(std::move(secretColumns))
        , m_counted(counted)
        , m_lastTable(lastTable)
    { }

    Status parse(const crypto::SecretBytes& plain, const RowSink& sink)
    {
        QCborStreamReader in(plain.constChar(), qsizetype(plain.size()));
        if (!in.isArray() || !in.isLengthKnown() || in.length() < 2 || !in.enterContainer()) {
            return damagedBackup();
        }
        if (!in.isUnsignedInteger() || in.toUnsignedInteger() >= quint64(m_manifest.tables.size())) {
            return damagedBackup();
        }
        const int table = int(in.toUnsignedInteger());
        // Each table's rows come together, tables in manifest order.
        if (table < m_lastTable || !in.next()) {
            return damagedBackup();
        }
        m_lastTable = table;
        const int columns = int(m_manifest.tables.at(table).columns.size());
        const int secret = m_secretColumns.at(table);
        while (in.hasNext()) {
            if (!in.isArray() || !in.isLengthKnown() || in.length() != quint64(columns) || !in.enterContainer()) {
                return damagedBackup();
            }
            BackupRow row;
            row.values.reserve(columns);
            row.secretColumn = secret;
            for (int c = 0; c < columns; ++c) {
                QVariant v;
                const bool ok = c == secret ? readSecret(in, row.secret) : readValue(in, v);
                if (!ok) {
                    return damagedBackup();
                }
                row.values.append(v);
            }
            if (!in.leaveContainer()) {
                return damagedBackup();
            }
            ++m_counted[table];
            if (sink) {
                if (Status s = sink(table, row); !s) {
                    return s;
                }
            }
        }
        if (!in.leaveContainer() || in.lastError() != QCborError::NoError
            || in.currentOffset() != qint64(plain.size())) {
            return damagedBackup();
        }
        return {};
    }

private:
    const Manifest& m_manifest;
    QList<int> m_secretColumns;
    QList<qint64>& m_counted;
    int& m_lastTable;
};

} // namespace

int Manifest::indexOf(const QString& table) const
{
    for (int i = 0; i < tables.size(); ++i) {
        if (tables.at(i).name == table) {
            return i;
        }
    }
    return -1;
}

qint64 BackupContents::rowsOf(const QString& table) const
{
    const int i = manifest.indexOf(table);
    return i >= 0 ? rowCounts.value(i) : 0;
}

Result<BackupReader> BackupReader::open(const QString& path, QByteArrayView passphrase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io,
            tx("ler::backup", "Could not read the backup file %1.").arg(path),
            QStringLiteral("backup/read-failed"));
    }
    auto header = readHeader(file);
    if (!header) {
        return header.error();
    }
    auto keys = deriveKeys(passphrase, header->kdf);
    if (!keys) {
        return keys.error();
    }
    if (!crypto::constantTimeEquals(keys->check.view(), header->keyCheck)) {
        return wrongBackupPassphrase();
    }
    BackupReader r;
    r.m_path = path;
    r.m_header = std::move(header).value();
    r.m_streamKey = std::make_shared<crypto::SecretBytes>(std::move(keys->stream));
    return r;
}

Result<BackupContents> BackupReader::read(const RowSink& sink) const
{
    HashingFile file(m_path);
    if (!file.open()) {
        return Error(ErrorCode::Io,
            tx("ler::backup", "Could not read the backup file %1.").arg(m_path),
            QStringLiteral("backup/read-failed"));
    }
    auto header = readHeader(file.device());
    if (!header) {
        return header.error();
    }
    if (header->bytes != m_header.bytes) {
        return damagedBackup(); // the file was replaced since it was opened
    }
    file.hashHeader(header->bytes);
    auto stream = crypto::SecretStreamPull::start(*m_streamKey, m_header.streamHeader);
    if (!stream) {
        return damagedBackup();
    }

    BackupContents contents;
    QList<int> secretColumns;
    int lastTable = 0;
    for (int index = 0;; ++index) {
        const auto prefix = file.read(4);
        if (!prefix) {
            return damagedBackup(); // cut off before the final message
        }
        const auto length = qFromBigEndian<quint32>(prefix->constData());
        const quint32 limit = index == 0 ? kMaxManifestBytes : kMaxMessageBytes;
        if (length < crypto::SecretStreamPush::kOverheadBytes || length > limit) {
            return damagedBackup();
        }
        const auto sealed = file.read(length);
        if (!sealed) {
            return damagedBackup();
        }
        auto message = stream->pull(*sealed, index == 0 ? QByteArrayView(m_header.bytes) : QByteArrayView());
        if (!message) {
            return damagedBackup();
        }
        if (index == 0) {
            // The manifest: never the last message.
            auto manifest = message->final ? Result<Manifest>(damagedBackup()) : parseManifest(message->plaintext);
            if (!manifest) {
                return manifest.error();
            }
            contents.manifest = std::move(manifest).value();
            contents.rowCounts.fill(0, contents.manifest.tables.size());
            for (const Manifest::Table& t : contents.manifest.tables) {
                const TableRule* rule = findTable(t.name);
                secretColumns.append(
                    rule && !rule->secretColumn.isEmpty() ? int(t.columns.indexOf(rule->secretColumn)) : -1);
            }
            continue;
        }
        if (message->final) {
            if (!countsMatch(message->plaintext, contents.rowCounts) || !file.atEnd()) {
                return damagedBackup();
            }
            break;
        }
        RowMessage rows(contents.manifest, secretColumns, contents.rowCounts, lastTable);
        if (Status s = rows.parse(message->plaintext, sink); !s) {
            return s.error();
        }
    }
    contents.fileDigest = file.digest();
    contents.fileBytes = file.bytesRead();
    return contents;
}

} // namespace ler::backup
