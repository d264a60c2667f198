// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QtEndian>

/// Builds PNG files chunk by chunk for tests: text chunks of every kind, with correct CRCs, around a 1x1 header.
namespace testpng {

inline quint32 crc32(const QByteArray& data)
{
    quint32 crc = 0xffffffffu;
    for (const char ch : data) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

inline QByteArray chunk(const QByteArray& type, const QByteArray& data)
{
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(quint32(data.size()), out.data());
    out += type + data;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(crc32(type + data), crc.data());
    return out + crc;
}

/// A 1x1 PNG with the given chunks before IEND (the image data itself is irrelevant here).
inline QByteArray png(const QList<QByteArray>& extra)
{
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(1, ihdr.data());
    qToBigEndian<quint32>(1, ihdr.data() + 4);
    ihdr[8] = 8;
    QByteArray out("\x89PNG\r\n\x1a\n");
    out += chunk("IHDR", ihdr);
    for (const QByteArray& c : extra)
        out += c;
    return out + chunk("IEND", {});
}

/// A zlib stream (RFC 1950) of data, as zTXt and iTXt hold it.
inline QByteArray zlibStream(const QByteArray& data)
{
    return qCompress(data, 9).mid(4); // qCompress prefixes the length
}

inline QByteArray tEXt(const QByteArray& keyword, const QByteArray& text)
{
    return chunk("tEXt", keyword + '\0' + text);
}

/// zTXt holding an already compressed stream.
inline QByteArray zTXt(const QByteArray& keyword, const QByteArray& zlibData)
{
    return chunk("zTXt", keyword + '\0' + '\0' + zlibData);
}

/// Compressed iTXt holding an already compressed stream (no language tag, no translated keyword).
inline QByteArray iTXtCompressed(const QByteArray& keyword, const QByteArray& zlibData)
{
    return chunk("iTXt", keyword + '\0' + '\1' + '\0' + '\0' + '\0' + zlibData);
}

} // namespace testpng
