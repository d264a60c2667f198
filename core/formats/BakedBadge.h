// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/formats/ImportItem.h"
#include "core/util/Result.h"

#include <functional>

namespace ler::formats {

/// Parses a credential cut out of a baked image (JSON, a compact JWT/JWS, or a hosted assertion URL).
/// preferredFormat ("openbadges2" or "openbadges3") is used when no importer recognizes the payload.
using PayloadParser = std::function<Result<ImportBatch>(const QByteArray& payload, const QString& preferredFormat)>;

/// Shared step of the baked PNG and SVG importers.
class BakedBadge
{
public:
    /// Parses payload and makes the image the original bytes of every top-level item.
    static Result<ImportBatch> unwrap(const QByteArray& image,
        const QByteArray& payload,
        const QString& preferredFormat,
        const PayloadParser& parser);
    /// The refusal of an image with more than one badge: readers could show different ones.
    static Error severalBadges();
};

} // namespace ler::formats
