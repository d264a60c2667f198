// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/HostedAssertion.h"

#include "core/crypto/Pem.h"
#include "core/jose/Jws.h"
#include "core/net/Fetcher.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <algorithm>

namespace ler::verify {

namespace {

const QByteArray kAccept = QByteArrayLiteral("application/ld+json, application/json");

Error failed(const QString& message)
{
    return { ErrorCode::VerificationFailed, message };
}

Result<QJsonObject> parseObject(const QByteArray& body)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return invalidInput(QCoreApplication::translate(
            "ler::net", "The issuer's server sent something that is not an Open Badges document."));
    }
    return doc.object();
}

/// The id of a value that is either an IRI or an object with an "id".
QString idOf(const QJsonValue& value)
{
    return value.isString() ? value.toString() : value.toObject().value(QLatin1String("id")).toString();
}

QStringList strings(const QJsonValue& value)
{
    if (value.isString()) {
        return { value.toString() };
    }
    QStringList out;
    for (const QJsonValue& v : value.toArray()) {
        out.append(v.toString());
    }
    return out;
}

/// The recipient as compared: defaults filled in, the hash algorithm and digest in lower case.
QJsonObject normalRecipient(const QJsonObject& recipient)
{
    const bool hashed = recipient.value(QLatin1String("hashed")).toBool(false);
    QString identity = recipient.value(QLatin1String("identity")).toString();
    if (hashed) {
        identity = identity.toLower();
    }
    return { { QStringLiteral("type"), recipient.value(QLatin1String("type")).toString() },
        { QStringLiteral("hashed"), hashed },
        { QStringLiteral("salt"), recipient.value(QLatin1String("salt")).toString() },
        { QStringLiteral("identity"), identity } };
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

/// The stored and hosted assertion must describe the same award.
Status compareAssertions(const QJsonObject& stored, const QJsonObject& hosted)
{
    if (idOf(hosted.value(QLatin1String("id"))) != idOf(stored.value(QLatin1String("id")))) {
        return failed(QCoreApplication::translate(
            "ler::net", "The badge on the issuer's server has a different identifier from the one in your wallet."));
    }
    if (normalRecipient(hosted.value(QLatin1String("recipient")).toObject())
        != normalRecipient(stored.value(QLatin1String("recipient")).toObject())) {
        return failed(QCoreApplication::translate(
            "ler::net", "The badge on the issuer's server was awarded to someone else than the one in your wallet."));
    }
    if (idOf(hosted.value(QLatin1String("badge"))) != idOf(stored.value(QLatin1String("badge")))) {
        return failed(QCoreApplication::translate("ler::net",
            "The badge on the issuer's server is for a different achievement than the one in your "
            "wallet."));
    }
    return {};
}

/// OB 2.0 hosted verification policy: the assertion must live where the issuer says its assertions live.
Status checkHostedOrigin(const QString& assertionId, const QJsonObject& issuer)
{
    const QUrl id(assertionId);
    const QJsonObject policy = issuer.value(QLatin1String("verification")).toObject();
    const QStringList startsWith = strings(policy.value(QLatin1String("startsWith")));
    const QStringList allowed = strings(policy.value(QLatin1String("allowedOrigins")));
    const Error wrongPlace = failed(QCoreApplication::translate(
        "ler::net", "The badge is hosted at an address the issuer does not use for its badges."));
    if (!startsWith.isEmpty() && std::none_of(startsWith.begin(), startsWith.end(), [&](const QString& s) {
            return !s.isEmpty() && assertionId.startsWith(s);
        })) {
        return wrongPlace;
    }
    if (!allowed.isEmpty()) {
        if (!allowed.contains(id.host(), Qt::CaseInsensitive)) {
            return wrongPlace;
        }
    } else if (startsWith.isEmpty()
        && id.host().compare(QUrl(idOf(issuer.value(QLatin1String("id")))).host(), Qt::CaseInsensitive) != 0) {
        return wrongPlace;
    }
    return {};
}

void markRevoked(Ob2Check& check, const QString& reason)
{
    check.revoked = true;
    check.revocationReason = reason;
    check.message = reason.isEmpty()
        ? QCoreApplication::translate("ler::net", "Revoked: the issuer has withdrawn this badge.")
        : QCoreApplication::translate("ler::net", "Revoked: the issuer has withdrawn this badge (reason given: %1).")
              .arg(reason);
}

void markValid(Ob2Check& check, const QString& how)
{
    check.message = how;
    if (check.fromCache) {
        check.message += QLatin1Char(' ')
            + QCoreApplication::translate("ler::net", "This uses a copy fetched from the issuer on %1.")
                  .arg(check.fetchedAt.toString(Qt::ISODate));
    }
}

} // namespace

