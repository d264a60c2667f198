// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/crypto/SigningKey.h"

#include "core/crypto/Sodium.h"

#include <array>
#include <sodium.h>

namespace ler::crypto {

namespace {

Error signingFailure()
{
    return Error(ErrorCode::Crypto,
        tx("ler::crypto", "The wallet's signing key is unusable."),
        QStringLiteral("crypto/signing-key-unusable"));
}

} // namespace

Result<SigningKey> SigningKey::generate()
{
    if (!ensureSodium())
        return signingFailure();
    SecretBytes seed = SecretBytes::random(crypto_sign_SEEDBYTES);
    if (seed.isEmpty())
        return signingFailure();
    return fromSeed(seed);
}

Result<SigningKey> SigningKey::fromSeed(const SecretBytes& seed)
{
    if (!ensureSodium() || seed.size() != crypto_sign_SEEDBYTES)
        return signingFailure();
    SigningKey key;
    key.m_secret = SecretBytes::allocate(crypto_sign_SECRETKEYBYTES);
    if (key.m_secret.isEmpty())
        return signingFailure();
    std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> pk {};
    if (crypto_sign_seed_keypair(pk.data(), key.m_secret.data(), seed.data()) != 0)
        return signingFailure();
    auto pub = PublicKey::fromEd25519(QByteArrayView(pk.data(), qsizetype(pk.size())));
    if (!pub)
        return pub.error();
    key.m_public = *pub;
    return key;
}

SecretBytes SigningKey::seed() const
{
    if (m_secret.isEmpty())
        return {};
    // libsodium's secret key starts with the seed.
    return SecretBytes::copyOf(QByteArrayView(m_secret.constChar(), crypto_sign_SEEDBYTES));
}

Result<QByteArray> SigningKey::sign(QByteArrayView message) const
{
    if (m_secret.isEmpty())
        return signingFailure();
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    if (crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()),
            nullptr,
            reinterpret_cast<const unsigned char*>(message.data()),
            static_cast<unsigned long long>(message.size()),
            m_secret.data())
        != 0)
        return signingFailure();
    return signature;
}

} // namespace ler::crypto
