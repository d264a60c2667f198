// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

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

/// Reads the text chunks of a PNG file without decoding the image. Checks the signature and every chunk's CRC,
/// and inflates compressed text with an output limit.
class PngTextReader
{
public:
    static Result<QList<PngTextChunk>> readTextChunks(const QByteArray& png);
    /// Inflates zlib data, refusing output larger than maxOutput.
    static Result<QByteArray> inflate(const QByteArray& compressed, qint64 maxOutput);
};

} // namespace ler::formats
