// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/verify/Check.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

/// Validity periods: VC Data Model 2.0 validFrom/validUntil, 1.1 issuanceDate/expirationDate, JWT nbf/exp/iat and
/// Open Badges 2.0 issuedOn/expires, all checked the same way with a tolerated clock difference.
namespace ler::verify {

/// When a credential is valid; an invalid QDateTime means "no limit".
struct ValidityPeriod
{
    QDateTime notBefore; ///< validFrom, issuanceDate (1.1), nbf, issuedOn
    QDateTime notAfter; ///< validUntil, expirationDate, exp, expires
    QDateTime issuedAt; ///< iat; must not lie in the future
    bool malformed = false; ///< a date was present but could not be read
};

/// An XML Schema dateTime / ISO 8601 string or a JSON number of Unix seconds; without a time zone, UTC.
QDateTime parseCredentialDate(const QJsonValue& value);

/// The period of a JSON-LD credential (2.0 and 1.1 names).
ValidityPeriod periodOfCredential(const QJsonObject& credential);

/// The period of JWT claims (nbf, exp, iat), narrowed by the credential inside when given.
ValidityPeriod periodOfJwt(const QJsonObject& claims);

/// Combines two periods: the later start and the earlier end.
ValidityPeriod narrowed(const ValidityPeriod& a, const ValidityPeriod& b);

/// The "dates" check: "Expired on 3 March 2025", "Not valid before ...", or "Valid now ...".
Check checkValidity(const ValidityPeriod& period, const QDateTime& now, int clockSkewSeconds);

/// A date as people read it, in the long format of the current locale.
QString longDate(const QDateTime& when);

} // namespace ler::verify
