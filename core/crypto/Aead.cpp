// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/crypto/Aead.h"

#include "core/crypto/Kdf.h"
#include "core/crypto/Sodium.h"

#include <sodium.h>

namespace ler::crypto {

namespace {
const unsigned char* bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char*>(v.data());
}
} // namespace

Result<Sealed> seal(const SecretBytes& key, QByteArrayView plaintext, QByteArrayView associatedData)
{
    if (!ensureSodium() || key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES) {
        return Error(ErrorCode::Internal, tx("ler::crypto", "seal: bad key"), QStringLiteral("crypto/seal-bad-key"));
    }
    Sealed out;
    out.nonce = randomBytes(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    out.ciphertext.resize(plaintext.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long len = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(out.ciphertext.data()),
        &len,
        bytes(plaintext),
        std::size_t(plaintext.size()),
        bytes(associatedData),
        std::size_t(associatedData.size()),
        nullptr,
        bytes(out.nonce),
        key.data());
    out.ciphertext.resize(qsizetype(len));
    return out;
}

Result<SecretBytes> open(const SecretBytes& key, const Sealed& sealed, QByteArrayView associatedData)
{
    if (!ensureSodium() || key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES
        || sealed.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
        || sealed.ciphertext.size() < qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES)) {
        return Error(ErrorCode::Corrupt,
            tx("ler::crypto", "The encrypted data is damaged or incomplete."),
            QStringLiteral("crypto/sealed-data-damaged"));
    }
    SecretBytes plain
        = SecretBytes::allocate(std::size_t(sealed.ciphertext.size()) - crypto_aead_xchacha20poly1305_ietf_ABYTES);
    if (plain.isEmpty() && sealed.ciphertext.size() > qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES)) {
        return Error(ErrorCode::Crypto,
            tx("ler::crypto", "open: out of secure memory"),
            QStringLiteral("crypto/no-secure-memory"));
    }
    unsigned long long len = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(plain.data(),
        &len,
        nullptr,
        bytes(sealed.ciphertext),
        std::size_t(sealed.ciphertext.size()),
        bytes(associatedData),
        std::size_t(associatedData.size()),
        bytes(sealed.nonce),
        key.data());
    if (rc != 0) {
        return Error(ErrorCode::VerificationFailed,
            tx("ler::crypto", "The key does not open this data."),
            QStringLiteral("crypto/open-failed"));
    }
    return plain;
}

} // namespace ler::crypto
