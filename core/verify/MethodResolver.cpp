// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/MethodResolver.h"

#include <QJsonArray>
#include <utility>

namespace ler::verify {

QString controllerOf(const QString& methodId)
{
    const qsizetype hash = methodId.indexOf(QLatin1Char('#'));
    return hash < 0 ? methodId : methodId.left(hash);
}

MethodResolver offlineDidResolver()
{
    return [](const QString& methodId) -> Result<QJsonObject> {
        const QString did = controllerOf(methodId);
        if (!did.startsWith(QLatin1String("did:")))
            return Error(ErrorCode::Unsupported,
                tx("ler::verify", "%1 is not a DID that can be resolved offline.").arg(did),
                QStringLiteral("verify/not-resolvable-offline"));
        return did::resolveOfflineDid(did);
    };
}

MethodResolver firstOf(QList<MethodResolver> resolvers)
{
    return [resolvers = std::move(resolvers)](const QString& methodId) -> Result<QJsonObject> {
        Error last(ErrorCode::Unsupported,
            tx("ler::verify", "No resolver knows the key %1.").arg(methodId),
            QStringLiteral("verify/key-unresolved"));
        for (const MethodResolver& resolve : resolvers) {
            if (!resolve)
                continue;
            auto doc = resolve(methodId);
            if (doc.ok())
                return doc;
            if (doc.error().code != ErrorCode::Unsupported && doc.error().code != ErrorCode::NotFound)
                return doc.error();
            last = doc.error();
        }
        return last;
    };
}

QJsonObject controllerDocumentForKey(const TrustedKey& key)
{
    const QString controller = controllerOf(key.methodId);
    const QJsonObject method { { QStringLiteral("id"), key.methodId },
        { QStringLiteral("type"), QStringLiteral("Multikey") },
        { QStringLiteral("controller"), controller },
        { QStringLiteral("publicKeyMultibase"), key.key.toMultikey() } };
    QJsonObject doc { { QStringLiteral("id"), controller },
        { QStringLiteral("verificationMethod"), QJsonArray { method } } };
    for (const did::VerificationRelationship rel : key.relationships)
        doc.insert(did::relationshipName(rel), QJsonArray { key.methodId });
    return doc;
}

MethodResolver embeddedMethodResolver(const QJsonObject& credential)
{
    const QJsonObject issuer = credential.value(QLatin1String("issuer")).toObject();
    const QString issuerId = issuer.value(QLatin1String("id")).toString();
    const QJsonValue listed = issuer.value(QLatin1String("verificationMethod"));
    QList<QJsonObject> methods;
    for (const QJsonValue& m : listed.isArray() ? listed.toArray() : QJsonArray { listed }) {
        if (!m.isObject())
            continue;
        QJsonObject method = m.toObject();
        QString id = method.value(QLatin1String("id")).toString();
        if (id.startsWith(QLatin1Char('#')))
            id.prepend(issuerId);
        const QString controller = method.value(QLatin1String("controller")).toString(issuerId);
        if (issuerId.isEmpty() || controllerOf(id) != issuerId || !id.contains(QLatin1Char('#'))
            || controller != issuerId)
            continue;
        method.insert(QStringLiteral("id"), id);
        method.insert(QStringLiteral("controller"), issuerId);
        methods.append(method);
    }
    return [issuerId, methods = std::move(methods)](const QString& methodId) -> Result<QJsonObject> {
        for (const QJsonObject& method : methods) {
            if (method.value(QLatin1String("id")).toString() != methodId)
                continue;
            return QJsonObject { { QStringLiteral("id"), issuerId },
                { QStringLiteral("verificationMethod"), QJsonArray { method } },
                { did::relationshipName(did::VerificationRelationship::AssertionMethod), QJsonArray { methodId } } };
        }
        return Error(ErrorCode::NotFound,
            tx("ler::verify", "The credential does not carry the key %1.").arg(methodId),
            QStringLiteral("verify/embedded-key-not-found"));
    };
}

MethodResolver trustedKeyResolver(QList<TrustedKey> keys)
{
    return [keys = std::move(keys)](const QString& methodId) -> Result<QJsonObject> {
        for (const TrustedKey& k : keys) {
            if (k.methodId == methodId)
                return controllerDocumentForKey(k);
        }
        return Error(ErrorCode::NotFound,
            tx("ler::verify", "The key %1 is not among the trusted keys.").arg(methodId),
            QStringLiteral("verify/key-not-trusted"));
    };
}

} // namespace ler::verify
