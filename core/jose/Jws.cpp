// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/jose/Jws.h"

#include "core/codec/Base64Url.h"
#include "core/codec/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace ler::jose {

namespace {

/// Deepest nesting read in a JWS header or payload; a credential needs far less.
constexpr int kMaxJsonDepth = 256;

/// Header parameters registered by RFC 7515/7516/7519; they may never appear in "crit".
const QSet<QString>& registeredHeaders()
{
    static const QSet<QString> names { QStringLiteral("alg"),
        QStringLiteral("jku"),
        QStringLiteral("jwk"),
        QStringLiteral("kid"),
        QStringLiteral("x5u"),
        QStringLiteral("x5c"),
        QStringLiteral("x5t"),
        QStringLiteral("x5t#S256"),
        QStringLiteral("typ"),
        QStringLiteral("cty"),
        QStringLiteral("crit"),
        QStringLiteral("enc"),
        QStringLiteral("zip") };
    return names;
}

Status checkCritical(const QJsonObject& header, const JwsParseOptions& options)
{
    if (!header.contains(QLatin1String("crit"))) {
        return {};
    }
    const QJsonValue crit = header.value(QLatin1String("crit"));
    if (!crit.isArray() || crit.toArray().isEmpty()) {
        return invalidInput(
            tx("ler::jose", "JWS: \"crit\" must be a non-empty array"), QStringLiteral("jose/crit-invalid"));
    }
    for (const QJsonValue v : crit.toArray()) {
        const QString name = v.toString();
        if (!v.isString() || registeredHeaders().contains(name) || !header.contains(name)) {
            return invalidInput(
                tx("ler::jose", "JWS: \"crit\" lists an invalid entry"), QStringLiteral("jose/crit-entry-invalid"));
        }
        if (!options.understoodCritical.contains(name)) {
            return Error(ErrorCode::Unsupported,
                tx("ler::jose", "JWS: critical header \"%1\" is not understood").arg(name),
                QStringLiteral("jose/crit-not-understood"));
        }
    }
    return {};
}

} // namespace

QByteArray Jws::signingInput() const
{
    return protectedB64 + '.' + payloadB64;
}

QByteArray Jws::compact() const
{
    return signingInput() + '.' + signatureB64;
}

QString Jws::alg() const
{
    return header.value(QLatin1String("alg")).toString();
}

Result<QJsonObject> Jws::payloadObject() const
{
    return parseJsonObject(payload, tx("ler::jose", "JWS payload"));
}

Result<Jws> jwsFromParts(
    QByteArrayView protectedB64, QByteArrayView payloadB64, QByteArrayView signatureB64, const JwsParseOptions& options)
{
    Jws jws;
    jws.protectedB64 = protectedB64.toByteArray();
    jws.payloadB64 = payloadB64.toByteArray();
    jws.signatureB64 = signatureB64.toByteArray();
    auto headerBytes = codec::base64UrlDecode(protectedB64);
    if (!headerBytes) {
        return invalidInput(
            tx("ler::jose", "The JWS header is not valid base64url."), QStringLiteral("jose/header-not-base64url"));
    }
    auto payload = codec::base64UrlDecode(payloadB64);
    if (!payload) {
        return invalidInput(
            tx("ler::jose", "The JWS payload is not valid base64url."), QStringLiteral("jose/payload-not-base64url"));
    }
    auto signature = codec::base64UrlDecode(signatureB64);
    if (!signature) {
        return invalidInput(tx("ler::jose", "The JWS signature is not valid base64url."),
            QStringLiteral("jose/signature-not-base64url"));
    }
    auto header = parseJsonObject(*headerBytes, tx("ler::jose", "JWS header"));
    if (!header) {
        return header.error();
    }
    const QJsonValue alg = header->value(QLatin1String("alg"));
    if (!alg.isString()) {
        return invalidInput(tx("ler::jose", "JWS: the header has no \"alg\""), QStringLiteral("jose/alg-missing"));
    }
    if (alg.toString().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        return Error(ErrorCode::Unsupported,
            tx("ler::jose", "JWS: unsigned tokens (alg \"none\") are never accepted"),
            QStringLiteral("jose/alg-none"));
    }
    if (auto crit = checkCritical(*header, options); !crit) {
        return crit.error();
    }
    if (signature->isEmpty()) {
        return invalidInput(tx("ler::jose", "JWS: the signature is empty"), QStringLiteral("jose/signature-empty"));
    }
    jws.header = std::move(*header);
    jws.payload = std::move(*payload);
    jws.signature = std::move(*signature);
    return jws;
}

