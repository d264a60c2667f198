// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/jose/SdJwt.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace ler::present {

/// One claim of an SD-JWT the holder may choose to show or hide.
struct DisclosableClaim
{
    /// Where the claim sits, as people write it: "given_name", "achievement.grade", "skills[1]". Array positions
    /// count the elements a reader sees when everything is disclosed (decoy digests are not counted).
    QString path;
    QByteArray disclosure; ///< the encoded disclosure
    QJsonValue value; ///< its value as disclosed (nested selectively disclosable parts still as digests)
};

/// Every disclosable claim of an SD-JWT, in payload order (a parent before the claims inside it). Fails when the
/// payload's hash algorithm is unknown.
Result<QList<DisclosableClaim>> disclosableClaims(const jose::SdJwt& sdJwt);

/// The disclosures for the chosen paths ("*" chooses all). A path that names no disclosable claim fails with a
/// message listing the paths that can be chosen; `credential`, when given, names the credential in that message.
Result<QList<QByteArray>> disclosuresFor(
    const QList<DisclosableClaim>& claims, const QStringList& paths, const Text& credential = {});

} // namespace ler::present
