// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/HostedAssertion.h"

#include "core/codec/JsonText.h"
#include "core/crypto/Pem.h"
#include "core/jose/Jws.h"
#include "core/net/Fetcher.h"
#include "core/verify/Dates.h"
#include "core/verify/Ob2Compare.h"
#include "core/verify/Report.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <algorithm>
#include <optional>

namespace ler::verify {

namespace {

using ob2::idOf;
using ob2::idsOf;
using ob2::strings;

const QByteArray kAccept = QByteArrayLiteral("application/ld+json, application/json");

Result<QJsonObject> parseObject(const QByteArray& body)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = codec::parseJsonDocument(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return invalidInput(tx("ler::net", "The issuer's server sent something that is not an Open Badges document."),
            QStringLiteral("verify/hosted-not-a-document"));
    }
    return doc.object();
}

bool hasType(const QJsonObject& object, QStringList names)
{
    const QStringList types = strings(object.value(QLatin1String("type")));
    return std::any_of(types.begin(), types.end(), [&](const QString& t) { return names.contains(t); });
}

QString verificationType(const QJsonObject& assertion)
{
    return assertion.value(QLatin1String("verification")).toObject().value(QLatin1String("type")).toString();
}

bool isSignedType(const QString& type)
{
    return type == QLatin1String("signed") || type == QLatin1String("SignedBadge");
}

bool isWebAddress(const QString& id)
{
    const QUrl url(id, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

QString hostOf(const QString& id)
{
    const QString host = QUrl(id).host();
    return host.isEmpty() ? shortIdentifier(id, 40) : host;
}

/// "on 3 March 2025" or "from a copy saved on 3 March 2025": when a document was fetched.
Text when(const QDateTime& at, bool fromCache)
{
    if (!at.isValid()) {
        return tx("ler::verify", "at a time that was not recorded");
    }
    return fromCache ? tx("ler::verify", "from a copy saved on %1").arg(longDate(at))
                     : tx("ler::verify", "on %1").arg(longDate(at));
}

void markRevoked(Ob2Check& check, const QString& reason)
{
    check.revoked = true;
    check.revocationReason = reason;
    check.message = reason.isEmpty()
        ? tx("ler::net", "Revoked: the issuer has withdrawn this badge.")
        : tx("ler::net", "Revoked: the issuer has withdrawn this badge (reason given: %1).").arg(reason);
    check.statusCheck = Check::failed(reportid::kStatus, check.message);
    check.statusCheck.reason = QStringLiteral("status/revoked");
}

void markValid(Ob2Check& check, const Text& how)
{
    check.message = how;
    if (check.fromCache) {
        //: Two sentences, one after the other.
        check.message = tx("ler::net", "%1 %2")
                            .arg(how,
                                tx("ler::net", "This uses a copy fetched from the issuer on %1.")
                                    .arg(check.fetchedAt.toString(Qt::ISODate)));
    }
}

/// Every check starts as not done; each step replaces the one it did.
Ob2Check unchecked()
{
    Ob2Check check;
    const Text notDone = tx("ler::net", "Not checked: an earlier step did not succeed.");
    check.signatureCheck = Check::notChecked(reportid::kSignature, notDone);
    check.signatureCheck.reason = QStringLiteral("signature/earlier-step-failed");
    check.issuerCheck = Check::notChecked(reportid::kIssuer, notDone);
    check.issuerCheck.reason = QStringLiteral("issuer/earlier-step-failed");
    check.statusCheck = Check::notChecked(reportid::kStatus, notDone);
    check.statusCheck.reason = QStringLiteral("status/earlier-step-failed");
    return check;
}

bool isOffline(const Check& c)
{
    return c.leftOutOffline();
}

/// The signature (and status) could not be checked because the issuer's key could not be found.
void keyNotFound(Ob2Check& check)
{
    if (isOffline(check.issuerCheck)) {
        check.signatureCheck = Check::offline(reportid::kSignature);
        check.statusCheck = Check::offline(reportid::kStatus);
        return;
    }
    check.signatureCheck = Check::notChecked(reportid::kSignature,
        tx("ler::net", "The signature was not checked: no key of the issuer could be found to check it with."));
    check.signatureCheck.reason = QStringLiteral("signature/no-key");
}

/// The signature is left unchecked: none of the keys it could be checked with is the issuer's.
Check notIssuersKey()
{
    Check c = Check::notChecked(reportid::kSignature,
        tx("ler::net", "The signature was not checked: it was not made with a key of the issuer."));
    c.reason = QStringLiteral("signature/not-issuers-key");
    return c;
}

} // namespace

struct HostedAssertionVerifier::Fetched
{
    QJsonObject object;
    QDateTime fetchedAt;
    bool fromCache = false;
};

HostedAssertionVerifier::HostedAssertionVerifier(const net::Fetcher& fetcher)
    : m_fetcher(fetcher)
{ }

Result<HostedAssertionVerifier::Fetched> HostedAssertionVerifier::fetchDocument(
    const QString& url, net::FetchKind kind) const
{
    if (!isWebAddress(url)) {
        return Error(ErrorCode::NotFound,
            tx("ler::net", "%1 is not a web address.").arg(shortIdentifier(url, 48)),
            QStringLiteral("verify/hosted-not-web-address"));
    }
    auto fetched = m_fetcher.fetch(QUrl(url, QUrl::StrictMode), kAccept, kind);
    if (!fetched) {
        return fetched.error();
    }
    auto object = parseObject(fetched->body);
    if (!object) {
        return object.error();
    }
    return Fetched { *object, fetched->fetchedAt, fetched->fromCache };
}

Check HostedAssertionVerifier::notFetched(const QString& id, const Text& message, const Error& error) const
{
    if (error.code == ErrorCode::Network && !m_fetcher.isOnline()) {
        return Check::offline(id);
    }
    // The error's reason says what went wrong ("net/http-error"); else, that the document could not be fetched.
    Check c = Check::notChecked(id, message, error.message);
    c.reason = error.reason.isEmpty() ? id + QStringLiteral("/not-fetched") : error.reason;
    return c;
}

bool HostedAssertionVerifier::fetchBadgeClass(Ob2Check& check, const QJsonValue& badge) const
{
    if (badge.isObject()) {
        // Inside the hosted copy or the signed payload: the issuer's own words.
        check.badgeClass = badge.toObject();
    } else {
        const QString url = badge.toString();
        auto fetched = fetchDocument(url, net::FetchKind::Resource);
        if (!fetched) {
            const Text message
                = tx("ler::net", "The badge description could not be fetched: %1").arg(fetched.error().message);
            check.warnings.append(message);
            check.issuerCheck = notFetched(reportid::kIssuer, message, fetched.error());
            return false;
        }
        if (idOf(fetched->object.value(QLatin1String("id"))) != url) {
            check.issuerCheck = Check::failed(reportid::kIssuer,
                tx("ler::net", "The badge description at %1 names another address as its own.")
                    .arg(shortIdentifier(url, 48)));
            check.issuerCheck.reason = QStringLiteral("issuer/badge-class-other-id");
            return false;
        }
        check.badgeClass = fetched->object;
    }
    if (!hasType(check.badgeClass, { QStringLiteral("BadgeClass") })) {
        check.warnings.append(tx("ler::net", "The badge description from the issuer is not a BadgeClass."));
    }
    return true;
}

bool HostedAssertionVerifier::fetchIssuer(Ob2Check& check, QDateTime& fetchedAt, bool& fromCache) const
{
    // Always from the issuer's own id: an issuer object inside the badge could say anything.
    const QString issuerId = idOf(check.badgeClass.value(QLatin1String("issuer")));
    if (issuerId.isEmpty()) {
        check.issuerCheck = Check::failed(reportid::kIssuer, tx("ler::net", "The badge description names no issuer."));
        check.issuerCheck.reason = QStringLiteral("issuer/badge-class-no-issuer");
        return false;
    }
    auto fetched = fetchDocument(issuerId, net::FetchKind::IssuerProfile);
    if (!fetched) {
        const Text message
            = tx("ler::net", "The issuer's profile could not be fetched: %1").arg(fetched.error().message);
        check.warnings.append(message);
        check.issuerCheck = notFetched(reportid::kIssuer, message, fetched.error());
        return false;
    }
    if (idOf(fetched->object.value(QLatin1String("id"))) != issuerId) {
        check.issuerCheck = Check::failed(reportid::kIssuer,
            tx("ler::net", "The issuer's profile at %1 names another address as its own, so it is not the issuer's.")
                .arg(shortIdentifier(issuerId, 48)));
        check.issuerCheck.reason = QStringLiteral("issuer/profile-other-id");
        return false;
    }
    check.issuer = fetched->object;
    fetchedAt = fetched->fetchedAt;
    fromCache = fetched->fromCache;
    if (!hasType(check.issuer, { QStringLiteral("Issuer"), QStringLiteral("Profile") })) {
        check.warnings.append(tx("ler::net", "The issuer's profile is not an Issuer or Profile."));
    }
    return true;
}

Result<Ob2Check> HostedAssertionVerifier::verifyHosted(const QJsonObject& stored) const
{
    const QString id = stored.value(QLatin1String("id")).toString();
    const QUrl url(id, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return invalidInput(tx("ler::net", "This badge has no web address to check it against."),
            QStringLiteral("verify/hosted-no-web-address"));
    }
    if (isSignedType(verificationType(stored))) {
        return invalidInput(
            tx("ler::net", "This badge is signed, so it is checked by its signature, not on the issuer's server."),
            QStringLiteral("verify/hosted-badge-is-signed"));
    }
    Ob2Check check = unchecked();
    net::FetchRequest request { url, kAccept, net::CacheUse::NetworkFirst, true };
    auto fetched = m_fetcher.fetch(request);
    if (!fetched) {
        const Text message = tx("ler::net", "Not checked: the issuer's web site could not be reached.");
        check.signatureCheck = notFetched(reportid::kSignature, message, fetched.error());
        check.issuerCheck = notFetched(reportid::kIssuer, message, fetched.error());
        check.statusCheck = notFetched(reportid::kStatus, message, fetched.error());
        return check;
    }
    check.fetchedAt = fetched->fetchedAt;
    check.fromCache = fetched->fromCache;
    const Text fetchedWhen = when(check.fetchedAt, check.fromCache);
    const int status = fetched->httpStatus;
    auto hosted = parseObject(fetched->body);
    if (status == 410 || (hosted && hosted->value(QLatin1String("revoked")).toBool(false))) {
        check.assertion = hosted ? hosted.value() : QJsonObject();
        markRevoked(check, check.assertion.value(QLatin1String("revocationReason")).toString());
        check.signatureCheck = Check::notChecked(
            reportid::kSignature, tx("ler::net", "Not compared: the issuer has withdrawn this badge."));
        check.signatureCheck.reason = QStringLiteral("signature/revoked");
        return check;
    }
    if (status == 404) {
        check.signatureCheck
            = Check::failed(reportid::kSignature, tx("ler::net", "The issuer's server no longer has this badge."));
        check.signatureCheck.reason = QStringLiteral("signature/hosted-copy-gone");
        return check;
    }
    if (status >= 400) {
        const Text message
            = tx("ler::net", "Not checked: the issuer's server answered with an error (HTTP %1).").arg(status);
        check.signatureCheck = Check::notChecked(reportid::kSignature, message);
        check.signatureCheck.reason = QStringLiteral("signature/http-error");
        check.statusCheck = Check::notChecked(reportid::kStatus, message);
        check.statusCheck.reason = QStringLiteral("status/http-error");
        return check;
    }
    if (!hosted) {
        check.signatureCheck = Check::failed(reportid::kSignature, hosted.error().message);
        check.signatureCheck.reason = hosted.error().reason; // "verify/hosted-not-a-document"
        return check;
    }
    check.assertion = hosted.value();
    if (auto different = ob2::compareAssertions(stored, check.assertion)) {
        check.signatureCheck = *different;
        return check;
    }
    check.statusCheck = Check::passed(reportid::kStatus,
        tx("ler::net", "The issuer's web site still holds this badge and has not revoked it (%1).").arg(fetchedWhen));

    // The issuer's BadgeClass and profile, and where the issuer says its badges are hosted.
    const bool haveBadge = fetchBadgeClass(check, check.assertion.value(QLatin1String("badge")));
    const bool haveIssuer = haveBadge && checkHostingPlace(check, id);

    // What the wallet shows comes from the local copy: its own BadgeClass and Issuer must be the issuer's.
    if (auto different = ob2::compareLocalCopy(
            stored, haveBadge ? &check.badgeClass : nullptr, haveIssuer ? &check.issuer : nullptr)) {
        check.signatureCheck = *different;
        return check;
    }
    check.signatureCheck = Check::passed(reportid::kSignature,
        tx("ler::net", "The issuer's web site %1 holds the same badge (%2).").arg(hostOf(id), fetchedWhen));
    check.signatureCheck.reason = QStringLiteral("signature/hosted-copy-matches");
    markValid(check, tx("ler::net", "Confirmed: the issuer's server still hosts this badge as awarded to you."));
    return check;
}

bool HostedAssertionVerifier::checkHostingPlace(Ob2Check& check, const QString& assertionId) const
{
    QDateTime fetchedAt;
    bool fromCache = false;
    if (!fetchIssuer(check, fetchedAt, fromCache)) {
        return false;
    }
    if (Status origin = ob2::checkHostedOrigin(assertionId, check.issuer); !origin) {
        check.issuerCheck = Check::failed(reportid::kIssuer, origin.error().message);
        check.issuerCheck.reason = origin.error().reason; // "verify/hosted-wrong-origin"
    } else {
        check.issuerCheck = Check::passed(reportid::kIssuer,
            tx("ler::net",
                "Checked with the issuer's profile at %1 (fetched %2): "
                "the badge is hosted where the issuer hosts its badges.")
                .arg(hostOf(idOf(check.issuer.value(QLatin1String("id")))), when(fetchedAt, fromCache)));
    }
    return true;
}

void HostedAssertionVerifier::checkRevocationList(Ob2Check& check) const
{
    const QString listUrl = idOf(check.issuer.value(QLatin1String("revocationList")));
    if (listUrl.isEmpty()) {
        check.statusCheck = Check::passed(reportid::kStatus,
            tx("ler::net", "The issuer publishes no revocation list, so it has not revoked this badge."));
        return;
    }
    auto list = fetchDocument(listUrl, net::FetchKind::Resource);
    if (!list) {
        check.statusCheck = notFetched(reportid::kStatus,
            tx("ler::net", "Not checked: the issuer's revocation list could not be fetched."),
            list.error());
        return;
    }
    const QString id = check.assertion.value(QLatin1String("id")).toString();
    const QString uid = check.assertion.value(QLatin1String("uid")).toString();
    for (const QJsonValue& entry : list->object.value(QLatin1String("revokedAssertions")).toArray()) {
        const QJsonObject object = entry.toObject();
        const bool matches = entry.isString() ? entry.toString() == id
                                              : (!id.isEmpty() && object.value(QLatin1String("id")).toString() == id)
                || (!uid.isEmpty() && object.value(QLatin1String("uid")).toString() == uid);
        if (matches) {
            markRevoked(check, object.value(QLatin1String("revocationReason")).toString());
            return;
        }
    }
    check.statusCheck = Check::passed(reportid::kStatus,
        tx("ler::net", "Not on the issuer's revocation list (fetched %1).")
            .arg(when(list->fetchedAt, list->fromCache)));
}

void HostedAssertionVerifier::checkSignedKey(Ob2Check& check, const jose::Jws& jws) const
{
    const QString issuerId = idOf(check.issuer.value(QLatin1String("id")));
    const QStringList listed = idsOf(check.issuer.value(QLatin1String("publicKey")));
    const QString creator
        = idOf(check.assertion.value(QLatin1String("verification")).toObject().value(QLatin1String("creator")));
    QStringList candidates = listed;
    if (!creator.isEmpty()) {
        if (!listed.contains(creator)) {
            check.issuerCheck = Check::failed(reportid::kIssuer,
                tx("ler::net", "The key that signed this badge (%1) is not one the issuer's profile lists.")
                    .arg(shortIdentifier(creator, 48)));
            check.issuerCheck.reason = QStringLiteral("issuer/key-not-listed");
            check.signatureCheck = notIssuersKey();
            return;
        }
        candidates = { creator };
    }
    if (candidates.isEmpty()) {
        check.issuerCheck = Check::failed(
            reportid::kIssuer, tx("ler::net", "The issuer's profile lists no key for its signed badges."));
        check.issuerCheck.reason = QStringLiteral("issuer/no-key-listed");
        check.signatureCheck = notIssuersKey();
        return;
    }
    int mismatches = 0;
    std::optional<Error> fetchError;
    std::optional<Check> notTheIssuers;
    for (const QString& keyId : std::as_const(candidates)) {
        auto key = fetchDocument(keyId, net::FetchKind::Key);
        if (!key) {
            fetchError = key.error();
            continue;
        }
        const QString owner = idOf(key->object.value(QLatin1String("owner")));
        if (idOf(key->object.value(QLatin1String("id"))) != keyId || owner != issuerId) {
            // A key must name itself and the issuer: a key document anyone can host proves nothing otherwise.
            notTheIssuers = Check::failed(reportid::kIssuer,
                tx("ler::net", "The key %1 does not name the badge's issuer as its owner.")
                    .arg(shortIdentifier(keyId, 48)));
            notTheIssuers->reason = QStringLiteral("issuer/key-other-owner");
            continue;
        }
        auto publicKey = crypto::publicKeyFromPem(key->object.value(QLatin1String("publicKeyPem")).toString().toUtf8());
        if (!publicKey || !jose::verifyJws(jws, publicKey.value()).ok()) {
            ++mismatches;
            continue;
        }
        check.fetchedAt = key->fetchedAt;
        check.fromCache = key->fromCache;
        check.signatureCheck = Check::passed(reportid::kSignature,
            tx("ler::verify", "Signature valid: signed by %1").arg(shortIdentifier(issuerId, 40)));
        check.issuerCheck = Check::passed(reportid::kIssuer,
            tx("ler::net",
                "The key is listed in the issuer's profile at %1 and names the issuer as its owner (key fetched %2).")
                .arg(hostOf(issuerId), when(key->fetchedAt, key->fromCache)));
        return;
    }
    if (fetchError) {
        // The key that made the signature may be the one that could not be fetched.
        const Text message = tx("ler::net", "Not checked: the issuer's key could not be fetched.");
        check.signatureCheck = notFetched(reportid::kSignature, message, *fetchError);
        check.issuerCheck = notTheIssuers ? *notTheIssuers : notFetched(reportid::kIssuer, message, *fetchError);
        return;
    }
    if (mismatches > 0) {
        check.signatureCheck = Check::failed(
            reportid::kSignature, tx("ler::net", "The badge's signature does not match the issuer's key."));
        check.signatureCheck.reason = QStringLiteral("signature/mismatch");
        if (notTheIssuers) {
            check.issuerCheck = *notTheIssuers;
        } else {
            check.issuerCheck = Check::notChecked(
                reportid::kIssuer, tx("ler::net", "Not checked: the signature does not match a key of the issuer."));
            check.issuerCheck.reason = QStringLiteral("issuer/signature-mismatch");
        }
        return;
    }
    check.issuerCheck = *notTheIssuers;
    check.signatureCheck = notIssuersKey();
}

Result<Ob2Check> HostedAssertionVerifier::verifySigned(QByteArrayView compactJws) const
{
    auto jws = jose::parseCompactJws(compactJws);
    if (!jws) {
        return jws.error();
    }
    if (jws->alg() != QLatin1String("RS256")) {
        return Error(ErrorCode::Unsupported,
            tx("ler::net", "Signed Open Badges 2.0 badges must use RS256."),
            QStringLiteral("verify/signed-badge-algorithm-unsupported"));
    }
    auto payload = jws->payloadObject();
    if (!payload) {
        return payload.error();
    }
    Ob2Check check = unchecked();
    check.assertion = payload.value();
    if (!isSignedType(verificationType(check.assertion))) {
        return invalidInput(tx("ler::net", "The signed badge does not say it is verified by signature."),
            QStringLiteral("verify/signed-badge-not-signed-type"));
    }
    QDateTime issuerFetchedAt;
    bool issuerFromCache = false;
    if (!fetchBadgeClass(check, check.assertion.value(QLatin1String("badge")))
        || !fetchIssuer(check, issuerFetchedAt, issuerFromCache)) {
        keyNotFound(check);
        return check;
    }
    checkSignedKey(check, jws.value());
    if (check.signatureCheck.status != Check::Passed) {
        if (isOffline(check.signatureCheck)) {
            check.statusCheck = check.signatureCheck;
            check.statusCheck.id = reportid::kStatus;
        }
        return check;
    }
    checkRevocationList(check);
    if (!check.revoked) {
        markValid(check, tx("ler::net", "Confirmed: the badge is signed with the issuer's key."));
    }
    return check;
}

} // namespace ler::verify
