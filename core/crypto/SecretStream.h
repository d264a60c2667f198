// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/SecretBytes.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <cstddef>

namespace ler::crypto {

/// A growable byte buffer in secure memory (sodium_malloc): plaintext that is being built before it is
/// encrypted. Growing copies into a new allocation and wipes the old one.
class SecureBuffer
{
public:
    SecureBuffer() = default;
    /// Appends; false when secure memory cannot be had (the buffer is unchanged then).
    [[nodiscard]] bool append(QByteArrayView bytes);
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return QByteArrayView(m_bytes.data(), qsizetype(m_size)); }
    /// Empties the buffer and wipes what it held; the allocation is kept for reuse.
    void clear();

private:
    SecretBytes m_bytes;
    std::size_t m_size = 0;
};

/// libsodium's crypto_secretstream_xchacha20poly1305: a sequence of messages under one key, each encrypted and
/// authenticated with XChaCha20-Poly1305, chained so that none can be dropped, repeated or reordered, and the last
/// marked final so that a cut-off stream is detected. The state (it holds the key) lives in secure memory.
class SecretStreamPush
{
public:
    static constexpr std::size_t kKeyBytes = 32;
    static constexpr std::size_t kHeaderBytes = 24;
    static constexpr std::size_t kOverheadBytes = 17; ///< added to each message: tag byte and 16-byte MAC

    /// Starts a stream under a 32-byte key; header() is then what the reader needs to start.
    static Result<SecretStreamPush> start(const SecretBytes& key);
    QByteArray header() const { return m_header; }
    /// Encrypts one message; `final` marks the end of the stream.
    Result<QByteArray> push(QByteArrayView plaintext, QByteArrayView associatedData, bool final);

private:
    SecretBytes m_state;
    QByteArray m_header;
};

class SecretStreamPull
{
public:
    /// Starts reading a stream; fails when the key or header has the wrong size.
    static Result<SecretStreamPull> start(const SecretBytes& key, QByteArrayView header);

    struct Message
    {
        SecretBytes plaintext;
        bool final = false;
    };
    /// Decrypts the next message into secure memory. A wrong key, a changed, dropped, repeated or reordered message
    /// fails with ErrorCode::VerificationFailed.
    Result<Message> pull(QByteArrayView ciphertext, QByteArrayView associatedData);

private:
    SecretBytes m_state;
};

} // namespace ler::crypto
