// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/verify/Check.h"

#include <QJsonObject>
#include <QStringList>

/// Whether a credential was issued to the person using the wallet: Open Badges 2.0 recipients (plain or hashed
/// "sha256$..." with a salt), Open Badges 3.0 subject identifiers (identityHash) and subject ids (DIDs, URLs),
/// JWT "sub", compared with the identifiers the person gave (emails, DIDs, URLs).
namespace ler::verify {

/// True when identity (plain, or "sha256$hex"/"md5$hex" of value + salt) names value. Emails compare without case.
bool identityMatches(const QString& identity, bool hashed, const QString& salt, const QString& value);

/// The "recipient" check for a JSON-LD credential, an Open Badges 2.0 assertion or JWT claims. NotChecked when
/// identifiers is empty or the credential names no recipient.
Check checkRecipient(const QJsonObject& credential, const QStringList& identifiers);

} // namespace ler::verify
