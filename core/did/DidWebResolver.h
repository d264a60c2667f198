// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringView>

namespace ler::net {
class Fetcher;
}

namespace ler::did {

/// A DID document fetched from the web, and when.
struct ResolvedDidDocument
{
    QJsonObject document;
    QDateTime fetchedAt; ///< UTC
    bool fromCache = false; ///< true when an earlier copy was used (offline or server unreachable)
};

/// Resolves did:web DIDs (did:web method spec, "Read"): builds the https URL with didWebToUrl, fetches it through
/// the Fetcher (which enforces https, limits and the offline switch, and caches the document with its fetch time),
/// and checks the document's "id" is exactly the DID. Synchronous: run it off the GUI thread.
/// Tests serve did:web:example.com from 127.0.0.1 with the Fetcher's test-only URL rewriter
/// (Fetcher::setUrlRewriter); the resolver itself never changes the address.
class DidWebResolver
{
public:
    /// The fetcher must outlive the resolver.
    explicit DidWebResolver(const net::Fetcher& fetcher);

    /// Resolves did (a DID URL's fragment or query is ignored). Errors: InvalidInput for a malformed did:web,
    /// the Fetcher's errors, InvalidInput for a body that is not a JSON object, VerificationFailed when the
    /// document's id is another DID.
    Result<ResolvedDidDocument> resolve(QStringView did) const;

private:
    const net::Fetcher& m_fetcher;
};

} // namespace ler::did
