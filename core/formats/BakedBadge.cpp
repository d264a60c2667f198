// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/BakedBadge.h"

namespace ler::formats {

Result<ImportBatch> BakedBadge::unwrap(
    const QByteArray& image, const QByteArray& payload, const QString& preferredFormat, const PayloadParser& parser)
{
    const QByteArray trimmed = payload.trimmed();
    if (trimmed.isEmpty()) {
        return invalidInput(tx("ler::formats",
                                "The badge data baked into the image is "
                                "empty."),
            QStringLiteral("formats/baked-data-empty"));
    }
    if (!parser)
        return Error(ErrorCode::Internal,
            tx("ler::formats", "No payload parser for baked badges."),
            QStringLiteral("formats/no-payload-parser"));
    Result<ImportBatch> batch = parser(trimmed, preferredFormat);
    if (!batch)
        return batch.error();
    for (ImportItem& item : batch->items) {
        item.original = image;
        if (item.payload.isEmpty())
            item.payload = trimmed;
    }
    return batch;
}

Error BakedBadge::severalBadges()
{
    return invalidInput(
        tx("ler::formats", "This image holds more than one badge, so it could be read as either. It is not accepted."),
        QStringLiteral("formats/baked-several-badges"));
}

} // namespace ler::formats
