// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/Verifier.h"

#include "core/formats/FormatRegistry.h"
#include "core/formats/InputGuard.h"
#include "core/jose/SdJwt.h"
#include "core/jose/SdJwtPayload.h"
#include "core/net/Fetcher.h"
#include "core/util/Clock.h"
#include "core/util/Duration.h"
#include "core/verify/DataIntegrity.h"
#include "core/verify/DataModel.h"
#include "core/verify/Dates.h"
#include "core/verify/JwtCredential.h"
#include "core/verify/KeyLookup.h"
#include "core/verify/ObSchema.h"
#include "core/verify/ProofSet.h"
#include "core/verify/Recipient.h"
#include "core/verify/StatusList.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ler::verify {

namespace {

QStringList typesOf(const QJsonObject& o)
{
    QStringList out;
    const QJsonValue t = o.value(QLatin1String("type"));
    for (const QJsonValue& v : t.isArray() ? t.toArray() : QJsonArray { t })
        out.append(v.toString());
    return out;
}

bool looksLikeToken(const QByteArray& bytes)
{
    return bytes.startsWith("eyJ") && bytes.count('.') >= 2;
}

/// The format id without a baked image suffix ("openbadges3+baked-png" -> "openbadges3").
QString baseFormat(const QString& formatId)
{
    return formatId.section(QLatin1Char('+'), 0, 0);
}

/// The format id of a nested or presented JSON-LD credential.
QString formatOfCredential(const QJsonObject& credential)
{
    const QStringList types = typesOf(credential);
    if (types.contains(QLatin1String("ClrCredential")))
        return QStringLiteral("clr2");
    if (types.contains(QLatin1String("OpenBadgeCredential")) || types.contains(QLatin1String("AchievementCredential")))
        return QStringLiteral("openbadges3");
    return QStringLiteral("verifiable-credential");
}

Text displayName(const QString& format)
{
    const formats::FormatRegistry registry;
    if (format == QLatin1String("presentation"))
        return tx("ler::verify", "a Verifiable Presentation");
    const formats::Importer* importer = registry.importer(format);
    return importer ? importer->displayName() : Text::verbatim(format);
}

/// The checks of all proofs, folded into the report's signature, issuer, purpose and key binding checks.
class ProofFolder
{
public:
    /// issuer is the issuer (holder, for a presentation) the document names.
    ProofFolder(Report& report, const KeyLookup& keys, QString issuer, bool presentation)
        : m_report(report)
        , m_keys(keys)
        , m_issuer(std::move(issuer))
        , m_presentation(presentation)
    { }

    void fold(const DataIntegrityResult& result)
    {
        // The proof that speaks for the document: one that holds and is the issuer's (or holder's), else one that
        // holds. In a proof set, another signer's proof (a witness, an endorser) may come first.
        const ProofResult* primary = nullptr;
        const auto rank = [this](const ProofResult& p) {
            if (!p.verified())
                return 0;
            return issuerCheck(m_keys.pathFor(methodIdOf(p))).status == Check::Passed ? 2 : 1;
        };
        for (const ProofResult& p : result.proofs) {
            if (!primary || rank(p) > rank(*primary))
                primary = &p;
        }
        for (const ProofResult& p : result.proofs)
            foldFailures(p);
        const Check* signature = primary->check(checkid::kSignature);
        if (!m_report.check(reportid::kSignature)) {
            if (signature && signature->status == Check::Passed) {
                const bool embedded = m_keys.pathFor(methodIdOf(*primary)).source == TrustPath::Source::Embedded;
                m_report.setCheck(Check::passed(reportid::kSignature,
                    embedded ? tx("ler::verify", "Signature valid: made with a key that came inside the credential")
                             : signature->message));
            } else {
                const Check* suite = primary->check(checkid::kSuite);
                const Check* cause = suite && suite->status != Check::Passed ? suite : signature;
                Check notChecked = Check::notChecked(reportid::kSignature,
                    cause ? cause->message : tx("ler::verify", "The signature could not be checked."));
                if (cause)
                    notChecked.reason = cause->reason; // keeps "left out offline" for the summary
                m_report.setCheck(std::move(notChecked));
            }
            if (result.proofs.size() > 1 && !result.verified() && primary->verified()) {
                m_report.setCheck(Check::warning(reportid::kSignature,
                    tx("ler::verify", "%1. Another proof on it could not be checked.").arg(signature->message)));
            }
        }
        if (!primary->verificationMethod.isEmpty() && !m_report.check(reportid::kIssuer))
            m_report.setCheck(issuerCheck(m_keys.pathFor(methodIdOf(*primary))));
        for (const QString& id : { checkid::kPurpose, checkid::kChallenge, checkid::kDomain })
            foldPassed(*primary, id);
    }

private:
    Check issuerCheck(const TrustPath& path) const
    {
        return m_presentation ? KeyLookup::holderCheck(path, m_issuer) : KeyLookup::issuerCheck(path, m_issuer);
    }

