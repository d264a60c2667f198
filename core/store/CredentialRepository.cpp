// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/store/CredentialRepository.h"

#include "core/store/SqlCipherDatabase.h"
#include "core/util/Clock.h"
#include "core/util/Log.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace ler::store {

namespace {

// The summary columns, in the order summaryFromRow() reads them.
const char* const kSummarySelect = R"SQL(
SELECT c.id, c.parent_id, c.kind, c.title, c.issuer_name, c.issued_at, c.format, c.format_version,
       c.self_asserted, v.outcome, v.verified_at, c.source, c.added_at, c.updated_at,
       json_extract(c.normalized, '$.unverified')
FROM credentials c
LEFT JOIN verification_results v ON v.id = (
    SELECT id FROM verification_results WHERE credential_id = c.id ORDER BY verified_at DESC, id DESC LIMIT 1)
)SQL";

// Every credential nested (at any depth) in ?1.
const char* const kDescendants = R"SQL(
WITH RECURSIVE sub(id) AS (
    SELECT id FROM credentials WHERE parent_id = ?1
    UNION ALL SELECT c.id FROM credentials c JOIN sub ON c.parent_id = sub.id)
SELECT id FROM sub
)SQL";

QString nowUtc()
{
    return clock::nowUtc().toString(Qt::ISODateWithMs);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The stored form: the normalized record, plus the web addresses that were not downloaded at import, so the
// record can say what is missing.
QString normalizedJson(const model::ImportItem& item)
{
    QJsonObject json = item.record.toJson();
    if (!item.notFetched.isEmpty()) {
        json.insert(QStringLiteral("notFetched"), QJsonArray::fromStringList(item.notFetched));
    }
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QJsonValue jsonOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

Error notFound(const QString& id)
{
    return { ErrorCode::NotFound,
        tx("ler::store", "No credential with the id %1 is in this wallet.").arg(id),
        QStringLiteral("store/credential-not-found") };
}

/// The original must be there and match its recorded fingerprint, for the item and every nested one.
Status checkItem(const model::ImportItem& item)
{
    if (item.original.isEmpty() || item.contentHash != model::ImportItem::sha256Hex(item.original)) {
        return invalidInput(
            tx("ler::store", "The credential's content does not match its fingerprint, so it was not stored."),
            QStringLiteral("store/content-fingerprint-mismatch"));
    }
    for (const model::ImportItem& child : item.children) {
        if (Status s = checkItem(child); !s) {
            return s;
        }
    }
    return {};
}

CredentialSummary summaryFromRow(const Row& r)
{
    CredentialSummary s;
    s.id = r.at(0).toString();
    s.parentId = r.at(1).toString();
    s.kind = r.at(2).toString();
    s.title = r.at(3).toString();
    s.issuer = r.at(4).toString();
    s.issued = r.at(5).toString();
    s.format = r.at(6).toString();
    s.formatVersion = r.at(7).toString();
    s.selfAsserted = r.at(8).toInt() != 0;
    s.verification = r.at(9).toString();
    s.verifiedAt = r.at(10).toString();
    s.source = r.at(11).toString();
    s.addedAt = r.at(12).toString();
    s.updatedAt = r.at(13).toString();
    if (s.verification.isEmpty()) {
        const bool nothingToCheck = s.selfAsserted || r.at(14).toInt() != 0;
        s.verification = nothingToCheck ? QStringLiteral("unverifiable") : QStringLiteral("unchecked");
    }
    return s;
}

/// An FTS5 query in which every word of `text` is a quoted prefix term, so no search syntax gets through.
QString ftsQuery(const QString& text)
{
    QStringList terms;
    for (const QString& word : text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); })) {
            continue;
        }
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms.append(QLatin1Char('"') + quoted + QStringLiteral("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace

/// What every stored row of one store call shares.
struct CredentialRepository::Context
{
    QString file;
    QString source;
    UpdatePolicy policy = UpdatePolicy::Keep;
    QString now;
};

QJsonObject CredentialSummary::toJson() const
{
    QJsonObject o { { QStringLiteral("id"), id },
        { QStringLiteral("kind"), kind },
        { QStringLiteral("title"), title },
        { QStringLiteral("issuer"), jsonOrNull(issuer) },
        { QStringLiteral("issued"), jsonOrNull(issued) },
        { QStringLiteral("format"), format },
        { QStringLiteral("formatVersion"), jsonOrNull(formatVersion) },
        { QStringLiteral("selfAsserted"), selfAsserted },
        { QStringLiteral("verification"), verification },
        { QStringLiteral("verifiedAt"), jsonOrNull(verifiedAt) },
        { QStringLiteral("source"), jsonOrNull(source) },
        { QStringLiteral("addedAt"), addedAt },
        { QStringLiteral("updatedAt"), updatedAt } };
    if (!parentId.isEmpty()) {
        o.insert(QStringLiteral("parentId"), parentId);
    }
    return o;
}

Text CredentialSummary::verificationText() const
{
    if (verification == QLatin1String("unchecked")) {
        return tx("ler::store", "not checked yet");
    }
    if (verification == QLatin1String("unverifiable")) {
        return tx("ler::store", "nothing to verify");
    }
    if (verification == QLatin1String("verified")) {
        return tx("ler::store", "verified");
    }
    if (verification == QLatin1String("not-verified")) {
        return tx("ler::store", "NOT verified");
    }
    if (verification == QLatin1String("partly-verified")) {
        return tx("ler::store", "partly verified");
    }
    return Text::verbatim(verification);
}

CredentialRepository::CredentialRepository(SqlCipherDatabase& db)
    : m_db(db)
{ }

Status CredentialRepository::writeRow(
    Write write, const model::ImportItem& item, const QString& id, const QString& parentId, const Context& ctx)
{
    static const QString insert = QStringLiteral(
        "INSERT INTO credentials (id, parent_id, format, format_version, credential_id, kind, title, issuer_name, "
        "issued_at, normalized, search_text, original, content_hash, source, self_asserted, added_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16)");
    static const QString update = QStringLiteral(
        "UPDATE credentials SET parent_id = ?2, format = ?3, format_version = ?4, credential_id = ?5, kind = ?6, "
        "title = ?7, issuer_name = ?8, issued_at = ?9, normalized = ?10, search_text = ?11, original = ?12, "
        "content_hash = ?13, source = ?14, self_asserted = ?15, updated_at = ?16 WHERE id = ?1");
    const model::Record& r = item.record;
    const bool selfAsserted = r.selfAsserted || r.sourceFormat == model::SourceFormat::SelfAsserted;
    const QString issued = r.dates.issued.isValid() ? r.dates.issued.toUTC().toString(Qt::ISODate) : QString();
    return m_db.exec(write == Write::Insert ? insert : update,
        { id,
            textOrNull(parentId),
            model::sourceFormatName(r.sourceFormat),
            r.sourceVersion,
            textOrNull(r.credentialId),
            model::kindName(r.kind),
            r.title,
            r.issuer.name,
            textOrNull(issued),
            normalizedJson(item),
            r.searchableText(),
            item.original,
            item.contentHash,
            ctx.source,
            selfAsserted ? 1 : 0,
            ctx.now });
}

Result<int> CredentialRepository::insertChildren(
    const model::ImportItem& item, const QString& parentId, const Context& context)
{
    int stored = 0;
    for (const model::ImportItem& child : item.children) {
        auto known
            = m_db.scalar(QStringLiteral("SELECT 1 FROM credentials WHERE content_hash = ?1"), { child.contentHash });
        if (!known) {
            return known.error();
        }
        if (known->isValid()) {
            continue; // Already stored on its own or in another CLR; the fingerprint is unique.
        }
        const QString childId = newId();
        if (Status s = writeRow(Write::Insert, child, childId, parentId, context); !s) {
            return s.error();
        }
        auto nested = insertChildren(child, childId, context);
        if (!nested) {
            return nested.error();
        }
        stored += 1 + *nested;
    }
    return stored;
}

Result<ImportOutcome> CredentialRepository::storeItem(const model::ImportItem& item, const Context& context)
{
    if (Status s = checkItem(item); !s) {
        return s.error();
    }
    ImportOutcome out;
    out.file = context.file;
    out.format = model::sourceFormatName(item.record.sourceFormat);
    out.title = item.record.title;
    out.issuer = item.record.issuer.name;
    auto same = m_db.scalar(QStringLiteral("SELECT id FROM credentials WHERE content_hash = ?1"), { item.contentHash });
    if (!same) {
        return same.error();
    }
    const auto duplicate = [&](const QString& id) {
        out.status = ImportStatus::Duplicate;
        out.id = id;
        out.note = tx("ler::store", "This credential is already in your wallet.");
        return out;
    };
    if (same->isValid()) {
        return duplicate(same->toString());
    }
    if (!item.record.credentialId.isEmpty()) {
        auto rows = m_db.query(QStringLiteral("SELECT id, normalized FROM credentials WHERE credential_id = ?1 "
                                              "AND parent_id IS NULL ORDER BY row LIMIT 1"),
            { item.record.credentialId });
        if (!rows) {
            return rows.error();
        }
        if (!rows->isEmpty()) {
            const QString id = rows->first().at(0).toString();
            if (rows->first().at(1).toString() == normalizedJson(item)) {
                return duplicate(id); // The same credential in another wrapper (baked image, JWT...).
            }
            if (context.policy == UpdatePolicy::Replace) {
                return replaceItem(item, id, context);
            }
            out.status = ImportStatus::UpdateAvailable;
            out.id = id;
            out.note = tx("ler::store",
                "A different version of this credential is already in your wallet. Import it again choosing to "
                "replace the stored one to update it.");
            return out;
        }
    }
    out.id = newId();
    if (Status s = writeRow(Write::Insert, item, out.id, {}, context); !s) {
        return s.error();
    }
    auto children = insertChildren(item, out.id, context);
    if (!children) {
        return children.error();
    }
    out.status = ImportStatus::Imported;
    out.children = *children;
    return out;
}

Result<ImportOutcome> CredentialRepository::replaceItem(
    const model::ImportItem& item, const QString& id, const Context& context)
{
    // Updated in place, so tags and collections stay. Nested credentials and past checks belong to the old
    // content: they go, and the new children come in.
    Status s = m_db.exec(
        QStringLiteral("DELETE FROM credentials WHERE id IN (%1)").arg(QLatin1String(kDescendants)), { id });
    if (s) {
        s = m_db.exec(QStringLiteral("DELETE FROM verification_results WHERE credential_id = ?1"), { id });
    }
    if (s) {
        s = writeRow(Write::Update, item, id, {}, context);
    }
    if (!s) {
        return s.error();
    }
    auto children = insertChildren(item, id, context);
    if (!children) {
        return children.error();
    }
    ImportOutcome out;
    out.file = context.file;
    out.status = ImportStatus::Updated;
    out.id = id;
    out.format = model::sourceFormatName(item.record.sourceFormat);
    out.title = item.record.title;
    out.issuer = item.record.issuer.name;
    out.children = *children;
    return out;
}

Status CredentialRepository::storeAll(
    const model::ImportBatch& batch, const Context& context, QList<ImportOutcome>& outcomes)
{
    for (const model::ImportItem& item : batch.items) {
        auto out = storeItem(item, context);
        if (!out) {
            return out.error();
        }
        outcomes.append(*out);
    }
    return {};
}

Result<QList<ImportOutcome>> CredentialRepository::storeBatch(
    const model::ImportBatch& batch, const QString& source, UpdatePolicy policy)
{
    const Context context { source, source, policy, nowUtc() };
    QList<ImportOutcome> outcomes;
    if (Status s = inTransaction(m_db, [&] { return storeAll(batch, context, outcomes); }); !s) {
        return s.error();
    }
    return outcomes;
}

Result<ImportOutcome> CredentialRepository::storeSelfAsserted(
    const model::SelfAssertedEntry& entry, const QString& source)
{
    auto item = entry.toImportItem();
    if (!item) {
        return item.error();
    }
    model::ImportBatch batch;
    batch.formatId = model::sourceFormatName(model::SourceFormat::SelfAsserted);
    batch.items.append(*item);
    auto stored = storeBatch(batch, source);
    if (!stored) {
        return stored.error();
    }
    return stored->first();
}

Status CredentialRepository::updateSelfAsserted(const QString& id, const model::SelfAssertedEntry& entry)
{
    auto item = entry.toImportItem();
    if (!item) {
        return item.error();
    }
    auto known = m_db.scalar(QStringLiteral("SELECT self_asserted FROM credentials WHERE id = ?1"), { id });
    if (!known) {
        return known.error();
    }
    if (!known->isValid()) {
        return notFound(id);
    }
    if (known->toInt() == 0) {
        return invalidInput(
            tx("ler::store", "Only your own entries can be edited; a credential stays as its issuer made it."),
            QStringLiteral("store/not-own-entry"));
    }
    auto same = m_db.scalar(
        QStringLiteral("SELECT id FROM credentials WHERE content_hash = ?1 AND id <> ?2"), { item->contentHash, id });
    if (!same) {
        return same.error();
    }
    if (same->isValid()) {
        return Error(ErrorCode::AlreadyExists,
            tx("ler::store", "The same entry is already in your wallet."),
            QStringLiteral("store/entry-already-present"));
    }
    const Context context { {}, QStringLiteral("form"), UpdatePolicy::Replace, nowUtc() };
    return inTransaction(m_db, [&] { return writeRow(Write::Update, *item, id, {}, context); });
}

Status CredentialRepository::storeOne(
    const model::ImportItem& item, const Context& context, ImportReport& report, int& pending)
{
    if (Status s = m_db.execScript(QStringLiteral("SAVEPOINT item")); !s) {
        return s;
    }
    auto out = storeItem(item, context);
    if (!out) {
        // Only this credential is undone; the rest of the transaction stands.
        if (Status undo = m_db.execScript(QStringLiteral("ROLLBACK TO item")); !undo) {
            return undo;
        }
        ImportOutcome rejected;
        rejected.file = context.file;
        rejected.format = model::sourceFormatName(item.record.sourceFormat);
        rejected.title = item.record.title;
        rejected.issuer = item.record.issuer.name;
        rejected.error = out.error().message;
        rejected.errorCode = errorCodeName(out.error().code);
        rejected.errorReason = out.error().reason;
        report.outcomes.append(rejected);
    } else {
        report.outcomes.append(*out);
        if (out->status == ImportStatus::Imported || out->status == ImportStatus::Updated) {
            pending += 1 + out->children;
        }
    }
    return m_db.execScript(QStringLiteral("RELEASE item"));
}

Result<ImportReport> CredentialRepository::importMany(
    int count, const std::function<LoadedInput(int index)>& load, const ImportManyOptions& options)
{
    ImportReport report;
    report.inputs = count;
    const auto cancelled = [&] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };
    const int commitEvery = std::max(1, options.commitEvery);
    int pending = 0;
    qsizetype reported = 0; // outcomes already passed to options.committed
    const auto announce = [&] {
        if (options.committed && reported < report.outcomes.size()) {
            options.committed(report.outcomes.mid(reported));
        }
        reported = report.outcomes.size();
    };
    if (Status s = m_db.begin(); !s) {
        return s.error();
    }
    const auto fatal = [&](const Error& e) -> Result<ImportReport> {
        m_db.rollback();
        return e;
    };
    for (int i = 0; i < count && !report.cancelled; ++i) {
        if ((report.cancelled = cancelled())) {
            break;
        }
        const LoadedInput input = load(i);
        const Context context { input.file, input.source, options.policy, nowUtc() };
        if (!input.batch) {
            ImportOutcome rejected;
            rejected.file = input.file;
            rejected.error = input.error.message;
            rejected.errorCode = errorCodeName(input.error.code);
            rejected.errorReason = input.error.reason;
            report.outcomes.append(rejected);
        }
        const QList<model::ImportItem> items = input.batch ? input.batch->items : QList<model::ImportItem>();
        for (const model::ImportItem& item : items) {
            if ((report.cancelled = cancelled())) {
                break;
            }
            if (Status s = storeOne(item, context, report, pending); !s) {
                return fatal(s.error());
            }
            const ImportOutcome& last = report.outcomes.constLast();
            if (options.stored && (last.status == ImportStatus::Imported || last.status == ImportStatus::Updated)) {
                options.stored(StoredItem { last, item, input.batch->formatId, input.source });
            }
            if (pending >= commitEvery) {
                if (Status s = m_db.commit(); !s) {
                    return fatal(s.error());
                }
                ++report.commits;
                pending = 0;
                announce();
                if (Status s = m_db.begin(); !s) {
                    return s.error();
                }
            }
        }
        if (!report.cancelled) {
            ++report.inputsDone;
            if (options.progress) {
                options.progress(report.inputsDone, count);
            }
        }
    }
    if (Status s = m_db.commit(); !s) {
        return fatal(s.error());
    }
    report.commits += pending > 0 ? 1 : 0;
    announce();
    if (report.cancelled) {
        qCInfo(lcStore) << "import cancelled after" << report.inputsDone << "of" << count << "inputs";
    }
    return report;
}

Result<QList<CredentialSummary>> CredentialRepository::summaries(const QString& tail, const QVariantList& params)
{
    auto rows = m_db.query(QLatin1String(kSummarySelect) + tail, params);
    if (!rows) {
        return rows.error();
    }
    QList<CredentialSummary> out;
    out.reserve(rows->size());
    for (const Row& r : *rows) {
        out.append(summaryFromRow(r));
    }
    return out;
}

Result<QList<CredentialSummary>> CredentialRepository::list()
{
    return summaries(QStringLiteral("ORDER BY coalesce((SELECT p.row FROM credentials p WHERE p.id = c.parent_id), "
                                    "c.row), c.parent_id IS NOT NULL, c.row"),
        {});
}

Result<StoredCredential> CredentialRepository::get(const QString& id)
{
    auto found = summaries(QStringLiteral("WHERE c.id = ?1"), { id });
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return notFound(id);
    }
    auto rows = m_db.query(
        QStringLiteral("SELECT normalized, original, content_hash FROM credentials WHERE id = ?1"), { id });
    auto children = m_db.query(QStringLiteral("SELECT id FROM credentials WHERE parent_id = ?1 ORDER BY row"), { id });
    if (!rows || rows->isEmpty() || !children) {
        return !rows ? rows.error() : !children ? children.error() : notFound(id);
    }
    const Row& r = rows->first();
    const QJsonObject normalized = QJsonDocument::fromJson(r.at(0).toString().toUtf8()).object();
    auto record = model::Record::fromJson(normalized);
    if (!record) {
        return Error(ErrorCode::Corrupt,
            tx("ler::store", "The stored record of this credential cannot be read."),
            QStringLiteral("store/record-unreadable"));
    }
    StoredCredential out { found->first(), *record, r.at(1).toByteArray(), r.at(2).toString(), {}, {} };
    for (const QJsonValue& url : normalized.value(QStringLiteral("notFetched")).toArray()) {
        out.notFetched.append(url.toString());
    }
    for (const Row& child : *children) {
        out.childIds.append(child.at(0).toString());
    }
    return out;
}

