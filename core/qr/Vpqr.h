// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/cborld/CborLd.h"
#include "core/qr/QrCapacity.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QString>

/// VPQR, the QR payload that VerifierPlus and the Learner Credential Wallet read (@digitalcredentials/vpqr 2.2.1):
/// "VP1-" (format and version), "B" (the multibase prefix of upper-case base32), then RFC 4648 base32 without
/// padding of the document's CBOR-LD. Every character is in the QR alphanumeric set.
namespace ler::qr {

/// "VP1-B", the start of every VPQR payload we write.
inline constexpr char kVpqrPrefix[] = "VP1-B";

/// True if text claims to be VPQR (starts with "VP1-"), whether or not it decodes.
bool isVpqr(QStringView text);

/// Encodes a JSON-LD presentation or credential as a VPQR payload, the same text the library makes.
Result<QString> encodeVpqr(const QJsonObject& document, const cborld::Options& options = {});

/// Decodes a VPQR payload back to the JSON-LD document. The document is what was encoded, so its proofs verify.
Result<QJsonObject> decodeVpqr(QStringView text, const cborld::Options& options = {});

/// One document as one VPQR code, and whether that code fits the policy.
struct VpqrCode
{
    QString payload; ///< The text to put in the code (alphanumeric mode).
    qsizetype cborldBytes = 0; ///< Size of the CBOR-LD inside, for reports and benchmarks.
    QrFit fit; ///< fit.fits() is false when the payload needs a larger code than the policy allows.
};

/// Encodes a document as VPQR and measures it against policy: what the presentation builder needs to choose one
/// code per credential or the multi-part format.
Result<VpqrCode> vpqrCode(
    const QJsonObject& document, const QrPolicy& policy = {}, const cborld::Options& options = {});

} // namespace ler::qr
