// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/DataIntegrityFamily.h"

#include "core/codec/JsonText.h"
#include "core/verify/CredentialChecks.h"
#include "core/verify/DataModel.h"
#include "core/verify/Dates.h"
#include "core/verify/JwtCredential.h"
#include "core/verify/ObSchema.h"
#include "core/verify/ProofSet.h"
#include "core/verify/Verifier.h"

#include <QJsonDocument>

namespace ler::verify {

using namespace checks;

namespace {

/// The date of a Data Integrity proof field; invalid when absent or unreadable.
QDateTime proofDate(const QJsonObject& proof, const char* field)
{
    return parseCredentialDate(proof.value(QLatin1String(field)));
}

} // namespace

bool DataIntegrityFamily::handles(const formats::ImportItem& item, const QString& formatId) const
{
    return isCredentialFormat(baseFormat(formatId)) && !looksLikeToken(item.payload);
}

Report DataIntegrityFamily::verify(
    const formats::ImportItem& item, const QString& formatId, const VerifyContext& context) const
{
    const QString format = baseFormat(formatId);
    const DecodedInput* decoded = context.decodedFor(item.payload);
    Report report = verifyCredential(
        decoded && decoded->json ? *decoded->json : codec::parseJsonDocument(item.payload).object(), format, context);
    finishCredentialItem(report, item, format, context);
    return report;
}

std::optional<Report> DataIntegrityFamily::verifyPresented(const QJsonValue& entry, const VerifyContext& context) const
{
    if (!presentedToken(entry).isEmpty())
        return std::nullopt;
    // A transcript is checked with the credentials inside it, as when it is verified on its own: the outer proof
    // does not make an unsigned or badly signed course verified.
    const QJsonObject o = entry.toObject();
    if (formatOfCredential(o) == QLatin1String("clr2")) {
        return verifyPresentedClr(QJsonDocument(o).toJson(QJsonDocument::Compact), context, [&] {
            return verifyCredential(o, QStringLiteral("clr2"), context);
        });
    }
    return verifyCredential(o, formatOfCredential(o), context);
}

Report DataIntegrityFamily::verifyCredential(
    const QJsonObject& document, const QString& format, const VerifyContext& context) const
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
    addProofChecks(report, document, false, context);
    addCredentialChecks(report, document, context);
    report.finish();
    return report;
}

Report DataIntegrityFamily::verifyPresentation(const QJsonObject& presentation, const VerifyContext& context) const
{
    Report report;
    report.format = QStringLiteral("presentation");
    report.setCheck(datamodel::formatCheck(datamodel::validatePresentation(presentation), displayName(report.format)));
    addProofChecks(report, presentation, true, context);
    if (context.options().challenge.isEmpty() && context.options().domain.isEmpty()
        && !report.check(reportid::kKeyBinding)) {
        Check c = Check::notChecked(reportid::kKeyBinding,
            tx("ler::verify",
                "Not checked: no challenge or domain was given, so this could be a replayed presentation."));
        c.reason = QStringLiteral("key-binding/no-challenge");
        report.setCheck(std::move(c));
    }
    for (const QJsonObject& proof : proofsOf(presentation)) {
        if (auto stale = context.staleHolderProof(proofDate(proof, "created"), proofDate(proof, "expires")))
            report.setCheck(*stale);
    }
    const QJsonValue presented = presentation.value(QLatin1String("verifiableCredential"));
    report.credentials = context.presentedCredentials(presented);
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

} // namespace ler::verify