Result<QByteArray> CredentialRepository::exportOriginal(const QString& id)
{
    auto rows = m_db.query(QStringLiteral("SELECT original FROM credentials WHERE id = ?1"), { id });
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return notFound(id);
    }
    return rows->first().at(0).toByteArray();
}

Status CredentialRepository::remove(const QString& id)
{
    auto known = m_db.scalar(QStringLiteral("SELECT 1 FROM credentials WHERE id = ?1"), { id });
    if (!known) {
        return known.error();
    }
    if (!known->isValid()) {
        return notFound(id);
    }
    // One statement: the delete trigger keeps the search index in step for every row it removes.
    return inTransaction(m_db, [&] {
        return m_db.exec(
            QStringLiteral("DELETE FROM credentials WHERE id = ?1 OR id IN (%1)").arg(QLatin1String(kDescendants)),
            { id });
    });
}

Result<QList<CredentialSummary>> CredentialRepository::search(const QString& text, int limit)
{
    const QString query = ftsQuery(text);
    if (query.isEmpty()) {
        return QList<CredentialSummary>();
    }
    // Ranked and cut in the index first: the summary of a row (its latest report, a field of its record) is read
    // only for the rows shown, not for every row that matches a common word.
    return summaries(QStringLiteral("JOIN (SELECT rowid, bm25(credentials_fts) AS rank FROM credentials_fts "
                                    "WHERE credentials_fts MATCH ?1 ORDER BY rank, rowid LIMIT ?2) f "
                                    "ON f.rowid = c.row ORDER BY f.rank, c.row"),
        { query, std::max(1, limit) });
}

Result<int> CredentialRepository::count()
{
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM credentials"));
    if (!n) {
        return n.error();
    }
    return n->toInt();
}

} // namespace ler::store
