// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/verify/CredentialFamily.h"

namespace ler::crypto {
class PublicKey;
}
namespace ler::jose {
struct SdJwt;
struct VerifiedSdJwt;
} // namespace ler::jose

namespace ler::verify {

/// Credentials and presentations secured with JOSE: VC-JWT (VC Data Model 1.1) and VC-JOSE (2.0), VP-JWT, and
/// SD-JWT VC with its disclosures and the holder's key binding.
class JoseFamily : public CredentialFamily
{
public:
    bool handles(const formats::ImportItem& item, const QString& formatId) const override;
    Report verify(
        const formats::ImportItem& item, const QString& formatId, const VerifyContext& context) const override;
    /// Handles every presented entry that is a token (plain, or enveloped in a data: URL).
    std::optional<Report> verifyPresented(const QJsonValue& entry, const VerifyContext& context) const override;

    /// A VC-JWT or VP-JWT; a presented credential may not itself be a presentation (allowPresentation false).
    /// parsed is the token already parsed, or null.
    Report verifyJwt(const QByteArray& token,
        bool allowPresentation,
        const JwtCredential* parsed,
        const VerifyContext& context) const;
    Report verifySdJwt(const QByteArray& token, const VerifyContext& context) const;
    Report verifySdJwt(const Result<jose::SdJwt>& sd, const VerifyContext& context) const;

private:
    static void addJwtPresentationBinding(Report& report, const QJsonObject& claims, const VerifyContext& context);
    static void addSdJwtChecks(Report& report,
        const jose::SdJwt& sd,
        const crypto::PublicKey& key,
        const QString& issuer,
        const VerifyContext& context);
    static void addSdJwtKeyBinding(
        Report& report, const jose::SdJwt& sd, const jose::VerifiedSdJwt& verified, const VerifyContext& context);
};

} // namespace ler::verify
