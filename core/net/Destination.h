// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/net/AddressPolicy.h"
#include "core/util/Result.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QList>
#include <QUrl>
#include <functional>

/// The Fetcher's checks of where a request may go, one hop at a time: the address as written, then every address
/// its name resolves to. Errors name the host and say why in plain words.
namespace ler::net::destination {

using Resolver = std::function<QList<QHostAddress>(const QString& host)>;

/// Scheme, user info and, for an IP-literal host, the address itself. Needs no lookup.
Status checkUrl(const QUrl& url, const AddressPolicy& policy);

/// The addresses of url's host: the literal itself, or a lookup (with resolver when set, else the system's) that
/// gives up at deadline. Errors are ErrorCode::Network (name not found, lookup timed out).
Result<QList<QHostAddress>> resolve(const QUrl& url, const QDeadlineTimer& deadline, const Resolver& resolver);

/// Refuses when any of the addresses is not allowed: a name that also resolves to a private address is not trusted
/// with the public one either.
Status checkAddresses(const QUrl& url, const QList<QHostAddress>& addresses, const AddressPolicy& policy);

/// The plain-words reason address is not contacted; shown is how the host is named in the message.
Error refusal(const QString& shown, AddressKind kind);

/// Same scheme, host and port (default ports made explicit).
bool sameOrigin(const QUrl& a, const QUrl& b);

/// url with its host replaced by address, so the connection cannot go anywhere else.
QUrl pinned(const QUrl& url, const QHostAddress& address);

/// The Host header value for url (host in ACE form, IPv6 in brackets, explicit port kept).
QByteArray hostHeader(const QUrl& url);

} // namespace ler::net::destination
