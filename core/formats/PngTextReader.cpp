// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/PngTextReader.h"

#include "core/formats/ImportLimits.h"
#include "core/formats/InputProbe.h"

#include <QCoreApplication>
#include <QtEndian>
#include <zlib.h>

namespace ler::formats {

namespace {

Error damaged()
{
    return { ErrorCode::Corrupt, QCoreApplication::translate("ler::formats", "The PNG image is damaged or cut off.") };
}

Error badText()
{
    return { ErrorCode::Corrupt,
        QCoreApplication::translate("ler::formats", "A text chunk in the PNG image is malformed.") };
}

/// Splits "keyword\0rest"; the keyword has 1 to 79 bytes.
bool splitKeyword(const QByteArray& data, QByteArray& keyword, QByteArray& rest)
{
    const qsizetype nul = data.indexOf('\0');
    if (nul < 1 || nul > 79)
        return false;
    keyword = data.left(nul);
    rest = data.mid(nul + 1);
    return true;
}

Result<PngTextChunk> decodeChunk(const QByteArray& type, const QByteArray& data)
{
    PngTextChunk chunk { type, {}, {} };
    QByteArray rest;
    if (!splitKeyword(data, chunk.keyword, rest))
        return badText();
    if (type == "tEXt") {
        chunk.text = rest;
    } else if (type == "zTXt") {
        if (rest.isEmpty() || rest[0] != 0)
            return badText();
        Result<QByteArray> text = PngTextReader::inflate(rest.mid(1), ImportLimits::maxFileBytes);
        if (!text)
            return text.error();
        chunk.text = *text;
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
        const QByteArray text = rest.mid(transEnd + 1);
        if (flag == 1) {
            Result<QByteArray> inflated = PngTextReader::inflate(text, ImportLimits::maxFileBytes);
            if (!inflated)
                return inflated.error();
            chunk.text = *inflated;
        } else {
            chunk.text = text;
        }
    }
    return chunk;
}

} // namespace

Result<QList<PngTextChunk>> PngTextReader::readTextChunks(const QByteArray& png)
{
    if (!InputProbe::isPng(png))
        return invalidInput(QCoreApplication::translate("ler::formats", "The file is not a PNG image."));
    QList<PngTextChunk> chunks;
    qsizetype pos = 8;
    bool sawEnd = false;
    while (pos < png.size() && !sawEnd) {
        if (png.size() - pos < 12)
            return damaged();
        const quint32 length = qFromBigEndian<quint32>(png.constData() + pos);
        if (length > 0x7fffffffu || qint64(length) > png.size() - pos - 12)
            return damaged();
        const QByteArray type = png.mid(pos + 4, 4);
        const QByteArray typeAndData = png.mid(pos + 4, 4 + qsizetype(length));
        const quint32 storedCrc = qFromBigEndian<quint32>(png.constData() + pos + 8 + length);
        const uLong crc = crc32(
            crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(typeAndData.constData()), uInt(typeAndData.size()));
        if (crc != storedCrc) {
            return Error(ErrorCode::Corrupt,
                QCoreApplication::translate("ler::formats",
                    "The PNG image is damaged: a chunk's checksum "
                    "does not match its content."));
        }
        if (type == "tEXt" || type == "zTXt" || type == "iTXt") {
            if (chunks.size() >= ImportLimits::maxItems) {
                return Error(ErrorCode::LimitExceeded,
                    QCoreApplication::translate("ler::formats", "The PNG image has too many text chunks."));
            }
            Result<PngTextChunk> chunk = decodeChunk(type, typeAndData.mid(4));
            if (!chunk)
                return chunk.error();
            chunks.append(*chunk);
        }
        sawEnd = type == "IEND";
        pos += 12 + qsizetype(length);
    }
    if (!sawEnd)
        return damaged();
    return chunks;
}

Result<QByteArray> PngTextReader::inflate(const QByteArray& compressed, qint64 maxOutput)
{
    z_stream zs {};
    if (inflateInit(&zs) != Z_OK)
        return Error(ErrorCode::Internal, QCoreApplication::translate("ler::formats", "Decompression failed."));
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.constData()));
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
                QCoreApplication::translate("ler::formats",
                    "Compressed text in the image unpacks to more "
                    "than %1 MB.")
                    .arg(maxOutput / (1024 * 1024)));
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
