// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/CompactToken.h"

#include "core/formats/ImportLimits.h"
#include "core/formats/InputGuard.h"
#include "core/jose/Jws.h"

namespace ler::formats {

namespace {

Result<QJsonObject> decodeJsonPart(const QByteArray& part, bool isHeader)
{
    Result<QByteArray> raw = InputGuard::decodeBase64Url(part);
    if (!raw)
        return raw.error();
    Result<QJsonObject> json = InputGuard::parseJsonObject(*raw);
    if (!json) {
        if (json.error().code == ErrorCode::LimitExceeded)
            return json.error();
        return invalidInput(isHeader ? tx("ler::formats",
                                "The token's header is not a JSON "
                                "object.")
                                     : tx("ler::formats",
                                         "The token's payload is not a JSON "
                                         "object."),
            isHeader ? QStringLiteral("formats/token-header-not-object")
                     : QStringLiteral("formats/token-payload-not-object"));
    }
    return json;
}

} // namespace

bool CompactToken::looksLike(const QByteArray& text)
{
    const QByteArrayView t = QByteArrayView(text).trimmed();
    if (!t.startsWith("eyJ"))
        return false;
    // Two dots before the first '~' (or the end), and no white space anywhere. By memchr-based searches: every
    // import and every check asks this of the whole input.
    const qsizetype tilde = t.indexOf('~');
    const qsizetype end = tilde < 0 ? t.size() : tilde;
    const qsizetype first = t.indexOf('.');
    const qsizetype second = first < 0 ? -1 : t.indexOf('.', first + 1);
    if (second < 0 || second >= end)
        return false;
    if (const qsizetype third = t.indexOf('.', second + 1); third >= 0 && third < end)
        return false;
    for (const char space : { ' ', '\n', '\r', '\t' }) {
        if (t.contains(space))
            return false;
    }
    return true;
}

Result<CompactToken> CompactToken::parse(const QByteArray& text)
{
    const QByteArray t = text.trimmed();
    // The verifier refuses longer tokens (jose::kMaxTokenLength), so importing one would store what cannot be checked.
    if (t.size() > jose::kMaxTokenLength) {
        return Error(ErrorCode::LimitExceeded,
            tx("ler::formats", "The token is longer than %1 MB.").arg(jose::kMaxTokenLength / (1024 * 1024)),
            QStringLiteral("formats/token-too-long"));
    }
    if (!looksLike(t)) {
        return invalidInput(tx("ler::formats",
                                "The text is not a compact JSON Web Token "
                                "(three parts separated by dots)."),
            QStringLiteral("formats/not-compact-token"));
    }
    CompactToken token;
    const QList<QByteArray> parts = t.split('~');
    token.jws = parts.first();
    token.sdJwt = parts.size() > 1;
    if (parts.size() > ImportLimits::maxItems + 2) {
        return Error(ErrorCode::LimitExceeded,
            tx("ler::formats", "The token has more than %1 disclosures.").arg(ImportLimits::maxItems),
            QStringLiteral("formats/token-too-many-disclosures"));
    }
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (i == parts.size() - 1) {
            token.keyBinding = parts[i]; // empty when the token ends with '~'
        } else if (!parts[i].isEmpty()) {
            token.disclosures.append(parts[i]);
        }
    }
    const QList<QByteArray> segments = token.jws.split('.');
    if (segments[0].isEmpty() || segments[1].isEmpty()) {
        return invalidInput(tx("ler::formats",
                                "The token has an empty header or "
                                "payload."),
            QStringLiteral("formats/token-empty-part"));
    }
    Result<QJsonObject> header = decodeJsonPart(segments[0], true);
    if (!header)
        return header.error();
    Result<QJsonObject> payload = decodeJsonPart(segments[1], false);
    if (!payload)
        return payload.error();
    if (Result<QByteArray> sig = InputGuard::decodeBase64Url(segments[2]); !sig)
        return sig.error();
    token.header = *header;
    token.payload = *payload;
    return token;
}

QString CompactToken::type() const
{
    return header.value(QStringLiteral("typ")).toString().toLower();
}

} // namespace ler::formats
