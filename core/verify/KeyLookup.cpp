// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/KeyLookup.h"

#include "core/codec/JsonText.h"
#include "core/did/DidDocument.h"
#include "core/did/DidJwk.h"
#include "core/did/DidKey.h"
#include "core/did/DidWebResolver.h"
#include "core/net/Fetcher.h"
#include "core/verify/Dates.h"
#include "core/verify/IssuerMetadata.h"
#include "core/verify/Report.h"

#include <QJsonDocument>
#include <QUrl>
#include <utility>

namespace ler::verify {

namespace {

Error offlineError()
{
    // The same reason as a check left out offline: it is the same refusal.
    return Error(ErrorCode::Network, tx("ler::verify", "Not checked: you are offline."), Check::kOfflineReason);
}

/// The method id a JWT's kid names for issuer iss.
QString jwtMethodId(const QString& iss, const QString& kid)
{
    if (kid.startsWith(QLatin1String("did:")))
        return kid;
    if (iss.startsWith(QLatin1String("did:key:")) && kid.isEmpty())
        return iss + QLatin1Char('#') + iss.mid(8);
    if (iss.startsWith(QLatin1String("did:jwk:")) && kid.isEmpty())
        return iss + QStringLiteral("#0");
    QString fragment = kid;
    if (fragment.startsWith(QLatin1Char('#')))
        fragment.remove(0, 1);
    return iss + QLatin1Char('#') + fragment;
}

bool isWebAddress(const QString& id)
{
    return id.startsWith(QLatin1String("https://")) || id.startsWith(QLatin1String("http://"));
}

/// True when id is a did:key or did:jwk: the identifier is its key, and nothing else may stand for it (a trusted key
/// given for one would make "signed by did:key:X" true of another key).
bool keyInIdentifier(const QString& id)
{
    return id.startsWith(QLatin1String("did:key:")) || id.startsWith(QLatin1String("did:jwk:"));
}

/// True when id is the did:key or did:jwk whose key is key.
bool identifierHoldsKey(const QString& id, const crypto::PublicKey& key)
{
    if (id.startsWith(QLatin1String("did:key:"))) {
        auto own = did::publicKeyFromDidKey(controllerOf(id));
        return own && *own == key;
    }
    if (id.startsWith(QLatin1String("did:jwk:"))) {
        auto jwk = did::jwkFromDidJwk(controllerOf(id));
        auto own = jwk ? crypto::PublicKey::fromJwk(*jwk) : Result<crypto::PublicKey>(jwk.error());
        return own && *own == key;
    }
    return false;
}

bool hasPrivateMembers(const QJsonObject& jwk)
{
    for (const char* secret : { "d", "p", "q", "dp", "dq", "qi", "oth", "k" }) {
        if (jwk.contains(QLatin1String(secret)))
            return true;
    }
    return false;
}

Text fetchedWhen(const TrustPath& path)
{
    if (!path.fetchedAt.isValid())
        return tx("ler::verify", "at a time that was not recorded");
    return path.fromCache ? tx("ler::verify", "from a copy saved on %1").arg(longDate(path.fetchedAt))
                          : tx("ler::verify", "on %1").arg(longDate(path.fetchedAt));
}

} // namespace

KeyLookup::KeyLookup(const TrustedIssuers& trusted, const net::Fetcher* fetcher, bool offline)
    : m_trusted(trusted)
    , m_fetcher(fetcher)
    , m_offline(offline)
    , m_paths(std::make_shared<QHash<QString, TrustPath>>())
{ }

void KeyLookup::setEmbeddedMethods(MethodResolver embedded)
{
    m_embedded = std::move(embedded);
}

MethodResolver KeyLookup::resolver() const
{
    return [this](const QString& methodId) -> Result<QJsonObject> {
        TrustPath path;
        auto doc = resolve(methodId, path);
        if (m_embedded && (!doc || !did::findVerificationMethod(*doc, methodId))) {
            auto embedded = m_embedded(methodId);
            auto method
                = embedded ? did::findVerificationMethod(*embedded, methodId) : Result<QJsonObject>(embedded.error());
            auto key
                = method ? did::publicKeyFromVerificationMethod(*method) : Result<crypto::PublicKey>(method.error());
            if (key) {
                path = embeddedPath(controllerOf(methodId), *key);
                doc = embedded;
            } else if (embedded) {
                // The credential carries the method, but its key cannot be used.
                path = TrustPath();
                path.controller = controllerOf(methodId);
                path.refused = true;
                path.error = key.error().message;
                doc = key.error();
            }
        }
        m_paths->insert(methodId, path);
        return doc;
    };
}

TrustPath KeyLookup::embeddedPath(const QString& id, const crypto::PublicKey& key)
{
    TrustPath path;
    path.controller = id;
    path.source = identifierHoldsKey(id, key) ? TrustPath::Source::EmbeddedDid : TrustPath::Source::Embedded;
    return path;
}

TrustPath KeyLookup::pathFor(const QString& methodId) const
{
    return m_paths->value(methodId);
}

Result<QJsonObject> KeyLookup::resolve(const QString& methodId, TrustPath& path) const
{
    path.controller = controllerOf(methodId);
    if (keyInIdentifier(path.controller)) {
        auto doc = did::resolveOfflineDid(path.controller);
        if (!doc) {
            path.error = doc.error().message;
            return doc;
        }
        path.source = TrustPath::Source::EmbeddedDid;
        // The person may trust this identifier, with its own key; an entry giving another key is left out.
        if (auto trusted = m_trusted.controllerDocument(methodId)) {
            auto method = did::findVerificationMethod(*trusted, methodId);
            auto key
                = method ? did::publicKeyFromVerificationMethod(*method) : Result<crypto::PublicKey>(method.error());
            if (key && identifierHoldsKey(path.controller, *key)) {
                path.source = TrustPath::Source::Trusted;
                return trusted;
            }
        }
        return doc;
    }
    auto trusted = m_trusted.controllerDocument(methodId);
    if (trusted) {
        path.source = TrustPath::Source::Trusted;
        return trusted;
    }
    if (path.controller.startsWith(QLatin1String("did:web:"))) {
        if (!m_fetcher) {
            path.needsNetwork = true;
            return offlineError();
        }
        auto resolved = did::DidWebResolver(*m_fetcher).resolve(path.controller);
        if (!resolved)
            return fetchFailed(resolved.error(), path);
        path.source = TrustPath::Source::DidWeb;
        path.fetchedAt = resolved->fetchedAt;
        path.fromCache = resolved->fromCache;
        return resolved->document;
    }
    if (path.controller.startsWith(QLatin1String("https://")) || path.controller.startsWith(QLatin1String("http://")))
        return fetchControllerDocument(methodId, path);
    path.error = trusted.error().message;
    return trusted.error();
}

Result<QJsonObject> KeyLookup::fetchControllerDocument(const QString& methodId, TrustPath& path) const
{
    if (!m_fetcher) {
        path.needsNetwork = true;
        return offlineError();
    }
    auto fetched
        = m_fetcher->fetch(QUrl(path.controller), "application/ld+json, application/json;q=0.9", net::FetchKind::Key);
    if (!fetched)
        return fetchFailed(fetched.error(), path);
    const QJsonObject doc = codec::parseJsonDocument(fetched->body).object();
    // A controller document must name itself (Controlled Identifiers 1.0); otherwise anyone could host it.
    if (doc.value(QLatin1String("id")).toString() != path.controller || !did::findVerificationMethod(doc, methodId)) {
        path.error
            = tx("ler::verify", "The issuer's web site does not list the key %1.").arg(shortIdentifier(methodId, 48));
        return Error(ErrorCode::NotFound, path.error, QStringLiteral("verify/controller-key-not-listed"));
    }
    path.source = TrustPath::Source::DidWeb;
    path.fetchedAt = fetched->fetchedAt;
    path.fromCache = fetched->fromCache;
    return doc;
}

Error KeyLookup::fetchFailed(const Error& error, TrustPath& path) const
{
    // Offline, the fetcher answers only from its cache: a miss means the network is needed.
    path.needsNetwork = m_offline && error.code == ErrorCode::Network;
    path.error = error.message;
    return error;
}

Result<crypto::PublicKey> KeyLookup::jwtKey(const QString& iss, const QString& kid, TrustPath& path) const
{
    const QString methodId = jwtMethodId(iss, kid);
    auto trusted = m_trusted.jwtKey(iss, kid);
    // A did:key or did:jwk is its key: an entry for one counts only with that very key.
    if (trusted && keyInIdentifier(controllerOf(methodId)) && !identifierHoldsKey(controllerOf(methodId), trusted->key))
        trusted.reset();
    if (trusted) {
        path.source = TrustPath::Source::Trusted;
        path.controller = trusted->controller;
        return trusted->key;
    }
    if (methodId.startsWith(QLatin1String("did:"))) {
        auto doc = resolve(methodId, path);
        if (!doc)
            return doc.error();
        auto key = did::publicKeyForRelationship(*doc, methodId, did::VerificationRelationship::AssertionMethod);
        if (!key) {
            path.source = TrustPath::Source::None;
            path.error = key.error().message;
        }
        return key;
    }
    return metadataKey(iss, kid, path);
}

Result<crypto::PublicKey> KeyLookup::jwtKey(const QString& iss, const QJsonObject& header, TrustPath& path) const
{
    const QString kid = header.value(QLatin1String("kid")).toString();
    const QJsonValue jwk = header.value(QLatin1String("jwk"));
    if (jwk.isUndefined())
        return jwtKey(iss, kid, path);
    if (!jwk.isObject() || hasPrivateMembers(jwk.toObject())) {
        path = TrustPath();
        path.controller = iss;
        path.refused = true;
        path.error = tx("ler::verify",
            "The key that came inside the credential includes its private part, so it is refused: anyone who has "
            "the credential could sign with it.");
        return Error(ErrorCode::InvalidInput, path.error, QStringLiteral("verify/embedded-key-private"));
    }
    auto embedded = crypto::PublicKey::fromJwk(jwk.toObject());
    if (!embedded) {
        path = TrustPath();
        path.controller = iss;
        path.refused = true;
        path.error = embedded.error().message;
        return embedded.error();
    }
    TrustPath looked;
    if (auto key = jwtKey(iss, kid, looked)) {
        path = looked;
        return key;
    }
    path = embeddedPath(iss, *embedded);
    return *embedded;
}

Result<crypto::PublicKey> KeyLookup::metadataKey(const QString& iss, const QString& kid, TrustPath& path) const
{
    path.controller = iss;
    if (!iss.startsWith(QLatin1String("https://")) && !iss.startsWith(QLatin1String("http://"))) {
        path.error = tx("ler::verify", "The issuer %1 cannot be looked up.").arg(iss);
        return Error(ErrorCode::NotFound, path.error, QStringLiteral("verify/issuer-not-web-address"));
    }
    if (!m_fetcher) {
        path.needsNetwork = true;
        return offlineError();
    }
    auto keys = IssuerMetadataResolver(*m_fetcher).fetchKeys(iss);
    if (!keys)
        return fetchFailed(keys.error(), path);
    path.fetchedAt = keys->fetchedAt;
    path.fromCache = keys->fromCache;
    std::optional<crypto::PublicKey> key;
    if (!kid.isEmpty() && keys->byKid.contains(kid))
        key = keys->byKid.value(kid);
    else if (kid.isEmpty() && keys->all.size() == 1)
        key = keys->all.constFirst();
    if (!key) {
        path.error = tx("ler::verify", "The issuer does not publish the key that signed this credential.");
        return Error(ErrorCode::NotFound, path.error, QStringLiteral("verify/issuer-key-not-published"));
    }
    path.source = TrustPath::Source::IssuerMetadata;
    return *key;
}

Check KeyLookup::issuerCheck(const TrustPath& path, const QString& issuer)
{
    if (issuer.trimmed().isEmpty()) {
        return withReason(Check::failed(reportid::kIssuer,
                              tx("ler::verify",
                                  "The credential names no issuer (its issuer has no id), so the signature cannot show "
                                  "who issued it.")),
            "issuer/no-id");
    }
    return pathCheck(path, issuer, false);
}

Check KeyLookup::holderCheck(const TrustPath& path, const QString& holder)
{
    return pathCheck(path, holder, true);
}

Check KeyLookup::pathCheck(const TrustPath& path, const QString& issuer, bool holder)
{
    const QString id = reportid::kIssuer;
    const QString owner = shortIdentifier(path.controller, 40);
    if (path.refused) {
        return withReason(Check::notChecked(id,
                              tx("ler::verify", "Not checked: the key that came with the credential cannot be used."),
                              path.error),
            "issuer/embedded-key-refused");
    }
    if (path.source == TrustPath::Source::Embedded && holder) {
        return withReason(Check::notChecked(id,
                              tx("ler::verify",
                                  "The key came inside the presentation itself, so it shows the presentation was not "
                                  "changed, but not who made it.")),
            "holder/embedded-key");
    }
    if (path.source == TrustPath::Source::Embedded) {
        return withReason(
            Check::notChecked(id,
                tx("ler::verify",
                    "The key came inside the credential itself, so it shows the credential was not "
                    "changed, but not who issued it. Add the issuer's key as trusted to check the issuer.")),
            "issuer/embedded-key");
    }
    if (path.needsNetwork)
        return Check::offline(id);
    if (path.source != TrustPath::Source::None && !issuer.isEmpty() && path.controller != issuer) {
        // Two DIDs or two web addresses that differ: someone else signed. So does a key the person trusted for
        // another issuer. Otherwise (an issuer named by a urn:uuid, a web issuer signing with a did:key) nothing
        // here can tie the key to the issuer, in either direction.
        const bool comparable = path.source == TrustPath::Source::Trusted || issuer.startsWith(QLatin1String("did:"))
            || (isWebAddress(issuer) && isWebAddress(path.controller));
        const Text message = holder
            ? tx("ler::verify", "The presentation names %1 as its holder, but it was signed with a key of %2.")
                  .arg(shortIdentifier(issuer, 40), owner)
            : tx("ler::verify", "The credential names %1 as its issuer, but it was signed with a key of %2.")
                  .arg(shortIdentifier(issuer, 40), owner);
        if (comparable)
            return withReason(Check::failed(id, message), holder ? "holder/other-key" : "issuer/other-key");
        return withReason(
            Check::notChecked(id,
                holder ? tx("ler::verify",
                    "Not checked: nothing ties the signing key (%1) to the holder named in the presentation (%2).")
                             .arg(owner, shortIdentifier(issuer, 40))
                       : tx("ler::verify",
                           "Not checked: nothing ties the signing key (%1) to the issuer named in the credential (%2).")
                             .arg(owner, shortIdentifier(issuer, 40))),
            holder ? "holder/key-not-tied" : "issuer/key-not-tied");
    }
    if (holder) {
        switch (path.source) {
        case TrustPath::Source::EmbeddedDid:
            return withReason(
                Check::passed(id,
                    tx("ler::verify", "The holder's key is part of their identifier %1, so no lookup was needed.")
                        .arg(owner)),
                "holder/key-in-identifier");
        case TrustPath::Source::DidWeb:
            return withReason(Check::passed(id,
                                  tx("ler::verify", "The holder's key was fetched from their web site (%1) %2.")
                                      .arg(owner, fetchedWhen(path))),
                "holder/key-from-web-site");
        case TrustPath::Source::Trusted:
            return withReason(
                Check::passed(id, tx("ler::verify", "The holder's key is one you added as trusted (%1).").arg(owner)),
                "holder/trusted-key");
        default:
            break;
        }
    }
    switch (path.source) {
    case TrustPath::Source::EmbeddedDid:
        return withReason(
            Check::passed(id,
                tx("ler::verify", "The issuer's key is part of its identifier %1, so no lookup was needed.")
                    .arg(owner)),
            "issuer/key-in-identifier");
    case TrustPath::Source::DidWeb:
        return withReason(Check::passed(id,
                              tx("ler::verify", "The issuer's key was fetched from its web site (%1) %2.")
                                  .arg(owner, fetchedWhen(path))),
            "issuer/key-from-web-site");
    case TrustPath::Source::Trusted:
        return withReason(
            Check::passed(id, tx("ler::verify", "The issuer's key is one you added as trusted (%1).").arg(owner)),
            "issuer/trusted-key");
    case TrustPath::Source::IssuerMetadata:
        return withReason(Check::passed(id,
                              tx("ler::verify", "The issuer's key was fetched from the keys %1 publishes %2.")
                                  .arg(owner, fetchedWhen(path))),
            "issuer/key-from-issuer-metadata");
    case TrustPath::Source::Embedded:
    case TrustPath::Source::None:
        break;
    }
    return withReason(
        Check::notChecked(id,
            tx("ler::verify", "The issuer's key could not be found: add it as a trusted key to check it."),
            path.error),
        "issuer/key-not-found");
}

} // namespace ler::verify
