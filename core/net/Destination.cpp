// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/net/Destination.h"

#include <QEventLoop>
#include <QHostInfo>
#include <QTimer>
#include <algorithm>
#include <optional>

namespace ler::net::destination {

namespace {

int defaultPort(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1);
}

std::optional<QHostAddress> literalAddress(const QString& host)
{
    QHostAddress address;
    if (!address.setAddress(host)) {
        return std::nullopt;
    }
    return address;
}

/// A scope id has no meaning for the global addresses that pass the policy, and QUrl would reject it.
QHostAddress withoutScope(const QHostAddress& address)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol) {
        return address;
    }
    const QHostAddress v6(address.toIPv6Address());
    bool isV4 = false;
    const quint32 v4 = v6.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : v6;
}

Error lookupFailed(const QString& host)
{
    return { ErrorCode::Network,
        tx("ler::net", "Could not find the server %1 (its name does not resolve).").arg(host),
        QStringLiteral("net/unresolved") };
}

Result<QList<QHostAddress>> systemLookup(const QString& host, const QDeadlineTimer& deadline)
{
    QEventLoop loop;
    std::optional<QHostInfo> answer;
    const int id = QHostInfo::lookupHost(host, &loop, [&answer, &loop](const QHostInfo& info) {
        answer = info;
        loop.quit();
    });
    if (!answer) {
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(int(std::max<qint64>(deadline.remainingTime(), 1)));
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (!answer) {
        QHostInfo::abortHostLookup(id);
        return Error(ErrorCode::Network,
            tx("ler::net", "The name %1 could not be looked up in time.").arg(host),
            QStringLiteral("net/lookup-timeout"));
    }
    if (answer->error() != QHostInfo::NoError) {
        return lookupFailed(host);
    }
    return answer->addresses();
}

} // namespace

Status checkUrl(const QUrl& url, const AddressPolicy& policy)
{
    const QString scheme = url.scheme().toLower();
    const bool https = scheme == QLatin1String("https");
    const bool http = scheme == QLatin1String("http");
    const QString host = url.host();
    const bool schemeOk = https || (http && policy.allowLoopback && AddressPolicy::isLoopbackHost(host));
    if (!url.isValid() || host.isEmpty() || !url.userInfo().isEmpty() || !schemeOk) {
        return Error(ErrorCode::Network,
            tx("ler::net", "Not fetched: %1 is not a secure (https) address.")
                .arg(host.isEmpty() ? url.toDisplayString(QUrl::RemoveUserInfo) : host),
            QStringLiteral("net/not-https"));
    }
    if (const auto literal = literalAddress(host); literal && !policy.allows(*literal)) {
        return refusal(host, classifyAddress(*literal));
    }
    return {};
}

Result<QList<QHostAddress>> resolve(const QUrl& url, const QDeadlineTimer& deadline, const Resolver& resolver)
{
    const QString host = url.host();
    if (const auto literal = literalAddress(host)) {
        return QList<QHostAddress> { *literal };
    }
    auto addresses = resolver ? Result<QList<QHostAddress>>(resolver(host)) : systemLookup(host, deadline);
    if (addresses && addresses->isEmpty()) {
        return lookupFailed(host);
    }
    return addresses;
}

Status checkAddresses(const QUrl& url, const QList<QHostAddress>& addresses, const AddressPolicy& policy)
{
    for (const QHostAddress& address : addresses) {
        if (!policy.allows(address)) {
            const QString host = url.host();
            const QString shown
                = host == address.toString() ? host : QStringLiteral("%1 (%2)").arg(host, address.toString());
            return refusal(shown, classifyAddress(address));
        }
    }
    return {};
}

Error refusal(const QString& shown, AddressKind kind)
{
    Text message;
    QString reason;
    switch (kind) {
    case AddressKind::Loopback:
        message = tx("ler::net", "Not fetched: %1 is an address of this computer (loopback).");
        reason = QStringLiteral("net/loopback");
        break;
    case AddressKind::Private:
        message = tx("ler::net", "Not fetched: %1 is an address on a private network.");
        reason = QStringLiteral("net/private");
        break;
    case AddressKind::LinkLocal:
        message = tx("ler::net", "Not fetched: %1 is a link-local address, reachable only on the local network.");
        reason = QStringLiteral("net/link-local");
        break;
    case AddressKind::SharedNat:
        message
            = tx("ler::net", "Not fetched: %1 is an address inside an internet provider's network (100.64.0.0/10).");
        reason = QStringLiteral("net/shared-nat");
        break;
    case AddressKind::Multicast:
        message = tx("ler::net", "Not fetched: %1 is a multicast address.");
        reason = QStringLiteral("net/multicast");
        break;
    case AddressKind::Unspecified:
        message = tx("ler::net", "Not fetched: %1 is an unspecified address.");
        reason = QStringLiteral("net/unspecified");
        break;
    case AddressKind::Broadcast:
        message = tx("ler::net", "Not fetched: %1 is a broadcast address.");
        reason = QStringLiteral("net/broadcast");
        break;
    case AddressKind::Reserved:
    case AddressKind::Public:
        message = tx("ler::net", "Not fetched: %1 is an address reserved for special use, not a public web server.");
        reason = QStringLiteral("net/reserved");
        break;
    }
    return { ErrorCode::Network, message.arg(shown), reason };
}

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && defaultPort(a) == defaultPort(b);
}

QUrl pinned(const QUrl& url, const QHostAddress& address)
{
    QUrl out = url;
    out.setHost(withoutScope(address).toString());
    return out;
}

QByteArray hostHeader(const QUrl& url)
{
    const QString host = url.host();
    const auto literal = literalAddress(host);
    QByteArray value = literal && literal->protocol() == QAbstractSocket::IPv6Protocol ? '[' + host.toLatin1() + ']'
                                                                                       : QUrl::toAce(host);
    if (url.port() != -1) {
        value += ':' + QByteArray::number(url.port());
    }
    return value;
}

} // namespace ler::net::destination