    static QString methodIdOf(const ProofResult& p)
    {
        const QString& id = p.verificationMethod;
        if (id.startsWith(QLatin1String("did:key:")) && !id.contains(QLatin1Char('#')))
            return id + QLatin1Char('#') + id.mid(8);
        return id;
    }

    QString targetId(const QString& proofCheckId) const
    {
        // A presentation proof's dates are about the holder's binding (freshness), not the issuer's signature.
        if (m_presentation && (proofCheckId == checkid::kCreated || proofCheckId == checkid::kExpires))
            return reportid::kKeyBinding;
        if (proofCheckId == checkid::kPurpose)
            return reportid::kProofPurpose;
        if (proofCheckId == checkid::kChallenge || proofCheckId == checkid::kDomain)
            return reportid::kKeyBinding;
        if (proofCheckId == checkid::kContext)
            return reportid::kFormat;
        return reportid::kSignature;
    }

    void foldFailures(const ProofResult& p)
    {
        for (const Check& c : p.checks) {
            const bool unknownContext = c.id == checkid::kContext && c.status == Check::NotChecked;
            if (c.status != Check::Failed && !unknownContext)
                continue;
            const QString target = targetId(c.id);
            const Check* existing = m_report.check(target);
            if (existing && existing->status == Check::Failed)
                continue;
            Text message = c.message;
            if (c.id == checkid::kSignature) {
                message = tx("ler::verify",
                    "The signature does not match: the credential was changed after it was signed, or it was not "
                    "signed by this issuer.");
            } else if (unknownContext) {
                message = tx("ler::verify",
                    "The credential uses a vocabulary (context) LER Wallet does not know, so it cannot be verified.");
            }
            Check folded = Check::failed(target, message, c.detail.isEmpty() ? c.message : c.detail);
            folded.reason = unknownContext ? QStringLiteral("@context/unknown") : c.reason;
            m_report.setCheck(std::move(folded));
            if (c.id == checkid::kKey)
                m_report.setCheck(issuerCheck(m_keys.pathFor(methodIdOf(p))));
        }
    }

    void foldPassed(const ProofResult& p, const QString& id)
    {
        const Check* c = p.check(id);
        const QString target = targetId(id);
        const Check* existing = m_report.check(target);
        if (c && c->status == Check::Passed && (!existing || existing->status == Check::Passed))
            m_report.setCheck(Check::passed(target, c->message));
    }

