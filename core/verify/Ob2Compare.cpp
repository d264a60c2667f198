// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/Ob2Compare.h"

#include "core/verify/Dates.h"
#include "core/verify/Report.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>
#include <algorithm>

namespace ler::verify::ob2 {

namespace {

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

/// Equal, reading image-like values (an IRI or an object with an id) by their id.
bool sameValue(const QJsonValue& a, const QJsonValue& b, bool byId)
{
    return byId ? idOf(a) == idOf(b) : a == b;
}

/// The first of fields that the local copy shows differently from the issuer's copy; empty when none. A field the
/// local copy leaves out is not shown, so it cannot mislead.
QString differingField(const QJsonObject& local, const QJsonObject& issuers, const QStringList& fields)
{
    for (const QString& field : fields) {
        if (!local.contains(field)) {
            continue;
        }
        const bool byId = field == QLatin1String("image") || field == QLatin1String("url");
        if (!sameValue(local.value(field), issuers.value(field), byId)) {
            return field;
        }
    }
    return {};
}

/// Dates are compared as dates, and must agree both ways: a copy without "expires" would show no expiry.
bool sameDate(const QJsonObject& stored, const QJsonObject& hosted, QLatin1String field)
{
    const QJsonValue a = stored.value(field);
    const QJsonValue b = hosted.value(field);
    if (a.isUndefined() || b.isUndefined()) {
        return a.isUndefined() == b.isUndefined();
    }
    const QDateTime da = parseCredentialDate(a);
    const QDateTime db = parseCredentialDate(b);
    return da.isValid() && db.isValid() ? da == db : a == b;
}

Check differs(const QString& what)
{
    Check c = Check::failed(reportid::kSignature,
        tx("ler::net", "Your copy of this badge differs from the one the issuer's web site holds (%1 is different).")
            .arg(what));
    c.reason = QStringLiteral("signature/hosted-copy-differs");
    return c;
}

/// The check with a stable reason: tools and tests tell what differs by it, not by words.
Check withReason(Check check, const char* reason)
{
    check.reason = QLatin1String(reason);
    return check;
}

} // namespace

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

QStringList idsOf(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.isArray() ? value.toArray() : QJsonArray { value }) {
        const QString id = idOf(v);
        if (!id.isEmpty()) {
            out.append(id);
        }
    }
    return out;
}

std::optional<Check> compareAssertions(const QJsonObject& stored, const QJsonObject& hosted)
{
    if (idOf(hosted.value(QLatin1String("id"))) != idOf(stored.value(QLatin1String("id")))) {
        return withReason(
            Check::failed(reportid::kSignature,
                tx("ler::net",
                    "The badge on the issuer's server has a different identifier from the one in your wallet.")),
            "signature/hosted-other-id");
    }
    if (normalRecipient(hosted.value(QLatin1String("recipient")).toObject())
        != normalRecipient(stored.value(QLatin1String("recipient")).toObject())) {
        return withReason(
            Check::failed(reportid::kSignature,
                tx("ler::net",
                    "The badge on the issuer's server was awarded to someone else than the one in your wallet.")),
            "signature/hosted-other-recipient");
    }
    if (idOf(hosted.value(QLatin1String("badge"))) != idOf(stored.value(QLatin1String("badge")))) {
        return withReason(
            Check::failed(reportid::kSignature,
                tx("ler::net",
                    "The badge on the issuer's server is for a different achievement than the one in your wallet.")),
            "signature/hosted-other-badge");
    }
    for (const QLatin1String field : { QLatin1String("issuedOn"), QLatin1String("expires") }) {
        if (!sameDate(stored, hosted, field)) {
            return differs(field);
        }
    }
    if (const QString field
        = differingField(stored, hosted, { QStringLiteral("evidence"), QStringLiteral("narrative") });
        !field.isEmpty()) {
        return differs(field);
    }
    return std::nullopt;
}

Status checkHostedOrigin(const QString& assertionId, const QJsonObject& issuer)
{
    const QUrl id(assertionId);
    const QJsonObject policy = issuer.value(QLatin1String("verification")).toObject();
    const QStringList startsWith = strings(policy.value(QLatin1String("startsWith")));
    const QStringList allowed = strings(policy.value(QLatin1String("allowedOrigins")));
    const Error wrongPlace { ErrorCode::VerificationFailed,
        tx("ler::net", "The badge is hosted at an address the issuer does not use for its badges."),
        QStringLiteral("verify/hosted-wrong-origin") };

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

std::optional<Check> compareLocalCopy(
    const QJsonObject& stored, const QJsonObject* badgeClass, const QJsonObject* issuerProfile)
{
    const QJsonValue localBadge = stored.value(QLatin1String("badge"));
    if (!localBadge.isObject()) {
        return std::nullopt;
    }
    const QJsonObject local = localBadge.toObject();
    if (!badgeClass) {
        return withReason(
            Check::notChecked(reportid::kSignature,
                tx("ler::net",
                    "Not checked: the badge description in your copy could not be compared with the issuer's.")),
            "signature/badge-class-not-compared");
    }
    const QString field = differingField(local,
        *badgeClass,
        { QStringLiteral("name"),
            QStringLiteral("description"),
            QStringLiteral("image"),
            QStringLiteral("criteria"),
            QStringLiteral("tags"),
            QStringLiteral("alignment") });
    if (!field.isEmpty()) {
        return differs(QStringLiteral("badge ") + field);
    }
    const QJsonValue localIssuer = local.value(QLatin1String("issuer"));
    if (!localIssuer.isUndefined() && idOf(localIssuer) != idOf(badgeClass->value(QLatin1String("issuer")))) {
        return differs(QStringLiteral("issuer"));
    }
    if (!localIssuer.isObject()) {
        return std::nullopt;
    }
    if (!issuerProfile) {
        return withReason(
            Check::notChecked(reportid::kSignature,
                tx("ler::net",
                    "Not checked: the issuer details in your copy could not be compared with the issuer's profile.")),
            "signature/issuer-not-compared");
    }
    const QString issuerField = differingField(localIssuer.toObject(),
        *issuerProfile,
        { QStringLiteral("name"),
            QStringLiteral("url"),
            QStringLiteral("email"),
            QStringLiteral("image"),
            QStringLiteral("description") });
    if (!issuerField.isEmpty()) {
        return differs(QStringLiteral("issuer ") + issuerField);
    }
    return std::nullopt;
}

} // namespace ler::verify::ob2
