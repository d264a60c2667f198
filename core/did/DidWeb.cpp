// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/did/DidWeb.h"

#include <QRegularExpression>
#include <algorithm>

namespace ler::did {

namespace {

const QLatin1String kPrefix("did:web:");
constexpr qsizetype kMaxDidWebLength = 2048;

/// DNS host name: dot-separated labels of letters, digits and inner hyphens.
bool isHostName(const QString& host)
{
    static const QString label = QStringLiteral("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    static const QRegularExpression re(QStringLiteral("^(?=.{1,253}$)%1(?:\\.%1)*$").arg(label));
    return re.match(host).hasMatch();
}

/// An IPv4 address in any form inet_aton reads (dotted, fewer parts, octal, hex: "127.1", "0x7f000001"). did:web
/// names a domain, and an address would let a DID point the fetcher at any machine without DNS.
bool isIpv4Literal(const QString& host)
{
    static const QRegularExpression re(QStringLiteral("^(?:0x[0-9a-f]*|[0-9]+)(?:\\.(?:0x[0-9a-f]*|[0-9]+)){0,3}\\.?$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(host).hasMatch();
}

/// A path segment: RFC 3986 unreserved characters or percent-encoded octets.
bool isPathSegment(QStringView segment)
{
    static const QRegularExpression re(QStringLiteral(R"(^(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})+$)"));
    return re.match(segment.toString()).hasMatch() && segment != QLatin1String(".") && segment != QLatin1String("..");
}

Result<std::pair<QString, int>> parseAuthority(QStringView authority)
{
    // The only percent-encoding allowed in the first segment is the port colon.
    QString decoded = authority.toString();
    decoded.replace(QLatin1String("%3A"), QLatin1String(":"), Qt::CaseInsensitive);
    const QStringList parts = decoded.split(QLatin1Char(':'));
    if (parts.size() > 2 || !isHostName(parts.front())) {
        return invalidInput(
            tx("ler::did", "did:web: \"%1\" is not a host name").arg(decoded), QStringLiteral("did/web-host-invalid"));
    }
    const QStringList labels = parts.front().split(QLatin1Char('.'));
    const bool numericTld
        = std::all_of(labels.back().begin(), labels.back().end(), [](QChar c) { return c.isDigit(); });
    if (isIpv4Literal(parts.front()) || numericTld) {
        return invalidInput(
            tx("ler::did", "did:web: \"%1\" is an IP address; a did:web must name a domain").arg(parts.front()),
            QStringLiteral("did/web-ip-address"));
    }
    int port = -1;
    if (parts.size() == 2) {
        bool ok = false;
        port = parts.back().toInt(&ok);
        const bool digitsOnly = !parts.back().isEmpty() && parts.back().size() <= 5
            && std::all_of(parts.back().begin(), parts.back().end(), [](QChar c) { return c.isDigit(); });
        if (!ok || !digitsOnly || port < 1 || port > 65535) {
            return invalidInput(tx("ler::did", "did:web: \"%1\" is not a valid port").arg(parts.back()),
                QStringLiteral("did/web-port-invalid"));
        }
    }
    return std::pair<QString, int>(parts.front().toLower(), port);
}

} // namespace

Result<QUrl> didWebToUrl(QStringView did)
{
    if (!did.startsWith(kPrefix)) {
        return invalidInput(tx("ler::did", "not a did:web"), QStringLiteral("did/web-not-did-web"));
    }
    if (did.size() > kMaxDidWebLength) {
        return Error(ErrorCode::LimitExceeded,
            tx("ler::did", "did:web longer than %1 characters").arg(kMaxDidWebLength),
            QStringLiteral("did/web-too-long"));
    }
    const auto segments = did.sliced(kPrefix.size()).split(QLatin1Char(':'));
    auto authority = parseAuthority(segments.front());
    if (!authority) {
        return authority.error();
    }
    QString path;
    for (qsizetype i = 1; i < segments.size(); ++i) {
        if (!isPathSegment(segments[i])) {
            return invalidInput(
                tx("ler::did", "did:web: path segment %1 is empty or has characters not allowed").arg(i),
                QStringLiteral("did/web-path-invalid"));
        }
        path += QLatin1Char('/') + segments[i].toString();
    }
    path += segments.size() == 1 ? QStringLiteral("/.well-known/did.json") : QStringLiteral("/did.json");
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(authority->first);
    url.setPort(authority->second);
    url.setPath(path, QUrl::TolerantMode);
    if (!url.isValid()) {
        return invalidInput(
            tx("ler::did", "did:web: does not form a valid URL"), QStringLiteral("did/web-url-invalid"));
    }
    return url;
}

} // namespace ler::did
