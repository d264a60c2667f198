// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/OpenBadges2Family.h"

#include "core/codec/JsonText.h"
#include "core/formats/CompactToken.h"
#include "core/verify/CredentialChecks.h"
#include "core/verify/Dates.h"
#include "core/verify/HostedAssertion.h"
#include "core/verify/Recipient.h"
#include "core/verify/Verifier.h"

#include <QJsonDocument>

namespace ler::verify {

bool OpenBadges2Family::handles(const formats::ImportItem& item, const QString& formatId) const
{
    Q_UNUSED(item);
    return checks::baseFormat(formatId) == QLatin1String("openbadges2");
}

Report OpenBadges2Family::verify(
    const formats::ImportItem& item, const QString& formatId, const VerifyContext& context) const
{
    Q_UNUSED(formatId);
    Report report;
    report.format = QStringLiteral("openbadges2");
    const bool signed_ = formats::CompactToken::looksLike(item.payload);
    QJsonObject assertion;
    if (signed_) {
        auto token = formats::CompactToken::parse(item.payload);
        assertion = token ? token->payload : QJsonObject();
    } else {
        assertion = codec::parseJsonDocument(item.payload).object();
    }
    report.setCheck(Check::passed(reportid::kFormat,
        signed_ ? tx("ler::verify", "Read as a signed Open Badges 2.0 badge.")
                : tx("ler::verify", "Read as a hosted Open Badges 2.0 badge.")));
    if (!context.fetcher()) {
        report.setCheck(VerifyContext::offlineCheck(reportid::kSignature));
        report.setCheck(VerifyContext::offlineCheck(reportid::kIssuer));
    } else {
        const HostedAssertionVerifier verifier(*context.fetcher());
        auto checked = signed_ ? verifier.verifySigned(item.payload) : verifier.verifyHosted(assertion);
        addOpenBadge2Result(report, checked);
    }
    ValidityPeriod period;
    period.notBefore = parseCredentialDate(assertion.value(QLatin1String("issuedOn")));
    period.notAfter = parseCredentialDate(assertion.value(QLatin1String("expires")));
    report.setCheck(checkValidity(period, context.now(), context.options().clockSkewSeconds));
    report.setCheck(checkRecipient(assertion, context.options().identifiers));
    report.finish();
    return report;
}

void OpenBadges2Family::addOpenBadge2Result(Report& report, const Result<Ob2Check>& checked)
{
    if (!checked) {
        // Not a hosted or signed badge as the standard describes one.
        Check refused = Check::failed(reportid::kSignature, checked.error().message);
        refused.reason
            = checked.error().reason.isEmpty() ? QStringLiteral("signature/unreadable-badge") : checked.error().reason;
        report.setCheck(std::move(refused));
        return;
    }
    // Each check says what was done, and with which copy of the issuer's documents.
    report.setCheck(checked->signatureCheck);
    report.setCheck(checked->issuerCheck);
    report.setCheck(checked->statusCheck);
}

} // namespace ler::verify
