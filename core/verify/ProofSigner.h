// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/jsonld/DocumentLoader.h"
#include "core/util/Result.h"
#include "core/verify/ProofSuite.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

/// Making Data Integrity proofs (eddsa-rdfc-2022, eddsa-jcs-2022; ecdsa-rdfc-2019 and ecdsa-jcs-2019 for a caller
/// that holds a P-256 or P-384 key), for presentations the wallet signs. The private key never comes here: the
/// caller signs the hash data with its own callback.
namespace ler::verify {

/// Signs data and returns the signature: 64 bytes for Ed25519, the raw r||s form for ECDSA (with SHA-256 for P-256,
/// SHA-384 for P-384).
using ProofSigningCallback = std::function<Result<QByteArray>(QByteArrayView data)>;

/// The proof options of a new proof.
struct ProofOptions
{
    ProofSuite suite = ProofSuite::EddsaRdfc2022; ///< EddsaRdfc2022, EddsaJcs2022, EcdsaRdfc2019 or EcdsaJcs2019.
    /// The signing key's type: Ed25519 for the eddsa suites, P256 or P384 for the ecdsa ones (it picks the hash).
    crypto::KeyType keyType = crypto::KeyType::Ed25519;
    QString verificationMethod; ///< The signing key's id, e.g. "did:key:z6Mk...#z6Mk...".
    QString proofPurpose = QStringLiteral("assertionMethod"); ///< "authentication" for presentations.
    QDateTime created; ///< Invalid means now; written in UTC to the second.
    QDateTime expires; ///< Invalid means no expiry.
    QString challenge; ///< Written if not empty (presentations).
    QString domain; ///< Written if not empty (presentations).
    QString id; ///< The proof's id, needed if a later proof will name it in previousProof.
    QStringList previousProof; ///< Ids of proofs already on the document that this proof builds on (a chain).
    /// Where contexts come from; null means jsonld::bundledLoader().
    std::shared_ptr<const jsonld::DocumentLoader> documentLoader;
};

/// Creates a proof for document (any "proof" already on it is left out of the signature, except the proofs
/// named in previousProof, which are signed with it). Returns the proof object with its proofValue.
Result<QJsonObject> createProof(
    const QJsonObject& document, const ProofOptions& options, const ProofSigningCallback& sign);

/// Creates a proof and adds it to document: "proof" becomes the new proof, or a proof set if there were proofs.
Result<QJsonObject> addProof(
    const QJsonObject& document, const ProofOptions& options, const ProofSigningCallback& sign);

} // namespace ler::verify
