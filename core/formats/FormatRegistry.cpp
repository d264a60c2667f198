// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/FormatRegistry.h"

#include "core/formats/BakedPngImporter.h"
#include "core/formats/BakedSvgImporter.h"
#include "core/formats/ClrImporter.h"
#include "core/formats/InputGuard.h"
#include "core/formats/InputProbe.h"
#include "core/formats/OpenBadges2Importer.h"
#include "core/formats/OpenBadges3Importer.h"
#include "core/formats/PescTranscriptImporter.h"
#include "core/formats/SdJwtVcImporter.h"
#include "core/formats/SelfAssertedCsvImporter.h"
#include "core/formats/VerifiableCredentialImporter.h"
#include "core/jose/SdJwt.h"

#include <QFile>
#include <QFileInfo>

namespace ler::formats {

namespace {

bool isBaked(const Importer* importer)
{
    return importer->formatId().startsWith(QLatin1String("baked-"));
}

} // namespace

FormatRegistry::FormatRegistry(ResourceFetcher fetcher)
{
    auto ob2 = std::make_unique<OpenBadges2Importer>(std::move(fetcher));
    m_openBadges2 = ob2.get();
    m_importers.push_back(std::move(ob2));
    m_importers.push_back(std::make_unique<OpenBadges3Importer>());
    m_importers.push_back(std::make_unique<ClrImporter>());
    m_importers.push_back(std::make_unique<VerifiableCredentialImporter>());
    m_importers.push_back(std::make_unique<SdJwtVcImporter>());
    m_importers.push_back(std::make_unique<PescTranscriptImporter>(PescTranscriptImporter::Level::College));
    m_importers.push_back(std::make_unique<PescTranscriptImporter>(PescTranscriptImporter::Level::HighSchool));
    m_importers.push_back(std::make_unique<SelfAssertedCsvImporter>());
    const PayloadParser parser
        = [this](const QByteArray& payload, const QString& preferred) { return importPayload(payload, preferred); };
    m_importers.push_back(std::make_unique<BakedPngImporter>(parser));
    m_importers.push_back(std::make_unique<BakedSvgImporter>(parser));
}

FormatRegistry::~FormatRegistry() = default;

QList<const Importer*> FormatRegistry::importers() const
{
    QList<const Importer*> list;
    for (const auto& importer : m_importers)
        list.append(importer.get());
    return list;
}

QStringList FormatRegistry::fileSuffixes() const
{
    QStringList all;
    for (const auto& importer : m_importers) {
        for (const QString& suffix : importer->fileSuffixes()) {
            if (!all.contains(suffix))
                all.append(suffix);
        }
    }
    return all;
}

const Importer* FormatRegistry::importer(const QString& formatId) const
{
    for (const auto& importer : m_importers) {
        if (importer->formatId() == formatId)
            return importer.get();
    }
    return nullptr;
}

Result<const Importer*> FormatRegistry::detect(const QByteArray& bytes, const QString& fileName) const
{
    if (Status size = InputGuard::checkSize(bytes.size()); !size)
        return size.error();
    return detect(InputProbe::of(bytes), fileName);
}

Result<const Importer*> FormatRegistry::detect(const InputProbe& probe, const QString& fileName) const
{
    if (probe.error)
        return *probe.error;
    const Importer* best = nullptr;
    int bestScore = 0;
    for (const auto& importer : m_importers) {
        const int score = importer->sniff(probe, fileName);
        if (score > bestScore) {
            best = importer.get();
            bestScore = score;
        }
    }
    if (!best) {
        // The list separator is a sentence of its own, so each language can join the names its way.
        Text names;
        for (const auto& importer : m_importers)
            names = names ? tx("ler::formats", "%1, %2").arg(names, importer->displayName()) : importer->displayName();
        return Error(ErrorCode::Unsupported,
            tx("ler::formats",
                "This file is not in a format LER Wallet can import. "
                "Supported formats: %1.")
                .arg(names),
            QStringLiteral("formats/unknown-format"));
    }
    return best;
}

Result<ImportBatch> FormatRegistry::import(const QByteArray& bytes, const QString& fileName) const
{
    if (Status size = InputGuard::checkSize(bytes.size()); !size)
        return size.error();
    return import(InputProbe::of(bytes), fileName);
}

Result<ImportBatch> FormatRegistry::import(const InputProbe& probe, const QString& fileName) const
{
    if (Status size = InputGuard::checkSize(probe.bytes.size()); !size)
        return size.error();
    // A document that also carries a signed token's members would be shown as the document and checked as the token.
    if (probe.shape == InputShape::Json && !probe.error
        && jose::jwsJsonShape(probe.json) == jose::JwsJsonShape::Mixed) {
        return jose::jwsJsonMixedError();
    }
    Result<const Importer*> importer = detect(probe, fileName);
    if (!importer)
        return importer.error();
    Result<ImportBatch> batch = (*importer)->parseProbed(probe);
    if (!batch)
        return batch.error();
    for (ImportItem& item : batch->items)
        item.computeHashes();
    return batch;
}

Result<ImportBatch> FormatRegistry::importFile(const QString& path) const
{
    QFile file(path);
    if (!file.exists()) {
        return Error(ErrorCode::NotFound,
            tx("ler::formats", "There is no file or folder with this name."),
            QStringLiteral("formats/file-not-found"));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io,
            tx("ler::formats",
                "The file could not be opened for "
                "reading."),
            QStringLiteral("formats/file-not-opened"));
    }
    if (!file.isSequential()) {
        if (Status size = InputGuard::checkSize(file.size()); !size)
            return size.error();
    }
    const QByteArray bytes = file.read(ImportLimits::maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error(ErrorCode::Io,
            tx("ler::formats", "The file could not be read."),
            QStringLiteral("formats/file-unreadable"));
    if (Status size = InputGuard::checkSize(bytes.size()); !size)
        return size.error();
    return import(bytes, QFileInfo(path).fileName());
}

Result<ImportBatch> FormatRegistry::importPayload(const QByteArray& payload, const QString& preferredFormat) const
{
    if (Status size = InputGuard::checkSize(payload.size()); !size)
        return size.error();
    if (payload.startsWith("http://") || payload.startsWith("https://"))
        return m_openBadges2->parseHostedUrl(QString::fromUtf8(payload));
    const InputProbe probe = InputProbe::of(payload);
    if (probe.error)
        return *probe.error;
    const Importer* best = nullptr;
    int bestScore = 0;
    for (const auto& importer : m_importers) {
        if (isBaked(importer.get()))
            continue;
        const int score = importer->sniff(probe, {});
        if (score > bestScore) {
            best = importer.get();
            bestScore = score;
        }
    }
    if (!best)
        best = importer(preferredFormat);
    if (!best)
        return Error(ErrorCode::Internal,
            tx("ler::formats", "Unknown preferred format for a baked badge."),
            QStringLiteral("formats/unknown-preferred-format"));
    return best->parse(payload);
}

} // namespace ler::formats