    Report& m_report;
    const KeyLookup& m_keys;
    QString m_issuer;
    bool m_presentation;
};

/// The date of a Data Integrity proof field; invalid when absent or unreadable.
QDateTime proofDate(const QJsonObject& proof, const char* field)
{
    return parseCredentialDate(proof.value(QLatin1String(field)));
}

/// The issuer a presented credential names: a JSON-LD credential's issuer, or the iss of a JWT or SD-JWT (plain
/// or enveloped in a data: URL).
QString issuerOfPresented(const QJsonValue& entry)
{
    QByteArray token;
    if (entry.isString()) {
        token = entry.toString().toUtf8();
    } else {
        const QJsonObject o = entry.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        if (!typesOf(o).contains(QLatin1String("EnvelopedVerifiableCredential")))
            return JwtCredential::issuerIdOf(o, false);
        if (!id.startsWith(QLatin1String("data:")))
            return {};
        token = id.section(QLatin1Char(','), 1).toUtf8();
    }
    if (token.contains('~')) {
        auto sd = jose::parseSdJwt(token);
        auto payload = sd ? sd->issuerJwt.payloadObject() : Result<QJsonObject>(sd.error());
        if (!payload)
            return {};
        const QString iss = payload->value(QLatin1String("iss")).toString();
        return iss.isEmpty() ? JwtCredential::issuerIdOf(*payload, false) : iss;
    }
    auto jwt = JwtCredential::parse(token);
    return jwt ? jwt->issuer : QString();
}

/// The DIDs a presented credential is issued to (its subjects' ids, or the sub of a JWT), without fragments.
QStringList didSubjectsOfPresented(const QJsonValue& entry)
{
    QJsonObject credential;
    QByteArray token;
    if (entry.isString()) {
        token = entry.toString().toUtf8();
    } else {
        const QJsonObject o = entry.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        if (!typesOf(o).contains(QLatin1String("EnvelopedVerifiableCredential")))
            credential = o;
        else if (id.startsWith(QLatin1String("data:")))
            token = id.section(QLatin1Char(','), 1).toUtf8();
    }
    if (token.contains('~')) {
        auto sd = jose::parseSdJwt(token.trimmed());
        auto payload = sd ? sd->issuerJwt.payloadObject() : Result<QJsonObject>(sd.error());
        auto claims = payload ? jose::processSdJwtPayload(*payload, sd->disclosures) : payload;
        if (claims)
            credential = *claims;
    } else if (!token.isEmpty()) {
        auto jwt = JwtCredential::parse(token);
        if (jwt)
            credential = jwt->credential;
    }
    QStringList ids;
    const QJsonValue subjects = credential.value(QLatin1String("credentialSubject"));
    for (const QJsonValue& s : subjects.isArray() ? subjects.toArray() : QJsonArray { subjects })
        ids.append(s.toObject().value(QLatin1String("id")).toString());
    ids.append(credential.value(QLatin1String("sub")).toString());
    QStringList dids;
    for (const QString& id : std::as_const(ids)) {
        if (id.startsWith(QLatin1String("did:")) && !dids.contains(controllerOf(id)))
            dids.append(controllerOf(id));
    }
    return dids;
}

} // namespace

Verifier::Verifier(Options options)
    : m_options(std::move(options))
{ }

QDateTime Verifier::now() const
{
    return m_options.now.isValid() ? m_options.now.toUTC() : clock::nowUtc();
}

Check Verifier::offlineCheck(const QString& id)
{
    return Check::offline(id);
}

const net::Fetcher* Verifier::fetcher() const
{
    const net::Fetcher* f = m_options.fetcher;
    // Offline, a fetcher that is itself offline may still answer from its cache (with the date of that copy).
    return f && (!m_options.offline || !f->isOnline()) ? f : nullptr;
}

struct Verifier::Decoded
{
    QByteArray payload; ///< The trimmed input.
    std::optional<QJsonObject> json; ///< payload as a JSON object.
    std::optional<JwtCredential> jwt; ///< payload as a VC-JWT.
};

