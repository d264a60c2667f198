// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/jose/SdJwt.h"

#include "core/jose/SdJwtPayload.h"

#include <QJsonArray>
#include <QSet>

namespace ler::jose {

namespace {

const QLatin1String kKbTyp("kb+jwt");

Status checkDisclosures(const QList<QByteArray>& disclosures)
{
    for (const QByteArray& d : disclosures) {
        if (d.isEmpty()) {
            return invalidInput(tx("ler::jose", "SD-JWT: empty disclosure"), QStringLiteral("jose/disclosure-empty"));
        }
        if (auto parsed = parseDisclosure(d); !parsed) {
            return parsed.error();
        }
    }
    return {};
}

Result<QList<QByteArray>> stringList(const QJsonValue& value, const QString& what)
{
    QList<QByteArray> out;
    if (value.isUndefined()) {
        return out;
    }
    if (!value.isArray()) {
        return invalidInput(
            tx("ler::jose", "SD-JWT: \"%1\" is not an array").arg(what), QStringLiteral("jose/json-member-not-array"));
    }
    for (const QJsonValue v : value.toArray()) {
        if (!v.isString()) {
            return invalidInput(tx("ler::jose", "SD-JWT: \"%1\" holds a non-string").arg(what),
                QStringLiteral("jose/json-member-non-string"));
        }
        out.append(v.toString().toLatin1());
    }
    return out;
}

/// Reads one JWS of a JSON serialization; "holder" has protected, signature and the unprotected header.
Result<Jws> jwsFromJson(const QJsonObject& holder, const QJsonValue& payload)
{
    const QJsonValue prot = holder.value(QLatin1String("protected"));
    const QJsonValue sig = holder.value(QLatin1String("signature"));
    if (!prot.isString() || !payload.isString() || !sig.isString()) {
        return invalidInput(tx("ler::jose", "SD-JWT: JSON serialization lacks protected, payload or signature"),
            QStringLiteral("jose/json-serialization-incomplete"));
    }
    return jwsFromParts(prot.toString().toLatin1(), payload.toString().toLatin1(), sig.toString().toLatin1());
}

Status checkIat(const QJsonValue& iat, const KeyBindingExpectation& kb)
{
    // Seconds since the epoch; anything beyond year 33658 is nonsense (and would not fit qint64 safely).
    constexpr double kMaxIat = 1e12;
    if (!iat.isDouble() || iat.toDouble() < 0 || iat.toDouble() > kMaxIat) {
        return Error(ErrorCode::VerificationFailed,
            tx("ler::jose", "SD-JWT key binding: \"iat\" is missing or not a valid time"),
            QStringLiteral("jose/kb-iat-invalid"));
    }
    const qint64 issued = static_cast<qint64>(iat.toDouble());
    const qint64 now = kb.now.toSecsSinceEpoch();
    if (issued < now - kb.maxAgeSeconds) {
        return Error(ErrorCode::VerificationFailed,
            tx("ler::jose", "SD-JWT key binding: the KB-JWT is too old"),
            QStringLiteral("jose/kb-too-old"));
    }
    if (issued > now + kb.maxFutureSeconds) {
        return Error(ErrorCode::VerificationFailed,
            tx("ler::jose", "SD-JWT key binding: the KB-JWT is issued in the future"),
            QStringLiteral("jose/kb-in-future"));
    }
    return {};
}

Result<crypto::PublicKey> holderKey(const QJsonObject& claims)
{
    const QJsonValue jwk = claims.value(QLatin1String("cnf")).toObject().value(QLatin1String("jwk"));
    if (!jwk.isObject()) {
        return Error(ErrorCode::VerificationFailed,
            tx("ler::jose", "SD-JWT key binding: the SD-JWT has no cnf.jwk holder key"),
            QStringLiteral("jose/kb-no-holder-key"));
    }
    return crypto::PublicKey::fromJwk(jwk.toObject());
}

Status checkKbClaims(
    const QJsonObject& payload, const SdJwt& sdJwt, SdHashAlgorithm alg, const KeyBindingExpectation& kb)
{
    const QJsonValue nonce = payload.value(QLatin1String("nonce"));
    if (!nonce.isString() || nonce.toString() != kb.nonce) {
        return Error(ErrorCode::VerificationFailed,
            tx("ler::jose", "SD-JWT key binding: the nonce does not match"),
            QStringLiteral("jose/kb-nonce-mismatch"));
    }
    const QJsonValue aud = payload.value(QLatin1String("aud"));
    if (!aud.isString() || aud.toString() != kb.audience) {
        return Error(ErrorCode::VerificationFailed,
            tx("ler::jose", "SD-JWT key binding: the audience does not match"),
            QStringLiteral("jose/kb-audience-mismatch"));
    }
    if (auto ok = checkIat(payload.value(QLatin1String("iat")), kb); !ok) {
        return ok;
    }
    const QJsonValue sdHash = payload.value(QLatin1String("sd_hash"));
    if (!sdHash.isString() || sdHash.toString().toLatin1() != sdDigest(alg, sdJwt.compactWithoutKeyBinding())) {
        return Error(ErrorCode::VerificationFailed,
            tx("ler::jose", "SD-JWT key binding: sd_hash does not match the presented SD-JWT"),
            QStringLiteral("jose/kb-sd-hash-mismatch"));
    }
    return {};
}

Status verifyIssuerSignature(const SdJwt& sdJwt, const crypto::PublicKey& key)
{
    Status first = verifyJws(sdJwt.issuerJwt, key);
    if (first.ok()) {
        return first;
    }
    for (const Jws& other : sdJwt.otherSignatures) {
        if (verifyJws(other, key).ok()) {
            return {};
        }
    }
    return first;
}

/// The requested disclosures plus every ancestor they need, in the issuer's order.
Result<QList<QByteArray>> withParents(const SdJwt& issued, const QList<QByteArray>& reveal)
{
    auto payload = issued.issuerJwt.payloadObject();
    if (!payload) {
        return payload.error();
    }
    auto parents = disclosureParents(*payload, issued.disclosures);
    if (!parents) {
        return parents.error();
    }
    QSet<QByteArray> wanted;
    for (const QByteArray& d : reveal) {
        if (!issued.disclosures.contains(d)) {
            return invalidInput(tx("ler::jose", "SD-JWT: a disclosure to reveal is not part of this SD-JWT"),
                QStringLiteral("jose/disclosure-not-in-token"));
        }
        for (QByteArray cur = d; !cur.isEmpty() && !wanted.contains(cur); cur = parents->value(cur)) {
            wanted.insert(cur);
        }
    }
    QList<QByteArray> out;
    for (const QByteArray& d : issued.disclosures) {
        if (wanted.contains(d)) {
            out.append(d);
        }
    }
    return out;
}

Result<QByteArray> signKeyBinding(const SdJwt& presentation, SdHashAlgorithm alg, const KeyBindingRequest& kb)
{
    const QJsonObject header { { QStringLiteral("alg"), crypto::signatureAlgorithmName(kb.alg) },
        { QStringLiteral("typ"), kKbTyp } };
    const QJsonObject payload { { QStringLiteral("nonce"), kb.nonce },
        { QStringLiteral("aud"), kb.audience },
        { QStringLiteral("iat"), kb.issuedAt.toSecsSinceEpoch() },
        { QStringLiteral("sd_hash"), QString::fromLatin1(sdDigest(alg, presentation.compactWithoutKeyBinding())) } };
    return signCompactJws(header, toCompactJson(payload), kb.signer);
}

} // namespace

QByteArray SdJwt::compactWithoutKeyBinding() const
{
    QByteArray out = issuerJwt.compact() + '~';
    for (const QByteArray& d : disclosures) {
        out += d + '~';
    }
    return out;
}

QByteArray SdJwt::compact() const
{
    return compactWithoutKeyBinding() + kbJwt;
}

Result<SdJwt> parseSdJwt(QByteArrayView compact)
{
    if (compact.size() > kMaxTokenLength) {
        return Error(ErrorCode::LimitExceeded,
            tx("ler::jose", "SD-JWT: longer than %1 bytes").arg(kMaxTokenLength),
            QStringLiteral("jose/sd-too-long"));
    }
    const QList<QByteArray> parts = compact.toByteArray().split('~');
    if (parts.size() < 2) {
        return invalidInput(tx("ler::jose", "SD-JWT: no '~' separator: this is a plain JWT, not an SD-JWT"),
            QStringLiteral("jose/sd-no-separator"));
    }
    SdJwt out;
    auto jws = parseCompactJws(parts.front());
    if (!jws) {
        return jws.error();
    }
    out.issuerJwt = std::move(*jws);
    out.disclosures = parts.mid(1, parts.size() - 2);
    if (auto ok = checkDisclosures(out.disclosures); !ok) {
        return ok.error();
    }
    out.kbJwt = parts.back();
    if (out.hasKeyBinding()) {
        if (auto kb = parseCompactJws(out.kbJwt); !kb) {
            return Error(
                kb.error().code, tx("ler::jose", "The key binding JWT is not a valid JWS."), kb.error().reason);
        }
    }
    return out;
}

Error jwsJsonMixedError()
{
    return invalidInput(tx("ler::jose",
                            "The JSON holds a signed token's members (payload, protected, signatures) beside others, "
                            "so it could be read as two different things. It is not accepted."),
        QStringLiteral("jose/json-serialization-mixed"));
}

JwsJsonShape jwsJsonShape(const QJsonObject& json)
{
    if (!json.contains(QLatin1String("payload"))
        || !(json.contains(QLatin1String("protected")) || json.contains(QLatin1String("signatures"))))
        return JwsJsonShape::None;
    const bool general = json.contains(QLatin1String("signatures"));
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString& key = it.key();
        const bool member = key == QLatin1String("payload")
            || (general ? key == QLatin1String("signatures")
                        : key == QLatin1String("protected") || key == QLatin1String("header")
                        || key == QLatin1String("signature"));
        if (!member)
            return JwsJsonShape::Mixed;
    }
    return JwsJsonShape::Pure;
}

