// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/codec/Multibase.h"

#include "core/codec/Base58.h"
#include "core/codec/Base64Url.h"

namespace ler::codec {

namespace {

QString describePrefix(QChar prefix)
{
    switch (prefix.unicode()) {
    case 'f':
        return QStringLiteral("base16 ('f')");
    case 'F':
        return QStringLiteral("base16upper ('F')");
    case 'b':
        return QStringLiteral("base32 ('b')");
    case 'm':
        return QStringLiteral("base64 ('m')");
    case 'M':
        return QStringLiteral("base64pad ('M')");
    case 'U':
        return QStringLiteral("base64urlpad ('U')");
    case 'Z':
        return QStringLiteral("base58flickr ('Z')");
    default:
        return QStringLiteral("'%1'").arg(prefix);
    }
}

} // namespace

QString multibaseEncode(Multibase base, QByteArrayView data)
{
    switch (base) {
    case Multibase::Base58Btc:
        return QLatin1Char('z') + QString::fromLatin1(base58Encode(data));
    case Multibase::Base64Url:
        return QLatin1Char('u') + QString::fromLatin1(base64UrlEncode(data));
    }
    return {};
}

Result<QByteArray> multibaseDecode(QStringView text)
{
    if (text.isEmpty()) {
        return invalidInput(tx("ler::codec", "multibase: empty string"), QStringLiteral("codec/multibase-empty"));
    }
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            return invalidInput(
                tx("ler::codec", "multibase: non-ASCII character"), QStringLiteral("codec/multibase-non-ascii"));
        }
    }
    const QByteArray body = text.sliced(1).toLatin1();
    switch (text.front().unicode()) {
    case 'z':
        return base58Decode(body);
    case 'u':
        return base64UrlDecode(body);
    default:
        return Error(ErrorCode::Unsupported,
            tx("ler::codec", "multibase: encoding %1 is not supported (only 'z' base58btc and 'u' base64url)")
                .arg(describePrefix(text.front())),
            QStringLiteral("codec/multibase-unsupported"));
    }
}

} // namespace ler::codec