Result<Report> Verifier::verify(const QByteArray& bytes, const QString& fileName) const
{
    const QByteArray trimmed = bytes.trimmed();
    // The input is decoded once here; the importer and the checks below reuse what was decoded.
    const formats::InputProbe probe = formats::InputProbe::of(bytes);
    Decoded decoded { trimmed, std::nullopt, std::nullopt };
    Report report;
    if (trimmed.startsWith('{')) {
        // A name given twice, say, would be read one way here and maybe the other way by another verifier. A probe
        // that decoded the JSON has passed the same text check.
        if (probe.shape != formats::InputShape::Json || probe.error) {
            if (Status text = formats::InputGuard::checkJsonText(trimmed); !text)
                return text.error();
        }
        const QJsonObject json = probe.shape == formats::InputShape::Json && !probe.error
            ? probe.json
            : QJsonDocument::fromJson(trimmed).object();
        decoded.json = json;
        if (typesOf(json).contains(QLatin1String("VerifiablePresentation")))
            report = verifyPresentationLd(json);
        else if (json.contains(QLatin1String("payload"))
            && (json.contains(QLatin1String("protected")) || json.contains(QLatin1String("signatures"))))
            report = verifySdJwt(jose::parseSdJwtJson(json)); // SD-JWT in the JWS JSON serialization
    } else if (looksLikeToken(trimmed) && !trimmed.contains('~')) {
        // The probe has decoded the payload with the importers' strict reader (InputGuard), which refuses all that
        // jose's does, so the token is not decoded twice.
        const bool decodedByProbe = probe.shape == formats::InputShape::Token && !probe.sdJwt && !probe.error;
        auto jwt = decodedByProbe ? JwtCredential::parse(trimmed, probe.json) : JwtCredential::parse(trimmed);
        if (jwt && jwt->presentation)
            report = verifyJwt(trimmed, true, &*jwt);
        else if (jwt)
            decoded.jwt = std::move(*jwt);
    } else if (looksLikeToken(trimmed)) {
        // An SD-JWT is checked as such even when its disclosures cannot be imported: the report then says why.
        auto sd = jose::parseSdJwt(trimmed);
        if (sd)
            report = verifySdJwt(sd);
    }
    if (report.format.isEmpty()) {
        const formats::FormatRegistry registry;
        auto batch = registry.import(probe, fileName);
        // A baked badge may hold only the address of its assertion: fetch it when the network may be used.
        if (!batch && batch.error().code == ErrorCode::Network && fetcher())
            batch = importFetching(bytes, fileName);
        if (!batch) {
            // A W3C credential the importers refuse is reported by the rule of the data model it breaks.
            const QJsonObject json = decoded.json ? *decoded.json : QJsonDocument::fromJson(trimmed).object();
            if (!datamodel::looksLikeDataModel(json))
                return batch.error();
            const datamodel::Validation validation = datamodel::validate(json);
            if (validation.ok())
                return batch.error();
            report
                = validation.presentation ? verifyPresentationLd(json) : verifyJsonLd(json, formatOfCredential(json));
            report.file = fileName;
            return report;
        }
        if (batch->items.size() == 1) {
            report = verifyItem(batch->items.constFirst(), batch->formatId, &decoded);
        } else {
            report.format = batch->formatId;
            report.setCheck(Check::passed(
                reportid::kFormat, tx("ler::verify", "Read %n record(s).", nullptr, int(batch->items.size()))));
            for (const formats::ImportItem& item : std::as_const(batch->items))
                report.credentials.append(verifyItem(item, batch->formatId));
            report.finish();
        }
    }
    report.file = fileName;
    return report;
}

Result<formats::ImportBatch> Verifier::importFetching(const QByteArray& bytes, const QString& fileName) const
{
    const net::Fetcher* f = fetcher();
    const formats::FormatRegistry registry([f](const QUrl& url) -> Result<QByteArray> {
        auto fetched = f->fetch(url, QByteArrayLiteral("application/ld+json, application/json"));
        if (!fetched)
            return fetched.error();
        return fetched->body;
    });
    return registry.import(bytes, fileName);
}

Report Verifier::verifyItem(const formats::ImportItem& item, const QString& formatId) const
{
    return verifyItem(item, formatId, nullptr);
}

