// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/PublicKey.h"
#include "core/util/Result.h"
#include "core/verify/Check.h"
#include "core/verify/MethodResolver.h"
#include "core/verify/TrustedIssuers.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <memory>

namespace ler::net {
class Fetcher;
}

/// Finds the key that signed a credential and remembers how it was found, so the report can say why the key can be
/// trusted: it is part of the issuer's DID (did:key, did:jwk), it was fetched from the issuer's web site (did:web,
/// JWT VC issuer metadata), or the person added it as trusted. Network lookups honour the offline flag.
namespace ler::verify {

/// How a signing key was tied to its owner.
struct TrustPath
{
    enum class Source
    {
        None, ///< not found (see error)
        EmbeddedDid, ///< did:key or did:jwk: the key is the identifier
        DidWeb, ///< fetched from the owner's web site: a did:web document or an https controller document
        Trusted, ///< added by the person as trusted
        IssuerMetadata, ///< fetched from the issuer's JWT VC issuer metadata
        Embedded, ///< came inside the credential itself: proves integrity, not who issued it
    };
    Source source = Source::None;
    QString controller; ///< the DID or URL that owns the key
    QDateTime fetchedAt; ///< for fetched keys, UTC
    bool fromCache = false;
    bool needsNetwork = false; ///< the lookup needed the network and the wallet is offline
    bool refused = false; ///< the credential carries a key that must not be used (e.g. with its private part)
    Text error; ///< why the key was not found
};

class KeyLookup
{
public:
    /// fetcher may be null (nothing is fetched). offline says the wallet is offline: the fetcher then answers only
    /// from its cache, and a miss is reported as needing the network.
    KeyLookup(const TrustedIssuers& trusted, const net::Fetcher* fetcher, bool offline);

    /// For Data Integrity proofs; records the trust path of every method id it is asked about.
    MethodResolver resolver() const;
    /// Keys the credential itself carries (see embeddedMethodResolver()), used by resolver() when no other source
    /// lists the method.
    void setEmbeddedMethods(MethodResolver embedded);
    /// The trust path recorded for methodId by resolver().
    TrustPath pathFor(const QString& methodId) const;

    /// The key for a JWT from issuer iss with header kid (a DID URL, a key id relative to iss, or empty).
    Result<crypto::PublicKey> jwtKey(const QString& iss, const QString& kid, TrustPath& path) const;
    /// As above with the JWT's protected header: when its kid leads to no key, a public "jwk" in the header is used
    /// instead (path Embedded, or EmbeddedDid when iss is the did:key or did:jwk of that key). A jwk holding
    /// private members is refused (path.refused).
    Result<crypto::PublicKey> jwtKey(const QString& iss, const QJsonObject& header, TrustPath& path) const;

    /// The path of a key that came inside the credential for the issuer or controller id.
    static TrustPath embeddedPath(const QString& id, const crypto::PublicKey& key);

    /// The "issuer" check of a credential: issuer is the issuer id the credential names, checked against the key's
    /// owner. A credential that names no issuer fails: a signature cannot stand for an issuer nobody named.
    static Check issuerCheck(const TrustPath& path, const QString& issuer);
    /// The same check for a presentation, whose holder may be left out (empty).
    static Check holderCheck(const TrustPath& path, const QString& holder);

private:
    static Check pathCheck(const TrustPath& path, const QString& issuer, bool holder);
    Result<QJsonObject> resolve(const QString& methodId, TrustPath& path) const;
    Result<QJsonObject> fetchControllerDocument(const QString& methodId, TrustPath& path) const;
    Error fetchFailed(const Error& error, TrustPath& path) const;
    Result<crypto::PublicKey> metadataKey(const QString& iss, const QString& kid, TrustPath& path) const;

    const TrustedIssuers& m_trusted;
    const net::Fetcher* m_fetcher;
    bool m_offline;
    MethodResolver m_embedded;
    std::shared_ptr<QHash<QString, TrustPath>> m_paths;
};

} // namespace ler::verify
