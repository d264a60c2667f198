// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/crypto/Mac.h"

#include "core/crypto/Sodium.h"

#include <sodium.h>

namespace ler::crypto {

static_assert(kMacBytes == crypto_auth_BYTES);

QByteArray authenticate(const SecretBytes& key, QByteArrayView message)
{
    if (!ensureSodium() || key.size() != crypto_auth_KEYBYTES) {
        return {};
    }
    QByteArray tag(kMacBytes, '\0');
    crypto_auth(reinterpret_cast<unsigned char*>(tag.data()),
        reinterpret_cast<const unsigned char*>(message.data()),
        std::size_t(message.size()),
        key.data());
    return tag;
}

bool verifyAuthenticator(const SecretBytes& key, QByteArrayView message, QByteArrayView tag)
{
    if (!ensureSodium() || key.size() != crypto_auth_KEYBYTES || tag.size() != kMacBytes) {
        return false;
    }
    return crypto_auth_verify(reinterpret_cast<const unsigned char*>(tag.data()),
               reinterpret_cast<const unsigned char*>(message.data()),
               std::size_t(message.size()),
               key.data())
        == 0;
}

} // namespace ler::crypto
