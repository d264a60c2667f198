// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/model/Record.h"

#include <QList>
#include <QString>
#include <optional>

namespace ler::store {
struct CredentialSummary;
struct StoredCredential;
} // namespace ler::store
namespace ler::present {
struct Preview;
}

/// Core stores a record's own title only; a record without one is named here, in the person's language, from its
/// format and issuer, so no English made at import time stays in the wallet.
namespace ler::text {

/// The record's own title; else "Open Badge from <issuer>", "College transcript from <issuer>", "Credential from
/// <issuer>"... by format; else "Untitled credential". Never empty.
QString recordTitle(const model::Record& record);
/// The same for a listed credential, from what its row says (title, format name, issuer name).
QString recordTitle(const store::CredentialSummary& summary);
/// The same from the parts a preview, a sharing history entry or a checked presentation keeps: the stored title, the
/// format's model::sourceFormatName() (may be empty or unknown) and the issuer's name.
QString recordTitle(const QString& title, const QString& formatName, const QString& issuer);
/// Gives every untitled record its shown title, for the résumé exports and the résumé PDF, which print record.title.
void nameUntitled(QList<store::StoredCredential>& records);
/// A copy of the preview in which every untitled record has its shown title, for the PDF and the QR captions; the
/// preview itself stays as core made it, so the sharing history keeps stored titles only.
present::Preview withTitles(present::Preview preview);
/// The fallback alone, for a record of this format from this issuer (either may be unknown or empty).
QString fallbackTitle(std::optional<model::SourceFormat> format, const QString& issuer);

} // namespace ler::text
