// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/PublicKey.h"
#include "core/crypto/SigningKey.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ler::store {
class SqlCipherDatabase;
}

/// Making presentations: the wallet's own key, what the person picked, the preview, the signed outputs and the
/// sharing history.
namespace ler::present {

/// The wallet's own identity ("your wallet ID"): an Ed25519 key whose did:key signs presentations. Public data only.
struct HolderIdentity
{
    QString keyId; ///< the row id in holder_keys
    QString did; ///< did:key:z6Mk...
    QString verificationMethod; ///< did#z6Mk..., the key's id in the DID document
    crypto::PublicKey publicKey;
    QDateTime createdAt;

    /// The public key as a JWK (what an issuer puts in an SD-JWT VC's cnf.jwk).
    QJsonObject publicJwk() const { return publicKey.toJwk(); }
    /// {"did", "publicJwk"}: what `whoami --json` prints.
    QJsonObject toJson() const;
    /// True when an SD-JWT's cnf claim names this key (cnf.jwk with the same key, or cnf.kid with this DID or its
    /// verification method).
    bool isBoundBy(const QJsonObject& cnf) const;
};

/// The holder key in the wallet database. The secret part exists only inside the encrypted database and, while
/// signing, in secure memory. Works on the caller's thread, like the other repositories.
class HolderKeys
{
public:
    explicit HolderKeys(store::SqlCipherDatabase& db);

    /// The wallet's identity; a key pair is made and stored the first time it is asked for (also for wallets created
    /// before holder keys existed).
    Result<HolderIdentity> identity();
    /// The identity if one was made already (nothing is written); NotFound otherwise.
    Result<HolderIdentity> existingIdentity();
    /// The signing key of an identity, loaded from the database into secure memory. Corrupt when the stored secret
    /// does not belong to the stored public key.
    Result<crypto::SigningKey> signingKey(const HolderIdentity& identity);

private:
    store::SqlCipherDatabase& m_db;
};

} // namespace ler::present
