// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/PublicKey.h"
#include "core/crypto/SecretBytes.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace ler::crypto {

/// An Ed25519 signing key held in secure memory: the wallet's own key for presentations. Move-only; the 32-byte
/// seed is the only form that leaves it (for the encrypted database), and only as SecretBytes.
class SigningKey
{
public:
    SigningKey() = default;
    /// A new key from the system CSPRNG.
    static Result<SigningKey> generate();
    /// The key for a 32-byte seed (RFC 8032 private key).
    static Result<SigningKey> fromSeed(const SecretBytes& seed);

    SigningKey(SigningKey&&) noexcept = default;
    SigningKey& operator=(SigningKey&&) noexcept = default;
    SigningKey(const SigningKey&) = delete;
    SigningKey& operator=(const SigningKey&) = delete;

    bool isNull() const { return m_secret.isEmpty(); }
    const PublicKey& publicKey() const { return m_public; }
    /// The 32-byte seed, copied into secure memory (to store it in the encrypted database).
    SecretBytes seed() const;
    /// A 64-byte Ed25519 signature over message.
    Result<QByteArray> sign(QByteArrayView message) const;

private:
    SecretBytes m_secret; ///< libsodium's 64-byte secret key (seed || public key)
    PublicKey m_public;
};

} // namespace ler::crypto
