// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/formats/Importer.h"
#include "core/formats/ResourceFetcher.h"

#include <QList>
#include <memory>
#include <vector>

namespace ler::formats {

class OpenBadges2Importer;

/// Knows every import format, recognizes which one a file is in and imports it.
class FormatRegistry
{
public:
    /// All built-in formats. With a fetcher, Open Badges 2.0 resources given by URL are downloaded through it.
    explicit FormatRegistry(ResourceFetcher fetcher = {});
    ~FormatRegistry();
    FormatRegistry(const FormatRegistry&) = delete;
    FormatRegistry& operator=(const FormatRegistry&) = delete;

    QList<const Importer*> importers() const;
    /// The importer with this format id, or nullptr.
    const Importer* importer(const QString& formatId) const;
    /// Every importer's file suffixes, each once, in the order the importers are tried.
    QStringList fileSuffixes() const;

    /// The importer that recognizes bytes best; a clear error for empty, oversized, broken or unknown input.
    Result<const Importer*> detect(const QByteArray& bytes, const QString& fileName = {}) const;
    /// Checks limits, detects the format, parses and fills every item's contentHash.
    Result<ImportBatch> import(const QByteArray& bytes, const QString& fileName = {}) const;
    /// The same for an input already probed, so its JSON is not decoded again.
    Result<ImportBatch> import(const InputProbe& probe, const QString& fileName = {}) const;
    /// Like import(), reading the file at path; its size is checked before it is read.
    Result<ImportBatch> importFile(const QString& path) const;
    /// Parses a credential cut out of a baked image (see PayloadParser).
    Result<ImportBatch> importPayload(const QByteArray& payload, const QString& preferredFormat) const;

private:
    Result<const Importer*> detect(const InputProbe& probe, const QString& fileName) const;

    std::vector<std::unique_ptr<Importer>> m_importers;
    OpenBadges2Importer* m_openBadges2 = nullptr;
};

} // namespace ler::formats
