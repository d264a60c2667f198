// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/PublicKey.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>

namespace ler::jose {

/// Longest compact JWS (or SD-JWT) we parse; credentials with embedded images stay well below this.
inline constexpr qsizetype kMaxTokenLength = 4 * 1024 * 1024;

/// A parsed JWS: the encoded segments as received (what the signature covers) and their decoded forms.
struct Jws
{
    QByteArray protectedB64;
    QByteArray payloadB64;
    QByteArray signatureB64;
    QJsonObject header;
    QByteArray payload;
    QByteArray signature;

    /// ASCII(BASE64URL(header) || '.' || BASE64URL(payload)): the bytes that were signed.
    QByteArray signingInput() const;
    /// header.payload.signature
    QByteArray compact() const;
    /// The "alg" header value.
    QString alg() const;
    /// The payload parsed as a JSON object (JWT claims); InvalidInput if it is not one.
    Result<QJsonObject> payloadObject() const;
};

/// What the caller understands beyond the base JWS headers.
struct JwsParseOptions
{
    /// Header names the caller processes; a "crit" entry not listed here makes parsing fail (RFC 7515 4.1.11).
    QStringList understoodCritical;
};

/// Parses header.payload.signature: strict base64url, a JSON-object header with a string "alg" that is not "none",
/// and a valid "crit". Does not verify the signature.
Result<Jws> parseCompactJws(QByteArrayView token, const JwsParseOptions& options = {});

/// Builds a Jws from its three encoded parts (used for the JWS JSON serializations), with the same checks.
Result<Jws> jwsFromParts(QByteArrayView protectedB64,
    QByteArrayView payloadB64,
    QByteArrayView signatureB64,
    const JwsParseOptions& options = {});

/// Verifies the signature with key, using the header's "alg" (which must suit the key).
Status verifyJws(const Jws& jws, const crypto::PublicKey& key);

/// Signs a JWS signing input and returns the raw JOSE signature (ECDSA as r||s). Keys stay with the caller.
using JwsSigner = std::function<Result<QByteArray>(QByteArrayView signingInput)>;

/// Builds a compact JWS: the header must carry "alg"; the payload is taken as given.
Result<QByteArray> signCompactJws(const QJsonObject& header, QByteArrayView payload, const JwsSigner& signer);

/// Parses UTF-8 JSON that must be an object; "what" names it in the error message.
Result<QJsonObject> parseJsonObject(QByteArrayView json, const Text& what);

/// Compact JSON text of an object, as JOSE headers and JWT payloads are written here.
QByteArray toCompactJson(const QJsonObject& object);

} // namespace ler::jose
