// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/formats/CompactToken.h"
#include "core/formats/Importer.h"

namespace ler::formats {

/// SD-JWT VC (typ dc+sd-jwt or vc+sd-jwt, compact form with '~'). The item keeps the whole token with every
/// disclosure; the record shows the disclosed claims put back where their digests stand, and the issuer named in the
/// signed payload. Signatures are checked elsewhere.
class SdJwtVcImporter : public Importer
{
public:
    QString formatId() const override { return QStringLiteral("sd-jwt-vc"); }
    Text displayName() const override;
    QStringList fileSuffixes() const override { return { QStringLiteral("sdjwt"), QStringLiteral("txt") }; }
    int sniff(const InputProbe& probe, const QString& fileName) const override;
    Result<ImportBatch> parse(const QByteArray& bytes) const override;

    /// The issuer payload with every disclosed claim in place and the SD-JWT bookkeeping (_sd, _sd_alg) removed, by
    /// the same rules as verification (jose::processSdJwtPayload): a disclosure that is not referenced, repeats a
    /// claim or discloses what must stay signed (iss, exp, status...) is refused.
    static Result<QJsonObject> disclosedClaims(const CompactToken& token);
};

} // namespace ler::formats
