// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/records/Library.h"

#include "core/store/SqlCipherDatabase.h"
#include "core/util/Clock.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace ler::records {

namespace {

constexpr int kMaxTagLength = 60;
constexpr int kMaxNameLength = 80;
constexpr int kDescriptionChars = 400; // the list shows a line or two; the detail page reads the whole record

QDateTime iso(const QString& s)
{
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}

/// The record without what only the detail page shows, so a large wallet's list stays small in memory.
model::Record listed(model::Record r, int& courses)
{
    courses = int(r.courses.size());
    r.courses.clear();
    r.degrees.clear();
    r.evidence.clear();
    r.subjects.clear();
    r.links.clear();
    if (r.description.size() > kDescriptionChars) {
        r.description = r.description.left(kDescriptionChars) + QStringLiteral("…");
    }
    if (r.sourceFormat != model::SourceFormat::SdJwtVc) {
        const QJsonValue achievementId = r.claims.value(QStringLiteral("achievementId"));
        r.claims = QJsonObject();
        if (achievementId.isString()) {
            r.claims.insert(QStringLiteral("achievementId"), achievementId);
        }
    }
    // A data: URI can be large; the image store reads it when the picture is shown.
    if (r.achievement.image.startsWith(QLatin1String("data:"))) {
        r.achievement.image = QStringLiteral("data:");
    }
    if (r.issuer.image.startsWith(QLatin1String("data:"))) {
        r.issuer.image = QStringLiteral("data:");
    }
    return r;
}

Error unknownRecord()
{
    return { ErrorCode::NotFound,
        tx("ler::records", "That record is not in this wallet."),
        QStringLiteral("records/unknown-record") };
}

Error unknownCollection()
{
    return { ErrorCode::NotFound,
        tx("ler::records", "That collection is not in this wallet."),
        QStringLiteral("records/unknown-collection") };
}

QString nowUtc()
{
    return clock::nowUtc().toString(Qt::ISODateWithMs);
}

} // namespace

QDateTime Entry::issued() const
{
    return iso(summary.issued);
}

QDateTime Entry::added() const
{
    return iso(summary.addedAt);
}

QDateTime Entry::verifiedAt() const
{
    return iso(summary.verifiedAt);
}

Library::Library(store::SqlCipherDatabase& db)
    : m_db(db)
{ }

Result<QList<Entry>> Library::entries()
{
    auto summaries = store::CredentialRepository(m_db).list();
    if (!summaries) {
        return summaries.error();
    }
    auto rows = m_db.query(QStringLiteral("SELECT id, normalized, (SELECT count(*) FROM credentials k WHERE "
                                          "k.parent_id = c.id) FROM credentials c"));
    auto tagRows = m_db.query(QStringLiteral(
        "SELECT ct.credential_id, t.name FROM credential_tags ct JOIN tags t ON t.id = ct.tag_id ORDER BY t.name"));
    auto collectionRows
        = m_db.query(QStringLiteral("SELECT credential_id, collection_id FROM collection_items ORDER BY position"));
    auto verifiedRows = m_db.query(QStringLiteral("SELECT credential_id, max(verified_at) FROM verification_results "
                                                  "WHERE outcome = 'verified' GROUP BY credential_id"));
    if (!rows || !tagRows || !collectionRows || !verifiedRows) {
        return !rows          ? rows.error()
            : !tagRows        ? tagRows.error()
            : !collectionRows ? collectionRows.error()
                              : verifiedRows.error();
    }
    QHash<QString, qsizetype> at;
    QList<Entry> out;
    out.reserve(summaries->size());
    for (const store::CredentialSummary& s : *summaries) {
        at.insert(s.id, out.size());
        out.append(Entry { s, {}, {}, {}, 0, 0, {} });
    }
    for (const store::Row& r : *rows) {
        const auto i = at.constFind(r.at(0).toString());
        if (i == at.cend()) {
            continue;
        }
        Entry& e = out[*i];
        auto record = model::Record::fromJson(QJsonDocument::fromJson(r.at(1).toString().toUtf8()).object());
        if (record) {
            e.record = listed(std::move(record).value(), e.courses);
        } else {
            // A record that cannot be read is still listed, by what the row says, so it can be deleted.
            e.record.title = e.summary.title;
            e.record.sourceFormat
                = model::sourceFormatFromName(e.summary.format).value_or(model::SourceFormat::SelfAsserted);
            e.record.issuer.name = e.summary.issuer;
            e.record.kind = model::kindFromName(e.summary.kind).value_or(model::RecordKind::Other);
        }
        e.children = r.at(2).toInt();
    }
    for (const store::Row& r : *tagRows) {
        if (const auto i = at.constFind(r.at(0).toString()); i != at.cend()) {
            out[*i].tags.append(r.at(1).toString());
        }
    }
    for (const store::Row& r : *collectionRows) {
        if (const auto i = at.constFind(r.at(0).toString()); i != at.cend()) {
            out[*i].collections.append(r.at(1).toLongLong());
        }
    }
    for (const store::Row& r : *verifiedRows) {
        if (const auto i = at.constFind(r.at(0).toString()); i != at.cend()) {
            out[*i].lastVerified = iso(r.at(1).toString());
        }
    }
    return out;
}

