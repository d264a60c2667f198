// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/BakedPngImporter.h"

#include "core/formats/BakedBadge.h"
#include "core/formats/InputProbe.h"
#include "core/formats/PngTextReader.h"

namespace ler::formats {

BakedPngImporter::BakedPngImporter(PayloadParser parser)
    : m_parser(std::move(parser))
{ }

Text BakedPngImporter::displayName() const
{
    return tx("ler::formats", "Badge image (PNG)");
}

int BakedPngImporter::sniff(const InputProbe& probe, const QString& fileName) const
{
    Q_UNUSED(fileName)
    return InputProbe::isPng(probe.bytes) ? 80 : 0;
}

Result<std::pair<QByteArray, QString>> BakedPngImporter::extract(const QByteArray& png)
{
    // Only the badge chunks are inflated, and only up to ImportLimits::maxBakedTextBytes in all.
    Result<QList<PngTextChunk>> chunks = PngTextReader::readTextChunks(png, PngTextReader::badgeKeywords());
    if (!chunks)
        return chunks.error();
    // One badge per image: with two (baked twice, or one added after), readers could show different ones.
    if (chunks->size() > 1) {
        return BakedBadge::severalBadges();
    }
    if (chunks->size() == 1) {
        const PngTextChunk& chunk = chunks->constFirst();
        return std::pair { chunk.text,
            chunk.keyword == "openbadges" ? QStringLiteral("openbadges2") : QStringLiteral("openbadges3") };
    }
    return Error(ErrorCode::NotFound,
        tx("ler::formats",
            "This PNG image has no badge baked into it (no "
            "openbadges or openbadgecredential text chunk)."),
        QStringLiteral("formats/png-no-badge"));
}

Result<ImportBatch> BakedPngImporter::parse(const QByteArray& bytes) const
{
    Result<std::pair<QByteArray, QString>> baked = extract(bytes);
    if (!baked)
        return baked.error();
    Result<ImportBatch> batch = BakedBadge::unwrap(bytes, baked->first, baked->second, m_parser);
    if (batch)
        batch->formatId = batch->formatId + QStringLiteral("+baked-png");
    return batch;
}

} // namespace ler::formats
