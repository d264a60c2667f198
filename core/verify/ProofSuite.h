// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/PublicKey.h"
#include "core/jsonld/JsonLd.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

/// The proof suites and the bytes each one hashes: the transformation (canonical form of the document), the proof
/// configuration (canonical form of the proof options) and the hash data hash(proof configuration) || hash(document),
/// as W3C Data Integrity EdDSA Cryptosuites v1.0 and Data Integrity ECDSA Cryptosuites v1.0 define them. The hash is
/// SHA-256, except for the ECDSA suites with a P-384 key, which use SHA-384 (also inside RDF canonicalization).
namespace ler::verify {

enum class ProofSuite
{
    EddsaRdfc2022, ///< DataIntegrityProof, cryptosuite eddsa-rdfc-2022 (also its draft name eddsa-2022).
    EddsaJcs2022, ///< DataIntegrityProof, cryptosuite eddsa-jcs-2022.
    Ed25519Signature2020, ///< The legacy proof type; RDF canonicalization, proofValue as in eddsa-rdfc-2022.
    Ed25519Signature2018, ///< The older legacy type; a detached JWS (b64:false) instead of proofValue.
    EcdsaRdfc2019, ///< DataIntegrityProof, cryptosuite ecdsa-rdfc-2019 (P-256 or P-384 key).
    EcdsaJcs2019, ///< DataIntegrityProof, cryptosuite ecdsa-jcs-2019 (P-256 or P-384 key).
};

/// The hash function of a proof's hash data.
enum class ProofHash
{
    Sha256,
    Sha384,
};

/// The suite a proof uses, from its type and cryptosuite. Unsupported names the type the wallet cannot check.
Result<ProofSuite> proofSuiteOf(const QJsonObject& proof);

/// "eddsa-rdfc-2022", "eddsa-jcs-2022", "Ed25519Signature2020", "Ed25519Signature2018", "ecdsa-rdfc-2019" or
/// "ecdsa-jcs-2019".
QString proofSuiteName(ProofSuite suite);

/// True for the suites that canonicalize with RDFC-1.0 (all but eddsa-jcs-2022 and ecdsa-jcs-2019).
bool usesRdfCanonicalization(ProofSuite suite);

/// True for ecdsa-rdfc-2019 and ecdsa-jcs-2019, whose keys are P-256 or P-384; the others need Ed25519 keys.
bool isEcdsa(ProofSuite suite);

/// True when a key of this type can make this suite's proofs.
bool suiteAcceptsKey(ProofSuite suite, crypto::KeyType key);

/// The hash a proof of this suite made with this key uses: SHA-384 for ECDSA with P-384, SHA-256 otherwise.
ProofHash proofHashFor(ProofSuite suite, crypto::KeyType key);

/// The intermediate values of one proof, exposed so that tests can compare them with published vectors.
struct HashInput
{
    QByteArray canonicalDocument; ///< Canonical N-Quads or JCS bytes of the unsecured document.
    QByteArray canonicalProofConfig; ///< The same for the proof configuration.
    QByteArray hashData; ///< hash(canonicalProofConfig) followed by hash(canonicalDocument).
};

/// Computes the hash input. proofConfig is the proof without its proofValue (or jws); its @context is set to the
/// document's, as every suite requires. jsonOptions carries the document loader for contexts. hash is the one
/// proofHashFor() gives for the signing key.
Result<HashInput> hashInput(ProofSuite suite,
    const QJsonObject& unsecuredDocument,
    QJsonObject proofConfig,
    const jsonld::Options& jsonOptions = {},
    ProofHash hash = ProofHash::Sha256);

/// The canonical form a suite signs for a document (canonical N-Quads or JCS). RDF canonicalization labels blank
/// nodes with the given hash.
Result<QByteArray> canonicalForm(ProofSuite suite,
    const QJsonObject& document,
    const jsonld::Options& jsonOptions,
    ProofHash hash = ProofHash::Sha256);

} // namespace ler::verify
