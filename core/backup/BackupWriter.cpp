// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/backup/BackupWriter.h"

#include "core/backup/BackupFormat.h"
#include "core/backup/BackupReminder.h"
#include "core/backup/BackupTables.h"
#include "core/backup/SecureCbor.h"
#include "core/crypto/PassphraseStrength.h"
#include "core/crypto/SecretStream.h"
#include "core/store/Migrations.h"
#include "core/store/Wallet.h"
#include "core/util/Clock.h"
#include "core/util/Log.h"

#include <QCborStreamWriter>
#include <QCoreApplication>
#include <QSaveFile>
#include <QtEndian>

namespace ler::backup {

namespace {

Error writeFailed(const QString& file)
{
    return Error(ErrorCode::Io,
        tx("ler::backup", "Could not write the backup to %1.").arg(file),
        QStringLiteral("backup/write-failed"));
}

/// Encrypts messages and writes them, each after its length, to the file.
class MessageWriter
{
public:
    MessageWriter(QSaveFile& file, crypto::SecretStreamPush& stream)
        : m_file(file)
        , m_stream(stream)
    { }

    Status write(QByteArrayView plaintext, QByteArrayView associatedData, bool final)
    {
        auto sealed = m_stream.push(plaintext, associatedData, final);
        if (!sealed) {
            return sealed.error();
        }
        if (quint64(sealed->size()) > kMaxMessageBytes) {
            return Error(ErrorCode::LimitExceeded,
                tx("ler::backup", "A record is too large to be backed up."),
                QStringLiteral("backup/record-too-large"));
        }
        char length[4];
        qToBigEndian(quint32(sealed->size()), length);
        if (m_file.write(length, 4) != 4 || m_file.write(*sealed) != sealed->size()) {
            return writeFailed(m_file.fileName());
        }
        return {};
    }

private:
    QSaveFile& m_file;
    crypto::SecretStreamPush& m_stream;
};

/// The rows of one table, gathered into messages of about kBatchBytes: [table index, row, row...].
class Batcher
{
public:
    explicit Batcher(MessageWriter& out)
        : m_out(out)
    { }

    void startTable(int index) { m_table = index; }
    /// The encoding of one row (a CBOR array) goes here; then rowDone().
    SecureCborWriter& row() { return m_row; }

    Status rowDone()
    {
        if (!m_row.ok() || !m_rows.append(m_row.bytes())) {
            return outOfMemory();
        }
        m_row.clear();
        ++m_count;
        return m_rows.size() >= std::size_t(kBatchBytes) ? flush() : Status {};
    }

    Status flush()
    {
        if (m_count == 0) {
            return {};
        }
        crypto::SecureBuffer message;
        if (!message.append(cborHead(4, quint64(m_count) + 1)) || !message.append(cborHead(0, quint64(m_table)))
            || !message.append(m_rows.view())) {
            return outOfMemory();
        }
        Status s = m_out.write(message.view(), {}, false);
        m_rows.clear();
        m_count = 0;
        return s;
    }

private:
    static Error outOfMemory()
    {
        return Error(ErrorCode::Crypto,
            tx("ler::backup", "no secure memory for the backup"),
            QStringLiteral("backup/no-secure-memory"));
    }