Report Verifier::verifyItem(const formats::ImportItem& item, const QString& formatId, const Decoded* decoded) const
{
    // What verify() decoded counts only for an item made of the very same bytes.
    if (decoded && decoded->payload != item.payload)
        decoded = nullptr;
    const QString format = baseFormat(formatId);
    if (format == QLatin1String("openbadges2"))
        return verifyOpenBadge2(item);
    if (format == QLatin1String("sd-jwt-vc"))
        return verifySdJwt(item.payload);
    if (format == QLatin1String("openbadges3") || format == QLatin1String("clr2")
        || format == QLatin1String("verifiable-credential")) {
        Report report;
        if (looksLikeToken(item.payload))
            report = verifyJwt(item.payload, true, decoded && decoded->jwt ? &*decoded->jwt : nullptr);
        else
            report = verifyJsonLd(
                decoded && decoded->json ? *decoded->json : QJsonDocument::fromJson(item.payload).object(), format);
        if (format != QLatin1String("verifiable-credential"))
            report.format = format;
        for (const formats::ImportItem& child : item.children) {
            const QJsonObject json = QJsonDocument::fromJson(child.payload).object();
            report.credentials.append(looksLikeToken(child.payload) ? verifyJwt(child.payload)
                                                                    : verifyJsonLd(json, formatOfCredential(json)));
        }
        report.finish();
        return report;
    }
    return unsigned_(format);
}

Report Verifier::unsigned_(const QString& format) const
{
    Report report;
    report.format = format;
    report.setCheck(Check::passed(reportid::kFormat,
        tx("ler::verify", "Read as %1; this format carries no signature.").arg(displayName(format))));
    report.finish();
    return report;
}

Report Verifier::verifyJsonLd(const QJsonObject& document, const QString& format) const
{
    Report report;
    report.format = format;
    // First the data model (it also refuses an issuer with no id or an empty one); the other checks still run, so
    // the report says what else holds, but a malformed document is never verified.
    const datamodel::Validation validation = datamodel::validateCredential(document);
    report.setCheck(datamodel::formatCheck(validation, displayName(format)));
    if (validation.ok()) {
        if (std::optional<Check> schema = obschema::schemaCheck(document))
            report.setCheck(std::move(*schema));
    }
    addProofChecks(report, document, false);
    addCredentialChecks(report, document);
    report.finish();
    return report;
}

void Verifier::addProofChecks(Report& report, const QJsonObject& document, bool presentation) const
{
    // Without a proof there is no signature check at all: the summary then says the record carries no signature.
    if (proofsOf(document).isEmpty())
        return;
    KeyLookup keys(m_options.trustedIssuers, fetcher(), m_options.offline);
    if (!presentation)
        keys.setEmbeddedMethods(embeddedMethodResolver(document));
    VerifyOptions options;
    options.resolver = keys.resolver();
    options.expectedProofPurpose = presentation ? QStringLiteral("authentication") : QStringLiteral("assertionMethod");
    options.expectedChallenge = presentation ? m_options.challenge : QString();
    options.expectedDomain = presentation ? m_options.domain : QString();
    options.now = now();
    options.clockSkewSeconds = m_options.clockSkewSeconds;
    const DataIntegrityResult result = verifyDataIntegrity(document, options);
    ProofFolder(report, keys, JwtCredential::issuerIdOf(document, presentation), presentation).fold(result);
}

void Verifier::addCredentialChecks(Report& report, const QJsonObject& credential) const
{
    report.setCheck(checkValidity(periodOfCredential(credential), now(), m_options.clockSkewSeconds));
    addStatusCheck(report, credential, JwtCredential::issuerIdOf(credential, false));
    report.setCheck(checkRecipient(credential, m_options.identifiers));
}

