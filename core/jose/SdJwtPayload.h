// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/jose/Disclosure.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace ler::jose {

/// Deepest nesting of objects and arrays followed while processing a payload.
inline constexpr int kMaxSdJwtDepth = 64;

/// The hash function a payload declares in "_sd_alg" (sha-256 when absent).
Result<SdHashAlgorithm> payloadHashAlgorithm(const QJsonObject& payload);

/// Rebuilds the claims from an issuer-signed SD-JWT payload and the disclosures that came with it (RFC 9901
/// section 7.1, steps 3-5): every matching digest in an "_sd" array or a {"...": digest} array element is replaced
/// by its disclosed claim, recursively; unmatched digests (undisclosed claims and decoys) disappear; "_sd" and the
/// top-level "_sd_alg" are removed. Fails on a malformed or duplicate disclosure, a digest seen twice, a disclosure
/// that no digest references, a claim name "_sd", "..." or "_sd_alg", a disclosure of the wrong kind for its place, a
/// disclosed claim whose name already exists at the same level, and a top-level iss, nbf, exp, cnf, vct,
/// vct#integrity, status or issuer that was selectively disclosed (these must stay in the signed payload).
Result<QJsonObject> processSdJwtPayload(const QJsonObject& payload, const QList<QByteArray>& disclosures);

/// For each disclosure, the disclosure whose value holds its digest (or empty when the issuer-signed payload holds
/// it directly): a presentation that reveals a nested claim must also reveal its parents.
Result<QHash<QByteArray, QByteArray>> disclosureParents(
    const QJsonObject& payload, const QList<QByteArray>& disclosures);

} // namespace ler::jose
