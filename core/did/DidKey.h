// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/PublicKey.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringView>

namespace ler::did {

/// How resolveDidKey() writes the verification method.
enum class DidKeyFormat
{
    /// Current did:key spec: type Multikey with publicKeyMultibase; Ed25519 keys also get an X25519 keyAgreement.
    Multikey,
    /// The older form of the did:key test vectors: Ed25519VerificationKey2018 / X25519KeyAgreementKey2019 with
    /// publicKeyBase58, or JsonWebKey2020 with publicKeyJwk for P-256, P-384 and RSA.
    Legacy,
    /// The older JsonWebKey2020 form for every key type (Ed25519 with an X25519 JWK for keyAgreement).
    JsonWebKey2020,
};

/// The public key a did:key names. Key types that cannot sign credentials for us (X25519, secp256k1, P-521,
/// BLS) are reported as Unsupported with their multicodec name.
Result<crypto::PublicKey> publicKeyFromDidKey(QStringView did);

/// "did:key:z..." for a key.
QString didKeyFromPublicKey(const crypto::PublicKey& key);

/// The DID document of a did:key, built locally (no network).
Result<QJsonObject> resolveDidKey(QStringView did, DidKeyFormat format = DidKeyFormat::Multikey);

} // namespace ler::did