void Verifier::addStatusCheck(Report& report, const QJsonObject& credential, const QString& issuer) const
{
    const QJsonValue status = credential.value(QLatin1String("credentialStatus"));
    if (status.isUndefined())
        return;
    const QString id = reportid::kStatus;
    // Every entry counts, whatever the order: one that says revoked outweighs one that could not be checked, and
    // that one outweighs entries that say the credential is fine.
    std::optional<Check> failed;
    std::optional<Check> notChecked;
    std::optional<Check> flagged;
    std::optional<Check> valid;
    std::optional<StatusListChecker> checker;
    if (fetcher()) {
        checker.emplace(
            *fetcher(), [this, &issuer](const QJsonObject& list) { return verifyStatusList(list, issuer); });
        checker->setNow(now());
    }
    for (const QJsonValue& entry : status.isArray() ? status.toArray() : QJsonArray { status }) {
        if (!parseStatusEntry(entry.toObject())) {
            notChecked = notChecked.value_or(Check::notChecked(id,
                tx("ler::verify",
                    "Not checked: the issuer uses a kind of revocation check LER Wallet does not support.")));
            continue;
        }
        if (!checker) {
            notChecked = notChecked.value_or(offlineCheck(id));
            continue;
        }
        const Result<StatusCheck> result = checker->check(entry.toObject());
        if (!result) {
            failed = failed.value_or(Check::failed(id, result.error().message));
            continue;
        }
        switch (result->status) {
        case CredentialStatus::Revoked:
        case CredentialStatus::Suspended:
            if (!failed) {
                failed = Check::failed(id, result->message);
                failed->reason = result->status == CredentialStatus::Revoked ? QStringLiteral("status/revoked")
                                                                             : QStringLiteral("status/suspended");
            }
            break;
        case CredentialStatus::NotChecked:
            notChecked
                = notChecked.value_or(m_options.offline ? offlineCheck(id) : Check::notChecked(id, result->message));
            break;
        case CredentialStatus::Flagged:
            flagged = flagged.value_or(Check::warning(id, result->message));
            break;
        case CredentialStatus::Valid:
            valid = valid.value_or(Check::passed(id,
                result->fromCache ? tx("ler::verify",
                    "Not revoked or suspended, according to a copy of the issuer's status list saved on %1.")
                                        .arg(longDate(result->listFetchedAt))
                                  : tx("ler::verify", "Not revoked or suspended (checked on %1).")
                                        .arg(longDate(result->listFetchedAt))));
            break;
        }
    }
    for (const std::optional<Check>* c : { &failed, &notChecked, &flagged, &valid }) {
        if (*c) {
            report.setCheck(**c);
            return;
        }
    }
}

Status Verifier::verifyStatusList(const QJsonObject& list, const QString& issuer) const
{
    // A list speaks for the credential's issuer only when that issuer made it: the same issuer, and a proof whose
    // key is tied to it by the same rules as the credential's. A key the list carries itself proves nothing.
    // Only the list's proof is checked: checking the list's own status could loop.
    const QString listIssuer = JwtCredential::issuerIdOf(list, false);
    if (issuer.isEmpty() || listIssuer != issuer) {
        return Error(ErrorCode::VerificationFailed,
            tx("ler::verify", "The status list was issued by %1, not by the credential's issuer.")
                .arg(listIssuer.isEmpty() ? tx("ler::verify", "no one it names")
                                          : Text::verbatim(shortIdentifier(listIssuer, 40))));
    }
    Report r;
    addProofChecks(r, list, false);
    const Check* signature = r.check(reportid::kSignature);
    if (!signature) {
        return Error(ErrorCode::VerificationFailed, tx("ler::verify", "The status list carries no signature."));
    }
    for (const Check& c : std::as_const(r.checks)) {
        if (c.status == Check::Failed)
            return Error(ErrorCode::VerificationFailed, c.message);
    }
    if (signature->status == Check::NotChecked) {
        return Error(
            ErrorCode::NotFound, tx("ler::verify", "The signature of the issuer's status list could not be checked."));
    }
    const Check* bound = r.check(reportid::kIssuer);
    if (!bound || bound->status != Check::Passed) {
        return Error(ErrorCode::NotFound,
            tx("ler::verify", "Nothing ties the key that signed the status list to the credential's issuer."));
    }
    return {};
}

