// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Text.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ler::store {

/// What happened to one credential offered for import.
enum class ImportStatus
{
    Imported, ///< Stored as a new credential.
    Duplicate, ///< The same credential is already in the wallet; nothing stored.
    UpdateAvailable, ///< A different version (same credential id) is in the wallet; nothing stored.
    Updated, ///< The stored version was replaced in place (UpdatePolicy::Replace).
    Rejected, ///< The input could not be read or stored.
};

/// Stable lower-case name: "imported", "duplicate", "update-available", "updated", "rejected".
QString importStatusName(ImportStatus status);

/// What to do when a credential arrives whose id is already in the wallet with other content.
enum class UpdatePolicy
{
    Keep, ///< Keep the stored one; report update-available.
    Replace, ///< Replace it in place: same wallet id, new content, updated_at noted, old checks dropped.
};

/// The outcome for one credential, or for one input that could not be read. Shown by the CLI and the
/// import dialog, one line each.
struct ImportOutcome
{
    QString file; ///< The input it came from: a path, "-" for standard input, "clipboard"...
    ImportStatus status = ImportStatus::Rejected;
    QString id; ///< Wallet id: the new row, or the stored one for duplicate and update-available.
    QString format; ///< e.g. "openbadges3"; empty when the input could not be read.
    QString title; ///< The credential's own title; empty when it has none (ui/text names it from format and issuer).
    QString issuer; ///< The issuer's name, to name an untitled credential; not in toJson().
    Text error; ///< Rejected: why, in plain words.
    /// Rejected: the kind of error as a stable id that never changes with the language ("invalid-input",
    /// "limit-exceeded", "io"...; errorCodeName()), for scripts reading `import --json`.
    QString errorCode;
    /// The stable reason of the refusal, where the error has one ("formats/json-duplicate-name"); may be empty.
    QString errorReason;
    Text note; ///< Duplicate or update-available: what that means, in plain words.
    int children = 0; ///< Nested credentials stored with it (CLR).

    /// {file, status, id, format, title, error, code?, note?, children?}; empty strings become null. error and note
    /// are Text::toJson(), for ui/text to render.
    QJsonObject toJson() const;
};

/// The result of importMany().
struct ImportReport
{
    QList<ImportOutcome> outcomes;
    int inputs = 0; ///< Inputs asked for.
    int inputsDone = 0; ///< Inputs fully handled; fewer than inputs only when cancelled.
    int commits = 0; ///< Transactions committed.
    bool cancelled = false;

    int count(ImportStatus status) const;
    /// One sentence for people, e.g. "3 imported, 1 already in your wallet." plus a note when cancelled.
    Text summary() const;
};

} // namespace ler::store