    MessageWriter& m_out;
    SecureCborWriter m_row;
    crypto::SecureBuffer m_rows;
    int m_table = 0;
    qint64 m_count = 0;
};

void appendValue(QCborStreamWriter& w, const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::LongLong:
        w.append(v.toLongLong());
        break;
    case QMetaType::Double:
        w.append(v.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray b = v.toByteArray();
        w.appendByteString(b.constData(), b.size());
        break;
    }
    case QMetaType::QString: {
        const QByteArray utf8 = v.toString().toUtf8();
        w.appendTextString(utf8.constData(), utf8.size());
        break;
    }
    default:
        w.appendNull();
    }
}

struct TablePlan
{
    const TableRule* rule;
    QStringList columns;
    int secret = -1; ///< index of the secret column in columns
    QList<qint64> rowids;
};

Result<QList<TablePlan>> plan(store::SqlCipherDatabase& db)
{
    QList<TablePlan> out;
    for (const TableRule& rule : backedUpTables()) {
        auto columns = tableColumns(db, rule.name);
        if (!columns) {
            return columns.error();
        }
        TablePlan p { &rule, columns->names, -1, {} };
        if (!rule.secretColumn.isEmpty()) {
            p.secret = int(p.columns.indexOf(rule.secretColumn));
            if (p.secret < 0) {
                return Error(ErrorCode::Internal,
                    tx("ler::backup", "no column %1").arg(rule.secretColumn),
                    QStringLiteral("backup/secret-column-missing"));
            }
        }
        auto ids = db.query(rule.order);
        auto count = db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(rule.name));
        if (!ids) {
            return ids.error();
        }
        if (!count) {
            return count.error();
        }
        for (const store::Row& r : *ids) {
            p.rowids.append(r.at(0).toLongLong());
        }
        if (p.rowids.size() != count->toLongLong()) {
            // Only a credential whose parent chain loops could be left out of the ordered list.
            return Error(ErrorCode::Corrupt,
                tx("ler::backup", "The wallet's records refer to each other in a loop. Run a wallet check."),
                QStringLiteral("backup/record-loop"));
        }
        out.append(p);
    }
    return out;
}

QByteArray manifest(const QList<TablePlan>& tables, int schemaVersion, const QDateTime& created, const QString& id)
{
    QByteArray out;
    QCborStreamWriter w(&out);
    w.startMap(6);
    w.append(QLatin1String("format"));
    w.append(QLatin1String(kManifestFormat));
    w.append(QLatin1String("schemaVersion"));
    w.append(qint64(schemaVersion));
    w.append(QLatin1String("createdAt"));
    w.append(created.toUTC().toString(Qt::ISODate));
    w.append(QLatin1String("walletId"));
    w.append(id);
    w.append(QLatin1String("appVersion"));
    w.append(QCoreApplication::applicationVersion());
    w.append(QLatin1String("tables"));
    w.startArray(quint64(tables.size()));
    for (const TablePlan& t : tables) {
        w.startMap(2);
        w.append(QLatin1String("name"));
        w.append(t.rule->name);
        w.append(QLatin1String("columns"));
        w.startArray(quint64(t.columns.size()));
        for (const QString& c : t.columns) {
            w.append(c);
        }
        w.endArray();
        w.endMap();
    }
    w.endArray();
    w.endMap();
    return out;
}

/// Writes every row of one table.
Status writeTable(
    store::SqlCipherDatabase& db, const TablePlan& t, Batcher& batcher, const std::function<void()>& rowWritten)
{
    QStringList plain = t.columns;
    if (t.secret >= 0) {
        plain.removeAt(t.secret);
    }
    const QString select
        = QStringLiteral("SELECT %1 FROM %2 WHERE rowid = ?1").arg(plain.join(QStringLiteral(", ")), t.rule->name);
    const QString selectSecret
        = QStringLiteral("SELECT %1 FROM %2 WHERE rowid = ?1").arg(t.rule->secretColumn, t.rule->name);
    for (qint64 rowid : t.rowids) {
        // One row at a time: a wallet's originals may be large, and only one is in memory at once.
        auto rows = db.query(select, { rowid });
        if (!rows) {
            return rows.error();
        }
        if (rows->size() != 1) {
            return Error(ErrorCode::Internal,
                tx("ler::backup", "row vanished during backup"),
                QStringLiteral("backup/row-vanished"));
        }
        const store::Row& values = rows->constFirst();
        SecureCborWriter& out = batcher.row();
        out.writer().startArray(quint64(t.columns.size()));
        for (int c = 0, v = 0; c < t.columns.size(); ++c) {
            if (c == t.secret) {
                auto secret = db.secretBlob(selectSecret, { rowid });
                if (!secret) {
                    return secret.error();
                }
                out.writer().appendByteString(secret->constChar(), qsizetype(secret->size()));
            } else {
                appendValue(out.writer(), values.at(v++));
            }
        }
        out.writer().endArray();
        if (Status s = batcher.rowDone(); !s) {
            return s;
        }
        rowWritten();
    }
    return batcher.flush();
}

