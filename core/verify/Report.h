// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/verify/Check.h"

#include <QJsonObject>
#include <QList>
#include <QString>

/// The verification report of one file or credential: what was checked, each result in one plain sentence, and
/// one overall outcome. The GUI shows it on every record and the wallet stores it as toJson().
namespace ler::verify {

/// Stable ids of the report's checks; never translated.
namespace reportid {
inline const QString kFormat = QStringLiteral("format"); ///< The input was read and is well formed.
inline const QString kSignature = QStringLiteral("signature"); ///< The issuer's signature holds.
inline const QString kIssuer = QStringLiteral("issuer"); ///< How the signing key is tied to the issuer.
inline const QString kProofPurpose = QStringLiteral("proof-purpose"); ///< The key may be used for this proof.
inline const QString kKeyBinding = QStringLiteral("key-binding"); ///< Holder binding, challenge and domain.
inline const QString kDisclosures = QStringLiteral("disclosures"); ///< SD-JWT disclosures match their digests.
inline const QString kDates = QStringLiteral("dates"); ///< Valid now: not expired, not before start.
inline const QString kStatus = QStringLiteral("status"); ///< Not revoked or suspended.
inline const QString kRecipient = QStringLiteral("recipient"); ///< Issued to the person using the wallet.
/// Has the fields the Open Badges 3.0 / CLR 2.0 JSON Schema requires (a warning only, never a failure).
inline const QString kSchema = QStringLiteral("schema");
} // namespace reportid

/// The overall result.
enum class Outcome
{
    Verified, ///< The signature holds and no check failed or was left out.
    NotVerified, ///< At least one check failed.
    PartlyVerified, ///< Nothing failed, but something important could not be checked (or there is no signature).
};

/// "verified", "not-verified" or "partly-verified", for JSON.
QString outcomeName(Outcome outcome);

/// The report of one credential, presentation or record; nested credentials have their own reports.
struct Report
{
    QString file; ///< The file name, when the input came from a file; empty for nested credentials.
    QString format; ///< The format id ("openbadges3", "clr2", "vc-jwt", "sd-jwt-vc", "presentation"...).
    Outcome overall = Outcome::PartlyVerified;
    QList<Check> checks;
    QList<Report> credentials; ///< Credentials inside this one (CLR) or presented by it (presentation).
    Text summary; ///< One plain sentence; ui/text renders it.
    /// Issued by the same person who presented it: nobody else vouches for it. Never "verified", whatever its
    /// signature; finish() makes it partly verified with its own summary.
    bool selfAsserted = false;

    bool verified() const { return overall == Outcome::Verified; }
    /// The check with this id, or nullptr.
    const Check* check(const QString& id) const;
    /// Adds a check, replacing an earlier one with the same id.
    void setCheck(Check check);
    /// Sets overall and summary from the checks and the nested reports.
    void finish();
    /// {file, verified, outcome, format, summary, checks: [{id, status, message[, detail][, reason]}], credentials};
    /// summary, message and detail are Text::toJson(), so a stored report is shown in the reader's language later.
    QJsonObject toJson() const;
};

} // namespace ler::verify
