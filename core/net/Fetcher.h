// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

class QHostAddress;

namespace ler::net {

/// Defaults for every fetch.
inline constexpr int kDefaultTimeoutMs = 10'000;
inline constexpr qint64 kDefaultMaxBytes = 5 * 1024 * 1024;
inline constexpr int kDefaultMaxRedirects = 3;

/// One fetched document and when it was fetched.
struct FetchedResource
{
    QUrl url; ///< the address asked for (the cache key)
    QUrl finalUrl; ///< where the body came from, after redirects
    int httpStatus = 0;
    QString contentType; ///< media type without parameters, lower case
    QByteArray body;
    QDateTime fetchedAt; ///< UTC, when the server answered
    bool fromCache = false; ///< true when this copy came from the cache, not the network now
};

/// Where fetched documents are kept so a later check can work offline. Implementations must be thread-safe.
class FetchCache
{
public:
    virtual ~FetchCache() = default;
    /// The stored copy for this address, if any.
    virtual std::optional<FetchedResource> find(const QUrl& url) const = 0;
    /// Stores or replaces the copy for resource.url.
    virtual void store(const FetchedResource& resource) = 0;
};

/// A FetchCache in memory, for one run of the program.
class MemoryFetchCache final : public FetchCache
{
public:
    std::optional<FetchedResource> find(const QUrl& url) const override;
    void store(const FetchedResource& resource) override;
    qsizetype size() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, FetchedResource> m_entries;
};

/// How a request uses the cache.
enum class CacheUse
{
    NetworkFirst, ///< fetch; when offline or the fetch fails, fall back to a cached copy
    CacheFirst, ///< use a cached copy when there is one; fetch otherwise
    NoCache, ///< neither read nor write the cache
};

/// What is being fetched. Documents that say who an issuer is or which keys it holds must come from the site that
/// was asked: a redirect to another origin (scheme, host and port) is refused for them.
enum class FetchKind
{
    Resource, ///< a badge, badge class, status list or other document: redirects may lead to another https site
    DidDocument, ///< a did:web DID document
    Key, ///< a key, key set or controller document
    IssuerProfile, ///< an issuer's profile or metadata
};

/// What to fetch.
struct FetchRequest
{
    QUrl url;
    QByteArray accept = QByteArrayLiteral("application/json");
    CacheUse cacheUse = CacheUse::NetworkFirst;
    /// When true, a 4xx/5xx answer is returned (with httpStatus) instead of an error, for protocols that put
    /// meaning in it (an Open Badges 2.0 host answers 410 Gone for a revoked assertion).
    bool returnHttpErrors = false;
    FetchKind kind = FetchKind::Resource;
};

/// True for https to a host that is a name or a public IP address. With LER_WALLET_ALLOW_LOOPBACK=1 also http and
/// https to 127.0.0.0/8, ::1 and localhost. No user info allowed. This checks the address as written; fetch() also
/// checks every address a name resolves to.
bool isAllowedUrl(const QUrl& url);

/// The only way anything is fetched. Enforces: https only; no host that is, or resolves to, anything but a public
/// address (not loopback, private, link-local, shared, multicast, unspecified or reserved; see AddressPolicy);
/// the connection goes to the very address that was checked; a total time limit (name lookup included); a body size
/// limit (checked against Content-Length first, then while reading); at most N redirects, each hop checked by the
/// same rules before it is requested, and kept on the same origin for identity documents (FetchKind); and an
/// offline switch. Successful answers are cached by URL with their fetch time. Plain http and loopback addresses
/// are allowed only with LER_WALLET_ALLOW_LOOPBACK=1, for tests and local development.
///
/// fetch() is synchronous: it creates a QNetworkAccessManager in the calling thread and spins a local QEventLoop
/// until the answer is complete. Call it from a worker thread (QThread, QtConcurrent or std::thread), never from
/// the GUI thread. One Fetcher may be shared by several threads; its settings are guarded by a mutex.
class Fetcher
{
public:
    /// Rewrites a request's first URL. Test only: lets a test serve https://example.com/... from 127.0.0.1.
    using UrlRewriter = std::function<QUrl(const QUrl&)>;
    /// Answers a name lookup (an empty list: no such name). Test only: replaces the system resolver.
    using HostResolver = std::function<QList<QHostAddress>(const QString& host)>;

    /// Uses a fresh MemoryFetchCache.
    Fetcher();
    /// Uses the given cache (the wallet's persistent one); null means no cache.
    explicit Fetcher(std::shared_ptr<FetchCache> cache);

    void setOnline(bool online);
    bool isOnline() const;
    void setTimeoutMs(int ms);
    int timeoutMs() const;
    void setMaxBytes(qint64 bytes);
    qint64 maxBytes() const;
    void setMaxRedirects(int count);
    int maxRedirects() const;
    std::shared_ptr<FetchCache> cache() const;

    /// Test only: every request's first URL goes through rewriter before it is checked; the rewritten address is
    /// checked like any other, so reaching a loopback test server still needs LER_WALLET_ALLOW_LOOPBACK=1. The cache
    /// stays keyed by the URL asked for.
    void setUrlRewriter(UrlRewriter rewriter);
    /// Test only: host names are looked up with resolver instead of the system's resolver. Its answers are checked
    /// like the system's, so it cannot widen what may be contacted.
    void setHostResolver(HostResolver resolver);

    /// Fetches request.url. Errors carry ErrorCode::Network (offline, refused address, timeout, connection or
    /// HTTP failure), NotFound (HTTP 404/410) or LimitExceeded (body too large, too many redirects).
    Result<FetchedResource> fetch(const FetchRequest& request) const;
    /// fetch() with default cache use and the given Accept header.
    Result<FetchedResource> fetch(
        const QUrl& url, const QByteArray& accept, FetchKind kind = FetchKind::Resource) const;

private:
    struct Settings
    {
        bool online = true;
        int timeoutMs = kDefaultTimeoutMs;
        qint64 maxBytes = kDefaultMaxBytes;
        int maxRedirects = kDefaultMaxRedirects;
        UrlRewriter rewriter;
        HostResolver resolver;
    };
    Settings settings() const;
    std::optional<FetchedResource> cached(const FetchRequest& request) const;

    mutable QMutex m_mutex;
    Settings m_settings;
    std::shared_ptr<FetchCache> m_cache;
};

} // namespace ler::net
