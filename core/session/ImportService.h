// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/formats/ResourceFetcher.h"
#include "core/model/SelfAssertedEntry.h"
#include "core/store/CredentialRepository.h"
#include "core/store/ImportOutcome.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>

namespace ler::formats {
class FormatRegistry;
}

namespace ler::store {
class SqlCipherDatabase;
}

namespace ler::session {

/// One thing to import: a file, bytes already in memory (clipboard, download) or standard input.
struct ImportInput
{
    enum class Kind
    {
        File,
        Bytes,
        StandardInput
    };

    Kind kind = Kind::File;
    QString label; ///< Shown in outcomes: the path as given, "-", "clipboard"...
    QString path; ///< Kind::File: read when its turn comes, so many files are never all in memory.
    QByteArray bytes; ///< Kind::Bytes
    QString fileName; ///< A name hinting at the format ("badge.png"); may be empty.
    QString source; ///< Stored with each credential: the file name, "stdin", "clipboard", "url"...

    static ImportInput file(const QString& path);
    static ImportInput data(QByteArray bytes, const QString& source, const QString& fileName = {});
    static ImportInput standardInput();
};

/// Reads inputs, recognizes and parses their format, and stores what they hold in the wallet: the one path from
/// "a file the learner picked" to stored credentials, shared by the CLI and the import dialog.
///
/// Not a QObject and holds no thread affinity: create it and call run() on a worker thread (QThreadPool), with
/// ImportManyOptions::progress and ::cancel for the dialog. While it runs nothing else may use the database.
class ImportService
{
public:
    /// `db` is an open wallet's database. With a fetcher, Open Badges 2.0 resources given by URL are downloaded.
    explicit ImportService(store::SqlCipherDatabase& db, formats::ResourceFetcher fetcher = {});
    ~ImportService();
    ImportService(const ImportService&) = delete;
    ImportService& operator=(const ImportService&) = delete;

    /// Imports every input; each is read only when its turn comes. An input that cannot be read or parsed
    /// gives one rejected outcome and the others go on. Fails only when the database does.
    Result<store::ImportReport> run(const QList<ImportInput>& inputs, const store::ImportManyOptions& options = {});
    /// Imports one input all or nothing: any credential that cannot be stored leaves the wallet unchanged.
    Result<QList<store::ImportOutcome>> runOne(
        const ImportInput& input, store::UpdatePolicy policy = store::UpdatePolicy::Keep);
    /// Stores an entry typed into the form as a self-asserted credential.
    Result<store::ImportOutcome> addEntry(const model::SelfAssertedEntry& entry);

    store::CredentialRepository& repository() { return m_repository; }

private:
    store::LoadedInput load(const ImportInput& input) const;

    std::unique_ptr<formats::FormatRegistry> m_registry;
    store::CredentialRepository m_repository;
};

/// Reads standard input to its end, refusing more than ImportLimits::maxFileBytes.
Result<QByteArray> readStandardInput();

} // namespace ler::session
