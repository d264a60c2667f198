// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

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

/// What to fetch.
struct FetchRequest
{
    QUrl url;
    QByteArray accept = QByteArrayLiteral("application/json");
    CacheUse cacheUse = CacheUse::NetworkFirst;
    /// When true, a 4xx/5xx answer is returned (with httpStatus) instead of an error, for protocols that put
    /// meaning in it (an Open Badges 2.0 host answers 410 Gone for a revoked assertion).
    bool returnHttpErrors = false;
};

/// True for https, and for http to a loopback address (127.0.0.0/8, ::1, localhost). No user info allowed.
bool isAllowedUrl(const QUrl& url);

/// The only way anything is fetched. Enforces: https only (plain http only to loopback, so tests can serve
/// fixtures); a total time limit; a body size limit (checked against Content-Length first, then while reading);
/// at most N redirects, each hop checked against the same rule before it is requested; and an offline switch.
/// Successful answers are cached by URL with their fetch time.
///
/// fetch() is synchronous: it creates a QNetworkAccessManager in the calling thread and spins a local QEventLoop
/// until the answer is complete. Call it from a worker thread (QThread, QtConcurrent or std::thread), never from
/// the GUI thread. One Fetcher may be shared by several threads; its settings are guarded by a mutex.
class Fetcher
{
public:
    /// Rewrites a request's first URL. Test only: lets a test serve https://example.com/... from 127.0.0.1.
    using UrlRewriter = std::function<QUrl(const QUrl&)>;

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

    /// Test only: every request's first URL goes through rewriter before the https/loopback check. The cache
    /// stays keyed by the URL asked for.
    void setUrlRewriter(UrlRewriter rewriter);

    /// Fetches request.url. Errors carry ErrorCode::Network (offline, refused address, timeout, connection or
    /// HTTP failure), NotFound (HTTP 404/410) or LimitExceeded (body too large, too many redirects).
    Result<FetchedResource> fetch(const FetchRequest& request) const;
    /// fetch() with default cache use and the given Accept header.
    Result<FetchedResource> fetch(const QUrl& url, const QByteArray& accept) const;

private:
    struct Settings
    {
        bool online = true;
        int timeoutMs = kDefaultTimeoutMs;
        qint64 maxBytes = kDefaultMaxBytes;
        int maxRedirects = kDefaultMaxRedirects;
        UrlRewriter rewriter;
    };
    Settings settings() const;
    std::optional<FetchedResource> cached(const FetchRequest& request) const;

    mutable QMutex m_mutex;
    Settings m_settings;
    std::shared_ptr<FetchCache> m_cache;
};

} // namespace ler::net
