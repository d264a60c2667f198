// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace ler::formats {

/// A compact JWS (header.payload.signature), optionally followed by SD-JWT disclosures and a key-binding JWT.
/// Decodes only: the signature is not checked here.
struct CompactToken
{
    QByteArray jws; ///< The issuer-signed JWT, as received.
    QJsonObject header;
    QJsonObject payload;
    QList<QByteArray> disclosures; ///< SD-JWT disclosures, still base64url-encoded.
    QByteArray keyBinding; ///< The SD-JWT key-binding JWT, if any.
    bool sdJwt = false; ///< The input used the SD-JWT '~' form.

    /// True when text has the shape of a compact JWS or SD-JWT (starts with "eyJ", two dots in the first part).
    static bool looksLike(const QByteArray& text);
    /// Splits and decodes; fails on broken base64url, non-JSON parts or too many disclosures.
    static Result<CompactToken> parse(const QByteArray& text);
    /// The header "typ", lower case.
    QString type() const;
};

} // namespace ler::formats
