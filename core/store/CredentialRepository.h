// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/model/ImportItem.h"
#include "core/model/Record.h"
#include "core/model/SelfAssertedEntry.h"
#include "core/store/ImportOutcome.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>

namespace ler::store {

class SqlCipherDatabase;

/// One stored credential as listed.
struct CredentialSummary
{
    QString id;
    QString parentId; ///< The CLR it came in, if any.
    QString kind; ///< model::kindName()
    QString title;
    QString issuer;
    QString issued; ///< ISO 8601 UTC; empty when the credential names no issue date.
    QString format; ///< model::sourceFormatName()
    QString formatVersion;
    bool selfAsserted = false;
    /// The latest verification outcome; "unchecked" when never checked; "unverifiable" when the
    /// credential carries nothing to check (self-asserted entries, unsigned transcripts).
    QString verification;
    QString verifiedAt;
    QString source;
    QString addedAt;
    QString updatedAt;

    QJsonObject toJson() const;
    /// The verification state in plain words ("not verified yet"...).
    Text verificationText() const;
};

/// Everything stored about one credential.
struct StoredCredential
{
    CredentialSummary summary;
    model::Record record;
    QByteArray original; ///< The exact bytes imported.
    QString contentHash;
    QStringList childIds;
    QStringList notFetched; ///< Web addresses the credential refers to that were not downloaded at import.
};

/// One input for importMany(), produced on demand so thousands of files are never all in memory.
struct LoadedInput
{
    QString file; ///< Shown in outcomes.
    QString source; ///< Stored in the source column: a file name, "stdin", "clipboard", "url", "form".
    std::optional<model::ImportBatch> batch; ///< Empty when the input could not be read or parsed.
    Error error; ///< Why, when batch is empty.
};

/// A credential importMany() has just stored or updated, with the item it was read into.
struct StoredItem
{
    const ImportOutcome& outcome;
    const model::ImportItem& item;
    const QString& formatId; ///< The import format id of its batch.
    const QString& source; ///< As stored in the source column.
};

struct ImportManyOptions
{
    UpdatePolicy policy = UpdatePolicy::Keep;
    int commitEvery = 100; ///< Credentials (children included) per transaction.
    /// Called on the importing thread after each input with (inputs done, inputs in all).
    std::function<void(int done, int total)> progress;
    /// Checked between credentials; may be set from any thread.
    const std::atomic<bool>* cancel = nullptr;
    /// Called on the importing thread after each commit with the outcomes that commit made durable (and the
    /// rejected inputs met since the last one), so a front end can report an import as done only once it is.
    std::function<void(const QList<ImportOutcome>& outcomes)> committed;
    /// Called on the importing thread for each credential stored or updated, before the commit that makes it
    /// durable (and that the next `committed` call reports).
    std::function<void(const StoredItem& stored)> stored;
};

/// The credentials in a wallet: storing imports, listing, reading, exporting, deleting and searching.
/// Works on the caller's thread; the database must not be used by another thread at the same time.
class CredentialRepository
{
public:
    explicit CredentialRepository(SqlCipherDatabase& db);

    /// Stores every item of `batch` (and their children) in one transaction. Any failure rolls the whole
    /// batch back and returns the error; duplicates and update-available are outcomes, not failures.
    Result<QList<ImportOutcome>> storeBatch(
        const model::ImportBatch& batch, const QString& source, UpdatePolicy policy = UpdatePolicy::Keep);
    /// Stores a typed-in entry as a self-asserted credential. An invalid entry stores nothing.
    Result<ImportOutcome> storeSelfAsserted(
        const model::SelfAssertedEntry& entry, const QString& source = QStringLiteral("form"));
    /// Replaces the person's own entry `id` with `entry`, keeping its wallet id, tags and collections. Fails with
    /// NotFound for an unknown id and InvalidInput for an invalid entry or a record that is not self-asserted; a
    /// failure changes nothing.
    Status updateSelfAsserted(const QString& id, const model::SelfAssertedEntry& entry);
    /// Stores `count` inputs, each fetched by `load(i)`, committing every options.commitEvery credentials.
    /// A bad input or credential is a rejected outcome and the rest go on. When cancelled, the credentials
    /// already handled are committed and kept, the rest are not looked at, and the report says so.
    Result<ImportReport> importMany(
        int count, const std::function<LoadedInput(int index)>& load, const ImportManyOptions& options = {});

    /// Every credential, each top-level one followed by the credentials nested in it.
    Result<QList<CredentialSummary>> list();
    Result<StoredCredential> get(const QString& id);
    /// The exact bytes that were imported.
    Result<QByteArray> exportOriginal(const QString& id);
    /// Deletes a credential, the credentials nested in it and everything attached to them.
    Status remove(const QString& id);
    /// Full-text search over title, issuer and the record's text. Every word must match, as a prefix;
    /// the text is quoted, so search syntax typed by the user has no effect. Best matches first.
    Result<QList<CredentialSummary>> search(const QString& text, int limit = 200);
    Result<int> count();

private:
    struct Context;
    Result<ImportOutcome> storeItem(const model::ImportItem& item, const Context& context);
    Result<ImportOutcome> replaceItem(const model::ImportItem& item, const QString& id, const Context& context);
    enum class Write
    {
        Insert,
        Update
    };
    Status writeRow(
        Write write, const model::ImportItem& item, const QString& id, const QString& parentId, const Context& ctx);
    Result<int> insertChildren(const model::ImportItem& item, const QString& parentId, const Context& context);
    Status storeAll(const model::ImportBatch& batch, const Context& context, QList<ImportOutcome>& outcomes);
    Status storeOne(const model::ImportItem& item, const Context& context, ImportReport& report, int& pending);
    Result<QList<CredentialSummary>> summaries(const QString& tail, const QVariantList& params);

    SqlCipherDatabase& m_db;
};

} // namespace ler::store
