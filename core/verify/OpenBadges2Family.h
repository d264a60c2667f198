// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/verify/CredentialFamily.h"

namespace ler::verify {

struct Ob2Check;

/// Open Badges 2.0, hosted (the assertion fetched again from its address) or signed (a JWS), with the issuer's
/// documents and revocation list.
class OpenBadges2Family : public CredentialFamily
{
public:
    bool handles(const formats::ImportItem& item, const QString& formatId) const override;
    Report verify(
        const formats::ImportItem& item, const QString& formatId, const VerifyContext& context) const override;

private:
    static void addOpenBadge2Result(Report& report, const Result<Ob2Check>& checked);
};

} // namespace ler::verify
