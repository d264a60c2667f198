// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/TrustedIssuers.h"

#include "core/codec/JsonText.h"
#include "core/did/DidDocument.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ler::verify {

namespace {

bool isAbsolute(const QString& id)
{
    return id.contains(QLatin1Char(':'));
}

/// A kid relative to its issuer, without a leading '#'.
QString relativeKid(const QString& kid)
{
    return kid.startsWith(QLatin1Char('#')) ? kid.mid(1) : kid;
}

} // namespace

Result<TrustedIssuers> TrustedIssuers::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = codec::parseJsonDocument(json, &error);
    if (error.error != QJsonParseError::NoError || doc.isNull()) {
        return invalidInput(
            tx("ler::verify", "The trusted keys file is not valid JSON (at character %1).").arg(error.offset),
            QStringLiteral("verify/trusted-file-not-json"));
    }
    TrustedIssuers trusted;
    const QJsonArray entries = doc.isArray() ? doc.array() : QJsonArray { doc.object() };
    for (const QJsonValue& entry : entries) {
        if (!entry.isObject())
            return invalidInput(tx("ler::verify", "The trusted keys file has an entry that is not a JSON object."),
                QStringLiteral("verify/trusted-entry-not-object"));
        if (Status added = trusted.addEntry(entry.toObject()); !added)
            return added.error();
    }
    return trusted;
}

Status TrustedIssuers::addEntry(const QJsonObject& entry)
{
    const QString issuer = entry.value(QLatin1String("issuer")).toString();
    if (entry.value(QLatin1String("jwks")).isObject())
        return addJwks(entry.value(QLatin1String("jwks")).toObject(), issuer);
    if (entry.value(QLatin1String("keys")).isArray())
        return addJwks(entry, issuer);
    if (entry.value(QLatin1String("id")).toString().startsWith(QLatin1String("did:"))) {
        addDidDocument(entry);
        return {};
    }
    if (entry.contains(QLatin1String("kty")))
        return addJwks(QJsonObject { { QStringLiteral("keys"), QJsonArray { entry } } }, issuer);
    return invalidInput(
        tx("ler::verify", "The trusted keys file has an entry that is neither a key set nor a DID document."),
        QStringLiteral("verify/trusted-entry-unknown-kind"));
}

Status TrustedIssuers::addJwks(const QJsonObject& jwks, const QString& issuer)
{
    for (const QJsonValue& v : jwks.value(QLatin1String("keys")).toArray()) {
        const QJsonObject jwk = v.toObject();
        auto key = crypto::PublicKey::fromJwk(jwk);
        if (!key) {
            // The key's own reason says what is wrong with it (curve, size, private part...).
            return invalidInput(tx("ler::verify", "The trusted keys file has a key that cannot be used."),
                key.error().reason.isEmpty() ? QStringLiteral("verify/trusted-key-unusable") : key.error().reason);
        }
        const QString kid = jwk.value(QLatin1String("kid")).toString();
        QString methodId = kid;
        // Under an issuer, every key is that issuer's: a kid naming another controller does not move it there.
        if (!issuer.isEmpty() && (!isAbsolute(kid) || controllerOf(kid) != issuer))
            methodId = kid.isEmpty() ? issuer : issuer + QLatin1Char('#') + relativeKid(kid);
        if (!isAbsolute(methodId)) {
            return invalidInput(tx("ler::verify",
                                    "The trusted keys file has a key whose \"kid\" is not a full key id, and no "
                                    "\"issuer\" it belongs to."),
                QStringLiteral("verify/trusted-key-id-relative"));
        }
        addKey(methodId, *key);
    }
    return {};
}

void TrustedIssuers::addKey(const QString& methodId, const crypto::PublicKey& key)
{
    m_keys.append(TrustedKey { methodId, key });
}

void TrustedIssuers::addDidDocument(const QJsonObject& document)
{
    m_documents.append(document);
}

Result<QJsonObject> TrustedIssuers::controllerDocument(const QString& methodId) const
{
    for (const TrustedKey& k : m_keys) {
        if (k.methodId == methodId)
            return controllerDocumentForKey(k);
    }
    const QString controller = controllerOf(methodId);
    for (const QJsonObject& doc : m_documents) {
        if (doc.value(QLatin1String("id")).toString() == controller)
            return doc;
    }
    return Error(ErrorCode::NotFound,
        tx("ler::verify", "The key %1 is not among the trusted keys.").arg(methodId),
        QStringLiteral("verify/key-not-trusted"));
}

std::optional<TrustedIssuers::JwtKey> TrustedIssuers::jwtKey(const QString& iss, const QString& kid) const
{
    QList<crypto::PublicKey> issuerKeys;
    const QString relative = iss + QLatin1Char('#') + relativeKid(kid);
    for (const TrustedKey& k : m_keys) {
        if (!kid.isEmpty() && (k.methodId == kid || k.methodId == relative))
            return JwtKey { k.key, controllerOf(k.methodId) };
        // A token without kid may use only a key trusted for the issuer as a whole (one without a key id).
        if (k.methodId == iss)
            issuerKeys.append(k.key);
    }
    const QString methodId = isAbsolute(kid) ? kid : relative;
    for (const QJsonObject& doc : m_documents) {
        const QString controller = doc.value(QLatin1String("id")).toString();
        if (controller != controllerOf(methodId) || kid.isEmpty())
            continue;
        auto key = did::publicKeyForRelationship(doc, methodId, did::VerificationRelationship::AssertionMethod);
        if (key)
            return JwtKey { *key, controller };
    }
    if (issuerKeys.size() == 1)
        return JwtKey { issuerKeys.constFirst(), iss };
    return std::nullopt;
}

} // namespace ler::verify
