// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <utility>

namespace ler::crypto {

enum class KeyType;

/// Low-level primitives behind PublicKey, one per key family. Inputs are assumed validated by PublicKey;
/// these functions still fail safely on bad sizes. Only this file and PublicKey.cpp touch libsodium/OpenSSL.
namespace detail {

/// Digest used with an ECDSA or RSA signature.
enum class Digest
{
    Sha256,
    Sha384,
    Sha512,
};

/// libsodium crypto_sign_verify_detached.
Status verifyEd25519(QByteArrayView key, QByteArrayView message, QByteArrayView signature);

/// ECDSA over the named curve; signature is the JOSE raw form r||s (RFC 7518 section 3.4).
Status verifyEcdsa(
    KeyType curve, QByteArrayView x, QByteArrayView y, Digest digest, QByteArrayView message, QByteArrayView signature);

/// RSASSA-PKCS1-v1_5, or RSASSA-PSS with MGF1 of the same digest and salt length equal to the digest size.
Status verifyRsa(QByteArrayView modulus,
    QByteArrayView exponent,
    Digest digest,
    bool pss,
    QByteArrayView message,
    QByteArrayView signature);

/// Checks that (x, y) is a point on the curve (not infinity).
Status checkEcPoint(KeyType curve, QByteArrayView x, QByteArrayView y);

/// Decodes a SEC 1 compressed or uncompressed point into fixed-size affine coordinates.
Result<std::pair<QByteArray, QByteArray>> decodeEcPoint(KeyType curve, QByteArrayView point);

/// Rejects Ed25519 keys that are not canonical points of the prime-order subgroup (libsodium's check).
Status checkEd25519(QByteArrayView key);

/// Ed25519 public key to X25519 (libsodium crypto_sign_ed25519_pk_to_curve25519).
Result<QByteArray> ed25519ToX25519(QByteArrayView key);

} // namespace detail
} // namespace ler::crypto
