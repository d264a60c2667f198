// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/PublicKey.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>
#include <QUrl>

namespace ler::net {
class Fetcher;
}

namespace ler::verify {

/// The issuer keys published in JWT VC Issuer Metadata (SD-JWT VC, "JWT VC Issuer Metadata").
struct IssuerKeys
{
    QString issuer;
    QHash<QString, crypto::PublicKey> byKid; ///< keys that have a "kid"
    QList<crypto::PublicKey> all; ///< every usable key, in JWKS order
    QDateTime fetchedAt; ///< when the metadata (or, with jwks_uri, the JWKS) was fetched, UTC
    bool fromCache = false;
};

/// The metadata address for an issuer identifier: "/.well-known/jwt-vc-issuer" goes between the host and the path,
/// and a trailing "/" is dropped ("https://example.com/tenant/1" -> "https://example.com/.well-known/jwt-vc-issuer/
/// tenant/1"). The issuer must be an https URL (or http to loopback) with no query or fragment.
Result<QUrl> jwtVcIssuerMetadataUrl(QStringView issuer);

/// Fetches SD-JWT VC issuer keys through a Fetcher. Synchronous: run it off the GUI thread.
class IssuerMetadataResolver
{
public:
    /// The fetcher must outlive the resolver.
    explicit IssuerMetadataResolver(const net::Fetcher& fetcher);

    /// Fetches the metadata for iss, checks its "issuer" is exactly iss, and reads "jwks" (inline) or "jwks_uri"
    /// (exactly one of them). Keys of unsupported types are skipped; none usable is an error.
    Result<IssuerKeys> fetchKeys(QStringView iss) const;

    /// The key for a JWT header's kid. With an empty kid, the only key, if there is exactly one.
    Result<crypto::PublicKey> keyFor(QStringView iss, QStringView kid) const;

private:
    const net::Fetcher& m_fetcher;
};

} // namespace ler::verify
