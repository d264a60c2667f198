// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/verify/Check.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

/// The second layer of the format check for Open Badges 3.0 and CLR 2.0 credentials: the fields the 1EdTech JSON
/// Schemas require (ob_v3p0_achievementcredential_schema.json, clr_v2p0_clrcredential_schema.json), class by class
/// through the credential. A credential that lacks one is still a valid W3C credential, so this is a warning.
namespace ler::verify::obschema {

/// The required fields the credential lacks, as paths like "credentialSubject.achievement.criteria", in the order
/// the schema walk meets them. Empty for a complete credential, and for a credential of another type.
QStringList missingFields(const QJsonObject& credential);

/// The "schema" check for an Open Badges 3.0 (OpenBadgeCredential, AchievementCredential, EndorsementCredential) or
/// CLR 2.0 (ClrCredential) credential: passed, or a warning naming the first missing field with reason
/// "<path>/missing". nullopt for other credentials.
std::optional<Check> schemaCheck(const QJsonObject& credential);

} // namespace ler::verify::obschema
