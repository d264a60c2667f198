// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/codec/Base64Url.h"

#include <array>

namespace ler::codec {

namespace {

/// The value of each base64url character, or -1 for any other byte.
constexpr std::array<qint8, 256> kValues = [] {
    std::array<qint8, 256> v {};
    v.fill(-1);
    for (int i = 0; i < 26; ++i) {
        v[size_t('A' + i)] = qint8(i);
        v[size_t('a' + i)] = qint8(26 + i);
    }
    for (int i = 0; i < 10; ++i)
        v[size_t('0' + i)] = qint8(52 + i);
    v[size_t('-')] = 62;
    v[size_t('_')] = 63;
    return v;
}();

int valueOf(char c)
{
    return kValues[uchar(c)];
}

} // namespace

QByteArray base64UrlEncode(QByteArrayView data)
{
    return data.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Result<QByteArray> base64UrlDecode(QByteArrayView text)
{
    if (text.size() > kMaxBase64UrlLength) {
        return Error(ErrorCode::LimitExceeded,
            tx("ler::codec", "base64url: input longer than %1").arg(kMaxBase64UrlLength),
            QStringLiteral("codec/base64url-too-long"));
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (valueOf(text[i]) < 0) {
            return invalidInput(tx("ler::codec", "base64url: invalid character at position %1").arg(i),
                QStringLiteral("codec/base64url-character"));
        }
    }
    const qsizetype rest = text.size() % 4;
    if (rest == 1) {
        return invalidInput(tx("ler::codec", "base64url: impossible length %1").arg(text.size()),
            QStringLiteral("codec/base64url-length"));
    }
    // Decoded by table: every token, proof value and key of a check passes here.
    const qsizetype whole = text.size() - rest;
    QByteArray out(whole / 4 * 3 + (rest == 0 ? 0 : rest - 1), Qt::Uninitialized);
    char* o = out.data();
    const char* in = text.data();
    for (qsizetype i = 0; i < whole; i += 4) {
        const quint32 n = quint32(valueOf(in[i])) << 18 | quint32(valueOf(in[i + 1])) << 12
            | quint32(valueOf(in[i + 2])) << 6 | quint32(valueOf(in[i + 3]));
        *o++ = char(n >> 16);
        *o++ = char(n >> 8);
        *o++ = char(n);
    }
    if (rest > 0) {
        const quint32 n = quint32(valueOf(in[whole])) << 18 | quint32(valueOf(in[whole + 1])) << 12
            | (rest == 3 ? quint32(valueOf(in[whole + 2])) << 6 : 0u);
        // Non-zero unused bits would let two strings decode to the same bytes; reject them.
        if ((rest == 2 && (n & 0xffffu) != 0) || (rest == 3 && (n & 0xffu) != 0)) {
            return invalidInput(tx("ler::codec", "base64url: non-canonical trailing bits"),
                QStringLiteral("codec/base64url-trailing-bits"));
        }
        *o++ = char(n >> 16);
        if (rest == 3)
            *o++ = char(n >> 8);
    }
    return out;
}

} // namespace ler::codec
