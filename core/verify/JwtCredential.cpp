// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/JwtCredential.h"

#include "core/verify/Dates.h"

#include <QJsonArray>

namespace ler::verify {

namespace {

bool hasType(const QJsonObject& o, const char* type)
{
    const QJsonValue t = o.value(QLatin1String("type"));
    const QJsonArray list = t.isArray() ? t.toArray() : QJsonArray { t };
    return list.contains(QJsonValue(QLatin1String(type)));
}

/// VC-JWT 1.1 "JWT decoding": registered claims fill the credential's own members.
QJsonObject mapV11(QJsonObject vc, const QJsonObject& claims, bool presentation)
{
    auto dateOf = [&claims](const char* claim) {
        return parseCredentialDate(claims.value(QLatin1String(claim))).toString(Qt::ISODate);
    };
    // An out-of-range nbf or exp is left to the dates check, which reads the claims themselves.
    auto validDate = [&claims](const char* claim) {
        return claims.value(QLatin1String(claim)).isDouble()
            && parseCredentialDate(claims.value(QLatin1String(claim))).isValid();
    };
    const QString iss = claims.value(QLatin1String("iss")).toString();
    if (!iss.isEmpty() && !vc.contains(QLatin1String(presentation ? "holder" : "issuer")))
        vc.insert(QLatin1String(presentation ? "holder" : "issuer"), iss);
    if (claims.value(QLatin1String("jti")).isString() && !vc.contains(QLatin1String("id")))
        vc.insert(QStringLiteral("id"), claims.value(QLatin1String("jti")));
    if (!presentation) {
        if (validDate("nbf") && !vc.contains(QLatin1String("issuanceDate")))
            vc.insert(QStringLiteral("issuanceDate"), dateOf("nbf"));
        if (validDate("exp") && !vc.contains(QLatin1String("expirationDate")))
            vc.insert(QStringLiteral("expirationDate"), dateOf("exp"));
        const QString sub = claims.value(QLatin1String("sub")).toString();
        QJsonObject subject = vc.value(QLatin1String("credentialSubject")).toObject();
        if (!sub.isEmpty() && vc.value(QLatin1String("credentialSubject")).isObject()
            && !subject.contains(QLatin1String("id"))) {
            subject.insert(QStringLiteral("id"), sub);
            vc.insert(QStringLiteral("credentialSubject"), subject);
        }
    }
    return vc;
}

} // namespace

bool JwtCredential::isPresentation(const QJsonObject& claims)
{
    return claims.value(QLatin1String("vp")).isObject() || hasType(claims, "VerifiablePresentation");
}

QString JwtCredential::issuerIdOf(const QJsonObject& credential, bool presentation)
{
    const QJsonValue v = credential.value(QLatin1String(presentation ? "holder" : "issuer"));
    return v.isObject() ? v.toObject().value(QLatin1String("id")).toString() : v.toString();
}

Result<JwtCredential> JwtCredential::parse(QByteArrayView token)
{
    auto jws = jose::parseCompactJws(token);
    if (!jws)
        return jws.error();
    auto claims = jws->payloadObject();
    if (!claims)
        return claims.error();
    return fromJws(std::move(*jws), *claims);
}

Result<JwtCredential> JwtCredential::parse(QByteArrayView token, const QJsonObject& claims)
{
    auto jws = jose::parseCompactJws(token);
    if (!jws)
        return jws.error();
    return fromJws(std::move(*jws), claims);
}

Result<JwtCredential> JwtCredential::fromJws(jose::Jws jws, const QJsonObject& claims)
{
    JwtCredential out;
    out.jws = std::move(jws);
    out.claims = claims;
    // One token, one thing: read as a presentation here, a token that also holds a credential would be shown as
    // that credential by the importer, though only the holder signed it.
    const bool credential = claims.value(QLatin1String("vc")).isObject() || hasType(claims, "VerifiableCredential");
    if (credential && isPresentation(claims)) {
        return invalidInput(
            tx("ler::verify", "The token holds both a credential and a presentation, so it cannot be read as either."),
            QStringLiteral("verify/token-credential-and-presentation"));
    }
    if (claims.value(QLatin1String("vc")).isObject() || claims.value(QLatin1String("vp")).isObject()) {
        out.presentation = claims.value(QLatin1String("vp")).isObject();
        const QJsonObject inner = claims.value(QLatin1String(out.presentation ? "vp" : "vc")).toObject();
        out.credential = mapV11(inner, claims, out.presentation);
        const QString named = issuerIdOf(inner, out.presentation);
        const QString iss = claims.value(QLatin1String("iss")).toString();
        if (!named.isEmpty() && !iss.isEmpty() && named != iss) {
            return Error(ErrorCode::VerificationFailed,
                tx("ler::verify", "The token's issuer (iss) and the issuer inside the credential are different."),
                QStringLiteral("verify/token-issuer-mismatch"));
        }
        // VC-JWT 1.1 sets the credential's id from "jti" and its subject's from "sub": a token that says otherwise
        // inside would be read as one credential by this wallet and as another by a reader that follows the mapping.
        const QJsonValue jti = claims.value(QLatin1String("jti"));
        const QJsonValue ownId = inner.value(QLatin1String("id"));
        if (jti.isString() && ownId.isString() && jti != ownId) {
            return Error(ErrorCode::VerificationFailed,
                tx("ler::verify", "The token's id (jti) and the id inside the credential are different."),
                QStringLiteral("verify/token-id-mismatch"));
        }
        const QJsonValue sub = claims.value(QLatin1String("sub"));
        const QJsonValue subject = inner.value(QLatin1String("credentialSubject"));
        if (!out.presentation && sub.isString() && subject.isObject()
            && subject.toObject().value(QLatin1String("id")).isString()
            && subject.toObject().value(QLatin1String("id")) != sub) {
            return Error(ErrorCode::VerificationFailed,
                tx("ler::verify",
                    "The token's subject (sub) and the subject inside the credential are different, so it could be "
                    "read as issued to either."),
                QStringLiteral("verify/token-subject-mismatch"));
        }
    } else if (hasType(claims, "VerifiableCredential") || hasType(claims, "VerifiablePresentation")) {
        out.v2 = true;
        out.presentation = hasType(claims, "VerifiablePresentation");
        out.credential = claims;
        // The key is looked up for iss, so iss may not name someone other than the credential's issuer.
        const QString named = issuerIdOf(claims, out.presentation);
        const QString iss = claims.value(QLatin1String("iss")).toString();
        if (!named.isEmpty() && !iss.isEmpty() && named != iss) {
            return Error(ErrorCode::VerificationFailed,
                tx("ler::verify", "The token's issuer (iss) and the issuer inside the credential are different."),
                QStringLiteral("verify/token-issuer-mismatch"));
        }
    } else {
        return invalidInput(tx("ler::verify", "The token holds no verifiable credential or presentation."),
            QStringLiteral("verify/token-no-credential"));
    }
    out.issuer = claims.value(QLatin1String("iss")).toString();
    if (out.issuer.isEmpty())
        out.issuer = issuerIdOf(out.credential, out.presentation);
    return out;
}

} // namespace ler::verify
