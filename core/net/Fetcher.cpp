// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/net/Fetcher.h"

#include "core/net/Destination.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <memory>
#include <optional>

namespace ler::net {

namespace {

/// True on the main thread of the windowed app (a QApplication); core does not link Widgets, so it asks by name.
bool onWindowThread()
{
    const QCoreApplication* app = QCoreApplication::instance();
    return app && app->inherits("QApplication") && QThread::currentThread() == app->thread();
}

Text hostOf(const QUrl& url)
{
    return url.host().isEmpty() ? tx("ler::net", "the server") : Text::verbatim(url.host());
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

/// What one request/response exchange produced.
struct Hop
{
    int status = 0;
    QUrl location;
    QString contentType;
    QByteArray body;
    std::optional<Error> error;
    bool unreachable = false; ///< no connection could be made: another address of the same host may work
};

/// Reads one answer, enforcing the size limit as the body arrives and the time limit with a timer.
class HopReader
{
public:
    HopReader(QNetworkReply* reply, qint64 maxBytes)
        : m_reply(reply)
        , m_maxBytes(maxBytes)
    { }

    /// Runs a local event loop until the reply is finished or aborted.
    void run(int timeoutMs)
    {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, [this] { stop(m_timedOut); });
        QObject::connect(m_reply, &QNetworkReply::metaDataChanged, &loop, [this] { checkLength(); });
        QObject::connect(m_reply, &QNetworkReply::readyRead, &loop, [this] { readSome(); });
        QObject::connect(m_reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        timer.start(std::max(timeoutMs, 1));
        if (!m_reply->isFinished()) {
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        }
        if (!m_timedOut && !m_tooLarge) {
            readSome();
        }
    }

    bool timedOut() const { return m_timedOut; }
    bool tooLarge() const { return m_tooLarge; }
    QByteArray takeBody() { return std::move(m_body); }

private:
    void stop(bool& flag)
    {
        flag = true;
        m_reply->abort();
    }

    void checkLength()
    {
        bool ok = false;
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok && length > m_maxBytes) {
            stop(m_tooLarge);
        }
    }

    void readSome()
    {
        if (m_tooLarge || m_timedOut) {
            return;
        }
        m_body += m_reply->read(m_maxBytes + 1 - m_body.size());
        if (m_body.size() > m_maxBytes) {
            m_body.clear();
            stop(m_tooLarge);
        }
    }

    QNetworkReply* m_reply;
    qint64 m_maxBytes;
    QByteArray m_body;
    bool m_timedOut = false;
    bool m_tooLarge = false;
};

QString mediaType(const QNetworkReply& reply)
{
    const QString value = reply.header(QNetworkRequest::ContentTypeHeader).toString();
    return value.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
}

bool isConnectFailure(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError
        || error == QNetworkReply::UnknownNetworkError || error == QNetworkReply::TemporaryNetworkFailureError;
}

/// One request to one checked address. url is what was asked for; the connection goes to address only.
Hop runHop(const QUrl& url, const QHostAddress& address, const QByteArray& accept, qint64 maxBytes, int timeoutMs)
{
    // The address was checked before this call, so the connection must go to it and nowhere else: a second lookup
    // by Qt could answer differently (DNS rebinding). So the URL carries the address itself, while the Host header
    // and the TLS checks (SNI and certificate name, via peerVerifyName) keep the name that was asked for. HTTP/2 is
    // off because Qt takes its :authority from the URL, which here holds the address. A fresh manager per hop means
    // no connection is reused for another name.
    QNetworkRequest request(destination::pinned(url, address));
    request.setRawHeader("Host", destination::hostHeader(url));
    if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
        && !QHostAddress().setAddress(url.host())) {
        request.setPeerVerifyName(QString::fromLatin1(QUrl::toAce(url.host())));
    }
    request.setRawHeader("Accept", accept);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    reply->setReadBufferSize(64 * 1024);
    HopReader reader(reply.get(), maxBytes);
    reader.run(timeoutMs);

