// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/CredentialChecks.h"

#include "core/formats/FormatRegistry.h"
#include "core/jose/SdJwt.h"
#include "core/jose/SdJwtPayload.h"
#include "core/verify/CredentialFamily.h"
#include "core/verify/DataIntegrity.h"
#include "core/verify/Dates.h"
#include "core/verify/JwtCredential.h"
#include "core/verify/KeyLookup.h"
#include "core/verify/ProofSet.h"
#include "core/verify/Recipient.h"
#include "core/verify/StatusList.h"
#include "core/verify/Verifier.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ler::verify::checks {

namespace {

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
                // The cause's reason keeps "left out offline" for the summary.
                notChecked.reason
                    = cause && !cause->reason.isEmpty() ? cause->reason : QStringLiteral("signature/not-checked");
                m_report.setCheck(std::move(notChecked));
            }
            if (result.proofs.size() > 1 && !result.verified() && primary->verified()) {
                Check partly = Check::warning(reportid::kSignature,
                    tx("ler::verify", "%1. Another proof on it could not be checked.").arg(signature->message));
                partly.reason = QStringLiteral("signature/other-proof-not-checked");
                m_report.setCheck(std::move(partly));
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

/// A presented entry: a compact token (a JWT or SD-JWT, as a string or enveloped in a data: URL), or the JSON-LD
/// credential itself. Both are empty for an enveloped credential that is not a data: URL.
struct PresentedEntry
{
    QByteArray token;
    QJsonObject credential;
};

PresentedEntry readPresented(const QJsonValue& entry)
{
    if (entry.isString())
        return { entry.toString().toUtf8(), {} };
    const QJsonObject o = entry.toObject();
    if (!typesOf(o).contains(QLatin1String("EnvelopedVerifiableCredential")))
        return { {}, o };
    const QString id = o.value(QLatin1String("id")).toString();
    if (!id.startsWith(QLatin1String("data:")))
        return {};
    return { id.section(QLatin1Char(','), 1).toUtf8(), {} };
}

/// The issuer a presented credential names: a JSON-LD credential's issuer, or the iss of a JWT or SD-JWT (plain
/// or enveloped in a data: URL).
QString issuerOfPresented(const QJsonValue& entry)
{
    const PresentedEntry presented = readPresented(entry);
    const QByteArray& token = presented.token;
    if (token.isEmpty())
        return JwtCredential::issuerIdOf(presented.credential, false);
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
    const PresentedEntry presented = readPresented(entry);
    QJsonObject credential = presented.credential;
    const QByteArray& token = presented.token;
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
    if (!bytes.startsWith("eyJ"))
        return false;
    const qsizetype dot = bytes.indexOf('.');
    return dot >= 0 && bytes.indexOf('.', dot + 1) >= 0;
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

bool isCredentialFormat(const QString& format)
{
    return format == QLatin1String("openbadges3") || format == QLatin1String("clr2")
        || format == QLatin1String("verifiable-credential");
}

void addProofChecks(Report& report, const QJsonObject& document, bool presentation, const VerifyContext& context)
{
    // Without a proof there is no signature check at all: the summary then says the record carries no signature.
    if (proofsOf(document).isEmpty())
        return;
    KeyLookup keys(context.options().trustedIssuers, context.fetcher(), context.options().offline);
    if (!presentation)
        keys.setEmbeddedMethods(embeddedMethodResolver(document));
    VerifyOptions options;
    options.resolver = keys.resolver();
    options.expectedProofPurpose = presentation ? QStringLiteral("authentication") : QStringLiteral("assertionMethod");
    options.expectedChallenge = presentation ? context.options().challenge : QString();
    options.expectedDomain = presentation ? context.options().domain : QString();
    options.now = context.now();
    options.clockSkewSeconds = context.options().clockSkewSeconds;
    const DataIntegrityResult result = verifyDataIntegrity(document, options);
    ProofFolder(report, keys, JwtCredential::issuerIdOf(document, presentation), presentation).fold(result);
}

void addCredentialChecks(Report& report, const QJsonObject& credential, const VerifyContext& context)
{
    report.setCheck(checkValidity(periodOfCredential(credential), context.now(), context.options().clockSkewSeconds));
    addStatusCheck(report, credential, JwtCredential::issuerIdOf(credential, false), context);
    report.setCheck(checkRecipient(credential, context.options().identifiers));
}

void addStatusCheck(Report& report, const QJsonObject& credential, const QString& issuer, const VerifyContext& context)
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
    if (context.fetcher()) {
        checker.emplace(*context.fetcher(),
            [&context, &issuer](const QJsonObject& list) { return verifyStatusList(list, issuer, context); });
        checker->setNow(context.now());
    }
    for (const QJsonValue& entry : status.isArray() ? status.toArray() : QJsonArray { status }) {
        if (const Result<StatusEntry> parsed = parseStatusEntry(entry.toObject()); !parsed) {
            if (!notChecked) {
                notChecked = Check::notChecked(id,
                    tx("ler::verify",
                        "Not checked: the issuer uses a kind of revocation check LER Wallet does not support."));
                // What the entry lacks ("verify/status-type-unsupported"), for --json and tests.
                notChecked->reason
                    = parsed.error().reason.isEmpty() ? QStringLiteral("status/unsupported") : parsed.error().reason;
            }
            continue;
        }
        if (!checker) {
            notChecked = notChecked.value_or(VerifyContext::offlineCheck(id));
            continue;
        }
        const Result<StatusCheck> result = checker->check(entry.toObject());
        if (!result) {
            if (!failed) {
                failed = Check::failed(id, result.error().message);
                // Why the list was refused, for --json and tests.
                failed->reason
                    = result.error().reason.isEmpty() ? QStringLiteral("status/list-refused") : result.error().reason;
            }
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
            if (!notChecked) {
                if (context.options().offline) {
                    notChecked = VerifyContext::offlineCheck(id);
                } else {
                    notChecked = Check::notChecked(id, result->message);
                    // What stopped it: the list could not be fetched, or its signature could not be checked.
                    notChecked->reason
                        = result->reason.isEmpty() ? QStringLiteral("status/list-unavailable") : result->reason;
                }
            }
            break;
        case CredentialStatus::Flagged:
            if (!flagged) {
                flagged = Check::warning(id, result->message);
                flagged->reason = QStringLiteral("status/flagged");
            }
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

Status verifyStatusList(const QJsonObject& list, const QString& issuer, const VerifyContext& context)
{
    // A list speaks for the credential's issuer only when that issuer made it: the same issuer, and a proof whose
    // key is tied to it by the same rules as the credential's. A key the list carries itself proves nothing.
    // Only the list's proof is checked: checking the list's own status could loop.
    const QString listIssuer = JwtCredential::issuerIdOf(list, false);
    if (issuer.isEmpty() || listIssuer != issuer) {
        return Error(ErrorCode::VerificationFailed,
            listIssuer.isEmpty()
                ? tx("ler::verify", "The status list names no issuer, so it cannot speak for the credential's issuer.")
                : tx("ler::verify", "The status list was issued by %1, not by the credential's issuer.")
                      .arg(shortIdentifier(listIssuer, 40)),
            QStringLiteral("verify/status-list-other-issuer"));
    }
    Report r;
    addProofChecks(r, list, false, context);
    const Check* signature = r.check(reportid::kSignature);
    if (!signature) {
        return Error(ErrorCode::VerificationFailed,
            tx("ler::verify", "The status list carries no signature."),
            QStringLiteral("verify/status-list-unsigned"));
    }
    for (const Check& c : std::as_const(r.checks)) {
        if (c.status == Check::Failed)
            return Error(ErrorCode::VerificationFailed,
                tx("ler::verify", "The issuer's status list fails its own verification, so it cannot be trusted."),
                c.reason.isEmpty() ? QStringLiteral("verify/status-list-check-failed") : c.reason);
    }
    if (signature->status == Check::NotChecked) {
        return Error(ErrorCode::NotFound,
            tx("ler::verify", "The signature of the issuer's status list could not be checked."),
            QStringLiteral("verify/status-list-signature-not-checked"));
    }
    const Check* bound = r.check(reportid::kIssuer);
    if (!bound || bound->status != Check::Passed) {
        return Error(ErrorCode::NotFound,
            tx("ler::verify", "Nothing ties the key that signed the status list to the credential's issuer."),
            QStringLiteral("verify/status-list-key-not-bound"));
    }
    return {};
}

void finishCredentialItem(
    Report& report, const formats::ImportItem& item, const QString& format, const VerifyContext& context)
{
    if (format != QLatin1String("verifiable-credential"))
        report.format = format;
    for (const formats::ImportItem& child : item.children)
        report.credentials.append(context.verifyNested(child));
    report.finish();
}

QByteArray presentedToken(const QJsonValue& entry)
{
    QByteArray token = entry.isString() ? entry.toString().toUtf8() : QByteArray();
    const QJsonObject o = entry.toObject();
    const QString id = o.value(QLatin1String("id")).toString();
    if (typesOf(o).contains(QLatin1String("EnvelopedVerifiableCredential")) && id.startsWith(QLatin1String("data:")))
        token = id.section(QLatin1Char(','), 1).toUtf8();
    return token;
}

Report verifyPresentedClr(
    const QByteArray& bytes, const VerifyContext& context, const std::function<Report()>& fallback)
{
    const formats::FormatRegistry registry;
    auto batch = registry.import(bytes);
    if (batch && batch->items.size() == 1)
        return context.verifyItem(batch->items.constFirst(), batch->formatId);
    Report report = fallback();
    if (!batch) {
        Check unreadable = Check::failed(reportid::kFormat, batch.error().message);
        unreadable.reason = batch.error().reason.isEmpty() ? QStringLiteral("format/unreadable") : batch.error().reason;
        report.setCheck(std::move(unreadable));
        report.finish();
    }
    return report;
}

void bindToHolder(Report& presentation, const QJsonValue& list, const QString& holder)
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
                Check self = Check::warning(reportid::kIssuer,
                    tx("ler::verify",
                        "Self-asserted: the person who presented it issued it to themself. No issuer vouches for it."),
                    holder);
                self.reason = QStringLiteral("issuer/self-asserted");
                r.setCheck(std::move(self));
            }
            r.finish();
            continue;
        }
        // A credential issued to a DID is bound to whoever controls it: presented by someone else, nothing shows
        // the presenter is the person it was issued to. A key binding of its own (SD-JWT cnf) decides instead.
        const QStringList subjects = didSubjectsOfPresented(entries.at(i));
        if (!holderProved || subjects.isEmpty() || r.check(reportid::kKeyBinding))
            continue;
        Check bound = subjects.contains(holder)
            ? Check::passed(reportid::kKeyBinding,
                tx("ler::verify", "Presented by the person it was issued to (%1).").arg(shortIdentifier(holder, 40)))
            : Check::notChecked(reportid::kKeyBinding,
                tx("ler::verify",
                    "Issued to %1, but presented by %2: nothing shows that the person who presented it is the one it "
                    "was issued to.")
                    .arg(shortIdentifier(subjects.constFirst(), 40), shortIdentifier(holder, 40)),
                subjects.join(QLatin1Char(' ')));
        bound.reason = subjects.contains(holder) ? QStringLiteral("key-binding/presented-by-subject")
                                                 : QStringLiteral("key-binding/presented-by-other");
        r.setCheck(std::move(bound));
        r.finish();
    }
}

} // namespace ler::verify::checks
