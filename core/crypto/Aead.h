// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/SecretBytes.h"
#include "core/util/Result.h"

#include <QByteArray>

namespace ler::crypto {

/// XChaCha20-Poly1305 (IETF) with a random 192-bit nonce; associated data binds the context.
struct Sealed
{
    QByteArray nonce;
    QByteArray ciphertext; ///< Includes the 16-byte tag.
};

/// Encrypts `plaintext` under a 32-byte key with a fresh random nonce.
Result<Sealed> seal(const SecretBytes& key, QByteArrayView plaintext, QByteArrayView associatedData);

/// Decrypts into secure memory. A wrong key, a changed ciphertext or changed associated data all
/// fail the same way (ErrorCode::VerificationFailed).
Result<SecretBytes> open(const SecretBytes& key, const Sealed& sealed, QByteArrayView associatedData);

} // namespace ler::crypto
