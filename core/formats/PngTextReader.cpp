// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/PngTextReader.h"

#include "core/formats/ImportLimits.h"
#include "core/formats/InputProbe.h"

#include <QtEndian>
#include <algorithm>
#include <zlib.h>

namespace ler::formats {

namespace {

Error damaged()
{
    return { ErrorCode::Corrupt,
        tx("ler::formats", "The PNG image is damaged or cut off."),
        QStringLiteral("formats/png-damaged") };
}

Error badText()
{
    return { ErrorCode::Corrupt,
        tx("ler::formats", "A text chunk in the PNG image is malformed."),
        QStringLiteral("formats/png-bad-text-chunk") };
}

/// Splits "keyword\0rest" without copying; the keyword has 1 to 79 bytes.
bool splitKeyword(QByteArrayView data, QByteArrayView& keyword, QByteArrayView& rest)
{
    const qsizetype nul = data.first(std::min<qsizetype>(data.size(), 80)).indexOf('\0');
    if (nul < 1 || nul > 79)
        return false;
    keyword = data.first(nul);
    rest = data.sliced(nul + 1);
    return true;
}

Error tooMuchText(qint64 limit)
{
    return { ErrorCode::LimitExceeded,
        tx("ler::formats", "The badge text in this PNG image unpacks to more than %1 MB.").arg(limit / (1024 * 1024)),
        QStringLiteral("formats/png-text-too-large") };
}

/// Decodes the text of one chunk whose keyword was already split off; budget is what may still be produced.
Result<QByteArray> decodeText(const QByteArray& type, QByteArrayView rest, qint64 budget)
{
    QByteArrayView stored;
    bool compressed = false;
    if (type == "tEXt") {
        stored = rest;
    } else if (type == "zTXt") {
        if (rest.isEmpty() || rest[0] != 0)
            return badText();
        stored = rest.sliced(1);
        compressed = true;
    } else {
        // iTXt: compression flag, method, language tag \0, translated keyword \0, text.
        if (rest.size() < 2)
            return badText();
        const char flag = rest[0];
        const char method = rest[1];
        const qsizetype langEnd = rest.indexOf('\0', 2);
        const qsizetype transEnd = langEnd < 0 ? -1 : rest.indexOf('\0', langEnd + 1);
        if (transEnd < 0 || (flag != 0 && flag != 1) || (flag == 1 && method != 0))
            return badText();
        stored = rest.sliced(transEnd + 1);
        compressed = flag == 1;
    }
    if (!compressed) {
        if (stored.size() > budget)
            return tooMuchText(budget); // the caller names the whole limit instead
        return stored.toByteArray();
    }
    return PngTextReader::inflate(stored, budget);
}

} // namespace

QList<QByteArray> PngTextReader::badgeKeywords()
{
    return { QByteArrayLiteral("openbadgecredential"), QByteArrayLiteral("openbadges") };
}

Result<QList<PngTextChunk>> PngTextReader::readTextChunks(
    const QByteArray& png, const QList<QByteArray>& keywords, qint64 maxTextBytes)
{
    if (!InputProbe::isPng(png))
        return invalidInput(tx("ler::formats", "The file is not a PNG image."), QStringLiteral("formats/not-png"));
    QList<PngTextChunk> chunks;
    qint64 textBytes = 0;
    int textChunks = 0;
    qsizetype pos = 8;
    bool sawEnd = false;
    while (pos < png.size() && !sawEnd) {
        if (png.size() - pos < 12)
            return damaged();
        const quint32 length = qFromBigEndian<quint32>(png.constData() + pos);
        if (length > 0x7fffffffu || qint64(length) > png.size() - pos - 12)
            return damaged();
        const QByteArrayView type(png.constData() + pos + 4, 4);
        const QByteArrayView typeAndData(png.constData() + pos + 4, 4 + qsizetype(length));
        const quint32 storedCrc = qFromBigEndian<quint32>(png.constData() + pos + 8 + length);
        const uLong crc
            = crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(typeAndData.data()), uInt(typeAndData.size()));
        if (crc != storedCrc) {
            return Error(ErrorCode::Corrupt,
                tx("ler::formats",
                    "The PNG image is damaged: a chunk's checksum "
                    "does not match its content."),
                QStringLiteral("formats/png-bad-checksum"));
        }
        if (type == "tEXt" || type == "zTXt" || type == "iTXt") {
            if (++textChunks > ImportLimits::maxItems) {
                return Error(ErrorCode::LimitExceeded,
                    tx("ler::formats", "The PNG image has too many text chunks."),
                    QStringLiteral("formats/png-too-many-text-chunks"));
            }
            QByteArrayView keyword;
            QByteArrayView rest;
            if (!splitKeyword(typeAndData.sliced(4), keyword, rest))
                return badText();
            if (keywords.contains(keyword)) {
                PngTextChunk chunk { type.toByteArray(), keyword.toByteArray(), {} };
                Result<QByteArray> text = decodeText(chunk.type, rest, maxTextBytes - textBytes);
                if (!text)
                    return text.error().code == ErrorCode::LimitExceeded ? tooMuchText(maxTextBytes) : text.error();
                textBytes += text->size();
                chunk.text = std::move(*text);
                chunks.append(std::move(chunk));
            }
        }
        sawEnd = type == "IEND";
        pos += 12 + qsizetype(length);
    }
    if (!sawEnd)
        return damaged();
    return chunks;
}

Result<QByteArray> PngTextReader::inflate(QByteArrayView compressed, qint64 maxOutput)
{
    z_stream zs {};
    if (inflateInit(&zs) != Z_OK)
        return Error(ErrorCode::Internal,
            tx("ler::formats", "Decompression failed."),
            QStringLiteral("formats/png-inflate-failed"));
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    zs.avail_in = uInt(compressed.size());
    QByteArray out;
    char buffer[64 * 1024];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef*>(buffer);
        zs.avail_out = sizeof(buffer);
        rc = ::inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&zs);
            return badText();
        }
        const qsizetype produced = qsizetype(sizeof(buffer) - zs.avail_out);
        if (out.size() + produced > maxOutput) {
            inflateEnd(&zs);
            return Error(ErrorCode::LimitExceeded,
                tx("ler::formats",
                    "Compressed text in the image unpacks to more "
                    "than %1 MB.")
                    .arg(maxOutput / (1024 * 1024)),
                QStringLiteral("formats/png-text-too-large"));
        }
        out.append(buffer, produced);
        if (rc == Z_OK && produced == 0 && zs.avail_in == 0) {
            inflateEnd(&zs);
            return badText(); // input ended before the stream did
        }
    }
    inflateEnd(&zs);
    return out;
}

} // namespace ler::formats
