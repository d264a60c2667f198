// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/formats/ImportLimits.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>

namespace ler::formats {

/// One text chunk of a PNG file.
struct PngTextChunk
{
    QByteArray type; ///< "tEXt", "zTXt" or "iTXt".
    QByteArray keyword;
    QByteArray text; ///< Decompressed; UTF-8 for iTXt, Latin-1 otherwise.
};

/// Reads text chunks of a PNG file without decoding the image. Checks the signature and every chunk's CRC.
class PngTextReader
{
public:
    /// The keywords of a baked Open Badge: "openbadgecredential" (3.0) and "openbadges" (2.0).
    static QList<QByteArray> badgeKeywords();

    /// The text chunks (tEXt, zTXt, iTXt) whose keyword is one of keywords, in file order. Other text chunks are
    /// skipped without being inflated, so compressed text nobody asked for costs nothing. The text of the chunks
    /// read may not exceed maxTextBytes in all, after inflating: past it, LimitExceeded, and inflating stops there.
    static Result<QList<PngTextChunk>> readTextChunks(const QByteArray& png,
        const QList<QByteArray>& keywords,
        qint64 maxTextBytes = ImportLimits::maxBakedTextBytes);
    /// Inflates zlib data, refusing output larger than maxOutput.
    static Result<QByteArray> inflate(QByteArrayView compressed, qint64 maxOutput);
};

} // namespace ler::formats
