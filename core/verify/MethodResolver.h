// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/PublicKey.h"
#include "core/did/DidDocument.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

/// Where a proof's key comes from. A proof names its key by a verification method id (usually a DID URL); a
/// resolver answers with the controller document that lists that method: a DID document, or a document built for
/// a key the user or the credential vouches for. The key and its allowed purposes are then read from it.
namespace ler::verify {

/// Returns the controller document for a verification method id. Unsupported or NotFound mean "not mine":
/// firstOf() then asks the next resolver. Network means the document could not be fetched.
using MethodResolver = std::function<Result<QJsonObject>(const QString& methodId)>;

/// did:key and did:jwk, resolved locally without network. Everything else is Unsupported.
MethodResolver offlineDidResolver();

/// Asks each resolver in turn and returns the first answer that is not Unsupported or NotFound.
MethodResolver firstOf(QList<MethodResolver> resolvers);

/// A key trusted by decision of the user (or found in the credential), for the given purposes.
struct TrustedKey
{
    QString methodId; ///< The verification method id proofs use for it, e.g. "https://example.edu/issuers/1#key-1".
    crypto::PublicKey key;
    QList<did::VerificationRelationship> relationships
        = { did::VerificationRelationship::AssertionMethod, did::VerificationRelationship::Authentication };
};

/// Answers exactly the trusted keys' method ids (NotFound for others).
MethodResolver trustedKeyResolver(QList<TrustedKey> keys);

/// The verification methods a credential's own issuer object defines ("verificationMethod": a list, or one method
/// object), as an OB 3.0 Profile may. Answers only method ids under the issuer's id, controlled by the issuer, with
/// a controller document that lists the method for assertionMethod; NotFound for anything else. Such a key shows
/// the credential was not changed, not who issued it.
MethodResolver embeddedMethodResolver(const QJsonObject& credential);

/// A controller document listing one Multikey verification method with the given relationships. Its id is the
/// method id without the fragment.
QJsonObject controllerDocumentForKey(const TrustedKey& key);

/// The DID or URL a verification method id belongs to: the part before '#'.
QString controllerOf(const QString& methodId);

} // namespace ler::verify
