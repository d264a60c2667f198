// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/SecretBytes.h"

#include <QByteArray>

namespace ler::crypto {

/// Length of an authentication tag from authenticate().
constexpr qsizetype kMacBytes = 32;

/// HMAC-SHA-512-256 (libsodium crypto_auth) of `message` under a 32-byte key. Empty when the key is wrong.
QByteArray authenticate(const SecretBytes& key, QByteArrayView message);

/// Checks a tag from authenticate() in constant time.
bool verifyAuthenticator(const SecretBytes& key, QByteArrayView message, QByteArrayView tag);

} // namespace ler::crypto