Report Verifier::verifyPresentationLd(const QJsonObject& presentation) const
{
    Report report;
    report.format = QStringLiteral("presentation");
    report.setCheck(datamodel::formatCheck(datamodel::validatePresentation(presentation), displayName(report.format)));
    addProofChecks(report, presentation, true);
    if (m_options.challenge.isEmpty() && m_options.domain.isEmpty() && !report.check(reportid::kKeyBinding)) {
        report.setCheck(Check::notChecked(reportid::kKeyBinding,
            tx("ler::verify",
                "Not checked: no challenge or domain was given, so this could be a replayed presentation.")));
    }
    for (const QJsonObject& proof : proofsOf(presentation)) {
        if (auto stale = staleHolderProof(proofDate(proof, "created"), proofDate(proof, "expires")))
            report.setCheck(*stale);
    }
    const QJsonValue presented = presentation.value(QLatin1String("verifiableCredential"));
    report.credentials = presentedCredentials(presented);
    QString holder = JwtCredential::issuerIdOf(presentation, true);
    if (holder.isEmpty() && !proofsOf(presentation).isEmpty()) {
        holder = proofsOf(presentation)
                     .constFirst()
                     .value(QLatin1String("verificationMethod"))
                     .toString()
                     .section(QLatin1Char('#'), 0, 0);
    }
    bindToHolder(report, presented, holder);
    report.finish();
    return report;
}

std::optional<Check> Verifier::staleHolderProof(const QDateTime& created, const QDateTime& expires) const
{
    const QString id = reportid::kKeyBinding;
    if (expires.isValid()) {
        if (expires.addSecs(m_options.clockSkewSeconds) < now()) {
            Check c = Check::failed(id,
                tx("ler::verify", "The holder made this presentation valid until %1; that time has passed.")
                    .arg(longDate(expires)),
                expires.toString(Qt::ISODate));
            c.reason = QStringLiteral("key-binding/expired");
            return c;
        }
        return std::nullopt;
    }
    // Without a date there is no age to judge; the challenge, when given, still says it answers this request.
    if (m_options.maxAgeSeconds <= 0 || !created.isValid())
        return std::nullopt;
    const qint64 age = created.secsTo(now());
    if (age > m_options.maxAgeSeconds) {
        Check c = Check::failed(id,
            tx("ler::verify", "The presentation was made %1 ago (on %2); presentations older than %3 are not accepted.")
                .arg(durationInWords(age), longDate(created), durationInWords(m_options.maxAgeSeconds)),
            created.toString(Qt::ISODate));
        c.reason = QStringLiteral("key-binding/too-old");
        return c;
    }
    return std::nullopt;
}