HostedAssertionVerifier::HostedAssertionVerifier(const net::Fetcher& fetcher)
    : m_fetcher(fetcher)
{ }

Result<QJsonObject> HostedAssertionVerifier::fetchObject(
    const QString& url, net::FetchKind kind, QDateTime* fetchedAt, bool* fromCache) const
{
    auto fetched = m_fetcher.fetch(QUrl(url, QUrl::StrictMode), kAccept, kind);
    if (!fetched) {
        return fetched.error();
    }
    if (fetchedAt) {
        *fetchedAt = fetched->fetchedAt;
    }
    if (fromCache) {
        *fromCache = fetched->fromCache;
    }
    return parseObject(fetched->body);
}

void HostedAssertionVerifier::fetchLinked(Ob2Check& check) const
{
    const QJsonValue badge = check.assertion.value(QLatin1String("badge"));
    if (badge.isObject()) {
        check.badgeClass = badge.toObject();
    } else if (auto fetched = fetchObject(badge.toString(), net::FetchKind::Resource); fetched) {
        check.badgeClass = fetched.value();
    } else {
        check.warnings.append(QCoreApplication::translate("ler::net", "The badge description could not be fetched: %1")
                                  .arg(fetched.error().message));
        return;
    }
    if (!hasType(check.badgeClass, { QStringLiteral("BadgeClass") })) {
        check.warnings.append(
            QCoreApplication::translate("ler::net", "The badge description from the issuer is not a BadgeClass."));
    }
    const QJsonValue issuer = check.badgeClass.value(QLatin1String("issuer"));
    if (issuer.isObject()) {
        check.issuer = issuer.toObject();
    } else if (auto fetched = fetchObject(issuer.toString(), net::FetchKind::IssuerProfile); fetched) {
        check.issuer = fetched.value();
    } else {
        check.warnings.append(QCoreApplication::translate("ler::net", "The issuer's profile could not be fetched: %1")
                                  .arg(fetched.error().message));
        return;
    }
    if (!hasType(check.issuer, { QStringLiteral("Issuer"), QStringLiteral("Profile") })) {
        check.warnings.append(
            QCoreApplication::translate("ler::net", "The issuer's profile is not an Issuer or Profile."));
    }
}

Result<Ob2Check> HostedAssertionVerifier::verifyHosted(const QJsonObject& stored) const
{
    const QString id = stored.value(QLatin1String("id")).toString();
    const QUrl url(id, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return invalidInput(
            QCoreApplication::translate("ler::net", "This badge has no web address to check it against."));
    }
    if (isSignedType(verificationType(stored))) {
        return invalidInput(QCoreApplication::translate(
            "ler::net", "This badge is signed, so it is checked by its signature, not on the issuer's server."));
    }
    net::FetchRequest request { url, kAccept, net::CacheUse::NetworkFirst, true };
    auto fetched = m_fetcher.fetch(request);
    if (!fetched) {
        return fetched.error();
    }
    Ob2Check check;
    check.fetchedAt = fetched->fetchedAt;
    check.fromCache = fetched->fromCache;
    const int status = fetched->httpStatus;
    auto hosted = parseObject(fetched->body);
    if (status == 410 || (hosted && hosted->value(QLatin1String("revoked")).toBool(false))) {
        check.assertion = hosted ? hosted.value() : QJsonObject();
        markRevoked(check, check.assertion.value(QLatin1String("revocationReason")).toString());
        return check;
    }
    if (status == 404) {
        return failed(QCoreApplication::translate("ler::net", "The issuer's server no longer has this badge."));
    }
    if (status >= 400) {
        return Error(ErrorCode::Network,
            QCoreApplication::translate("ler::net", "The issuer's server answered with an error (HTTP %1).")
                .arg(status));
    }
    if (!hosted) {
        return hosted.error();
    }
    check.assertion = hosted.value();
    if (Status same = compareAssertions(stored, check.assertion); !same) {
        return same.error();
    }
    fetchLinked(check);
    if (!check.issuer.isEmpty()) {
        if (Status origin = checkHostedOrigin(id, check.issuer); !origin) {
            return origin.error();
        }
    }
    markValid(check,
        QCoreApplication::translate(
            "ler::net", "Confirmed: the issuer's server still hosts this badge as awarded to you."));
    return check;
}

