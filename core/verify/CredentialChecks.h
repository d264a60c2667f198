// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/formats/ImportItem.h"
#include "core/util/Result.h"
#include "core/util/Text.h"
#include "core/verify/Report.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <functional>

namespace ler::verify {
class VerifyContext;
}

/// Checks more than one credential family runs: Data Integrity proofs (on credentials and on the status lists a
/// JOSE credential points to as well), dates, status and recipient, and what ties presented credentials to their
/// holder.
namespace ler::verify::checks {

/// The values of a JSON-LD object's type (one string or an array).
QStringList typesOf(const QJsonObject& o);
/// True when bytes look like a compact JWS (a JWT or SD-JWT).
bool looksLikeToken(const QByteArray& bytes);
/// The format id without a baked image suffix ("openbadges3+baked-png" -> "openbadges3").
QString baseFormat(const QString& formatId);
/// True for the formats a JSON-LD credential or a VC-JWT is imported as: Open Badges 3.0, CLR 2.0, any VC.
bool isCredentialFormat(const QString& format);
/// The format id of a nested or presented JSON-LD credential.
QString formatOfCredential(const QJsonObject& credential);
/// The name of an import format (or of "presentation") for people.
Text displayName(const QString& format);

/// The checks of a document's Data Integrity proofs, folded into the report's signature, issuer, purpose and key
/// binding checks; none when it has no proof.
void addProofChecks(Report& report, const QJsonObject& document, bool presentation, const VerifyContext& context);
/// Validity period, status and recipient of a JSON-LD credential.
void addCredentialChecks(Report& report, const QJsonObject& credential, const VerifyContext& context);
/// issuer is the credential's issuer id: a status list counts only when it is the list's issuer too.
void addStatusCheck(Report& report, const QJsonObject& credential, const QString& issuer, const VerifyContext& context);
/// The proof of a status list credential, and that its issuer and key are the credential's issuer's. Errors:
/// VerificationFailed when something does not hold, NotFound when the key could not be tied to the issuer.
Status verifyStatusList(const QJsonObject& list, const QString& issuer, const VerifyContext& context);

/// What a credential item ends with, in any family that reads it: its format id (unless the generic one), the
/// credentials nested in it, each checked on its own, and the summary.
void finishCredentialItem(
    Report& report, const formats::ImportItem& item, const QString& format, const VerifyContext& context);

/// The token of a presented credential: the entry itself when a string, or the data: URL of an enveloped one;
/// empty for a JSON-LD credential.
QByteArray presentedToken(const QJsonValue& entry);
/// A presented CLR, verified as when it is verified on its own: imported from bytes and checked with the
/// credentials inside it. When it cannot be imported as one item, fallback's report says why.
Report verifyPresentedClr(
    const QByteArray& bytes, const VerifyContext& context, const std::function<Report()>& fallback);
/// Ties the presented credentials (presentation.credentials, from list) to the holder who signed the
/// presentation: issued by the holder, one is self-asserted; issued to a DID that is not the holder's, its
/// key-binding check is not passed (nothing shows the presenter is its subject); issued to the holder, it passes.
void bindToHolder(Report& presentation, const QJsonValue& list, const QString& holder);

} // namespace ler::verify::checks