Result<QStringList> Library::search(const QString& text)
{
    // Searches the whole wallet: the list filters by these ids, so a cut-off would hide matches.
    auto found = store::CredentialRepository(m_db).search(text, 1'000'000);
    if (!found) {
        return found.error();
    }
    QStringList ids;
    ids.reserve(found->size());
    for (const store::CredentialSummary& s : *found) {
        ids.append(s.id);
    }
    return ids;
}

Result<QStringList> Library::tags()
{
    auto rows = m_db.query(QStringLiteral("SELECT name FROM tags ORDER BY name COLLATE NOCASE"));
    if (!rows) {
        return rows.error();
    }
    QStringList out;
    for (const store::Row& r : *rows) {
        out.append(r.at(0).toString());
    }
    return out;
}

Status Library::checkCredential(const QString& id)
{
    auto known = m_db.scalar(QStringLiteral("SELECT 1 FROM credentials WHERE id = ?1"), { id });
    if (!known) {
        return known.error();
    }
    return known->isValid() ? Status() : Status(unknownRecord());
}

Status Library::setTags(const QString& credentialId, const QStringList& tags)
{
    QStringList clean;
    for (const QString& t : tags) {
        const QString tag = t.simplified();
        if (tag.isEmpty()) {
            continue;
        }
        if (tag.size() > kMaxTagLength) {
            return invalidInput(tx("ler::records", "A tag can be at most %1 characters long.").arg(kMaxTagLength),
                QStringLiteral("records/tag-too-long"));
        }
        if (!clean.contains(tag, Qt::CaseInsensitive)) {
            clean.append(tag);
        }
    }
    if (Status s = checkCredential(credentialId); !s) {
        return s;
    }
    return store::inTransaction(m_db, [&]() -> Status {
        if (Status s
            = m_db.exec(QStringLiteral("DELETE FROM credential_tags WHERE credential_id = ?1"), { credentialId });
            !s) {
            return s;
        }
        for (const QString& tag : std::as_const(clean)) {
            if (Status s = m_db.exec(QStringLiteral("INSERT OR IGNORE INTO tags (name) VALUES (?1)"), { tag }); !s) {
                return s;
            }
            if (Status s = m_db.exec(QStringLiteral("INSERT OR IGNORE INTO credential_tags (credential_id, tag_id) "
                                                    "SELECT ?1, id FROM tags WHERE name = ?2"),
                    { credentialId, tag });
                !s) {
                return s;
            }
        }
        return m_db.exec(QStringLiteral("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM credential_tags)"));
    });
}

