// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/present/SharingHistory.h"

#include "core/store/SqlCipherDatabase.h"
#include "core/util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ler::present {

namespace {

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QJsonObject HistoryEntry::toJson() const
{
    QJsonArray recordArray;
    for (const SharedRecord& r : records)
        recordArray.append(r.toJson());
    return { { QStringLiteral("id"), id },
        { QStringLiteral("createdAt"), iso(createdAt) },
        { QStringLiteral("format"), format },
        { QStringLiteral("recipient"), recipient },
        { QStringLiteral("challenge"), challenge },
        { QStringLiteral("expires"), expires.isValid() ? QJsonValue(iso(expires)) : QJsonValue() },
        { QStringLiteral("records"), recordArray },
        { QStringLiteral("sha256"), presentationHash },
        { QStringLiteral("sharedBy"), sharedByName(sharedBy) } };
}

SharingHistory::SharingHistory(store::SqlCipherDatabase& db)
    : m_db(db)
{ }

Result<qint64> SharingHistory::record(const Presentation& presentation, const QString& output)
{
    QJsonArray ids;
    QJsonArray records;
    for (const SharedRecord& r : presentation.records) {
        ids.append(r.recordId);
        records.append(r.toJson());
    }
    const auto compact
        = [](const QJsonArray& a) { return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)); };
    Status s = m_db.exec(
        QStringLiteral("INSERT INTO sharing_history (created_at, kind, recipient, credential_ids, presentation_hash, "
                       "records, challenge, expires_at, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
        { iso(presentation.created.isValid() ? presentation.created : clock::nowUtc()),
            output.isEmpty() ? presentationFormatName(presentation.format) : output,
            presentation.domain,
            compact(ids),
            presentation.sha256(),
            compact(records),
            presentation.challenge,
            presentation.expires.isValid() ? QVariant(iso(presentation.expires)) : QVariant(),
            // The note column keeps who shared it; empty for the person on their own.
            presentation.sharedBy == SharedBy::Holder ? QString() : sharedByName(presentation.sharedBy) });
    if (!s)
        return s.error();
    return m_db.lastInsertRowId();
}

Result<QList<HistoryEntry>> SharingHistory::list()
{
    auto rows
        = m_db.query(QStringLiteral("SELECT id, created_at, kind, recipient, challenge, expires_at, records, "
                                    "presentation_hash, note FROM sharing_history ORDER BY created_at DESC, id DESC"));
    if (!rows)
        return rows.error();
    QList<HistoryEntry> out;
    for (const store::Row& r : *rows) {
        HistoryEntry e;
        e.id = r.at(0).toLongLong();
        e.createdAt = QDateTime::fromString(r.at(1).toString(), Qt::ISODate);
        e.format = r.at(2).toString();
        e.recipient = r.at(3).toString();
        e.challenge = r.at(4).toString();
        e.expires = QDateTime::fromString(r.at(5).toString(), Qt::ISODate);
        for (const QJsonValue& v : QJsonDocument::fromJson(r.at(6).toString().toUtf8()).array())
            e.records.append(SharedRecord::fromJson(v.toObject()));
        e.presentationHash = r.at(7).toString();
        e.sharedBy = sharedByFromName(r.at(8).toString());
        out.append(e);
    }
    return out;
}

Status SharingHistory::remove(qint64 id)
{
    auto known = m_db.scalar(QStringLiteral("SELECT 1 FROM sharing_history WHERE id = ?1"), { id });
    if (!known)
        return known.error();
    if (!known->isValid()) {
        return Error(ErrorCode::NotFound,
            tx("ler::present", "The sharing history has no entry %1.").arg(id),
            QStringLiteral("present/history-entry-not-found"));
    }
    return m_db.exec(QStringLiteral("DELETE FROM sharing_history WHERE id = ?1"), { id });
}

} // namespace ler::present
