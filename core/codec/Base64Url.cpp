// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/codec/Base64Url.h"

namespace ler::codec {

namespace {

bool isBase64UrlChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
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
        if (!isBase64UrlChar(text[i])) {
            return invalidInput(tx("ler::codec", "base64url: invalid character at position %1").arg(i),
                QStringLiteral("codec/base64url-character"));
        }
    }
    if (text.size() % 4 == 1) {
        return invalidInput(tx("ler::codec", "base64url: impossible length %1").arg(text.size()),
            QStringLiteral("codec/base64url-length"));
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toByteArray(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return invalidInput(
            tx("ler::codec", "base64url: malformed input"), QStringLiteral("codec/base64url-malformed"));
    }
    // Non-zero unused bits would let two strings decode to the same bytes; reject them.
    if (base64UrlEncode(decoded.decoded) != text) {
        return invalidInput(tx("ler::codec", "base64url: non-canonical trailing bits"),
            QStringLiteral("codec/base64url-trailing-bits"));
    }
    return decoded.decoded;
}

} // namespace ler::codec
