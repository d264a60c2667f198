// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/PublicKey.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringView>

namespace ler::did {

/// DID Core verification relationships: what a key is allowed to be used for.
enum class VerificationRelationship
{
    Authentication,
    AssertionMethod, ///< Issuing credentials: the one a credential verifier checks.
    KeyAgreement,
    CapabilityInvocation,
    CapabilityDelegation,
};

/// The DID Core property name ("assertionMethod").
QString relationshipName(VerificationRelationship rel);

/// The method id made absolute against the document id ("#key-1" -> "did:example:123#key-1").
QString absoluteMethodId(const QJsonObject& document, QStringView methodId);

/// The verification method with this id (absolute or relative), from "verificationMethod" or embedded in a
/// relationship. NotFound if absent; InvalidInput if the document lists the id twice.
Result<QJsonObject> findVerificationMethod(const QJsonObject& document, QStringView methodId);

/// True when the relationship lists the method, by reference or embedded.
bool hasRelationship(const QJsonObject& document, QStringView methodId, VerificationRelationship rel);

/// The key of a verification method: Multikey / Ed25519VerificationKey2020 (publicKeyMultibase), JsonWebKey2020 /
/// JsonWebKey (publicKeyJwk), Ed25519VerificationKey2018 / P256Key2021 (publicKeyBase58). Exactly one key property.
Result<crypto::PublicKey> publicKeyFromVerificationMethod(const QJsonObject& method);

/// Finds the method, checks it is listed under rel (VerificationFailed if not) and returns its key.
Result<crypto::PublicKey> publicKeyForRelationship(
    const QJsonObject& document, QStringView methodId, VerificationRelationship rel);

/// Resolves the DID methods that need no network: did:key (Multikey form) and did:jwk. did:web and others are
/// reported as Unsupported here.
Result<QJsonObject> resolveOfflineDid(QStringView did);

} // namespace ler::did
