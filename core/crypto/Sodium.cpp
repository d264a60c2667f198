// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/crypto/Sodium.h"

#include <QByteArray>
#include <sodium.h>

namespace ler::crypto {

bool ensureSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

namespace {

Error selfTestFailed(const char* what)
{
    return { ErrorCode::Crypto,
        tx("ler::crypto",
            "The cryptography self-test failed (%1). "
            "LER Wallet cannot run safely on this computer.")
            .arg(QLatin1String(what)),
        QStringLiteral("crypto/self-test-failed") };
}

bool sha256Kat()
{
    const QByteArray expected = QByteArray::fromHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    unsigned char out[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(out, reinterpret_cast<const unsigned char*>("abc"), 3);
    return QByteArray(reinterpret_cast<const char*>(out), sizeof out) == expected;
}

// RFC 8032 section 7.1, TEST 1 (empty message).
bool ed25519Kat()
{
    const QByteArray seed = QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    const QByteArray pub = QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    const QByteArray sig = QByteArray::fromHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                                               "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_seed_keypair(pk, sk, reinterpret_cast<const unsigned char*>(seed.constData()));
    unsigned char out[crypto_sign_BYTES];
    crypto_sign_detached(out, nullptr, nullptr, 0, sk);
    sodium_memzero(sk, sizeof sk);
    const bool ok = QByteArray(reinterpret_cast<const char*>(pk), sizeof pk) == pub
        && QByteArray(reinterpret_cast<const char*>(out), sizeof out) == sig
        && crypto_sign_verify_detached(out, nullptr, 0, pk) == 0;
    out[0] ^= 1;
    return ok && crypto_sign_verify_detached(out, nullptr, 0, pk) != 0;
}

// draft-irtf-cfrg-xchacha-03, appendix A.3.1.
bool xchachaKat()
{
    const QByteArray plaintext("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for "
                               "the future, sunscreen would be it.");
    const QByteArray ad = QByteArray::fromHex("50515253c0c1c2c3c4c5c6c7");
    const QByteArray key = QByteArray::fromHex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f");
    const QByteArray nonce = QByteArray::fromHex("404142434445464748494a4b4c4d4e4f5051525354555657");
    const QByteArray expected = QByteArray::fromHex(
        "bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c"
        "54c216cb96b72e1213b4522f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff921f9664c97637da9768812"
        "f615c68b13b52ec0875924c1c7987947deafd8780acf49");
    QByteArray out(plaintext.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    unsigned long long outLen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(out.data()),
        &outLen,
        reinterpret_cast<const unsigned char*>(plaintext.constData()),
        plaintext.size(),
        reinterpret_cast<const unsigned char*>(ad.constData()),
        ad.size(),
        nullptr,
        reinterpret_cast<const unsigned char*>(nonce.constData()),
        reinterpret_cast<const unsigned char*>(key.constData()));
    return qsizetype(outLen) == out.size() && out == expected;
}

} // namespace

Status selfTest()
{
    if (!ensureSodium()) {
        return selfTestFailed("sodium_init");
    }
    if (!sha256Kat()) {
        return selfTestFailed("SHA-256");
    }
    if (!ed25519Kat()) {
        return selfTestFailed("Ed25519");
    }
    if (!xchachaKat()) {
        return selfTestFailed("XChaCha20-Poly1305");
    }
    return {};
}

} // namespace ler::crypto
