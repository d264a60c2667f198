// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/model/Record.h"

#include <QString>
#include <optional>

namespace ler::store {
struct CredentialSummary;
}

/// Core stores a record's own title only; a record without one is named here, in the person's language, from its
/// format and issuer, so no English made at import time stays in the wallet.
namespace ler::text {

/// The record's own title; else "Open Badge from <issuer>", "College transcript from <issuer>", "Credential from
/// <issuer>"... by format; else "Untitled credential". Never empty.
QString recordTitle(const model::Record& record);
/// The same for a listed credential, from what its row says (title, format name, issuer name).
QString recordTitle(const store::CredentialSummary& summary);
/// The fallback alone, for a record of this format from this issuer (either may be unknown or empty).
QString fallbackTitle(std::optional<model::SourceFormat> format, const QString& issuer);

} // namespace ler::text
