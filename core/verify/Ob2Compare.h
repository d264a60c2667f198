// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"
#include "core/verify/Check.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

/// Open Badges 2.0 documents compared with the issuer's: what a local copy shows must be what the issuer holds, and
/// a hosted badge must live where the issuer hosts its badges. Used by HostedAssertionVerifier; no network here.
namespace ler::verify::ob2 {

/// The id of a value that is either an IRI or an object with an "id".
QString idOf(const QJsonValue& value);
/// A string or an array of strings, as a list.
QStringList strings(const QJsonValue& value);
/// The ids of a value that is an IRI, an object with an id, or an array of those (an issuer's publicKey).
QStringList idsOf(const QJsonValue& value);

/// The stored and hosted assertion must describe the same award: id, recipient, badge, issuedOn and expires (both
/// ways: a copy without "expires" would show none), and evidence and narrative when the stored copy has them. A
/// failed reportid::kSignature check saying what differs, or nothing.
std::optional<Check> compareAssertions(const QJsonObject& stored, const QJsonObject& hosted);

/// The BadgeClass and Issuer embedded in the stored copy (what the wallet shows) against the issuer's badgeClass
/// and issuer profile (null when they could not be fetched): a failed check naming the first difference, a
/// not-checked one when a comparison was needed but the issuer's document is missing, or nothing.
std::optional<Check> compareLocalCopy(
    const QJsonObject& stored, const QJsonObject* badgeClass, const QJsonObject* issuerProfile);

/// OB 2.0 hosted verification policy, from the issuer profile fetched from the issuer's id: the assertion id must
/// start with one of verification.startsWith, have a host in verification.allowedOrigins, or by default the host
/// of the issuer id. VerificationFailed otherwise.
Status checkHostedOrigin(const QString& assertionId, const QJsonObject& issuerProfile);

} // namespace ler::verify::ob2