Result<SdJwt> parseSdJwtJson(const QJsonObject& json)
{
    if (jwsJsonShape(json) != JwsJsonShape::Pure) {
        return jwsJsonMixedError();
    }
    const QJsonValue payload = json.value(QLatin1String("payload"));
    const bool general = json.contains(QLatin1String("signatures"));
    const QJsonArray signatures = general ? json.value(QLatin1String("signatures")).toArray() : QJsonArray { json };
    if (signatures.isEmpty()) {
        return invalidInput(tx("ler::jose", "SD-JWT: the JSON serialization has no signature"),
            QStringLiteral("jose/json-serialization-unsigned"));
    }
    if (general) {
        for (const QJsonValue& entry : signatures) {
            const QJsonObject o = entry.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.key() != QLatin1String("protected") && it.key() != QLatin1String("header")
                    && it.key() != QLatin1String("signature")) {
                    return jwsJsonMixedError();
                }
            }
        }
    }
    SdJwt out;
    for (qsizetype i = 0; i < signatures.size(); ++i) {
        auto jws = jwsFromJson(signatures.at(i).toObject(), payload);
        if (!jws) {
            return jws.error();
        }
        if (i == 0) {
            out.issuerJwt = std::move(*jws);
        } else {
            out.otherSignatures.append(std::move(*jws));
        }
    }
    const QJsonObject header = signatures.at(0).toObject().value(QLatin1String("header")).toObject();
    auto disclosures = stringList(header.value(QLatin1String("disclosures")), QStringLiteral("disclosures"));
    if (!disclosures) {
        return disclosures.error();
    }
    out.disclosures = std::move(*disclosures);
    if (auto ok = checkDisclosures(out.disclosures); !ok) {
        return ok.error();
    }
    const QJsonValue kb = header.value(QLatin1String("kb_jwt"));
    if (!kb.isUndefined()) {
        if (!kb.isString() || !parseCompactJws(kb.toString().toLatin1()).ok()) {
            return invalidInput(
                tx("ler::jose", "SD-JWT: \"kb_jwt\" is not a compact JWS"), QStringLiteral("jose/kb-jwt-not-compact"));
        }
        out.kbJwt = kb.toString().toLatin1();
    }
    return out;
}

