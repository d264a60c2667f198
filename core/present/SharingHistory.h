// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/present/Presentation.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ler::store {
class SqlCipherDatabase;
}

namespace ler::present {

/// One presentation the person made: when, for whom, which records and claims, which format, and a hash of what
/// was written. Never the presentation itself, never key material.
struct HistoryEntry
{
    qint64 id = 0;
    QDateTime createdAt;
    QString format; ///< presentationFormatName(), or the output it was made as ("pdf", "qr-png", "qr"...)
    QString recipient; ///< the domain it was made for; empty when none was given
    QString challenge;
    QDateTime expires;
    QList<SharedRecord> records;
    QString presentationHash; ///< lower-case hex SHA-256 of the written presentation
    SharedBy sharedBy = SharedBy::Holder;

    /// {id, createdAt, format, recipient, challenge, expires, records: [{id, title, sharing, claims}], sha256,
    /// sharedBy}
    QJsonObject toJson() const;
};

/// The sharing history in the wallet database. Works on the caller's thread.
class SharingHistory
{
public:
    explicit SharingHistory(store::SqlCipherDatabase& db);

    /// Adds an entry for a presentation that is being written; the caller owns the transaction. output names what
    /// was made of it when that is not the presentation's own format ("pdf", "qr-png"...).
    Result<qint64> record(const Presentation& presentation, const QString& output = {});
    /// Every entry, newest first.
    Result<QList<HistoryEntry>> list();
    /// Deletes one entry; NotFound when there is none with this id.
    Status remove(qint64 id);

private:
    store::SqlCipherDatabase& m_db;
};

} // namespace ler::present