Status writeAll(store::Wallet& wallet,
    QSaveFile& file,
    crypto::SecretStreamPush& stream,
    const Header& header,
    const QDateTime& created,
    const BackupOptions& options,
    BackupSummary& summary)
{
    store::SqlCipherDatabase& db = wallet.database();
    auto version = store::schemaVersion(db);
    if (!version) {
        return version.error();
    }
    auto tables = plan(db);
    if (!tables) {
        return tables.error();
    }
    MessageWriter out(file, stream);
    if (Status s = out.write(manifest(*tables, *version, created, wallet.walletId()), header.bytes, false); !s) {
        return s;
    }
    qint64 total = 0;
    for (const TablePlan& t : *tables) {
        total += t.rowids.size();
    }
    qint64 done = 0;
    Batcher batcher(out);
    for (int i = 0; i < tables->size(); ++i) {
        const TablePlan& t = tables->at(i);
        batcher.startTable(i);
        Status s = writeTable(db, t, batcher, [&] {
            if (options.progress && (++done % 64 == 0 || done == total)) {
                options.progress(done, total);
            }
        });
        if (!s) {
            return s;
        }
        summary.rows.insert(t.rule->name, t.rowids.size());
    }
    QByteArray counts;
    QCborStreamWriter w(&counts);
    w.startMap(1);
    w.append(QLatin1String("rows"));
    w.startArray(quint64(tables->size()));
    for (const TablePlan& t : *tables) {
        w.append(qint64(t.rowids.size()));
    }
    w.endArray();
    w.endMap();
    return out.write(counts, {}, true);
}

} // namespace

Result<BackupSummary> writeBackup(
    store::Wallet& wallet, const QString& file, QByteArrayView passphrase, const BackupOptions& options)
{
    const auto strength = crypto::PassphraseStrength::estimate(passphrase);
    if (!strength.acceptable()) {
        return Error(ErrorCode::InvalidInput, strength.refusal(), QStringLiteral("backup/passphrase-weak"));
    }
    store::SqlCipherDatabase& db = wallet.database();
    if (Status s = checkCoverage(db); !s) {
        qCWarning(lcStore) << "backup refused:" << s.error().message;
        return s.error();
    }
    Header header;
    header.kdf = options.cost.opsLimit > 0 ? options.cost.withNewSalt() : wallet.passphraseCost().withNewSalt();
    auto keys = deriveKeys(passphrase, header.kdf);
    if (!keys) {
        return keys.error();
    }
    auto stream = crypto::SecretStreamPush::start(keys->stream);
    if (!stream) {
        return stream.error();
    }
    header.keyCheck = QByteArray(keys->check.constChar(), qsizetype(keys->check.size()));
    header.streamHeader = stream->header();
    keys->stream.clear();
    encodeHeader(header);

    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(header.bytes) != header.bytes.size()) {
        return writeFailed(file);
    }
    BackupSummary summary;
    // Whole seconds: the time is stored as ISO 8601 text.
    summary.createdAt = QDateTime::fromSecsSinceEpoch(
        (options.now.isValid() ? options.now : clock::nowUtc()).toSecsSinceEpoch(), Qt::UTC);
    // One read transaction, so the backup is a single moment of the wallet.
    if (Status s = db.begin(); !s) {
        return s.error();
    }
    Status written = writeAll(wallet, out, *stream, header, summary.createdAt, options, summary);
    db.rollback(); // nothing was changed
    if (!written) {
        out.cancelWriting();
        return written.error();
    }
    summary.fileBytes = out.pos();
    if (!out.commit()) {
        return writeFailed(file);
    }
    if (Status s = noteBackupMade(db, summary.createdAt); !s) {
        qCWarning(lcStore) << "the backup was written, but its time could not be noted";
    }
    qCInfo(lcStore) << "backup written:" << summary.records() << "records," << summary.fileBytes << "bytes";
    return summary;
}

} // namespace ler::backup
