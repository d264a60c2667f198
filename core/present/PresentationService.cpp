// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/present/PresentationService.h"

#include "core/formats/FormatRegistry.h"
#include "core/jose/SdJwtPayload.h"
#include "core/present/SdJwtClaims.h"
#include "core/present/SelfAssertedCredential.h"
#include "core/present/SharingHistory.h"
#include "core/qr/QrPayload.h"
#include "core/store/CredentialRepository.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/util/Clock.h"
#include "core/util/Log.h"
#include "core/verify/JwtCredential.h"
#include "core/verify/WalletVerification.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>

namespace ler::present {

namespace {

const QString kVc1 = QStringLiteral("https://www.w3.org/2018/credentials/v1");

/// How a message names a record: its own title, else by its issuer (stored titles are the credential's own only).
Text named(const QString& title, const QString& issuer)
{
    if (!title.trimmed().isEmpty())
        return Text::verbatim(title);
    return issuer.trimmed().isEmpty() ? tx("ler::present", "untitled credential")
                                      : tx("ler::present", "credential from %1").arg(issuer);
}

bool looksLikeToken(const QByteArray& bytes)
{
    return bytes.startsWith("eyJ") && bytes.count('.') >= 2;
}

/// A challenge the recipient did not give: 192 random bits, base64url.
QString madeChallenge()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

/// The credential inside a stored original: the JSON or token itself, or what a baked image carries.
Result<QByteArray> payloadOf(const store::StoredCredential& stored)
{
    const QByteArray trimmed = stored.original.trimmed();
    if (trimmed.startsWith('{') || looksLikeToken(trimmed))
        return trimmed;
    const formats::FormatRegistry registry;
    auto batch = registry.import(stored.original);
    if (!batch)
        return batch.error();
    if (batch->items.size() != 1)
        return invalidInput(tx("ler::present", "The stored credential %1 cannot be read again.").arg(stored.summary.id),
            QStringLiteral("present/stored-unreadable"));
    return batch->items.constFirst().payload.trimmed();
}

Error notShareable(const store::StoredCredential& stored)
{
    const Text title = named(stored.summary.title, stored.summary.issuer);
    if (stored.record.sourceFormat == model::SourceFormat::OpenBadges2) {
        return invalidInput(
            tx("ler::present",
                "\"%1\" is an Open Badges 2.0 badge, which is not a W3C Verifiable Credential and cannot go into a "
                "presentation. Share the badge's own file instead (export).")
                .arg(title),
            QStringLiteral("present/not-a-vc"));
    }
    return invalidInput(
        tx("ler::present",
            "\"%1\" is a transcript without a signature, which cannot go into a presentation. Share its file instead "
            "(export).")
            .arg(title),
        QStringLiteral("present/unsigned-transcript"));
}

QList<RecordWarning> warningsFor(const store::StoredCredential& stored,
    const std::optional<verify::StoredReport>& report,
    const QString& outcome,
    const QDateTime& now)
{
    QList<RecordWarning> out;
    if (stored.summary.selfAsserted) {
        out.append(RecordWarning::SelfAsserted);
        return out;
    }
    if (outcome == QLatin1String("unchecked"))
        out.append(RecordWarning::NotChecked);
    else if (outcome == QLatin1String("not-verified"))
        out.append(RecordWarning::NotVerified);
    else if (outcome == QLatin1String("partly-verified"))
        out.append(RecordWarning::PartlyVerified);
    const model::RecordDates& dates = stored.record.dates;
    if (dates.validUntil.isValid() && dates.validUntil < now)
        out.append(RecordWarning::Expired);
    if (dates.validFrom.isValid() && dates.validFrom > now)
        out.append(RecordWarning::NotYetValid);
    if (report) {
        for (const QJsonValue& c : report->report.value(QLatin1String("checks")).toArray()) {
            const QJsonObject check = c.toObject();
            if (check.value(QLatin1String("id")).toString() == QLatin1String("issuer")
                && check.value(QLatin1String("status")).toString() != QLatin1String("passed"))
                out.append(RecordWarning::IssuerUnknown);
        }
    }
    return out;
}

/// The disclosures an SD-JWT presentation will carry: the chosen ones and the parents they need.
Result<QList<QByteArray>> presentedDisclosures(const jose::SdJwt& sd, const QList<QByteArray>& reveal)
{
    auto presented = jose::createPresentation(sd, reveal);
    if (!presented)
        return presented.error();
    auto parsed = jose::parseSdJwt(*presented);
    if (!parsed)
        return parsed.error();
    return parsed->disclosures;
}

/// What the sharing history keeps of a record.
SharedRecord sharedRecordOf(const PreviewRecord& p)
{
    SharedRecord r { p.recordId, p.title, p.sharing, {}, p.format, p.issuer };
    for (const PreviewClaim& c : p.claims) {
        if (c.shared)
            r.claims.append(c.path);
    }
    return r;
}

/// An SD-JWT record: the chosen disclosures, and what the recipient sees of it.
Status addSdJwt(PreviewRecord& p, Shareable& s, const QByteArray& payload, const QStringList& disclose)
{
    auto sd = jose::parseSdJwt(payload);
    auto claims = sd ? disclosableClaims(*sd) : Result<QList<DisclosableClaim>>(sd.error());
    if (!claims)
        return claims.error();
    auto reveal = disclosuresFor(*claims, disclose, named(p.title, p.issuer));
    if (!reveal)
        return reveal.error();
    s.kind = Shareable::Kind::SdJwt;
    s.sdJwt = *sd;
    s.sdJwt.kbJwt.clear(); // a key binding that came with the stored copy is not ours to reuse
    s.reveal = *reveal;
    auto presented = presentedDisclosures(s.sdJwt, s.reveal);
    auto issuerPayload = s.sdJwt.issuerJwt.payloadObject();
    auto visible = presented && issuerPayload
        ? jose::processSdJwtPayload(*issuerPayload, *presented)
        : Result<QJsonObject>(presented ? issuerPayload.error() : presented.error());
    if (!visible)
        return visible.error();
    p.visible = *visible;
    for (const DisclosableClaim& c : std::as_const(*claims))
        p.claims.append({ c.path, c.value, presented->contains(c.disclosure) });
    p.sharing = SharingMode::Selective;
    return {};
}

/// A record whose signature covers all of it: a JSON-LD credential or a JWT.
Status addWhole(PreviewRecord& p, Shareable& s, const QByteArray& payload)
{
    const Error unreadable
        = invalidInput(tx("ler::present", "The stored credential \"%1\" cannot be read.").arg(named(p.title, p.issuer)),
            QStringLiteral("present/stored-unreadable"));
    p.sharing = SharingMode::Whole;
    if (payload.startsWith('{')) {
        const QJsonObject credential = QJsonDocument::fromJson(payload).object();
        if (credential.isEmpty())
            return unreadable;
        const QJsonValue context = credential.value(QLatin1String("@context"));
        const QString first = context.isArray() ? context.toArray().at(0).toString() : context.toString();
        s.kind = Shareable::Kind::JsonLd;
        s.jsonLd = credential;
        s.v2 = first != kVc1;
        p.visible = credential;
        if (!credential.contains(QLatin1String("proof")))
            p.warnings.append(RecordWarning::NoSignature);
        return {};
    }
    auto jwt = verify::JwtCredential::parse(payload);
    if (!jwt || jwt->presentation)
        return unreadable;
    s.kind = Shareable::Kind::Jwt;
    s.token = payload;
    s.v2 = jwt->v2;
    p.visible = jwt->claims;
    return {};
}

/// Whether an SD-JWT record can carry this wallet's key binding, and what that needs.
Status bindToHolder(
    Shareable& s, PreviewRecord& p, const HolderIdentity& holder, bool sdJwtFormat, const QString& domain)
{
    auto payload = s.sdJwt.issuerJwt.payloadObject();
    const QJsonObject cnf = payload ? payload->value(QLatin1String("cnf")).toObject() : QJsonObject();
    if (!cnf.isEmpty() && !holder.isBoundBy(cnf)) {
        return invalidInput(
            tx("ler::present",
                "\"%1\" is bound to another key than this wallet's, so this wallet cannot prove that it is yours (key "
                "binding). Ask the issuer to issue it to your wallet ID (whoami).")
                .arg(named(p.title, p.issuer)),
            QStringLiteral("present/bound-to-another-key"));
    }
    if (cnf.isEmpty() && sdJwtFormat) {
        return invalidInput(
            tx("ler::present",
                "\"%1\" is not bound to any key, so an SD-JWT presentation of it cannot prove that it is yours. "
                "Share it in a vp-json or vp-jwt presentation, which your wallet signs.")
                .arg(named(p.title, p.issuer)),
            QStringLiteral("present/not-bound"));
    }
    s.keyBinding = !cnf.isEmpty();
    p.keyBinding = s.keyBinding;
    if (s.keyBinding && domain.isEmpty()) {
        return invalidInput(
            tx("ler::present",
                "\"%1\" needs to know who the presentation is for: its key binding names the recipient. Give the "
                "recipient's domain.")
                .arg(named(p.title, p.issuer)),
            QStringLiteral("present/no-domain"));
    }
    return {};
}

} // namespace

PresentationService::PresentationService(store::SqlCipherDatabase& db)
    : m_db(db)
{ }

QDateTime PresentationService::now() const
{
    return m_now.isValid() ? m_now.toUTC() : clock::nowUtc();
}

Status PresentationService::addVerification(PreviewRecord& p, const store::StoredCredential& stored)
{
    // A course of a transcript was verified with its transcript.
    const QString checkedId = p.parentId.isEmpty() ? p.recordId : p.parentId;
    auto report = verify::WalletVerification(m_db).latest(checkedId);
    if (!report)
        return report.error();
    p.verification = stored.summary.verification;
    if (!p.parentId.isEmpty()) {
        if (auto parent = store::CredentialRepository(m_db).get(p.parentId))
            p.verification = parent->summary.verification;
    }
    if (*report) {
        p.verifiedAt = (*report)->verifiedAt;
        p.verificationSummary = Text::fromJson((*report)->report.value(QLatin1String("summary")));
    }
    p.warnings = warningsFor(stored, *report, p.verification, now());
    return {};
}

Result<PreviewRecord> PresentationService::previewOf(const QString& id, Shareable& s, const QStringList& disclose)
{
    auto stored = store::CredentialRepository(m_db).get(id);
    if (!stored)
        return stored.error();
    PreviewRecord p;
    p.recordId = id;
    p.parentId = stored->summary.parentId;
    p.title = stored->summary.title;
    p.issuer = stored->summary.issuer;
    p.kind = stored->summary.kind;
    p.format = stored->summary.format;
    p.issued = stored->record.dates.issued;
    p.validFrom = stored->record.dates.validFrom;
    p.validUntil = stored->record.dates.validUntil;
    const model::SourceFormat format = stored->record.sourceFormat;
    if (!disclose.isEmpty() && format != model::SourceFormat::SdJwtVc) {
        return invalidInput(
            tx("ler::present",
                "\"%1\" is not an SD-JWT credential: its signature covers the whole record, so it is shared whole "
                "and no claims can be chosen in it.")
                .arg(named(p.title, p.issuer)),
            QStringLiteral("present/shared-whole"));
    }
    if (Status ok = addVerification(p, *stored); !ok)
        return ok.error();
    if (stored->summary.selfAsserted || format == model::SourceFormat::SelfAsserted) {
        s.kind = Shareable::Kind::SelfAsserted;
        s.record = stored->record;
        p.sharing = SharingMode::SelfAsserted;
        return p;
    }
    if (!canBePresented(model::sourceFormatName(format)))
        return notShareable(*stored);
    auto payload = payloadOf(*stored);
    if (!payload)
        return payload.error();
    Status added
        = format == model::SourceFormat::SdJwtVc ? addSdJwt(p, s, *payload, disclose) : addWhole(p, s, *payload);
    if (!added)
        return added.error();
    return p;
}

Result<PresentationPlan> PresentationService::prepare(const PresentationRequest& request)
{
    if (request.records.isEmpty())
        return invalidInput(
            tx("ler::present", "Choose at least one record to share."), QStringLiteral("present/no-records"));
    const QDateTime when = now();
    if (request.recipient.expires.isValid() && request.recipient.expires <= when)
        return invalidInput(
            tx("ler::present", "The expiry must lie in the future."), QStringLiteral("present/expiry-past"));

    PresentationPlan plan;
    plan.request = request;
    QSet<QString> chosen;
    for (const RecordChoice& choice : request.records) {
        if (chosen.contains(choice.recordId))
            return invalidInput(tx("ler::present", "The record %1 is chosen twice.").arg(choice.recordId),
                QStringLiteral("present/record-chosen-twice"));
        chosen.insert(choice.recordId);
    }
    for (const RecordChoice& choice : request.records) {
        Shareable s;
        auto p = previewOf(choice.recordId, s, choice.disclose);
        if (!p)
            return p.error();
        if (!p->parentId.isEmpty() && chosen.contains(p->parentId)) {
            return invalidInput(
                tx("ler::present",
                    "\"%1\" is part of a transcript that is also chosen whole. Choose the whole transcript or single "
                    "courses from it, not both.")
                    .arg(named(p->title, p->issuer)),
                QStringLiteral("present/transcript-and-course"));
        }
        plan.items.append(s);
        plan.preview.records.append(*p);
    }

    const bool sdJwtFormat = request.format == PresentationFormat::SdJwt;
    if (sdJwtFormat && (plan.items.size() != 1 || plan.items.constFirst().kind != Shareable::Kind::SdJwt)) {
        return invalidInput(
            tx("ler::present",
                "An SD-JWT presentation carries exactly one SD-JWT credential. Choose the vp-json or vp-jwt format for "
                "other records or for several."),
            QStringLiteral("present/sd-jwt-one-credential"));
    }
    bool v2 = true;
    if (!sdJwtFormat) {
        auto version = PresentationBuilder::usesV2(plan.items, request.format);
        if (!version)
            return version.error();
        v2 = *version;
    }

    // Only a valid request gets this far: the wallet's own key may now be made.
    auto holder = HolderKeys(m_db).identity();
    if (!holder)
        return holder.error();
    plan.holder = *holder;
    for (qsizetype i = 0; i < plan.items.size(); ++i) {
        Shareable& s = plan.items[i];
        PreviewRecord& p = plan.preview.records[i];
        if (s.kind == Shareable::Kind::SelfAsserted)
            p.visible = SelfAssertedCredential::build(s.record, holder->did, when, v2);
        if (s.kind != Shareable::Kind::SdJwt)
            continue;
        if (Status ok = bindToHolder(s, p, *holder, sdJwtFormat, request.recipient.domain); !ok)
            return ok.error();
    }

    plan.request.recipient.challenge
        = request.recipient.challenge.isEmpty() ? madeChallenge() : request.recipient.challenge;
    plan.preview.format = request.format;
    plan.preview.holderDid = holder->did;
    plan.preview.domain = request.recipient.domain;
    plan.preview.challenge = plan.request.recipient.challenge;
    plan.preview.challengeMade = request.recipient.challenge.isEmpty();
    plan.preview.expires = request.recipient.expires;
    plan.preview.dataModel = sdJwtFormat ? QString() : (v2 ? QStringLiteral("2.0") : QStringLiteral("1.1"));
    return plan;
}

Result<PreviewRecord> PresentationService::describe(const QString& recordId)
{
    Shareable s;
    return previewOf(recordId, s, {});
}

Result<PresentationPlan> PresentationService::prepareForCodes(PresentationRequest request)
{
    request.format = PresentationFormat::VpJson;
    auto plan = prepare(request);
    if (!plan || plan->items.size() != 1 || plan->items.constFirst().kind != Shareable::Kind::SdJwt
        || !plan->items.constFirst().keyBinding)
        return plan;
    request.format = PresentationFormat::SdJwt;
    return prepare(request);
}

Result<Presentation> PresentationService::build(
    const PresentationPlan& plan, const QList<int>& indexes, PresentationFormat format)
{
    auto key = HolderKeys(m_db).signingKey(plan.holder);
    if (!key)
        return key.error();
    QList<Shareable> items;
    for (int i : indexes) {
        if (i < 0 || i >= plan.items.size())
            return Error(ErrorCode::Internal,
                tx("ler::present", "record %1 is not in the plan").arg(i),
                QStringLiteral("present/not-in-plan"));

        items.append(plan.items.at(i));
    }
    SigningContext context { plan.holder, &*key, plan.request.recipient, now() };
    auto presentation = PresentationBuilder::build(items, format, context);
    if (!presentation)
        return presentation.error();
    for (int i : indexes)
        presentation->records.append(sharedRecordOf(plan.preview.records.at(i)));
    presentation->sharedBy = plan.request.sharedBy;
    return presentation;
}

Result<Presentation> PresentationService::make(const PresentationPlan& plan)
{
    QList<int> all;
    for (qsizetype i = 0; i < plan.items.size(); ++i)
        all.append(int(i));
    return build(plan, all, plan.request.format);
}

Result<Presentation> PresentationService::makeOf(const PresentationPlan& plan, const QList<int>& indexes)
{
    return build(plan, indexes, PresentationFormat::VpJson);
}

Result<QList<Presentation>> PresentationService::makeOnePerRecord(const PresentationPlan& plan)
{
    QList<Presentation> out;
    for (qsizetype i = 0; i < plan.items.size(); ++i) {
        auto one = build(plan, { int(i) }, PresentationFormat::VpJson);
        if (!one)
            return one.error();
        out.append(*one);
    }
    return out;
}

namespace {

/// The payloads of a multi-part set (or of one code, when it fits) as code specs.
QList<QrCodeSpec> specsOf(const QStringList& payloads, const qr::QrPolicy& policy, const QList<int>& records)
{
    QList<QrCodeSpec> out;
    for (qsizetype i = 0; i < payloads.size(); ++i) {
        QrCodeSpec c;
        c.payload = payloads.at(i);
        c.policy = policy;
        c.records = records;
        if (qr::isMultiPart(c.payload)) {
            c.kind = QrCodeSpec::Kind::Part;
            c.part = int(i) + 1;
            c.parts = int(payloads.size());
        } else {
            c.kind = qr::isVpqr(c.payload) ? QrCodeSpec::Kind::Vpqr : QrCodeSpec::Kind::Text;
        }
        out.append(c);
    }
    return out;
}

} // namespace

Result<QrCodes> PresentationService::makeQrCodes(const PresentationPlan& plan, QrChoice choice)
{
    const qr::QrPolicy wide = qr::QrPolicy::verifierPlus();
    const qr::QrPolicy first = choice == QrChoice::VerifierPlus ? wide : qr::QrPolicy();
    const bool widen = choice == QrChoice::Auto;
    QList<int> all;
    for (qsizetype i = 0; i < plan.items.size(); ++i)
        all.append(int(i));
    QrCodes out;

    if (plan.request.format != PresentationFormat::VpJson) {
        auto p = make(plan);
        if (!p)
            return p.error();
        const QString text = QString::fromUtf8(p->bytes);
        // The text itself in one code, readable by any QR reader, is worth a larger code; parts are not, since only
        // LER Wallet reads them anyway: they stay sturdy.
        const auto whole
            = [](const Result<QStringList>& p) { return p && p->size() == 1 && !qr::isMultiPart(p->constFirst()); };
        qr::QrPolicy policy = first;
        auto payloads = qr::encodeText(text, policy);
        if (payloads && !whole(payloads) && widen) {
            if (auto larger = qr::encodeText(text, wide); whole(larger)) {
                policy = wide;
                payloads = larger;
            }
        }
        if (!payloads)
            return payloads.error();
        out.codes = specsOf(*payloads, policy, all);
        out.presentations.append(*p);
        return out;
    }

    auto each = makeOnePerRecord(plan);
    if (!each)
        return each.error();
    QList<int> rest;
    for (qsizetype i = 0; i < each->size(); ++i) {
        // A document CBOR-LD cannot carry is no VPQR code at all: it goes with the rest, as JSON.
        auto code = qr::vpqrCode(each->at(i).document, first);
        std::optional<qr::QrPolicy> policy;
        if (code && code->fit.fits())
            policy = first;
        else if (code && widen && qr::fit(code->payload, wide).fits())
            policy = wide;
        if (!policy) {
            rest.append(int(i));
            continue;
        }
        out.codes.append(specsOf({ code->payload }, *policy, { int(i) }));
        out.presentations.append(each->at(i));
    }
    if (rest.isEmpty())
        return out;
    auto together = rest.size() == 1 ? Result<Presentation>(each->at(rest.constFirst())) : makeOf(plan, rest);
    if (!together)
        return together.error();
    auto payloads = qr::encodeDocument(together->document, first);
    if (!payloads)
        return payloads.error();
    out.codes.append(specsOf(*payloads, first, rest));
    out.presentations.append(*together);
    return out;
}

Result<qint64> PresentationService::record(const Presentation& made,
    const QString& output,
    const std::function<Status()>& write,
    const std::function<void()>& undo)
{
    qint64 historyId = 0;
    bool written = false;
    Status stored = store::inTransaction(m_db, [&]() -> Status {
        auto id = SharingHistory(m_db).record(made, output);
        if (!id)
            return id.error();
        historyId = *id;
        if (Status w = write(); !w)
            return w;
        written = true;
        return {};
    });
    if (!stored) {
        if (written && undo)
            undo();
        return stored.error();
    }
    qCInfo(lcStore) << "presentation made:" << (output.isEmpty() ? presentationFormatName(made.format) : output)
                    << "with" << made.records.size() << "record(s)";
    return historyId;
}

Result<SharedPresentation> PresentationService::share(const PresentationPlan& plan,
    const std::function<Status(const Presentation&)>& write,
    const std::function<void()>& undo)
{
    auto presentation = make(plan);
    if (!presentation)
        return presentation.error();
    auto id = record(
        *presentation, {}, [&] { return write(*presentation); }, undo);
    if (!id)
        return id.error();
    return SharedPresentation { *presentation, *id };
}

} // namespace ler::present