Status HostedAssertionVerifier::checkRevocationList(Ob2Check& check) const
{
    const QString listUrl = idOf(check.issuer.value(QLatin1String("revocationList")));
    if (listUrl.isEmpty()) {
        return {};
    }
    auto list = fetchObject(listUrl, net::FetchKind::Resource);
    if (!list) {
        return list.error();
    }
    const QString id = check.assertion.value(QLatin1String("id")).toString();
    const QString uid = check.assertion.value(QLatin1String("uid")).toString();
    for (const QJsonValue& entry : list->value(QLatin1String("revokedAssertions")).toArray()) {
        const QJsonObject object = entry.toObject();
        const bool matches = entry.isString() ? entry.toString() == id
                                              : (!id.isEmpty() && object.value(QLatin1String("id")).toString() == id)
                || (!uid.isEmpty() && object.value(QLatin1String("uid")).toString() == uid);
        if (matches) {
            markRevoked(check, object.value(QLatin1String("revocationReason")).toString());
            return {};
        }
    }
    return {};
}

Result<Ob2Check> HostedAssertionVerifier::verifySigned(QByteArrayView compactJws) const
{
    auto jws = jose::parseCompactJws(compactJws);
    if (!jws) {
        return jws.error();
    }
    if (jws->alg() != QLatin1String("RS256")) {
        return Error(ErrorCode::Unsupported,
            QCoreApplication::translate("ler::net", "Signed Open Badges 2.0 badges must use RS256."));
    }
    auto payload = jws->payloadObject();
    if (!payload) {
        return payload.error();
    }
    Ob2Check check;
    check.assertion = payload.value();
    const QJsonObject verification = check.assertion.value(QLatin1String("verification")).toObject();
    if (!isSignedType(verification.value(QLatin1String("type")).toString())) {
        return invalidInput(
            QCoreApplication::translate("ler::net", "The signed badge does not say it is verified by signature."));
    }
    fetchLinked(check);
    if (check.issuer.isEmpty()) {
        return Error(ErrorCode::Network,
            check.warnings.value(
                0, QCoreApplication::translate("ler::net", "The issuer's profile could not be fetched.")));
    }
    const QString issuerId = idOf(check.issuer.value(QLatin1String("id")));
    const QJsonValue issuerKey = check.issuer.value(QLatin1String("publicKey"));
    QString keyUrl = verification.value(QLatin1String("creator")).toString();
    QJsonObject keyDocument;
    if (keyUrl.isEmpty() && issuerKey.isObject()) {
        keyDocument = issuerKey.toObject();
    } else {
        auto fetched = fetchObject(
            keyUrl.isEmpty() ? idOf(issuerKey) : keyUrl, net::FetchKind::Key, &check.fetchedAt, &check.fromCache);
        if (!fetched) {
            return fetched.error();
        }
        keyDocument = fetched.value();
    }
    const QString owner = idOf(keyDocument.value(QLatin1String("owner")));
    if (!owner.isEmpty() && owner != issuerId) {
        return failed(QCoreApplication::translate(
            "ler::net", "The key that signed this badge belongs to someone other than the badge's issuer."));
    }
    auto key = crypto::publicKeyFromPem(keyDocument.value(QLatin1String("publicKeyPem")).toString().toUtf8());
    if (!key) {
        return key.error();
    }
    if (Status signature = jose::verifyJws(jws.value(), key.value()); !signature) {
        return failed(
            QCoreApplication::translate("ler::net", "The badge's signature does not match the issuer's key."));
    }
    if (Status revocation = checkRevocationList(check); !revocation) {
        return revocation.error();
    }
    if (!check.revoked) {
        markValid(
            check, QCoreApplication::translate("ler::net", "Confirmed: the badge is signed with the issuer's key."));
    }
    return check;
}

} // namespace ler::verify
