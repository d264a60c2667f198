// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/verify/CredentialFamily.h"

namespace ler::verify {

/// JSON-LD credentials (Open Badges 3.0, CLR 2.0, any VC) and presentations secured with Data Integrity proofs:
/// data model, schema, proofs and the keys behind them, dates, status lists, recipient, the credentials nested or
/// presented in them, and the holder's binding to what it presents.
class DataIntegrityFamily : public CredentialFamily
{
public:
    bool handles(const formats::ImportItem& item, const QString& formatId) const override;
    Report verify(
        const formats::ImportItem& item, const QString& formatId, const VerifyContext& context) const override;
    /// Handles every presented entry that is not a token (a JSON-LD credential).
    std::optional<Report> verifyPresented(const QJsonValue& entry, const VerifyContext& context) const override;

    /// A JSON-LD credential read as format.
    Report verifyCredential(const QJsonObject& document, const QString& format, const VerifyContext& context) const;
    /// A JSON-LD presentation and the credentials it presents.
    Report verifyPresentation(const QJsonObject& presentation, const VerifyContext& context) const;
};

} // namespace ler::verify
