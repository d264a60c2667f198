// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/UnsignedFamily.h"

#include "core/verify/CredentialChecks.h"

namespace ler::verify {

using namespace checks;

bool UnsignedFamily::handles(const formats::ImportItem& item, const QString& formatId) const
{
    Q_UNUSED(item);
    const QString format = baseFormat(formatId);
    return !isCredentialFormat(format) && format != QLatin1String("openbadges2")
        && format != QLatin1String("sd-jwt-vc");
}

Report UnsignedFamily::verify(
    const formats::ImportItem& item, const QString& formatId, const VerifyContext& context) const
{
    Q_UNUSED(item);
    Q_UNUSED(context);
    const QString format = baseFormat(formatId);
    Report report;
    report.format = format;
    report.setCheck(Check::passed(reportid::kFormat,
        tx("ler::verify", "Read as %1; this format carries no signature.").arg(displayName(format))));
    report.finish();
    return report;
}

} // namespace ler::verify
