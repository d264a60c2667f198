// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/verify/CredentialFamily.h"

namespace ler::verify {

/// Records that carry no signature (PESC transcripts, self-asserted CSV rows...): every format the signed
/// families do not read. The report says only how the record was read.
class UnsignedFamily : public CredentialFamily
{
public:
    bool handles(const formats::ImportItem& item, const QString& formatId) const override;
    Report verify(
        const formats::ImportItem& item, const QString& formatId, const VerifyContext& context) const override;
};

} // namespace ler::verify