Result<QList<Collection>> Library::collections()
{
    auto rows = m_db.query(QStringLiteral("SELECT c.id, c.name, (SELECT count(*) FROM collection_items i WHERE "
                                          "i.collection_id = c.id) FROM collections c ORDER BY c.name COLLATE NOCASE"));
    if (!rows) {
        return rows.error();
    }
    QList<Collection> out;
    for (const store::Row& r : *rows) {
        out.append({ r.at(0).toLongLong(), r.at(1).toString(), r.at(2).toInt() });
    }
    return out;
}

Status Library::checkCollectionName(const QString& name, qint64 except)
{
    if (name.isEmpty()) {
        return invalidInput(
            tx("ler::records", "Give the collection a name."), QStringLiteral("records/collection-name-empty"));
    }
    if (name.size() > kMaxNameLength) {
        return invalidInput(tx("ler::records",
                                "A collection name can be at most %1 characters "
                                "long.")
                                .arg(kMaxNameLength),
            QStringLiteral("records/collection-name-too-long"));
    }
    auto taken = m_db.scalar(
        QStringLiteral("SELECT 1 FROM collections WHERE name = ?1 COLLATE NOCASE AND id <> ?2"), { name, except });
    if (!taken) {
        return taken.error();
    }
    if (taken->isValid()) {
        return Error(ErrorCode::AlreadyExists,
            tx("ler::records", "You already have a collection called \"%1\".").arg(name),
            QStringLiteral("records/collection-name-taken"));
    }
    return {};
}

Status Library::checkCollection(qint64 id)
{
    auto known = m_db.scalar(QStringLiteral("SELECT 1 FROM collections WHERE id = ?1"), { id });
    if (!known) {
        return known.error();
    }
    return known->isValid() ? Status() : Status(unknownCollection());
}

Result<qint64> Library::createCollection(const QString& name)
{
    const QString clean = name.simplified();
    if (Status s = checkCollectionName(clean, -1); !s) {
        return s.error();
    }
    if (Status s
        = m_db.exec(QStringLiteral("INSERT INTO collections (name, created_at) VALUES (?1, ?2)"), { clean, nowUtc() });
        !s) {
        return s.error();
    }
    return m_db.lastInsertRowId();
}

Status Library::renameCollection(qint64 id, const QString& name)
{
    const QString clean = name.simplified();
    if (Status s = checkCollection(id); !s) {
        return s;
    }
    if (Status s = checkCollectionName(clean, id); !s) {
        return s;
    }
    return m_db.exec(QStringLiteral("UPDATE collections SET name = ?1 WHERE id = ?2"), { clean, id });
}

Status Library::deleteCollection(qint64 id)
{
    if (Status s = checkCollection(id); !s) {
        return s;
    }
    return m_db.exec(QStringLiteral("DELETE FROM collections WHERE id = ?1"), { id });
}

Status Library::addToCollection(qint64 id, const QStringList& credentialIds)
{
    if (Status s = checkCollection(id); !s) {
        return s;
    }
    for (const QString& c : credentialIds) {
        if (Status s = checkCredential(c); !s) {
            return s;
        }
    }
    return store::inTransaction(m_db, [&]() -> Status {
        for (const QString& c : credentialIds) {
            Status s = m_db.exec(QStringLiteral("INSERT OR IGNORE INTO collection_items (collection_id, credential_id, "
                                                "position) VALUES (?1, ?2, (SELECT coalesce(max(position), 0) + 1 FROM "
                                                "collection_items WHERE collection_id = ?1))"),
                { id, c });
            if (!s) {
                return s;
            }
        }
        return {};
    });
}

Status Library::removeFromCollection(qint64 id, const QStringList& credentialIds)
{
    if (Status s = checkCollection(id); !s) {
        return s;
    }
    return store::inTransaction(m_db, [&]() -> Status {
        for (const QString& c : credentialIds) {
            if (Status s = m_db.exec(
                    QStringLiteral("DELETE FROM collection_items WHERE collection_id = ?1 AND credential_id = ?2"),
                    { id, c });
                !s) {
                return s;
            }
        }
        return {};
    });
}

} // namespace ler::records