    Hop hop;
    if (reader.timedOut()) {
        hop.error = Error(ErrorCode::Network,
            tx("ler::net", "%1 did not answer within %2 seconds.")
                .arg(hostOf(url))
                .arg(QString::number(timeoutMs / 1000.0)),
            QStringLiteral("net/timeout"));
        return hop;
    }
    if (reader.tooLarge()) {
        hop.error = Error(ErrorCode::LimitExceeded,
            tx("ler::net", "The document from %1 is larger than the %2 KB limit, so it was not downloaded.")
                .arg(hostOf(url))
                .arg(maxBytes / 1024),
            QStringLiteral("net/too-large"));
        return hop;
    }
    hop.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (hop.status == 0) {
        hop.unreachable = isConnectFailure(reply->error());
        hop.error = Error(ErrorCode::Network,
            tx("ler::net", "Could not reach %1: %2").arg(hostOf(url), reply->errorString()),
            QStringLiteral("net/unreachable"));
        return hop;
    }
    hop.contentType = mediaType(*reply);
    hop.body = reader.takeBody();
    // A status line came, but the answer broke off (reset, closed before Content-Length, broken framing): what
    // arrived is a cut-off document, never the document. Qt does not always report a reset after part of the body
    // as an error, so the length announced is checked too (Qt drops it when it decompresses a body itself).
    const QNetworkReply::NetworkError failure = reply->error();
    bool announced = false;
    const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&announced);
    if ((failure > QNetworkReply::NoError && failure < QNetworkReply::ContentAccessDenied)
        || failure == QNetworkReply::ProtocolFailure
        || (announced && !isRedirect(hop.status) && hop.body.size() < length)) {
        // Two whole sentences: Qt's words fill one as a value, the byte counts the other.
        const Text message = failure != QNetworkReply::NoError
            ? tx("ler::net", "The answer from %1 broke off before the end: %2").arg(hostOf(url), reply->errorString())
            : tx("ler::net", "The answer from %1 broke off before the end: %2 of %3 bytes arrived.")
                  .arg(hostOf(url))
                  .arg(hop.body.size())
                  .arg(length);
        hop.error = Error(ErrorCode::Network, message, QStringLiteral("net/cut-off"));
        hop.body.clear();
        return hop;
    }
    if (isRedirect(hop.status)) {
        hop.location = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
    }
    return hop;
}

/// Tries the host's checked addresses in order until one answers (a host may list an address family this computer
/// cannot reach).
Hop runHopToAny(const QUrl& url,
    const QList<QHostAddress>& addresses,
    const QByteArray& accept,
    qint64 maxBytes,
    const QDeadlineTimer& deadline)
{
    Hop hop;
    for (const QHostAddress& address : addresses) {
        hop = runHop(url, address, accept, maxBytes, int(std::max<qint64>(deadline.remainingTime(), 1)));
        if (!hop.unreachable || deadline.hasExpired()) {
            break;
        }
    }
    return hop;
}

/// Why a redirect hop is refused: where it pointed, then why.
Error redirectRefused(const QUrl& from, const QUrl& to, const Error& why)
{
    return { why.code,
        tx("ler::net", "%1 redirected to %2. %3")
            .arg(hostOf(from),
                to.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment),
                why.message),
        why.reason };
}

Error crossOriginRedirect(const QUrl& from, const QUrl& to, FetchKind kind)
{
    Text message;
    switch (kind) {
    case FetchKind::DidDocument:
        message = tx("ler::net",
            "Not fetched: %1 redirected to another site (%2), but a DID document must come from the site it names.");
        break;
    case FetchKind::Key:
        message = tx("ler::net",
            "Not fetched: %1 redirected to another site (%2), but a key must come from the site that lists it.");
        break;
    case FetchKind::IssuerProfile:
    case FetchKind::Resource:
        message = tx("ler::net",
            "Not fetched: %1 redirected to another site (%2), but an issuer's profile must come from the issuer's own "
            "site.");
        break;
    }
    return { ErrorCode::Network, message.arg(hostOf(from), hostOf(to)), QStringLiteral("net/cross-site-redirect") };
}

