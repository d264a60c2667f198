// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/crypto/SecretStream.h"

#include "core/crypto/Sodium.h"

#include <algorithm>
#include <cstring>
#include <sodium.h>

namespace ler::crypto {

namespace {

static_assert(SecretStreamPush::kKeyBytes == crypto_secretstream_xchacha20poly1305_KEYBYTES);
static_assert(SecretStreamPush::kHeaderBytes == crypto_secretstream_xchacha20poly1305_HEADERBYTES);
static_assert(SecretStreamPush::kOverheadBytes == crypto_secretstream_xchacha20poly1305_ABYTES);

const unsigned char* bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char*>(v.data());
}

auto* stateOf(SecretBytes& s)
{
    return reinterpret_cast<crypto_secretstream_xchacha20poly1305_state*>(s.data());
}

Error internal(Text sentence, QString reason)
{
    return Error(ErrorCode::Internal, std::move(sentence), std::move(reason));
}

Error noSecureMemory()
{
    return internal(tx("ler::crypto", "secretstream: no secure memory"), QStringLiteral("crypto/no-secure-memory"));
}

} // namespace

bool SecureBuffer::append(QByteArrayView more)
{
    if (more.isEmpty()) {
        return true;
    }
    const std::size_t needed = m_size + std::size_t(more.size());
    if (needed > m_bytes.size()) {
        SecretBytes bigger = SecretBytes::allocate(std::max<std::size_t>(needed, m_bytes.size() * 2 + 4096));
        if (bigger.isEmpty()) {
            return false;
        }
        if (m_size > 0) {
            std::memcpy(bigger.data(), m_bytes.data(), m_size);
        }
        m_bytes = std::move(bigger); // the old allocation is wiped as it is freed
    }
    std::memcpy(m_bytes.data() + m_size, more.data(), std::size_t(more.size()));
    m_size = needed;
    return true;
}

void SecureBuffer::clear()
{
    if (m_size > 0) {
        wipe(m_bytes.data(), m_size);
    }
    m_size = 0;
}

Result<SecretStreamPush> SecretStreamPush::start(const SecretBytes& key)
{
    if (!ensureSodium() || key.size() != kKeyBytes) {
        return internal(tx("ler::crypto", "secretstream: bad key"), QStringLiteral("crypto/secretstream-bad-key"));
    }
    SecretStreamPush s;
    s.m_state = SecretBytes::allocate(crypto_secretstream_xchacha20poly1305_statebytes());
    if (s.m_state.isEmpty()) {
        return noSecureMemory();
    }
    s.m_header.resize(qsizetype(kHeaderBytes));
    if (crypto_secretstream_xchacha20poly1305_init_push(
            stateOf(s.m_state), reinterpret_cast<unsigned char*>(s.m_header.data()), key.data())
        != 0) {
        return internal(
            tx("ler::crypto", "secretstream: init_push failed"), QStringLiteral("crypto/secretstream-init-failed"));
    }
    return s;
}

Result<QByteArray> SecretStreamPush::push(QByteArrayView plaintext, QByteArrayView associatedData, bool final)
{
    if (m_state.isEmpty()) {
        return internal(
            tx("ler::crypto", "secretstream: not started"), QStringLiteral("crypto/secretstream-not-started"));
    }
    QByteArray out(plaintext.size() + qsizetype(kOverheadBytes), Qt::Uninitialized);
    unsigned long long written = 0;
    const unsigned char tag
        = final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
    if (crypto_secretstream_xchacha20poly1305_push(stateOf(m_state),
            reinterpret_cast<unsigned char*>(out.data()),
            &written,
            bytes(plaintext),
            std::size_t(plaintext.size()),
            bytes(associatedData),
            std::size_t(associatedData.size()),
            tag)
        != 0) {
        return internal(
            tx("ler::crypto", "secretstream: push failed"), QStringLiteral("crypto/secretstream-push-failed"));
    }
    out.resize(qsizetype(written));
    if (final) {
        m_state.clear(); // nothing may follow the final message
    }
    return out;
}

Result<SecretStreamPull> SecretStreamPull::start(const SecretBytes& key, QByteArrayView header)
{
    if (!ensureSodium() || key.size() != SecretStreamPush::kKeyBytes
        || std::size_t(header.size()) != SecretStreamPush::kHeaderBytes) {
        return internal(tx("ler::crypto", "secretstream: bad key or header"),
            QStringLiteral("crypto/secretstream-bad-key-or-header"));
    }
    SecretStreamPull s;
    s.m_state = SecretBytes::allocate(crypto_secretstream_xchacha20poly1305_statebytes());
    if (s.m_state.isEmpty()) {
        return noSecureMemory();
    }
    if (crypto_secretstream_xchacha20poly1305_init_pull(stateOf(s.m_state), bytes(header), key.data()) != 0) {
        return Error(ErrorCode::VerificationFailed,
            tx("ler::crypto", "secretstream: bad header"),
            QStringLiteral("crypto/secretstream-bad-header"));
    }
    return s;
}

Result<SecretStreamPull::Message> SecretStreamPull::pull(QByteArrayView ciphertext, QByteArrayView associatedData)
{
    if (m_state.isEmpty()) {
        return Error(ErrorCode::VerificationFailed,
            tx("ler::crypto", "secretstream: message after the final one"),
            QStringLiteral("crypto/secretstream-after-final"));
    }
    if (std::size_t(ciphertext.size()) < SecretStreamPush::kOverheadBytes) {
        return Error(ErrorCode::VerificationFailed,
            tx("ler::crypto", "secretstream: message too short"),
            QStringLiteral("crypto/secretstream-too-short"));
    }
    Message m;
    const std::size_t plainSize = std::size_t(ciphertext.size()) - SecretStreamPush::kOverheadBytes;
    // A zero-length message still needs an allocation to decrypt into.
    m.plaintext = SecretBytes::allocate(std::max<std::size_t>(plainSize, 1));
    if (m.plaintext.isEmpty()) {
        return noSecureMemory();
    }
    unsigned long long written = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(stateOf(m_state),
            m.plaintext.data(),
            &written,
            &tag,
            bytes(ciphertext),
            std::size_t(ciphertext.size()),
            bytes(associatedData),
            std::size_t(associatedData.size()))
        != 0) {
        return Error(ErrorCode::VerificationFailed,
            tx("ler::crypto", "secretstream: message does not authenticate"),
            QStringLiteral("crypto/secretstream-not-authentic"));
    }
    if (written != plainSize) {
        return internal(tx("ler::crypto", "secretstream: unexpected plaintext size"),
            QStringLiteral("crypto/secretstream-pull-size"));
    }
    if (plainSize == 0) {
        m.plaintext = SecretBytes();
    }
    m.final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    if (m.final) {
        m_state.clear();
    }
    return m;
}

} // namespace ler::crypto
