// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/IssuerMetadata.h"

#include "core/codec/JsonText.h"
#include "core/net/Fetcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ler::verify {

namespace {

const QLatin1String kWellKnown("/.well-known/jwt-vc-issuer");

Result<QJsonObject> parseObject(const QByteArray& body, const Text& notJson, const QString& reason)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = codec::parseJsonDocument(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return invalidInput(notJson, reason);
    }
    return doc.object();
}

/// Reads a JWK Set ({"keys": [...]}) into out, skipping keys we cannot use.
Status readJwks(const QJsonObject& jwks, IssuerKeys& out)
{
    const QJsonValue keys = jwks.value(QLatin1String("keys"));
    if (!keys.isArray()) {
        return invalidInput(tx("ler::net", "The issuer's key set has no \"keys\" list."),
            QStringLiteral("verify/issuer-key-set-no-keys"));
    }
    for (const QJsonValue& value : keys.toArray()) {
        QJsonObject jwk = value.toObject();
        const QString kid = jwk.value(QLatin1String("kid")).toString();
        const QString use = jwk.value(QLatin1String("use")).toString();
        if (!use.isEmpty() && use != QLatin1String("sig")) {
            continue;
        }
        auto key = crypto::PublicKey::fromJwk(jwk);
        if (!key) {
            continue;
        }
        out.all.append(key.value());
        if (!kid.isEmpty() && !out.byKid.contains(kid)) {
            out.byKid.insert(kid, key.value());
        }
    }
    if (out.all.isEmpty()) {
        return Error(ErrorCode::Unsupported,
            tx("ler::net", "The issuer publishes no key this wallet can use."),
            QStringLiteral("verify/issuer-key-set-no-usable-key"));
    }
    return {};
}

} // namespace

Result<QUrl> jwtVcIssuerMetadataUrl(QStringView issuer)
{
    const QUrl url(issuer.toString(), QUrl::StrictMode);
    if (!net::isAllowedUrl(url) || url.hasQuery() || url.hasFragment()) {
        return invalidInput(tx("ler::net",
                                "The credential's issuer is not a secure web address (https), so its keys cannot "
                                "be looked up."),
            QStringLiteral("verify/issuer-not-https"));
    }
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    QUrl out = url;
    out.setPath(kWellKnown + path, QUrl::TolerantMode);
    return out;
}

IssuerMetadataResolver::IssuerMetadataResolver(const net::Fetcher& fetcher)
    : m_fetcher(fetcher)
{ }

Result<IssuerKeys> IssuerMetadataResolver::fetchKeys(QStringView iss) const
{
    auto url = jwtVcIssuerMetadataUrl(iss);
    if (!url) {
        return url.error();
    }
    auto fetched = m_fetcher.fetch(url.value(), "application/json", net::FetchKind::IssuerProfile);
    if (!fetched) {
        return fetched.error();
    }
    auto metadata = parseObject(fetched->body,
        tx("ler::net", "The issuer's metadata is not valid JSON."),
        QStringLiteral("verify/issuer-metadata-not-json"));
    if (!metadata) {
        return metadata.error();
    }
    IssuerKeys out;
    out.issuer = metadata->value(QLatin1String("issuer")).toString();
    out.fetchedAt = fetched->fetchedAt;
    out.fromCache = fetched->fromCache;
    if (out.issuer != iss) {
        return Error(ErrorCode::VerificationFailed,
            tx("ler::net", "The issuer's metadata names a different issuer, so its keys cannot be used."),
            QStringLiteral("verify/issuer-metadata-other-issuer"));
    }
    const bool inline_ = metadata->contains(QLatin1String("jwks"));
    const bool byUri = metadata->contains(QLatin1String("jwks_uri"));
    if (inline_ == byUri) {
        return invalidInput(
            tx("ler::net", "The issuer's metadata must give its keys either inline or by address, not both."),
            QStringLiteral("verify/issuer-metadata-keys-unclear"));
    }
    if (inline_) {
        if (Status read = readJwks(metadata->value(QLatin1String("jwks")).toObject(), out); !read) {
            return read.error();
        }
        return out;
    }
    const QUrl jwksUrl(metadata->value(QLatin1String("jwks_uri")).toString(), QUrl::StrictMode);
    auto jwksFetched
        = m_fetcher.fetch(jwksUrl, "application/jwk-set+json, application/json;q=0.9", net::FetchKind::Key);
    if (!jwksFetched) {
        return jwksFetched.error();
    }
    auto jwks = parseObject(jwksFetched->body,
        tx("ler::net", "The issuer's key set is not valid JSON."),
        QStringLiteral("verify/issuer-key-set-not-json"));
    if (!jwks) {
        return jwks.error();
    }
    out.fetchedAt = jwksFetched->fetchedAt;
    out.fromCache = out.fromCache || jwksFetched->fromCache;
    if (Status read = readJwks(jwks.value(), out); !read) {
        return read.error();
    }
    return out;
}

Result<crypto::PublicKey> IssuerMetadataResolver::keyFor(QStringView iss, QStringView kid) const
{
    auto keys = fetchKeys(iss);
    if (!keys) {
        return keys.error();
    }
    if (kid.isEmpty()) {
        if (keys->all.size() == 1) {
            return keys->all.front();
        }
        return Error(ErrorCode::NotFound,
            tx("ler::net", "The credential does not say which of the issuer's keys signed it."),
            QStringLiteral("verify/issuer-key-not-named"));
    }
    const auto it = keys->byKid.constFind(kid.toString());
    if (it == keys->byKid.cend()) {
        return Error(ErrorCode::NotFound,
            tx("ler::net", "The issuer does not publish the key that signed this credential."),
            QStringLiteral("verify/issuer-key-not-published"));
    }
    return it.value();
}

} // namespace ler::verify
