// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/did/DidWebResolver.h"

#include "core/did/DidWeb.h"
#include "core/net/Fetcher.h"

#include <QJsonDocument>

namespace ler::did {

namespace {

const QByteArray kAccept = QByteArrayLiteral("application/did+json, application/did+ld+json, application/json;q=0.9");

/// The DID of a DID URL: everything before its path, query or fragment.
QStringView bareDid(QStringView didUrl)
{
    qsizetype end = didUrl.size();
    for (const QChar c : { QLatin1Char('#'), QLatin1Char('?'), QLatin1Char('/') }) {
        const qsizetype at = didUrl.indexOf(c);
        if (at >= 0 && at < end) {
            end = at;
        }
    }
    return didUrl.left(end);
}

} // namespace

DidWebResolver::DidWebResolver(const net::Fetcher& fetcher)
    : m_fetcher(fetcher)
{ }

Result<ResolvedDidDocument> DidWebResolver::resolve(QStringView didUrl) const
{
    const QStringView did = bareDid(didUrl);
    auto url = didWebToUrl(did);
    if (!url) {
        return url.error();
    }
    auto fetched = m_fetcher.fetch(url.value(), kAccept, net::FetchKind::DidDocument);
    if (!fetched) {
        return fetched.error();
    }
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(fetched->body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return invalidInput(tx("ler::net", "The DID document of %1 is not valid JSON.").arg(did),
            QStringLiteral("did/web-document-not-json"));
    }
    const QString id = doc.object().value(QLatin1String("id")).toString();
    if (id != did) {
        return Error(ErrorCode::VerificationFailed,
            tx("ler::net", "The DID document fetched for %1 belongs to another identifier, so it cannot be used.")
                .arg(did),
            QStringLiteral("did/web-document-other-id"));
    }
    return ResolvedDidDocument { doc.object(), fetched->fetchedAt, fetched->fromCache };
}

} // namespace ler::did
