// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/jsonld/JsonLd.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

/// The Ed25519 proof suites and the bytes each one hashes: the transformation (canonical form of the document),
/// the proof configuration (canonical form of the proof options) and the hash data
/// SHA-256(proof configuration) || SHA-256(document), as W3C Data Integrity EdDSA Cryptosuites v1.0 defines them.
namespace ler::verify {

enum class ProofSuite
{
    EddsaRdfc2022, ///< DataIntegrityProof, cryptosuite eddsa-rdfc-2022 (also its draft name eddsa-2022).
    EddsaJcs2022, ///< DataIntegrityProof, cryptosuite eddsa-jcs-2022.
    Ed25519Signature2020, ///< The legacy proof type; RDF canonicalization, proofValue as in eddsa-rdfc-2022.
    Ed25519Signature2018, ///< The older legacy type; a detached JWS (b64:false) instead of proofValue.
};

/// The suite a proof uses, from its type and cryptosuite. Unsupported names the type the wallet cannot check.
Result<ProofSuite> proofSuiteOf(const QJsonObject& proof);

/// "eddsa-rdfc-2022", "eddsa-jcs-2022", "Ed25519Signature2020" or "Ed25519Signature2018".
QString proofSuiteName(ProofSuite suite);

/// True for the suites that canonicalize with RDFC-1.0 (everything but eddsa-jcs-2022).
bool usesRdfCanonicalization(ProofSuite suite);

/// The intermediate values of one proof, exposed so that tests can compare them with published vectors.
struct HashInput
{
    QByteArray canonicalDocument; ///< Canonical N-Quads or JCS bytes of the unsecured document.
    QByteArray canonicalProofConfig; ///< The same for the proof configuration.
    QByteArray hashData; ///< SHA-256(canonicalProofConfig) followed by SHA-256(canonicalDocument).
};

/// Computes the hash input. proofConfig is the proof without its proofValue (or jws); its @context is set to the
/// document's, as every suite requires. jsonOptions carries the document loader for contexts.
Result<HashInput> hashInput(ProofSuite suite,
    const QJsonObject& unsecuredDocument,
    QJsonObject proofConfig,
    const jsonld::Options& jsonOptions = {});

/// The canonical form a suite signs for a document (canonical N-Quads or JCS).
Result<QByteArray> canonicalForm(ProofSuite suite, const QJsonObject& document, const jsonld::Options& jsonOptions);

} // namespace ler::verify