Result<Jws> parseCompactJws(QByteArrayView token, const JwsParseOptions& options)
{
    if (token.size() > kMaxTokenLength) {
        return Error(ErrorCode::LimitExceeded,
            tx("ler::jose", "JWS: longer than %1 bytes").arg(kMaxTokenLength),
            QStringLiteral("jose/too-long"));
    }
    const qsizetype firstDot = token.indexOf('.');
    const qsizetype secondDot = firstDot < 0 ? -1 : token.sliced(firstDot + 1).indexOf('.');
    if (firstDot < 0 || secondDot < 0 || token.sliced(firstDot + secondDot + 2).contains('.')) {
        return invalidInput(
            tx("ler::jose", "JWS: expected three dot-separated parts"), QStringLiteral("jose/not-three-parts"));
    }
    const qsizetype payloadEnd = firstDot + 1 + secondDot;
    return jwsFromParts(
        token.first(firstDot), token.sliced(firstDot + 1, secondDot), token.sliced(payloadEnd + 1), options);
}

Status verifyJws(const Jws& jws, const crypto::PublicKey& key)
{
    return key.verify(jws.alg(), jws.signingInput(), jws.signature);
}

Result<QByteArray> signCompactJws(const QJsonObject& header, QByteArrayView payload, const JwsSigner& signer)
{
    if (!header.value(QLatin1String("alg")).isString()) {
        return invalidInput(
            tx("ler::jose", "JWS: the header must name \"alg\""), QStringLiteral("jose/sign-alg-missing"));
    }
    if (!signer) {
        return invalidInput(tx("ler::jose", "JWS: no signer given"), QStringLiteral("jose/sign-no-signer"));
    }
    const QByteArray input = codec::base64UrlEncode(toCompactJson(header)) + '.' + codec::base64UrlEncode(payload);
    auto signature = signer(input);
    if (!signature) {
        return signature.error();
    }
    return input + '.' + codec::base64UrlEncode(*signature);
}

Result<QJsonObject> parseJsonObject(QByteArrayView json, const Text& what)
{
    // RFC 7515 5.2: a header name given twice is refused, as are escapes and characters JSON does not allow.
    const QByteArray text = codec::keepInitialByteOrderMarks(json.toByteArray());
    if (const auto problem = codec::findJsonTextProblem(text, kMaxJsonDepth)) {
        const bool twice = problem->kind == codec::JsonTextProblem::Kind::DuplicateKey;
        return invalidInput(tx("ler::jose", "%1 is not valid JSON: %2 at offset %3")
                                .arg(what,
                                    twice ? tx("ler::jose", "a name given twice")
                                          : tx("ler::jose", "too deep, or a character or escape JSON does not allow"))
                                .arg(problem->offset),
            twice ? QStringLiteral("jose/json-duplicate-name") : QStringLiteral("jose/json-invalid"));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        return invalidInput(tx("ler::jose", "%1 is not valid JSON: %2").arg(what, error.errorString()),
            QStringLiteral("jose/json-invalid"));
    }
    if (!doc.isObject()) {
        return invalidInput(
            tx("ler::jose", "%1 is not a JSON object").arg(what), QStringLiteral("jose/json-not-object"));
    }
    return doc.object();
}

QByteArray toCompactJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace ler::jose
