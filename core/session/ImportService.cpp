// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/session/ImportService.h"

#include "core/formats/FormatRegistry.h"
#include "core/formats/ImportLimits.h"

#include <QFileInfo>
#include <cstdio>

namespace ler::session {

using store::CredentialRepository;
using store::ImportManyOptions;
using store::ImportOutcome;
using store::ImportReport;
using store::LoadedInput;
using store::SqlCipherDatabase;
using store::UpdatePolicy;

ImportInput ImportInput::file(const QString& path)
{
    ImportInput in;
    in.kind = Kind::File;
    in.label = path;
    in.path = path;
    in.fileName = QFileInfo(path).fileName();
    in.source = in.fileName;
    return in;
}

ImportInput ImportInput::data(QByteArray bytes, const QString& source, const QString& fileName)
{
    ImportInput in;
    in.kind = Kind::Bytes;
    in.label = fileName.isEmpty() ? source : fileName;
    in.bytes = std::move(bytes);
    in.fileName = fileName;
    in.source = source;
    return in;
}

ImportInput ImportInput::standardInput()
{
    ImportInput in;
    in.kind = Kind::StandardInput;
    in.label = QStringLiteral("-");
    in.source = QStringLiteral("stdin");
    return in;
}

Result<QByteArray> readStandardInput()
{
    constexpr qint64 limit = formats::ImportLimits::maxFileBytes;
    QByteArray bytes;
    char buffer[65536];
    for (;;) {
        const size_t n = std::fread(buffer, 1, sizeof buffer, stdin);
        bytes.append(buffer, qsizetype(n));
        if (bytes.size() > limit) {
            return Error(ErrorCode::LimitExceeded,
                tx("ler::store", "The input is larger than %1 MiB, too large to import.").arg(limit / (1024 * 1024)),
                QStringLiteral("session/stdin-too-large"));
        }
        if (n < sizeof buffer) {
            break;
        }
    }
    if (std::ferror(stdin)) {
        return Error(ErrorCode::Io,
            tx("ler::store", "Standard input could not be read."),
            QStringLiteral("session/stdin-unreadable"));
    }
    return bytes;
}

ImportService::ImportService(SqlCipherDatabase& db, formats::ResourceFetcher fetcher)
    : m_registry(std::make_unique<formats::FormatRegistry>(std::move(fetcher)))
    , m_repository(db)
{ }

ImportService::~ImportService() = default;

LoadedInput ImportService::load(const ImportInput& input) const
{
    LoadedInput loaded;
    loaded.file = input.label;
    loaded.source = input.source;
    Result<model::ImportBatch> batch = Error();
    switch (input.kind) {
    case ImportInput::Kind::File:
        batch = m_registry->importFile(input.path);
        break;
    case ImportInput::Kind::Bytes:
        batch = m_registry->import(input.bytes, input.fileName);
        break;
    case ImportInput::Kind::StandardInput: {
        auto bytes = readStandardInput();
        batch = bytes ? m_registry->import(*bytes, {}) : Result<model::ImportBatch>(bytes.error());
        break;
    }
    }
    if (batch) {
        loaded.batch = std::move(batch).value();
    } else {
        loaded.error = batch.error();
    }
    return loaded;
}

Result<ImportReport> ImportService::run(const QList<ImportInput>& inputs, const ImportManyOptions& options)
{
    return m_repository.importMany(
        int(inputs.size()), [&](int i) { return load(inputs.at(i)); }, options);
}

Result<QList<ImportOutcome>> ImportService::runOne(const ImportInput& input, UpdatePolicy policy)
{
    LoadedInput loaded = load(input);
    if (!loaded.batch) {
        return loaded.error;
    }
    auto outcomes = m_repository.storeBatch(*loaded.batch, loaded.source, policy);
    if (!outcomes) {
        return outcomes.error();
    }
    for (ImportOutcome& o : *outcomes) {
        o.file = loaded.file;
    }
    return outcomes;
}

Result<ImportOutcome> ImportService::addEntry(const model::SelfAssertedEntry& entry)
{
    return m_repository.storeSelfAsserted(entry);
}

} // namespace ler::session