void Verifier::bindToHolder(Report& presentation, const QJsonValue& list, const QString& holder)
{
    if (holder.isEmpty())
        return;
    // What the holder's proof shows about a credential only counts when that proof holds and is the holder's.
    const Check* signature = presentation.check(reportid::kSignature);
    const Check* bound = presentation.check(reportid::kIssuer);
    const bool holderProved
        = signature && signature->status == Check::Passed && bound && bound->status == Check::Passed;
    const QJsonArray entries = list.isArray() ? list.toArray() : QJsonArray { list };
    for (qsizetype i = 0; i < entries.size() && i < presentation.credentials.size(); ++i) {
        Report& r = presentation.credentials[i];
        if (issuerOfPresented(entries.at(i)) == holder) {
            r.selfAsserted = true;
            const Check* issuer = r.check(reportid::kIssuer);
            if (!issuer || issuer->status != Check::Failed) {
                r.setCheck(Check::warning(reportid::kIssuer,
                    tx("ler::verify",
                        "Self-asserted: the person who presented it issued it to themself. No issuer vouches for it."),
                    holder));
            }
            r.finish();
            continue;
        }
        // A credential issued to a DID is bound to whoever controls it: presented by someone else, nothing shows
        // the presenter is the person it was issued to. A key binding of its own (SD-JWT cnf) decides instead.
        const QStringList subjects = didSubjectsOfPresented(entries.at(i));
        if (!holderProved || subjects.isEmpty() || r.check(reportid::kKeyBinding))
            continue;
        if (subjects.contains(holder)) {
            r.setCheck(Check::passed(reportid::kKeyBinding,
                tx("ler::verify", "Presented by the person it was issued to (%1).").arg(shortIdentifier(holder, 40))));
        } else {
            r.setCheck(Check::notChecked(reportid::kKeyBinding,
                tx("ler::verify",
                    "Issued to %1, but presented by %2: nothing shows that the person who presented it is the one it "
                    "was issued to.")
                    .arg(shortIdentifier(subjects.constFirst(), 40), shortIdentifier(holder, 40)),
                subjects.join(QLatin1Char(' '))));
        }
        r.finish();
    }
}

QList<Report> Verifier::presentedCredentials(const QJsonValue& list) const
{
    QList<Report> out;
    if (list.isUndefined() || list.isNull())
        return out;
    for (const QJsonValue& entry : list.isArray() ? list.toArray() : QJsonArray { list }) {
        if (!entry.isUndefined())
            out.append(verifyEmbedded(entry));
    }
    return out;
}

Report Verifier::verifyEmbedded(const QJsonValue& entry) const
{
    QByteArray token = entry.isString() ? entry.toString().toUtf8() : QByteArray();
    const QJsonObject o = entry.toObject();
    const QString id = o.value(QLatin1String("id")).toString();
    if (typesOf(o).contains(QLatin1String("EnvelopedVerifiableCredential")) && id.startsWith(QLatin1String("data:")))
        token = id.section(QLatin1Char(','), 1).toUtf8();
    if (token.contains('~')) {
        auto sd = jose::parseSdJwt(token.trimmed());
        auto payload = sd ? sd->issuerJwt.payloadObject() : Result<QJsonObject>(sd.error());
        if (sd && !sd->hasKeyBinding() && payload && !payload->contains(QLatin1String("cnf"))) {
            // Bound to no key, it has no holder binding of its own: the presentation's proof answers the challenge.
            Options unbound = m_options;
            unbound.challenge.clear();
            unbound.domain.clear();
            return Verifier(unbound).verifySdJwt(sd);
        }
        return verifySdJwt(sd);
    }
    // A transcript is checked with the credentials inside it, as when it is verified on its own: the outer proof
    // does not make an unsigned or badly signed course verified.
    const auto parsed
        = token.isEmpty() ? Result<JwtCredential>(Error(ErrorCode::NotFound, {})) : JwtCredential::parse(token);
    const QJsonObject credential = token.isEmpty() ? o : (parsed ? parsed->credential : QJsonObject());
    if (formatOfCredential(credential) == QLatin1String("clr2") && (token.isEmpty() || !parsed->presentation)) {
        const formats::FormatRegistry registry;
        auto batch = registry.import(token.isEmpty() ? QJsonDocument(o).toJson(QJsonDocument::Compact) : token);
        if (batch && batch->items.size() == 1)
            return verifyItem(batch->items.constFirst(), batch->formatId);
        Report report = token.isEmpty() ? verifyJsonLd(o, QStringLiteral("clr2")) : verifyJwt(token, false);
        if (!batch) {
            report.setCheck(Check::failed(reportid::kFormat, batch.error().message));
            report.finish();
        }
        return report;
    }
    if (!token.isEmpty())
        return verifyJwt(token, false);
    return verifyJsonLd(o, formatOfCredential(o));
}

} // namespace ler::verify
