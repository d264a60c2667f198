// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/jose/SdJwt.h"
#include "core/model/Record.h"
#include "core/present/HolderKeys.h"
#include "core/present/Presentation.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace ler::present {

/// A credential ready to go into a presentation, in the form it was issued.
struct Shareable
{
    enum class Kind
    {
        JsonLd, ///< a JSON-LD credential (Data Integrity proof, or none)
        Jwt, ///< a VC-JWT (1.1) or VC-JOSE (2.0) compact token
        SdJwt, ///< an SD-JWT VC, of which only `reveal` is disclosed
        SelfAsserted, ///< the person's own entry, issued by the wallet when the presentation is signed
    };
    Kind kind = Kind::JsonLd;
    QJsonObject jsonLd;
    QByteArray token;
    bool v2 = true; ///< JsonLd and Jwt: VC Data Model 2.0 (false: 1.1)
    jose::SdJwt sdJwt;
    QList<QByteArray> reveal; ///< SdJwt: the chosen disclosures (parents are added when presenting)
    bool keyBinding = false; ///< SdJwt: bound to the wallet's key, so a key binding JWT is added
    model::Record record; ///< SelfAsserted: the entry
};

/// What signing needs: who signs, with which key, for whom and when.
struct SigningContext
{
    HolderIdentity holder;
    const crypto::SigningKey* key = nullptr;
    Recipient recipient; ///< the challenge is already filled in
    QDateTime now;
};

/// Serializes and signs presentations; no database, no files. PresentationService calls it; the QR outputs use the
/// building blocks to sign one presentation per credential with the same challenge.
class PresentationBuilder
{
public:
    /// Whether a VP of these credentials uses VC Data Model 2.0: 1.1 only when every credential is 1.1 (and, in a
    /// JSON-LD VP, none is a JWT). Self-asserted entries are issued in the version of the others.
    static Result<bool> usesV2(const QList<Shareable>& items, PresentationFormat format);

    /// The presentation of items in format.
    static Result<Presentation> build(
        const QList<Shareable>& items, PresentationFormat format, const SigningContext& context);

    /// The verifiableCredential entries for items: JSON-LD credentials as they are, JWTs and SD-JWTs as
    /// EnvelopedVerifiableCredential data: URLs (2.0) or JWT strings (VC-JWT 1.1), self-asserted entries as
    /// credentials issued and signed here.
    static Result<QJsonArray> embed(const QList<Shareable>& items, bool v2, const SigningContext& context);
    /// A VP over credentials, signed with a DataIntegrityProof (eddsa-rdfc-2022, proofPurpose authentication).
    static Result<QJsonObject> signVpJson(const QJsonArray& credentials, bool v2, const SigningContext& context);
    /// A VP-JWT over credentials: VC-JOSE-COSE (typ vp+jwt) for 2.0, the VC-JWT "vp" claim for 1.1.
    static Result<QByteArray> signVpJwt(const QJsonArray& credentials, bool v2, const SigningContext& context);
    /// The SD-JWT with the chosen disclosures and, when bound to the wallet, a key binding JWT (typ kb+jwt,
    /// nonce, aud, iat, sd_hash, and exp when the holder set an expiry).
    static Result<QByteArray> presentSdJwt(const Shareable& item, const SigningContext& context);
};

} // namespace ler::present
