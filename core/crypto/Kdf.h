// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/SecretBytes.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <cstdint>

namespace ler::crypto {

/// Argon2id parameters, stored beside each keyslot so a later libsodium derives the same key.
struct KdfParams
{
    QString algorithm; ///< Always "argon2id13": pinned, never libsodium's moving default.
    std::uint64_t opsLimit = 0;
    std::uint64_t memLimit = 0; ///< Bytes.
    QByteArray salt; ///< crypto_pwhash_SALTBYTES random bytes.

    /// Measures this machine and picks a cost of about `targetMs` with at least `minMemory` bytes.
    /// Takes roughly one to two seconds.
    static KdfParams calibrate(int targetMs = 700, std::uint64_t minMemory = std::uint64_t(256) << 20);
    /// The cheapest cost libsodium allows. Only tests pass this, explicitly; the product always calibrates.
    static KdfParams cheapForTests();
    /// The same cost with a fresh random salt.
    KdfParams withNewSalt() const;

    QJsonObject toJson() const;
    /// Parses and bounds-checks stored parameters (a hostile file must not ask for terabytes).
    static Result<KdfParams> fromJson(const QJsonObject& json);
    /// True for Argon2id with a salt of the right size and a cost within the bounds fromJson() accepts.
    bool withinBounds() const;
};

/// Derives `keyLength` bytes from a passphrase with Argon2id. Runs for as long as the parameters say.
Result<SecretBytes> deriveKey(QByteArrayView passphrase, const KdfParams& params, std::size_t keyLength = 32);

/// Derives an independent subkey from a 32-byte master key (libsodium crypto_kdf; `context` is 8 chars).
Result<SecretBytes> deriveSubkey(
    const SecretBytes& master, std::uint64_t id, const char (&context)[9], std::size_t length = 32);

/// Random bytes from the system CSPRNG, for salts and nonces (never for keys: see SecretBytes::random).
QByteArray randomBytes(qsizetype size);

} // namespace ler::crypto
