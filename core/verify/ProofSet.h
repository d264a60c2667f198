// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

/// Proof sets and proof chains (W3C Data Integrity 1.0, "Proof Sets" and "Proof Chains"): a document's "proof" may
/// hold several proofs; a proof with "previousProof" signs the document together with the proofs it names.
namespace ler::verify {

/// The proofs of a secured document, whether "proof" holds one object or an array. Non-objects are kept as empty
/// objects so that positions still match the document.
QList<QJsonObject> proofsOf(const QJsonObject& securedDocument);

/// The ids a proof's previousProof names (a string or an array of strings); empty when it has none.
QStringList previousProofIds(const QJsonObject& proof);

/// The proofs among allProofs whose id is one of ids, in the order of ids. NotFound names the first id missing.
Result<QJsonArray> matchingProofs(const QList<QJsonObject>& allProofs, const QStringList& ids);

/// The document a proof signs: securedDocument without "proof", plus the proofs named by previousProof.
Result<QJsonObject> documentForProof(const QJsonObject& securedDocument, const QJsonObject& proof);

} // namespace ler::verify
