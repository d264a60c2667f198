// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/did/DidDocument.h"

#include "core/codec/Base58.h"
#include "core/did/DidJwk.h"
#include "core/did/DidKey.h"

#include <QJsonArray>

namespace ler::did {

namespace {

using crypto::KeyType;
using crypto::PublicKey;

constexpr VerificationRelationship kAllRelationships[] = {
    VerificationRelationship::Authentication,
    VerificationRelationship::AssertionMethod,
    VerificationRelationship::KeyAgreement,
    VerificationRelationship::CapabilityInvocation,
    VerificationRelationship::CapabilityDelegation,
};

bool sameId(const QJsonObject& document, const QJsonValue& candidate, const QString& wanted)
{
    const QString id
        = candidate.isObject() ? candidate.toObject().value(QLatin1String("id")).toString() : candidate.toString();
    return !id.isEmpty() && absoluteMethodId(document, id) == wanted;
}

Result<PublicKey> keyFromBase58(const QString& type, const QString& text)
{
    auto raw = codec::base58Decode(text.toLatin1());
    if (!raw) {
        return raw.error();
    }
    if (type == QLatin1String("Ed25519VerificationKey2018")) {
        return PublicKey::fromEd25519(*raw);
    }
    if (type == QLatin1String("P256Key2021")) {
        return PublicKey::fromEcPoint(KeyType::P256, *raw);
    }
    return Error(ErrorCode::Unsupported,
        tx("ler::did", "verification method type \"%1\" is not supported").arg(type),
        QStringLiteral("did/method-type-unsupported"));
}

} // namespace

QString relationshipName(VerificationRelationship rel)
{
    switch (rel) {
    case VerificationRelationship::Authentication:
        return QStringLiteral("authentication");
    case VerificationRelationship::AssertionMethod:
        return QStringLiteral("assertionMethod");
    case VerificationRelationship::KeyAgreement:
        return QStringLiteral("keyAgreement");
    case VerificationRelationship::CapabilityInvocation:
        return QStringLiteral("capabilityInvocation");
    case VerificationRelationship::CapabilityDelegation:
        return QStringLiteral("capabilityDelegation");
    }
    return {};
}

QString absoluteMethodId(const QJsonObject& document, QStringView methodId)
{
    if (methodId.startsWith(QLatin1Char('#'))) {
        return document.value(QLatin1String("id")).toString() + methodId.toString();
    }
    return methodId.toString();
}

Result<QJsonObject> findVerificationMethod(const QJsonObject& document, QStringView methodId)
{
    const QString wanted = absoluteMethodId(document, methodId);
    QJsonArray candidates = document.value(QLatin1String("verificationMethod")).toArray();
    for (const auto rel : kAllRelationships) {
        for (const QJsonValue v : document.value(relationshipName(rel)).toArray()) {
            if (v.isObject()) {
                candidates.append(v);
            }
        }
    }
    QJsonObject found;
    for (const QJsonValue v : candidates) {
        if (!v.isObject() || !sameId(document, v, wanted)) {
            continue;
        }
        if (!found.isEmpty() && found != v.toObject()) {
            return invalidInput(tx("ler::did", "the DID document defines verification method %1 twice").arg(wanted),
                QStringLiteral("did/method-defined-twice"));
        }
        found = v.toObject();
    }
    if (found.isEmpty()) {
        return Error(ErrorCode::NotFound,
            tx("ler::did", "verification method %1 is not in the DID document").arg(wanted),
            QStringLiteral("did/method-not-found"));
    }
    return found;
}

bool hasRelationship(const QJsonObject& document, QStringView methodId, VerificationRelationship rel)
{
    const QString wanted = absoluteMethodId(document, methodId);
    for (const QJsonValue v : document.value(relationshipName(rel)).toArray()) {
        if (sameId(document, v, wanted)) {
            return true;
        }
    }
    return false;
}

Result<crypto::PublicKey> publicKeyFromVerificationMethod(const QJsonObject& method)
{
    const QString type = method.value(QLatin1String("type")).toString();
    const bool hasMultibase = method.contains(QLatin1String("publicKeyMultibase"));
    const bool hasJwk = method.contains(QLatin1String("publicKeyJwk"));
    const bool hasBase58 = method.contains(QLatin1String("publicKeyBase58"));
    if (int(hasMultibase) + int(hasJwk) + int(hasBase58) != 1) {
        return invalidInput(tx("ler::did", "a verification method must carry exactly one public key property"),
            QStringLiteral("did/method-key-count"));
    }
    if (hasMultibase) {
        if (type != QLatin1String("Multikey") && type != QLatin1String("Ed25519VerificationKey2020")) {
            return Error(ErrorCode::Unsupported,
                tx("ler::did", "verification method type \"%1\" with publicKeyMultibase").arg(type),
                QStringLiteral("did/method-type-multibase-mismatch"));
        }
        return PublicKey::fromMultikey(method.value(QLatin1String("publicKeyMultibase")).toString());
    }
    if (hasJwk) {
        if (type != QLatin1String("JsonWebKey2020") && type != QLatin1String("JsonWebKey")) {
            return Error(ErrorCode::Unsupported,
                tx("ler::did", "verification method type \"%1\" with publicKeyJwk").arg(type),
                QStringLiteral("did/method-type-jwk-mismatch"));
        }
        return PublicKey::fromJwk(method.value(QLatin1String("publicKeyJwk")).toObject());
    }
    return keyFromBase58(type, method.value(QLatin1String("publicKeyBase58")).toString());
}

Result<crypto::PublicKey> publicKeyForRelationship(
    const QJsonObject& document, QStringView methodId, VerificationRelationship rel)
{
    auto method = findVerificationMethod(document, methodId);
    if (!method) {
        return method.error();
    }
    if (!hasRelationship(document, methodId, rel)) {
        return Error(ErrorCode::VerificationFailed,
            tx("ler::did", "verification method %1 is not authorised for %2")
                .arg(absoluteMethodId(document, methodId), relationshipName(rel)),
            QStringLiteral("did/method-not-authorised"));
    }
    return publicKeyFromVerificationMethod(*method);
}

Result<QJsonObject> resolveOfflineDid(QStringView did)
{
    if (did.startsWith(QLatin1String("did:key:"))) {
        return resolveDidKey(did);
    }
    if (did.startsWith(QLatin1String("did:jwk:"))) {
        return resolveDidJwk(did);
    }
    if (did.startsWith(QLatin1String("did:web:"))) {
        return Error(ErrorCode::Unsupported,
            tx("ler::did", "did:web must be fetched over the network"),
            QStringLiteral("did/web-needs-network"));
    }
    const auto method
        = did.startsWith(QLatin1String("did:")) ? did.sliced(4).split(QLatin1Char(':')).value(0) : QStringView();
    return Error(ErrorCode::Unsupported,
        tx("ler::did", "DID method \"%1\" is not supported").arg(method),
        QStringLiteral("did/method-unsupported"));
}

} // namespace ler::did