Error httpError(const QUrl& url, int status)
{
    if (status == 404 || status == 410) {
        return { ErrorCode::NotFound,
            tx("ler::net", "%1 has no document at this address (HTTP %2).").arg(hostOf(url)).arg(status),
            QStringLiteral("net/http-not-found") };
    }
    return { ErrorCode::Network,
        tx("ler::net", "%1 answered with an error (HTTP %2).").arg(hostOf(url)).arg(status),
        QStringLiteral("net/http-error") };
}

} // namespace

bool isAllowedUrl(const QUrl& url)
{
    return destination::checkUrl(url, AddressPolicy::fromEnvironment()).ok();
}

std::optional<FetchedResource> MemoryFetchCache::find(const QUrl& url) const
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(url.toString(QUrl::FullyEncoded));
    if (it == m_entries.cend()) {
        return std::nullopt;
    }
    return it.value();
}

void MemoryFetchCache::store(const FetchedResource& resource)
{
    const QMutexLocker lock(&m_mutex);
    m_entries.insert(resource.url.toString(QUrl::FullyEncoded), resource);
}

qsizetype MemoryFetchCache::size() const
{
    const QMutexLocker lock(&m_mutex);
    return m_entries.size();
}

Fetcher::Fetcher()
    : m_cache(std::make_shared<MemoryFetchCache>())
{ }

Fetcher::Fetcher(std::shared_ptr<FetchCache> cache)
    : m_cache(std::move(cache))
{ }

void Fetcher::setOnline(bool online)
{
    const QMutexLocker lock(&m_mutex);
    m_settings.online = online;
}

bool Fetcher::isOnline() const
{
    return settings().online;
}

void Fetcher::setTimeoutMs(int ms)
{
    const QMutexLocker lock(&m_mutex);
    m_settings.timeoutMs = std::max(ms, 1);
}

int Fetcher::timeoutMs() const
{
    return settings().timeoutMs;
}

void Fetcher::setMaxBytes(qint64 bytes)
{
    const QMutexLocker lock(&m_mutex);
    m_settings.maxBytes = std::max<qint64>(bytes, 0);
}

qint64 Fetcher::maxBytes() const
{
    return settings().maxBytes;
}

void Fetcher::setMaxRedirects(int count)
{
    const QMutexLocker lock(&m_mutex);
    m_settings.maxRedirects = std::max(count, 0);
}

int Fetcher::maxRedirects() const
{
    return settings().maxRedirects;
}

std::shared_ptr<FetchCache> Fetcher::cache() const
{
    return m_cache;
}

void Fetcher::setUrlRewriter(UrlRewriter rewriter)
{
    const QMutexLocker lock(&m_mutex);
    m_settings.rewriter = std::move(rewriter);
}

void Fetcher::setHostResolver(HostResolver resolver)
{
    const QMutexLocker lock(&m_mutex);
    m_settings.resolver = std::move(resolver);
}

Fetcher::Settings Fetcher::settings() const
{
    const QMutexLocker lock(&m_mutex);
    return m_settings;
}

std::optional<FetchedResource> Fetcher::cached(const FetchRequest& request) const
{
    if (!m_cache || request.cacheUse == CacheUse::NoCache) {
        return std::nullopt;
    }
    auto copy = m_cache->find(request.url);
    if (!copy || (copy->httpStatus >= 400 && !request.returnHttpErrors)) {
        return std::nullopt;
    }
    copy->fromCache = true;
    return copy;
}

