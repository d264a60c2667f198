// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QByteArrayView>
#include <cstddef>

class QByteArray;
class QString;

namespace ler::crypto {

/// Move-only key material in libsodium's guarded heap (mlocked, excluded from core dumps,
/// guard pages around it) and zeroed when freed. Never converts to QByteArray on its own.
class SecretBytes
{
public:
    SecretBytes() = default;
    /// Allocates `size` bytes, zero-filled. A failed allocation gives an empty SecretBytes.
    static SecretBytes allocate(std::size_t size);
    /// Copies `bytes` into secure memory; the caller wipes its own copy.
    static SecretBytes copyOf(QByteArrayView bytes);
    /// A passphrase typed into a field, as UTF-8 in secure memory; the UTF-8 copy made on the way is wiped. The
    /// one place a passphrase's text becomes bytes: store APIs take the result.
    static SecretBytes fromText(const QString& text);
    /// Fills `size` bytes from the system CSPRNG.
    static SecretBytes random(std::size_t size);

    ~SecretBytes();
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    const char* constChar() const { return reinterpret_cast<const char*>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return QByteArrayView(m_data, qsizetype(m_size)); }

    /// Constant-time comparison.
    bool equals(const SecretBytes& other) const;
    /// Lower-case hex into secure memory (for SQLCipher's raw key literal).
    SecretBytes toHex() const;
    /// Wipes and frees now; the object becomes empty.
    void clear();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

/// Overwrites memory in a way the compiler cannot drop (sodium_memzero): for secrets that had to pass through
/// ordinary buffers (a QLineEdit's text, a file's bytes, the environment).
void wipe(void* data, std::size_t size);
/// Zeroes the bytes and empties `bytes`. Wipes only this copy's buffer: a QByteArray sharing the data detaches
/// first, so the caller must hold the only copy.
void wipe(QByteArray& bytes);
/// The same for a QString.
void wipe(QString& text);
/// Compares two byte strings in time that depends only on their length (sodium_memcmp).
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace ler::crypto
