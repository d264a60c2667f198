// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/codec/Base32.h"

namespace ler::codec {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int valueOf(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'A' && u <= u'Z') {
        return u - u'A';
    }
    if (u >= u'2' && u <= u'7') {
        return 26 + (u - u'2');
    }
    return -1;
}

} // namespace

QString base32Encode(QByteArrayView data)
{
    QString out;
    out.reserve((data.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | static_cast<unsigned char>(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(QLatin1Char(kAlphabet[(buffer >> bits) & 0x1f]));
        }
    }
    if (bits > 0) {
        out.append(QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1f]));
    }
    return out;
}

Result<QByteArray> base32Decode(QStringView text)
{
    // 8 characters carry 5 bytes; a trailing group of 1, 3 or 6 characters cannot end on a byte boundary.
    const qsizetype rest = text.size() % 8;
    if (rest == 1 || rest == 3 || rest == 6) {
        return invalidInput(
            tx("ler::codec", "base32: impossible length %1").arg(text.size()), QStringLiteral("codec/base32-length"));
    }
    QByteArray out;
    out.reserve(text.size() * 5 / 8);
    quint32 buffer = 0;
    int bits = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int v = valueOf(text[i]);
        if (v < 0) {
            return invalidInput(tx("ler::codec", "base32: invalid character at position %1").arg(i),
                QStringLiteral("codec/base32-character"));
        }
        buffer = (buffer << 5) | quint32(v);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(static_cast<char>((buffer >> bits) & 0xff));
        }
    }
    if ((buffer & ((1u << bits) - 1)) != 0) {
        return invalidInput(
            tx("ler::codec", "base32: non-zero padding bits"), QStringLiteral("codec/base32-padding-bits"));
    }
    return out;
}

} // namespace ler::codec
