// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/JoseFamily.h"

#include "core/formats/VcMapping.h"
#include "core/jose/SdJwt.h"
#include "core/verify/CredentialChecks.h"
#include "core/verify/DataModel.h"
#include "core/verify/Dates.h"
#include "core/verify/JwtCredential.h"
#include "core/verify/KeyLookup.h"
#include "core/verify/ObSchema.h"
#include "core/verify/Recipient.h"
#include "core/verify/Verifier.h"

#include <QJsonArray>
#include <limits>

namespace ler::verify {

using namespace checks;

namespace {

/// An error's own reason ("verify/token-issuer-mismatch"), or fallback when it gives none.
QString reasonOf(const Error& error, const QString& fallback)
{
    return error.reason.isEmpty() ? fallback : error.reason;
}

/// Not checked: with nothing to compare the holder's binding with, it could be a replay of one made for someone else.
Check noChallengeGiven()
{
    return withReason(
        Check::notChecked(reportid::kKeyBinding,
            tx("ler::verify",
                "Not checked: no challenge or domain was given, so this could be a replayed presentation.")),
        QStringLiteral("key-binding/no-challenge"));
}

Check signedBy(const QString& signer)
{
    return Check::passed(
        reportid::kSignature, tx("ler::verify", "Signature valid: signed by %1").arg(shortIdentifier(signer, 40)));
}

Check signatureMismatch(const Error& error)
{
    if (error.code != ErrorCode::VerificationFailed) {
        return withReason(
            Check::failed(reportid::kSignature,
                tx("ler::verify", "The signature is damaged or uses an algorithm that does not fit the key."),
                error.message),
            QStringLiteral("signature/damaged"));
    }
    return withReason(
        Check::failed(reportid::kSignature,
            tx("ler::verify",
                "The signature does not match: the credential was changed after it was signed, or it was not signed by "
                "this issuer."),
            error.message),
        QStringLiteral("signature/mismatch"));
}

/// The signature check once the key is known: who made it, as far as the key tells.
Check signedWith(const TrustPath& path, const QString& signer)
{
    if (path.source == TrustPath::Source::Embedded) {
        return Check::passed(reportid::kSignature,
            tx("ler::verify", "Signature valid: made with a key that came inside the credential"));
    }
    return signedBy(signer);
}

/// `refusal` is the lookup's error: a refused key keeps its reason ("verify/embedded-key-private").
Check noKey(const TrustPath& path, const Error& refusal)
{
    if (path.refused) {
        Check c = Check::failed(reportid::kSignature,
            tx("ler::verify", "The key that came with the credential cannot be used."),
            path.error);
        c.reason = reasonOf(refusal, QStringLiteral("signature/embedded-key-refused"));
        return c;
    }
    if (path.needsNetwork) {
        return Check::offline(reportid::kSignature, true);
    }
    return withReason(Check::notChecked(reportid::kSignature,
                          tx("ler::verify", "The signature cannot be checked without the issuer's key."),
                          path.error),
        QStringLiteral("signature/no-key"));
}

QJsonObject payloadOf(const jose::Jws& jws)
{
    auto payload = jws.payloadObject();
    return payload ? *payload : QJsonObject();
}

/// True when an SD-JWT's payload is a VC Data Model credential rather than an SD-JWT VC claim set, decided as the
/// importer decides it.
bool isCredentialPayload(const QJsonObject& payload)
{
    return formats::vcmapping::isCredentialClaims(payload);
}

Check issuerMismatch()
{
    // The same refusal as a VC-JWT whose iss and issuer differ.
    return withReason(
        Check::failed(reportid::kIssuer,
            tx("ler::verify", "The token's issuer (iss) and the issuer inside the credential are different.")),
        QStringLiteral("verify/token-issuer-mismatch"));
}

Check noIssuerNamed()
{
    // The data model's reason for a credential without an issuer.
    return withReason(
        Check::failed(reportid::kFormat,
            tx("ler::verify",
                "The credential names no issuer: a credential's issuer must be given by its web address or DID.")),
        QStringLiteral("issuer/missing"));
}

} // namespace

bool JoseFamily::handles(const formats::ImportItem& item, const QString& formatId) const
{
    const QString format = baseFormat(formatId);
    return format == QLatin1String("sd-jwt-vc") || (isCredentialFormat(format) && looksLikeToken(item.payload));
}

Report JoseFamily::verify(const formats::ImportItem& item, const QString& formatId, const VerifyContext& context) const
{
    const QString format = baseFormat(formatId);
    if (format == QLatin1String("sd-jwt-vc"))
        return verifySdJwt(item.payload, context);
    const DecodedInput* decoded = context.decodedFor(item.payload);
    Report report = verifyJwt(item.payload, true, decoded && decoded->jwt ? &*decoded->jwt : nullptr, context);
    finishCredentialItem(report, item, format, context);
    return report;
}

std::optional<Report> JoseFamily::verifyPresented(const QJsonValue& entry, const VerifyContext& context) const
{
    const QByteArray token = presentedToken(entry);
    if (token.isEmpty())
        return std::nullopt;
    if (token.contains('~')) {
        auto sd = jose::parseSdJwt(token.trimmed());
        auto payload = sd ? sd->issuerJwt.payloadObject() : Result<QJsonObject>(sd.error());
        if (sd && !sd->hasKeyBinding() && payload && !payload->contains(QLatin1String("cnf"))) {
            // Bound to no key, it has no holder binding of its own: the presentation's proof answers the challenge.
            VerifierOptions unbound = context.options();
            unbound.challenge.clear();
            unbound.domain.clear();
            return verifySdJwt(sd, context.withOptions(unbound));
        }
        return verifySdJwt(sd, context);
    }
    // A transcript is checked with the credentials inside it, as when it is verified on its own: the outer proof
    // does not make an unsigned or badly signed course verified.
    const auto parsed = JwtCredential::parse(token);
    const QJsonObject credential = parsed ? parsed->credential : QJsonObject();
    if (formatOfCredential(credential) == QLatin1String("clr2") && !parsed->presentation)
        return verifyPresentedClr(token, context, [&] { return verifyJwt(token, false, nullptr, context); });
    return verifyJwt(token, false, nullptr, context);
}

Report JoseFamily::verifyJwt(
    const QByteArray& token, bool allowPresentation, const JwtCredential* parsed, const VerifyContext& context) const
{
    Report report;
    report.format = QStringLiteral("vc-jwt");
    auto jwt = parsed ? Result<JwtCredential>(*parsed) : JwtCredential::parse(token);
    if (!jwt) {
        // Two issuers is the issuer check's failure; any other contradiction or damage is the format's.
        const bool issuers = jwt.error().reason == QLatin1String("verify/token-issuer-mismatch");
        Check failed = Check::failed(issuers ? reportid::kIssuer : reportid::kFormat, jwt.error().message);
        failed.reason = reasonOf(jwt.error(), QStringLiteral("format/unreadable-token"));
        if (issuers)
            report.setCheck(Check::passed(reportid::kFormat, tx("ler::verify", "Read as a VC-JWT.")));
        report.setCheck(std::move(failed));
        report.finish();
        return report;
    }
    if (jwt->presentation && !allowPresentation) {
        report.setCheck(withReason(
            Check::failed(reportid::kFormat, tx("ler::verify", "A presentation cannot hold another presentation.")),
            QStringLiteral("format/nested-presentation")));
        report.finish();
        return report;
    }
    if (jwt->presentation)
        report.format = QStringLiteral("vp-jwt");
    // The credential as the token carries it (1.1: with iss, nbf, exp, jti and sub mapped in) must be well formed;
    // that also refuses a credential that names no issuer.
    const datamodel::Validation validation = jwt->presentation ? datamodel::validatePresentation(jwt->credential)
                                                               : datamodel::validateCredential(jwt->credential);
    const Text what = jwt->v2 ? tx("ler::verify", "a VC-JOSE token (VC Data Model 2.0)")
                              : tx("ler::verify", "a VC-JWT (VC Data Model 1.1)");
    report.setCheck(datamodel::formatCheck(validation, what));
    if (validation.ok() && !jwt->presentation) {
        if (std::optional<Check> schema = obschema::schemaCheck(jwt->credential))
            report.setCheck(std::move(*schema));
    }
    const QString named = JwtCredential::issuerIdOf(jwt->credential, jwt->presentation);
    const KeyLookup keys(context.options().trustedIssuers, context.fetcher(), context.options().offline);
    TrustPath path;
    auto key = keys.jwtKey(jwt->issuer, jwt->jws.header, path);
    if (!key) {
        report.setCheck(noKey(path, key.error()));
    } else if (Status valid = jose::verifyJws(jwt->jws, *key); !valid) {
        report.setCheck(signatureMismatch(valid.error()));
    } else {
        report.setCheck(signedWith(path, jwt->issuer));
    }
    report.setCheck(jwt->presentation ? KeyLookup::holderCheck(path, named) : KeyLookup::issuerCheck(path, named));
    const ValidityPeriod period = narrowed(periodOfJwt(jwt->claims), periodOfCredential(jwt->credential));
    report.setCheck(checkValidity(period, context.now(), context.options().clockSkewSeconds));
    if (jwt->presentation) {
        addJwtPresentationBinding(report, jwt->claims, context);
        const QJsonValue iat
            = jwt->claims.value(QLatin1String(jwt->claims.contains(QLatin1String("iat")) ? "iat" : "nbf"));
        if (auto stale = context.staleHolderProof(
                parseCredentialDate(iat), parseCredentialDate(jwt->claims.value(QLatin1String("exp")))))
            report.setCheck(*stale);
        const QJsonValue presented = jwt->credential.value(QLatin1String("verifiableCredential"));
        report.credentials = context.presentedCredentials(presented);
        bindToHolder(report, presented, jwt->issuer);
    } else {
        addStatusCheck(report, jwt->credential, named, context);
        report.setCheck(checkRecipient(jwt->credential, context.options().identifiers));
    }
    report.finish();
    return report;
}

void JoseFamily::addJwtPresentationBinding(Report& report, const QJsonObject& claims, const VerifyContext& context)
{
    const QString id = reportid::kKeyBinding;
    if (context.options().challenge.isEmpty() && context.options().domain.isEmpty()) {
        report.setCheck(noChallengeGiven());
        return;
    }
    // The same reasons as a Data Integrity proof made for another challenge or domain.
    if (!context.options().challenge.isEmpty()
        && claims.value(QLatin1String("nonce")).toString() != context.options().challenge) {
        report.setCheck(
            withReason(Check::failed(id,
                           tx("ler::verify",
                               "The presentation was made for another challenge: it may be a replay of an older one.")),
                QStringLiteral("challenge/other")));
        return;
    }
    const QJsonValue aud = claims.value(QLatin1String("aud"));
    const bool audOk = aud.isArray() ? aud.toArray().contains(QJsonValue(context.options().domain))
                                     : aud.toString() == context.options().domain;
    if (!context.options().domain.isEmpty() && !audOk) {
        report.setCheck(
            withReason(Check::failed(id,
                           tx("ler::verify", "The presentation was made for another site or service, not for %1.")
                               .arg(context.options().domain)),
                QStringLiteral("domain/other")));
        return;
    }
    report.setCheck(Check::passed(id, tx("ler::verify", "The presentation answers the expected challenge.")));
}

Report JoseFamily::verifySdJwt(const QByteArray& token, const VerifyContext& context) const
{
    return verifySdJwt(jose::parseSdJwt(token.trimmed()), context);
}

Report JoseFamily::verifySdJwt(const Result<jose::SdJwt>& sd, const VerifyContext& context) const
{
    Report report;
    report.format = QStringLiteral("sd-jwt-vc");
    if (!sd) {
        report.setCheck(withReason(Check::failed(reportid::kFormat, sd.error().message),
            reasonOf(sd.error(), QStringLiteral("format/unreadable-token"))));
        report.finish();
        return report;
    }
    report.setCheck(Check::passed(reportid::kFormat,
        tx("ler::verify",
            "Read as an SD-JWT credential with %n disclosure(s).",
            nullptr,
            int(sd->disclosures.size()))));
    // SD-JWT VC: typ "dc+sd-jwt" ("vc+sd-jwt" in earlier drafts). Other SD-JWTs are read, but said to be such.
    const QString typ = sd->issuerJwt.header.value(QLatin1String("typ")).toString();
    if (typ != QLatin1String("dc+sd-jwt") && typ != QLatin1String("vc+sd-jwt")) {
        report.setCheck(withReason(
            Check::warning(reportid::kFormat,
                tx("ler::verify",
                    "Read as an SD-JWT, but it is not marked as an SD-JWT VC credential (its type is \"%1\").")
                    .arg(typ)),
            QStringLiteral("format/not-sd-jwt-vc")));
    }
    // Another kind of signed token (a presentation, a key binding JWT, a VC-JWT) with "~" after it is not a credential
    // its signer issued: a holder's presentation must not turn into a credential "issued" by the holder.
    const QJsonObject payload = payloadOf(sd->issuerJwt);
    QString kind = typ.toLower();
    if (kind.startsWith(QLatin1String("application/")))
        kind.remove(0, 12);
    // A payload that is no credential itself but holds a "vc" claim is a VC-JWT's (VC Data Model 1.1): read as an
    // SD-JWT, the dates and status of the credential in it would go unchecked.
    if (kind.endsWith(QLatin1String("+jwt")) || JwtCredential::isPresentation(payload)
        || (payload.contains(QLatin1String("vc")) && !isCredentialPayload(payload))) {
        Check notCredential = Check::failed(reportid::kFormat,
            tx("ler::verify", "The token is a presentation or another kind of token, not a credential."),
            typ);
        notCredential.reason = QStringLiteral("format/not-an-sd-jwt-credential");
        report.setCheck(std::move(notCredential));
    }
    // The issuer is read from the signed payload only, never from a disclosure (which may not name it). SD-JWT VC
    // names it in "iss"; a VC Data Model payload in "issuer", and both must agree when both are there.
    const bool credential = isCredentialPayload(payload);
    const QString named = credential ? JwtCredential::issuerIdOf(payload, false) : QString();
    QString iss = payload.value(QLatin1String("iss")).toString();
    if (iss.isEmpty())
        iss = named;
    if (credential && iss.trimmed().isEmpty())
        report.setCheck(noIssuerNamed());
    const KeyLookup keys(context.options().trustedIssuers, context.fetcher(), context.options().offline);
    TrustPath path;
    auto key = keys.jwtKey(iss, sd->issuerJwt.header, path);
    report.setCheck(KeyLookup::issuerCheck(path, iss));
    if (!named.isEmpty() && named != iss)
        report.setCheck(issuerMismatch());
    if (!key) {
        report.setCheck(noKey(path, key.error()));
    } else if (Status valid = jose::verifyJws(sd->issuerJwt, *key); !valid) {
        report.setCheck(signatureMismatch(valid.error()));
    } else {
        report.setCheck(signedWith(path, iss));
        addSdJwtChecks(report, *sd, *key, iss, context);
    }
    report.finish();
    return report;
}

void JoseFamily::addSdJwtChecks(Report& report,
    const jose::SdJwt& sd,
    const crypto::PublicKey& key,
    const QString& issuer,
    const VerifyContext& context)
{
    auto verified = jose::verifySdJwt(sd, key);
    if (!verified) {
        report.setCheck(withReason(Check::failed(reportid::kDisclosures,
                                       tx("ler::verify", "The disclosed claims do not match what the issuer signed."),
                                       verified.error().message),
            reasonOf(verified.error(), QStringLiteral("disclosures/mismatch"))));
        return;
    }
    report.setCheck(Check::passed(
        reportid::kDisclosures, tx("ler::verify", "Every disclosed claim matches what the issuer signed.")));
    // A VC Data Model credential secured as an SD-JWT (as the importer reads it too): the disclosed credential must
    // be well formed.
    if (verified->claims.contains(QLatin1String("@context")) || isCredentialPayload(verified->claims)) {
        const datamodel::Validation validation = datamodel::validateCredential(verified->claims);
        if (!validation.ok())
            report.setCheck(datamodel::formatCheck(validation, {}));
    }
    addSdJwtKeyBinding(report, sd, *verified, context);
    const QJsonObject& claims = verified->claims;
    // A VC Data Model credential inside gets the same date and status checks as its JSON-LD form.
    const bool credential = isCredentialPayload(claims);
    // A disclosed credentialSubject makes the claims a credential, which the wallet shows with its "issuer": that
    // must be the issuer the key was checked for too.
    const QString shown = credential ? JwtCredential::issuerIdOf(claims, false) : QString();
    if (!shown.isEmpty() && shown != issuer)
        report.setCheck(issuerMismatch());
    const ValidityPeriod period
        = credential ? narrowed(periodOfJwt(claims), periodOfCredential(claims)) : periodOfJwt(claims);
    report.setCheck(checkValidity(period, context.now(), context.options().clockSkewSeconds));
    if (claims.contains(QLatin1String("status"))) {
        report.setCheck(
            withReason(Check::notChecked(reportid::kStatus,
                           tx("ler::verify",
                               "Not checked: the issuer uses a kind of revocation check LER Wallet does not support.")),
                QStringLiteral("status/unsupported")));
    }
    if (credential && !report.check(reportid::kStatus))
        addStatusCheck(report, claims, issuer, context);
    report.setCheck(checkRecipient(claims, context.options().identifiers));
}

void JoseFamily::addSdJwtKeyBinding(
    Report& report, const jose::SdJwt& sd, const jose::VerifiedSdJwt& verified, const VerifyContext& context)
{
    const QString id = reportid::kKeyBinding;
    const bool expected = !context.options().challenge.isEmpty();
    if (!sd.hasKeyBinding()) {
        if (expected) {
            report.setCheck(withReason(
                Check::failed(
                    id, tx("ler::verify", "The presentation has no key binding, so it cannot answer the challenge.")),
                QStringLiteral("key-binding/missing")));
        }
        return;
    }
    auto kbJws = jose::parseCompactJws(sd.kbJwt);
    const QJsonObject kbClaims = kbJws ? payloadOf(*kbJws) : QJsonObject();
    jose::KeyBindingExpectation kb;
    kb.nonce = expected ? context.options().challenge : kbClaims.value(QLatin1String("nonce")).toString();
    kb.audience = context.options().domain.isEmpty() ? kbClaims.value(QLatin1String("aud")).toString()
                                                     : context.options().domain;
    kb.now = context.now();
    kb.maxFutureSeconds = context.options().clockSkewSeconds;
    // Freshness is judged below, by the holder's own expiry or the maximum age, not by the five minutes of a live
    // exchange: an employer often checks a presentation days after receiving it.
    kb.maxAgeSeconds = std::numeric_limits<qint32>::max();
    // sd_hash uses the payload's own _sd_alg, which processing has already taken out of the claims.
    auto bound = jose::verifyKeyBinding(sd, verified.claims, verified.alg, kb);
    if (!bound) {
        Check c = Check::failed(
            id, tx("ler::verify", "The holder's key binding does not hold: %1").arg(bound.error().message));
        c.reason = reasonOf(bound.error(), QStringLiteral("key-binding/invalid"));
        report.setCheck(std::move(c));
    } else if (auto stale = context.staleHolderProof(parseCredentialDate(bound->value(QLatin1String("iat"))),
                   parseCredentialDate(bound->value(QLatin1String("exp"))))) {
        report.setCheck(*stale);
    } else if (!expected && context.options().domain.isEmpty()) {
        // As for any presentation: with nothing to compare the binding with, it could be a replay of one made for
        // someone else.
        report.setCheck(noChallengeGiven());
    } else if (!expected) {
        report.setCheck(withReason(
            Check::warning(id,
                tx("ler::verify", "The holder's signature is valid, but no challenge was given to compare it with.")),
            QStringLiteral("key-binding/no-challenge-only-domain")));
    } else {
        report.setCheck(Check::passed(id, tx("ler::verify", "Presented by the holder, for the expected challenge.")));
    }
}

} // namespace ler::verify