Result<FetchedResource> Fetcher::fetch(const QUrl& url, const QByteArray& accept, FetchKind kind) const
{
    FetchRequest request;
    request.url = url;
    request.accept = accept;
    request.kind = kind;
    return fetch(request);
}

Result<FetchedResource> Fetcher::fetch(const FetchRequest& request) const
{
    const Settings s = settings();
    if (request.cacheUse == CacheUse::CacheFirst || !s.online) {
        if (auto copy = cached(request)) {
            return *copy;
        }
    }
    if (!s.online) {
        return Error(
            ErrorCode::Network, tx("ler::net", "Not fetched: you are offline."), QStringLiteral("net/offline"));
    }
    // A fetch waits for the network in a local event loop: on a window's thread it would freeze the window and
    // run its events re-entrantly. The app fetches on workers only; this says so if that ever changes.
    if (onWindowThread()) {
        qWarning("Fetcher::fetch called on the thread of the windows; fetch on a worker thread");
        return Error(ErrorCode::Internal,
            tx("ler::net", "Fetching on the thread of the windows is not allowed."),
            QStringLiteral("net/window-thread"));
    }
    // Read at every fetch: only the environment can let a fetch reach this computer.
    const AddressPolicy policy = AddressPolicy::fromEnvironment();
    QUrl url = s.rewriter ? s.rewriter(request.url) : request.url;
    if (Status allowed = destination::checkUrl(url, policy); !allowed) {
        return allowed.error();
    }
    const QUrl origin = url;
    const bool sameOriginOnly = request.kind != FetchKind::Resource;

    const auto fail = [&](Error error, bool transient) -> Result<FetchedResource> {
        if (transient && request.cacheUse == CacheUse::NetworkFirst) {
            if (auto copy = cached(request)) {
                return *copy;
            }
        }
        return error;
    };
    const QDeadlineTimer deadline(s.timeoutMs);
    QUrl previous; // the hop that redirected here
    for (int redirects = 0;; ++redirects) {
        // Every hop: look the name up once, check every address, and connect only to a checked one.
        auto addresses = destination::resolve(url, deadline, s.resolver);
        if (!addresses) {
            return fail(addresses.error(), true);
        }
        if (Status allowed = destination::checkAddresses(url, *addresses, policy); !allowed) {
            return previous.isEmpty() ? allowed.error() : redirectRefused(previous, url, allowed.error());
        }
        Hop hop = runHopToAny(url, *addresses, request.accept, s.maxBytes, deadline);
        if (hop.error) {
            return fail(*hop.error, hop.error->code == ErrorCode::Network);
        }
        if (isRedirect(hop.status)) {
            if (!hop.location.isValid() || hop.location.isEmpty()) {
                return httpError(url, hop.status);
            }
            if (redirects >= s.maxRedirects) {
                return Error(ErrorCode::LimitExceeded,
                    tx("ler::net", "Not fetched: %1 redirected more than %2 times.")
                        .arg(hostOf(request.url))
                        .arg(s.maxRedirects),
                    QStringLiteral("net/too-many-redirects"));
            }
            if (Status allowed = destination::checkUrl(hop.location, policy); !allowed) {
                return redirectRefused(url, hop.location, allowed.error());
            }
            if (sameOriginOnly && !destination::sameOrigin(origin, hop.location)) {
                return crossOriginRedirect(url, hop.location, request.kind);
            }
            previous = url;
            url = hop.location;
            continue;
        }
        if (hop.status >= 400 && !request.returnHttpErrors) {
            return fail(httpError(url, hop.status), hop.status >= 500);
        }
        FetchedResource resource;
        resource.url = request.url;
        resource.finalUrl = url;
        resource.httpStatus = hop.status;
        resource.contentType = hop.contentType;
        resource.body = std::move(hop.body);
        resource.fetchedAt = clock::nowUtc();
        if (m_cache && request.cacheUse != CacheUse::NoCache) {
            m_cache->store(resource);
        }
        return resource;
    }
}

} // namespace ler::net
