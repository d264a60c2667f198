// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/jsonld/DocumentLoader.h"
#include "core/verify/Check.h"
#include "core/verify/MethodResolver.h"
#include "core/verify/ProofSuite.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>

/// Verification of the Data Integrity proofs embedded in a JSON-LD credential or presentation (W3C Data Integrity
/// 1.0 with the EdDSA cryptosuites eddsa-rdfc-2022 and eddsa-jcs-2022, the ECDSA cryptosuites ecdsa-rdfc-2019 and
/// ecdsa-jcs-2019, and the legacy Ed25519Signature2020 and Ed25519Signature2018 types). Every proof of a proof set is
/// checked; a proof in a chain is checked over the document together with the earlier proofs it names.
namespace ler::verify {

/// Stable ids of the checks reported for each proof.
namespace checkid {
inline const QString kSuite = QStringLiteral("proof.suite"); ///< Proof type / cryptosuite understood.
inline const QString kKey = QStringLiteral("proof.key"); ///< Verification method resolved to a key.
inline const QString kPurpose = QStringLiteral("proof.purpose"); ///< proofPurpose expected and allowed.
inline const QString kCreated = QStringLiteral("proof.created"); ///< created is a date, not in the future.
inline const QString kExpires = QStringLiteral("proof.expires"); ///< expires not passed.
inline const QString kChallenge = QStringLiteral("proof.challenge"); ///< challenge as expected (presentations).
inline const QString kDomain = QStringLiteral("proof.domain"); ///< domain as expected (presentations).
inline const QString kPrevious = QStringLiteral("proof.previous"); ///< previousProof proofs present.
inline const QString kContext = QStringLiteral("proof.context"); ///< contexts known, document canonicalized.
/// Everything in the document is covered by the canonical form (JSON-LD safe mode found nothing dropped).
inline const QString kCoverage = QStringLiteral("proof.coverage");
inline const QString kSignature = QStringLiteral("proof.signature"); ///< the signature holds.
} // namespace checkid

/// What the verifier expects and where keys and contexts come from.
struct VerifyOptions
{
    /// Finds controller documents for verification methods; null means offlineDidResolver().
    MethodResolver resolver;
    /// "assertionMethod" for credentials, "authentication" for presentations.
    QString expectedProofPurpose = QStringLiteral("assertionMethod");
    /// If not empty, every proof must carry exactly this challenge (presentations).
    QString expectedChallenge;
    /// If not empty, every proof's domain must be or include this value (presentations).
    QString expectedDomain;
    /// The time to check created/expires against; invalid means now.
    QDateTime now;
    /// Tolerated clock difference for "created in the future".
    int clockSkewSeconds = 300;
    /// Where contexts come from; null means jsonld::bundledLoader() (no network).
    std::shared_ptr<const jsonld::DocumentLoader> documentLoader;
};

/// The checks of one proof.
struct ProofResult
{
    int index = 0; ///< Position in the document's proof set.
    QString id; ///< The proof's own id, if it has one.
    QString suite; ///< "eddsa-rdfc-2022", ..., or the unknown type as written.
    QString verificationMethod; ///< As written in the proof.
    QList<Check> checks;

    /// True when every check passed (warnings allowed).
    bool verified() const { return allPassed(checks); }
    /// The check with this id, or nullptr.
    const Check* check(const QString& id) const;
};

/// The outcome for a whole document.
struct DataIntegrityResult
{
    QList<ProofResult> proofs; ///< One per proof, in document order; empty if the document has no proof.

    /// True when there is at least one proof and every proof verified.
    bool verified() const;
    /// All checks of all proofs, in order.
    QList<Check> allChecks() const;
};

/// Verifies every proof on a secured document. Never throws and never fails as a whole: problems are reported as
/// failed or not-checked checks.
DataIntegrityResult verifyDataIntegrity(const QJsonObject& securedDocument, const VerifyOptions& options = {});

/// Verifies one proof of securedDocument (which must contain it, for proof chains).
ProofResult verifyProof(
    const QJsonObject& securedDocument, const QJsonObject& proof, const VerifyOptions& options = {});

} // namespace ler::verify
