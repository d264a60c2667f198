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
        return Error(
            ErrorCode::LimitExceeded, QStringLiteral("base64url: input longer than %1").arg(kMaxBase64UrlLength));
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isBase64UrlChar(text[i])) {
            return invalidInput(QStringLiteral("base64url: invalid character at position %1").arg(i));
        }
    }
    if (text.size() % 4 == 1) {
        return invalidInput(QStringLiteral("base64url: impossible length %1").arg(text.size()));
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toByteArray(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return invalidInput(QStringLiteral("base64url: malformed input"));
    }
    // Non-zero unused bits would let two strings decode to the same bytes; reject them.
    if (base64UrlEncode(decoded.decoded) != text) {
        return invalidInput(QStringLiteral("base64url: non-canonical trailing bits"));
    }
    return decoded.decoded;
}

} // namespace ler::codec
