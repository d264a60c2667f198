// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/rdf/Rdf.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

/// RDF Dataset Canonicalization (W3C RDFC-1.0): the stable blank node labels and quad order that Data Integrity
/// proofs (eddsa-rdfc-2022 and friends) hash and sign.
namespace ler::rdfc {

enum class HashAlgorithm
{
    Sha256,
    Sha384
};

/// Tuning for one canonicalization run.
struct Options
{
    HashAlgorithm hash = HashAlgorithm::Sha256;
    /// Bound on the work of the Hash N-Degree Quads step, counted as calls plus permutations tried. Real
    /// credentials need a few dozen; a crafted "poison" graph needs factorially many and is refused with
    /// ErrorCode::LimitExceeded instead of hanging the app.
    qint64 maxWorkSteps = 50000;
};

/// The outcome of canonicalization.
struct Canonicalized
{
    QByteArray nquads; ///< Canonical N-Quads (UTF-8), sorted, every line ending in "\n".
    rdf::Dataset dataset; ///< The same quads, relabelled and in the same order.
    QMap<QString, QString> issuedLabels; ///< Input blank node label -> canonical label ("c14n0"...), no "_:".
    qint64 workSteps = 0; ///< Work spent, for tuning Options::maxWorkSteps.
};

/// Canonicalizes a dataset. Exact duplicate quads are counted once.
Result<Canonicalized> canonicalizeDataset(const rdf::Dataset& dataset, const Options& options = {});

/// Parses N-Quads text and returns its canonical N-Quads bytes.
Result<QByteArray> canonicalize(const QByteArray& nquadsText, const Options& options = {});

} // namespace ler::rdfc
