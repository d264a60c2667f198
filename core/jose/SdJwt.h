// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/PublicKey.h"
#include "core/jose/Disclosure.h"
#include "core/jose/Jws.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace ler::jose {

/// An SD-JWT or SD-JWT+KB (RFC 9901): the issuer-signed JWT, its disclosures and an optional key binding JWT.
struct SdJwt
{
    Jws issuerJwt;
    /// Further issuer signatures over the same payload (General JWS JSON serialization only).
    QList<Jws> otherSignatures;
    QList<QByteArray> disclosures;
    QByteArray kbJwt; ///< empty when there is no key binding

    bool hasKeyBinding() const { return !kbJwt.isEmpty(); }
    /// "<issuer JWT>~<disclosure>~...~": the SD-JWT without KB-JWT, over which sd_hash is computed.
    QByteArray compactWithoutKeyBinding() const;
    /// The full compact serialization.
    QByteArray compact() const;
};

/// Parses the compact form "<JWT>~<D1>~...~<Dn>~[<KB-JWT>]". Empty disclosures ("~~") and a missing final "~" are
/// rejected; disclosures are decoded here, so a malformed one fails early.
Result<SdJwt> parseSdJwt(QByteArrayView compact);

/// What a JSON object is to the JWS JSON serialization (RFC 7515 section 7.2).
enum class JwsJsonShape
{
    None, ///< No "payload" with "protected" or "signatures": not a JWS.
    Pure, ///< Only the members of the flattened or general form.
    Mixed, ///< A JWS's members beside others (a credential's, say): one file that reads as two different things.
};
JwsJsonShape jwsJsonShape(const QJsonObject& json);
/// The refusal of a Mixed object, for every reader of one.
Error jwsJsonMixedError();

/// Parses the Flattened or General JWS JSON serialization (RFC 9901 section 8): disclosures and kb_jwt in the
/// unprotected header (of the first signature, for General). Members of neither form are refused, though RFC 7515
/// lets readers ignore them: a document beside the token would be shown by one reader and checked by another.
Result<SdJwt> parseSdJwtJson(const QJsonObject& json);

/// What a verifier expects of the key binding JWT.
struct KeyBindingExpectation
{
    QString nonce;
    QString audience;
    QDateTime now;
    qint64 maxAgeSeconds = 300; ///< iat older than now minus this is stale
    qint64 maxFutureSeconds = 60; ///< iat later than now plus this is refused (clock skew)
};

/// The result of verifying an SD-JWT.
struct VerifiedSdJwt
{
    QJsonObject header; ///< issuer JWT header
    QJsonObject claims; ///< processed payload: disclosed claims, without _sd/_sd_alg/...
    SdHashAlgorithm alg = SdHashAlgorithm::Sha256; ///< the payload's _sd_alg, for digests and the KB-JWT sd_hash
    bool keyBound = false; ///< a KB-JWT was checked against the expectation
    QJsonObject kbPayload; ///< the KB-JWT claims when keyBound
};

/// Verifies the issuer signature with issuerKey (any of the signatures, for General JSON), processes the
/// disclosures and, when kb is given, requires and checks the key binding JWT (typ kb+jwt, signature by the
/// cnf.jwk key, nonce, aud, iat window, sd_hash). Without kb, a KB-JWT that is present is not looked at.
Result<VerifiedSdJwt> verifySdJwt(const SdJwt& sdJwt,
    const crypto::PublicKey& issuerKey,
    const std::optional<KeyBindingExpectation>& kb = std::nullopt);

/// Checks only the key binding JWT of sdJwt against claims (the processed payload, which holds cnf.jwk).
/// Returns the KB-JWT claims.
Result<QJsonObject> verifyKeyBinding(
    const SdJwt& sdJwt, const QJsonObject& claims, SdHashAlgorithm alg, const KeyBindingExpectation& kb);

/// What the holder puts in a key binding JWT, and how it is signed.
struct KeyBindingRequest
{
    QString nonce;
    QString audience;
    QDateTime issuedAt;
    crypto::SignatureAlgorithm alg = crypto::SignatureAlgorithm::EdDSA;
    JwsSigner signer;
};

/// Builds a presentation from an issued SD-JWT revealing the given disclosures (which must belong to it) plus any
/// parent disclosures they need; the issuer's order is kept. With kb, appends a KB-JWT over the result.
Result<QByteArray> createPresentation(
    const SdJwt& issued, const QList<QByteArray>& reveal, const std::optional<KeyBindingRequest>& kb = std::nullopt);

} // namespace ler::jose