Result<QJsonObject> verifyKeyBinding(
    const SdJwt& sdJwt, const QJsonObject& claims, SdHashAlgorithm alg, const KeyBindingExpectation& kb)
{
    if (!sdJwt.hasKeyBinding()) {
        return Error(ErrorCode::VerificationFailed,
            tx("ler::jose", "SD-JWT key binding: a key binding JWT is required but missing"),
            QStringLiteral("jose/kb-missing"));
    }
    auto jws = parseCompactJws(sdJwt.kbJwt);
    if (!jws) {
        return jws.error();
    }
    if (jws->header.value(QLatin1String("typ")).toString() != kKbTyp) {
        return Error(ErrorCode::VerificationFailed,
            tx("ler::jose", "SD-JWT key binding: the KB-JWT \"typ\" is not \"kb+jwt\""),
            QStringLiteral("jose/kb-typ-invalid"));
    }
    auto key = holderKey(claims);
    if (!key) {
        return key.error();
    }
    if (auto ok = verifyJws(*jws, *key); !ok) {
        return Error(
            ok.error().code, tx("ler::jose", "The key binding signature was not accepted."), ok.error().reason);
    }
    auto payload = jws->payloadObject();
    if (!payload) {
        return payload.error();
    }
    if (auto ok = checkKbClaims(*payload, sdJwt, alg, kb); !ok) {
        return ok.error();
    }
    return payload;
}

