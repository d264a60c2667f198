// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/present/PresentationBuilder.h"

#include "core/jose/Jws.h"
#include "core/jose/SdJwtPayload.h"
#include "core/present/SelfAssertedCredential.h"
#include "core/verify/ProofSigner.h"

#include <QJsonDocument>
#include <QUuid>

namespace ler::present {

namespace {

const QString kVc1 = QStringLiteral("https://www.w3.org/2018/credentials/v1");
const QString kVc2 = QStringLiteral("https://www.w3.org/ns/credentials/v2");
const QString kDataIntegrity = QStringLiteral("https://w3id.org/security/data-integrity/v2");

QString urnUuid()
{
    return QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

jose::JwsSigner jwsSigner(const SigningContext& context)
{
    const crypto::SigningKey* key = context.key;
    return [key](QByteArrayView input) -> Result<QByteArray> { return key->sign(input); };
}

verify::ProofSigningCallback proofSigner(const SigningContext& context)
{
    const crypto::SigningKey* key = context.key;
    return [key](QByteArrayView data) -> Result<QByteArray> { return key->sign(data); };
}

Status needsKey(const SigningContext& context)
{
    if (!context.key || context.key->isNull() || context.holder.did.isEmpty())
        return Error(ErrorCode::Internal,
            tx("ler::present", "presentation signed without the holder key"),
            QStringLiteral("present/signed-without-holder-key"));
    return {};
}

QJsonObject enveloped(const QString& mediaType, const QByteArray& token)
{
    return { { QStringLiteral("@context"), kVc2 },
        { QStringLiteral("id"), QStringLiteral("data:%1,%2").arg(mediaType, QString::fromLatin1(token)) },
        { QStringLiteral("type"), QStringLiteral("EnvelopedVerifiableCredential") } };
}

/// The media type of an SD-JWT: SD-JWT VC (vct claims) or VC-JOSE-COSE's SD-JWT of a VC Data Model credential.
QString sdJwtMediaType(const jose::SdJwt& sd)
{
    auto payload = sd.issuerJwt.payloadObject();
    return payload && payload->contains(QLatin1String("@context")) ? QStringLiteral("application/vc+sd-jwt")
                                                                   : QStringLiteral("application/dc+sd-jwt");
}

qint64 seconds(const QDateTime& t)
{
    return t.toSecsSinceEpoch();
}

} // namespace

Result<bool> PresentationBuilder::usesV2(const QList<Shareable>& items, PresentationFormat format)
{
    // A 2.0 presentation may carry 1.1 credentials (each is checked with its own contexts), not the reverse.
    for (const Shareable& s : items) {
        switch (s.kind) {
        case Shareable::Kind::JsonLd:
            if (s.v2)
                return true;
            break;
        case Shareable::Kind::Jwt:
            // A JWT inside a JSON-LD VP is enveloped, which only VC Data Model 2.0 defines.
            if (s.v2 || format == PresentationFormat::VpJson)
                return true;
            break;
        case Shareable::Kind::SdJwt:
            return true;
        case Shareable::Kind::SelfAsserted:
            break; // issued in whichever version the others use
        }
    }
    // Every credential is 1.1; with none but the person's own entries, the current data model.
    return std::all_of(
        items.cbegin(), items.cend(), [](const Shareable& s) { return s.kind == Shareable::Kind::SelfAsserted; });
}

Result<QByteArray> PresentationBuilder::presentSdJwt(const Shareable& item, const SigningContext& context)
{
    auto presented = jose::createPresentation(item.sdJwt, item.reveal);
    if (!presented || !item.keyBinding)
        return presented;
    if (Status ok = needsKey(context); !ok)
        return ok.error();
    auto payload = item.sdJwt.issuerJwt.payloadObject();
    auto alg = payload ? jose::payloadHashAlgorithm(*payload) : Result<jose::SdHashAlgorithm>(payload.error());
    if (!alg)
        return alg.error();
    // RFC 9901 section 4.3: the KB-JWT signs the SD-JWT as presented (issuer JWT and disclosures, ending in "~").
    QJsonObject claims { { QStringLiteral("nonce"), context.recipient.challenge },
        { QStringLiteral("aud"), context.recipient.domain },
        { QStringLiteral("iat"), seconds(context.now) },
        { QStringLiteral("sd_hash"), QString::fromLatin1(jose::sdDigest(*alg, *presented)) } };
    if (context.recipient.expires.isValid())
        claims.insert(QStringLiteral("exp"), seconds(context.recipient.expires));
    const QJsonObject header { { QStringLiteral("alg"), QStringLiteral("EdDSA") },
        { QStringLiteral("typ"), QStringLiteral("kb+jwt") } };
    auto kb = jose::signCompactJws(header, jose::toCompactJson(claims), jwsSigner(context));
    if (!kb)
        return kb.error();
    return *presented + *kb;
}

Result<QJsonArray> PresentationBuilder::embed(const QList<Shareable>& items, bool v2, const SigningContext& context)
{
    QJsonArray out;
    for (const Shareable& s : items) {
        switch (s.kind) {
        case Shareable::Kind::JsonLd:
            out.append(s.jsonLd);
            break;
        case Shareable::Kind::Jwt:
            if (v2)
                out.append(enveloped(
                    s.v2 ? QStringLiteral("application/vc+jwt") : QStringLiteral("application/jwt"), s.token));
            else
                out.append(QString::fromLatin1(s.token));
            break;
        case Shareable::Kind::SdJwt: {
            auto token = presentSdJwt(s, context);
            if (!token)
                return token.error();
            out.append(enveloped(sdJwtMediaType(s.sdJwt), *token));
            break;
        }
        case Shareable::Kind::SelfAsserted: {
            if (Status ok = needsKey(context); !ok)
                return ok.error();
            verify::ProofOptions options;
            options.verificationMethod = context.holder.verificationMethod;
            options.proofPurpose = QStringLiteral("assertionMethod");
            options.created = context.now;
            auto signedCredential
                = verify::addProof(SelfAssertedCredential::build(s.record, context.holder.did, context.now, v2),
                    options,
                    proofSigner(context));
            if (!signedCredential)
                return signedCredential.error();
            out.append(*signedCredential);
            break;
        }
        }
    }
    return out;
}

Result<QJsonObject> PresentationBuilder::signVpJson(
    const QJsonArray& credentials, bool v2, const SigningContext& context)
{
    if (Status ok = needsKey(context); !ok)
        return ok.error();
    // VC 1.1 has no DataIntegrityProof term: its context comes with the proof.
    const QJsonArray vpContext = v2 ? QJsonArray { kVc2 } : QJsonArray { kVc1, kDataIntegrity };
    QJsonObject vp { { QStringLiteral("@context"), vpContext },
        { QStringLiteral("id"), urnUuid() },
        { QStringLiteral("type"), QJsonArray { QStringLiteral("VerifiablePresentation") } },
        { QStringLiteral("holder"), context.holder.did } };
    if (!credentials.isEmpty())
        vp.insert(QStringLiteral("verifiableCredential"), credentials);
    verify::ProofOptions options;
    options.verificationMethod = context.holder.verificationMethod;
    options.proofPurpose = QStringLiteral("authentication");
    options.created = context.now;
    options.expires = context.recipient.expires;
    options.challenge = context.recipient.challenge;
    options.domain = context.recipient.domain;
    return verify::addProof(vp, options, proofSigner(context));
}

Result<QByteArray> PresentationBuilder::signVpJwt(const QJsonArray& credentials, bool v2, const SigningContext& context)
{
    if (Status ok = needsKey(context); !ok)
        return ok.error();
    QJsonObject vp { { QStringLiteral("@context"), QJsonArray { v2 ? kVc2 : kVc1 } },
        { QStringLiteral("type"), QJsonArray { QStringLiteral("VerifiablePresentation") } } };
    if (!credentials.isEmpty())
        vp.insert(QStringLiteral("verifiableCredential"), credentials);
    QJsonObject claims;
    QJsonObject header { { QStringLiteral("alg"), QStringLiteral("EdDSA") },
        { QStringLiteral("kid"), context.holder.verificationMethod } };
    if (v2) {
        // VC-JOSE-COSE: the payload is the presentation itself; iat/exp date the signature.
        claims = vp;
        claims.insert(QStringLiteral("id"), urnUuid());
        claims.insert(QStringLiteral("holder"), context.holder.did);
        header.insert(QStringLiteral("typ"), QStringLiteral("vp+jwt"));
        header.insert(QStringLiteral("cty"), QStringLiteral("vp"));
    } else {
        // VC-JWT 1.1: the presentation goes in "vp"; iss stands for holder, jti for id.
        claims.insert(QStringLiteral("vp"), vp);
        claims.insert(QStringLiteral("jti"), urnUuid());
        claims.insert(QStringLiteral("nbf"), seconds(context.now));
        header.insert(QStringLiteral("typ"), QStringLiteral("JWT"));
    }
    claims.insert(QStringLiteral("iss"), context.holder.did);
    claims.insert(QStringLiteral("iat"), seconds(context.now));
    claims.insert(QStringLiteral("nonce"), context.recipient.challenge);
    if (!context.recipient.domain.isEmpty())
        claims.insert(QStringLiteral("aud"), context.recipient.domain);
    if (context.recipient.expires.isValid())
        claims.insert(QStringLiteral("exp"), seconds(context.recipient.expires));
    return jose::signCompactJws(header, jose::toCompactJson(claims), jwsSigner(context));
}

Result<Presentation> PresentationBuilder::build(
    const QList<Shareable>& items, PresentationFormat format, const SigningContext& context)
{
    Presentation out;
    out.format = format;
    out.holderDid = context.holder.did;
    out.domain = context.recipient.domain;
    out.challenge = context.recipient.challenge;
    out.created = context.now;
    out.expires = context.recipient.expires;
    if (format == PresentationFormat::SdJwt) {
        if (items.size() != 1 || items.constFirst().kind != Shareable::Kind::SdJwt) {
            return invalidInput(
                tx("ler::present",
                    "An SD-JWT presentation carries exactly one SD-JWT credential. Choose the vp-json or vp-jwt format "
                    "for other records or for several."),
                QStringLiteral("present/sd-jwt-one-credential"));
        }
        auto token = presentSdJwt(items.constFirst(), context);
        if (!token)
            return token.error();
        out.bytes = *token;
        out.mediaType = sdJwtMediaType(items.constFirst().sdJwt);
        out.fileSuffix = QStringLiteral("sd-jwt");
        out.credentials = QJsonArray { QString::fromLatin1(*token) };
        return out;
    }
    auto v2 = usesV2(items, format);
    if (!v2)
        return v2.error();
    auto credentials = embed(items, *v2, context);
    if (!credentials)
        return credentials.error();
    out.credentials = *credentials;
    if (format == PresentationFormat::VpJson) {
        auto vp = signVpJson(*credentials, *v2, context);
        if (!vp)
            return vp.error();
        out.document = *vp;
        out.bytes = QJsonDocument(*vp).toJson(QJsonDocument::Indented);
        out.mediaType = *v2 ? QStringLiteral("application/vp") : QStringLiteral("application/ld+json");
        out.fileSuffix = QStringLiteral("json");
        return out;
    }
    auto jwt = signVpJwt(*credentials, *v2, context);
    if (!jwt)
        return jwt.error();
    auto parsed = jose::parseCompactJws(*jwt);
    auto payload = parsed ? parsed->payloadObject() : Result<QJsonObject>(parsed.error());
    if (!payload)
        return payload.error();
    out.document = *payload;
    out.bytes = *jwt;
    out.mediaType = *v2 ? QStringLiteral("application/vp+jwt") : QStringLiteral("application/jwt");
    out.fileSuffix = QStringLiteral("jwt");
    return out;
}

} // namespace ler::present
