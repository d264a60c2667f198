// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/model/Record.h"
#include "core/store/CredentialRepository.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ler::store {
class SqlCipherDatabase;
}

/// The person's view of their records: everything the main view lists, tags, collections and skills.
namespace ler::records {

/// One record as the main view lists it: the stored summary, the record (without the parts only the detail page
/// shows: courses, degrees, evidence, subjects, and claims other than an SD-JWT's), and how the person filed it.
struct Entry
{
    store::CredentialSummary summary;
    model::Record record;
    QStringList tags;
    QList<qint64> collections;
    int children = 0; ///< credentials nested in it (a CLR's courses and achievements)
    int courses = 0; ///< courses listed on it (a PESC transcript)
    /// When a check last found it verified; earlier than verifiedAt() when later checks could not finish (offline).
    QDateTime lastVerified;

    QDateTime issued() const;
    QDateTime added() const;
    QDateTime verifiedAt() const;
    bool isNested() const { return !summary.parentId.isEmpty(); }
};

/// A named group of records ("For warehouse jobs").
struct Collection
{
    qint64 id = 0;
    QString name;
    int size = 0;
};

/// Reading and filing the wallet's records. Works on the caller's thread, like the repositories: run it as a
/// WalletSession task from the GUI.
class Library
{
public:
    explicit Library(store::SqlCipherDatabase& db);

    /// Every record, each top-level one followed by those nested in it (the repository's list order).
    Result<QList<Entry>> entries();
    /// The ids of the records whose title, issuer, skills, courses or other text contain every word of `text` (as
    /// the start of a word), best matches first. Empty text matches nothing.
    Result<QStringList> search(const QString& text);

    /// Every tag in use, sorted without regard to case.
    Result<QStringList> tags();
    /// Replaces the tags of a record. Tags are trimmed; empty ones are dropped; a tag no record uses any more is
    /// deleted. NotFound for an unknown record.
    Status setTags(const QString& credentialId, const QStringList& tags);

    Result<QList<Collection>> collections();
    /// Makes a collection; InvalidInput for a blank name, AlreadyExists for a name in use.
    Result<qint64> createCollection(const QString& name);
    Status renameCollection(qint64 id, const QString& name);
    /// Deletes a collection; its records stay in the wallet.
    Status deleteCollection(qint64 id);
    /// Files records in a collection (records already in it stay where they are).
    Status addToCollection(qint64 id, const QStringList& credentialIds);
    Status removeFromCollection(qint64 id, const QStringList& credentialIds);

private:
    Status checkCredential(const QString& id);
    Status checkCollection(qint64 id);
    Status checkCollectionName(const QString& name, qint64 except);

    store::SqlCipherDatabase& m_db;
};

} // namespace ler::records
