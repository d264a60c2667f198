// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/Recipient.h"

#include "core/verify/Report.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace ler::verify {

namespace {

/// One way a credential names its recipient.
struct Identity
{
    QString value;
    bool hashed = false;
    QString salt;
};

QList<QJsonObject> objects(const QJsonValue& v)
{
    QList<QJsonObject> out;
    const QJsonArray list = v.isArray() ? v.toArray() : QJsonArray { v };
    for (const QJsonValue& e : list) {
        if (e.isObject())
            out.append(e.toObject());
    }
    return out;
}

/// Open Badges 3.0 IdentityObject / Open Badges 2.0 IdentityObject.
Identity identityObject(const QJsonObject& o, const char* valueKey)
{
    return { o.value(QLatin1String(valueKey)).toString(),
        o.value(QLatin1String("hashed")).toBool(),
        o.value(QLatin1String("salt")).toString() };
}

QList<Identity> identitiesOf(const QJsonObject& credential)
{
    QList<Identity> out;
    if (credential.value(QLatin1String("recipient")).isObject())
        out.append(identityObject(credential.value(QLatin1String("recipient")).toObject(), "identity"));
    for (const QJsonObject& subject : objects(credential.value(QLatin1String("credentialSubject")))) {
        if (subject.value(QLatin1String("id")).isString())
            out.append({ subject.value(QLatin1String("id")).toString(), false, {} });
        for (const QJsonObject& id : objects(subject.value(QLatin1String("identifier"))))
            out.append(identityObject(id, "identityHash"));
    }
    if (credential.value(QLatin1String("sub")).isString())
        out.append({ credential.value(QLatin1String("sub")).toString(), false, {} });
    out.removeIf([](const Identity& i) { return i.value.isEmpty(); });
    return out;
}

QString withoutMailto(const QString& value)
{
    return value.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive) ? value.mid(7) : value;
}

} // namespace

bool identityMatches(const QString& identity, bool hashed, const QString& salt, const QString& value)
{
    const QString plain = withoutMailto(value.trimmed());
    if (!hashed) {
        const QString other = withoutMailto(identity.trimmed());
        const bool email = plain.contains(QLatin1Char('@')) && !plain.startsWith(QLatin1String("did:"));
        return other.compare(plain, email ? Qt::CaseInsensitive : Qt::CaseSensitive) == 0;
    }
    const qsizetype dollar = identity.indexOf(QLatin1Char('$'));
    if (dollar < 0)
        return false;
    const QString algorithm = identity.left(dollar).toLower();
    const QByteArray expected = identity.mid(dollar + 1).toLower().toLatin1();
    QCryptographicHash::Algorithm hash = QCryptographicHash::Sha256;
    if (algorithm == QLatin1String("md5"))
        hash = QCryptographicHash::Md5;
    else if (algorithm != QLatin1String("sha256"))
        return false;
    // Issuers hash the address as they have it; try it as given and in lower case.
    for (const QString& candidate : { plain, plain.toLower() }) {
        if (QCryptographicHash::hash((candidate + salt).toUtf8(), hash).toHex() == expected)
            return true;
    }
    return false;
}

Check checkRecipient(const QJsonObject& credential, const QStringList& identifiers)
{
    const QString id = reportid::kRecipient;
    if (identifiers.isEmpty()) {
        Check c
            = Check::notChecked(id, tx("ler::verify", "Not checked: none of your email addresses or DIDs were given."));
        c.reason = QStringLiteral("recipient/no-identifiers");
        return c;
    }
    const QList<Identity> identities = identitiesOf(credential);
    if (identities.isEmpty()) {
        Check c = Check::notChecked(
            id, tx("ler::verify", "Not checked: the credential does not say who it was issued to."));
        c.reason = QStringLiteral("recipient/not-named");
        return c;
    }
    for (const QString& mine : identifiers) {
        for (const Identity& identity : identities) {
            if (identityMatches(identity.value, identity.hashed, identity.salt, mine))
                return Check::passed(id, tx("ler::verify", "Issued to you (%1).").arg(mine));
        }
    }
    Check c = Check::failed(
        id, tx("ler::verify", "Issued to someone else: none of your email addresses or DIDs match the recipient."));
    c.reason = QStringLiteral("recipient/not-yours");
    return c;
}

} // namespace ler::verify
