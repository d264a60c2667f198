// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/jose/Jws.h"
#include "core/util/Result.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

/// A credential or presentation secured as a JWT: VC-JWT of VC Data Model 1.1 (the credential in the "vc" claim,
/// the presentation in "vp", with iss/sub/nbf/exp/jti standing for issuer, subject, dates and id) and VC-JOSE-COSE
/// of VC Data Model 2.0 (the payload is the credential or presentation itself).
namespace ler::verify {

struct JwtCredential
{
    jose::Jws jws;
    QJsonObject claims; ///< the JWT payload
    QJsonObject credential; ///< the credential or presentation, with the JWT claims mapped in (1.1)
    bool presentation = false;
    bool v2 = false; ///< VC-JOSE-COSE (VC 2.0): the payload is the credential
    QString issuer; ///< iss, or the credential's issuer (holder for a presentation)

    /// Parses and maps; InvalidInput when the token holds no credential or presentation, or both, or when iss and
    /// the credential's issuer disagree (VerificationFailed, so the caller can fail the issuer check).
    static Result<JwtCredential> parse(QByteArrayView token);
    /// The same, for a token whose payload the caller has already decoded into claims with a parser at least as
    /// strict as jose::parseJsonObject (no name given twice, no bad escapes), so it is not decoded again.
    static Result<JwtCredential> parse(QByteArrayView token, const QJsonObject& claims);

    /// True when a JWT payload holds a presentation: a VC-JWT 1.1 "vp" claim, or the VerifiablePresentation type.
    static bool isPresentation(const QJsonObject& claims);

    /// The issuer (or holder) id named inside the credential: a string or an object with an id.
    static QString issuerIdOf(const QJsonObject& credential, bool presentation);

private:
    static Result<JwtCredential> fromJws(jose::Jws jws, const QJsonObject& claims);
};

} // namespace ler::verify