Result<VerifiedSdJwt> verifySdJwt(
    const SdJwt& sdJwt, const crypto::PublicKey& issuerKey, const std::optional<KeyBindingExpectation>& kb)
{
    if (auto ok = verifyIssuerSignature(sdJwt, issuerKey); !ok) {
        return Error(
            ok.error().code, tx("ler::jose", "The SD-JWT issuer signature was not accepted."), ok.error().reason);
    }
    auto payload = sdJwt.issuerJwt.payloadObject();
    if (!payload) {
        return payload.error();
    }
    auto alg = payloadHashAlgorithm(*payload);
    if (!alg) {
        return alg.error();
    }
    auto claims = processSdJwtPayload(*payload, sdJwt.disclosures);
    if (!claims) {
        return claims.error();
    }
    VerifiedSdJwt out;
    out.header = sdJwt.issuerJwt.header;
    out.claims = std::move(*claims);
    out.alg = *alg;
    if (kb) {
        auto kbPayload = verifyKeyBinding(sdJwt, out.claims, *alg, *kb);
        if (!kbPayload) {
            return kbPayload.error();
        }
        out.keyBound = true;
        out.kbPayload = std::move(*kbPayload);
    }
    return out;
}

Result<QByteArray> createPresentation(
    const SdJwt& issued, const QList<QByteArray>& reveal, const std::optional<KeyBindingRequest>& kb)
{
    auto selected = withParents(issued, reveal);
    if (!selected) {
        return selected.error();
    }
    SdJwt presentation;
    presentation.issuerJwt = issued.issuerJwt;
    presentation.disclosures = std::move(*selected);
    if (!kb) {
        return presentation.compact();
    }
    auto payload = issued.issuerJwt.payloadObject();
    if (!payload) {
        return payload.error();
    }
    auto alg = payloadHashAlgorithm(*payload);
    if (!alg) {
        return alg.error();
    }
    auto kbJwt = signKeyBinding(presentation, *alg, *kb);
    if (!kbJwt) {
        return kbJwt.error();
    }
    presentation.kbJwt = std::move(*kbJwt);
    return presentation.compact();
}

} // namespace ler::jose
