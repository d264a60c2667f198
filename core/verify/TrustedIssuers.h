// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/PublicKey.h"
#include "core/util/Result.h"
#include "core/verify/MethodResolver.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

/// Issuer keys the person chose to trust, for issuers whose keys cannot be looked up (an https issuer without
/// published metadata, a wallet that stays offline). Read from JSON: a JWKS whose keys carry a "kid" that is the
/// verification method id ("https://example.edu/issuers/1#key-1"); JWT VC issuer metadata ({"issuer", "jwks"}) or a
/// JWKS with an "issuer" member, where every key belongs to that issuer (a kid is relative to it, unless it is
/// already a key id of that issuer) and a key without kid stands for the issuer; a DID document; or an array of any
/// of these. A key counts only for the issuer it was added for.
namespace ler::verify {

class TrustedIssuers
{
public:
    /// Parses the forms above. InvalidInput names the entry that is not usable.
    static Result<TrustedIssuers> fromJson(const QByteArray& json);

    void addKey(const QString& methodId, const crypto::PublicKey& key);
    void addDidDocument(const QJsonObject& document);
    bool isEmpty() const { return m_keys.isEmpty() && m_documents.isEmpty(); }

    /// The controller document for a Data Integrity verification method; NotFound when not trusted.
    Result<QJsonObject> controllerDocument(const QString& methodId) const;
    /// A trusted key found for a JWT, with the issuer (DID or URL) it was trusted for.
    struct JwtKey
    {
        crypto::PublicKey key;
        QString controller; ///< who the key belongs to: the part of its key id before '#', or the issuer
    };

    /// The key for a JWT of issuer iss with header kid (absolute, relative to iss, or empty for the issuer's only
    /// trusted key). The key's controller may differ from iss when kid is absolute: a key counts only for the issuer
    /// that controls it, so the caller must compare the two.
    std::optional<JwtKey> jwtKey(const QString& iss, const QString& kid) const;

private:
    Status addJwks(const QJsonObject& jwks, const QString& issuer);
    Status addEntry(const QJsonObject& entry);

    QList<TrustedKey> m_keys;
    QList<QJsonObject> m_documents;
};

} // namespace ler::verify
