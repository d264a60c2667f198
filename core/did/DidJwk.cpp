// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/did/DidJwk.h"

#include "core/codec/Base64Url.h"
#include "core/codec/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace ler::did {

namespace {

const QLatin1String kPrefix("did:jwk:");
constexpr qsizetype kMaxDidJwkLength = 8192;

} // namespace

Result<QJsonObject> jwkFromDidJwk(QStringView did)
{
    if (!did.startsWith(kPrefix)) {
        return invalidInput(tx("ler::did", "not a did:jwk"), QStringLiteral("did/jwk-not-did-jwk"));
    }
    if (did.size() > kMaxDidJwkLength) {
        return Error(ErrorCode::LimitExceeded,
            tx("ler::did", "did:jwk longer than %1 characters").arg(kMaxDidJwkLength),
            QStringLiteral("did/jwk-too-long"));
    }
    const QStringView id = did.sliced(kPrefix.size());
    auto bytes = codec::base64UrlDecode(id.toLatin1());
    if (!bytes) {
        return invalidInput(
            tx("ler::did", "did:jwk: the identifier is not base64url"), QStringLiteral("did/jwk-not-base64url"));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() || codec::findJsonTextProblem(*bytes, 8)) {
        return invalidInput(
            tx("ler::did", "did:jwk: the identifier is not a JSON object"), QStringLiteral("did/jwk-not-json-object"));
    }
    const QJsonObject jwk = doc.object();
    if (!jwk.value(QLatin1String("kty")).isString()) {
        return invalidInput(tx("ler::did", "did:jwk: the JWK has no \"kty\""), QStringLiteral("did/jwk-no-kty"));
    }
    for (const char* secret : { "d", "p", "q", "dp", "dq", "qi", "k" }) {
        if (jwk.contains(QLatin1String(secret))) {
            return invalidInput(
                tx("ler::did", "did:jwk: the JWK holds private key material"), QStringLiteral("did/jwk-private-key"));
        }
    }
    return jwk;
}

QString didJwkFromJwk(const QJsonObject& jwk)
{
    return kPrefix + QString::fromLatin1(codec::base64UrlEncode(QJsonDocument(jwk).toJson(QJsonDocument::Compact)));
}

Result<QJsonObject> resolveDidJwk(QStringView did)
{
    auto jwk = jwkFromDidJwk(did);
    if (!jwk) {
        return jwk.error();
    }
    const QString didString = did.toString();
    const QString methodId = didString + QStringLiteral("#0");
    const QJsonObject vm { { QStringLiteral("id"), methodId },
        { QStringLiteral("type"), QStringLiteral("JsonWebKey2020") },
        { QStringLiteral("controller"), didString },
        { QStringLiteral("publicKeyJwk"), *jwk } };
    QJsonObject doc { { QStringLiteral("@context"),
                          QJsonArray { QStringLiteral("https://www.w3.org/ns/did/v1"),
                              QStringLiteral("https://w3id.org/security/suites/jws-2020/v1") } },
        { QStringLiteral("id"), didString },
        { QStringLiteral("verificationMethod"), QJsonArray { vm } } };
    const QString use = jwk->value(QLatin1String("use")).toString();
    const QJsonArray ref { methodId };
    if (use != QLatin1String("enc")) {
        for (const char* rel :
            { "assertionMethod", "authentication", "capabilityInvocation", "capabilityDelegation" }) {
            doc.insert(QLatin1String(rel), ref);
        }
    }
    if (use != QLatin1String("sig")) {
        doc.insert(QStringLiteral("keyAgreement"), ref);
    }
    return doc;
}

} // namespace ler::did
