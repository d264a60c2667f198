// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/crypto/SecretBytes.h"

#include "core/crypto/Sodium.h"

#include <QByteArray>
#include <QString>
#include <cstring>
#include <sodium.h>
#include <utility>

namespace ler::crypto {

SecretBytes SecretBytes::allocate(std::size_t size)
{
    SecretBytes s;
    if (size == 0 || !ensureSodium()) {
        return s;
    }
    s.m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (s.m_data) {
        sodium_memzero(s.m_data, size);
        s.m_size = size;
    }
    return s;
}

SecretBytes SecretBytes::copyOf(QByteArrayView bytes)
{
    SecretBytes s = allocate(std::size_t(bytes.size()));
    if (!s.isEmpty()) {
        std::memcpy(s.m_data, bytes.data(), s.m_size);
    }
    return s;
}

SecretBytes SecretBytes::fromText(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    SecretBytes s = copyOf(utf8);
    wipe(utf8);
    return s;
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes s = allocate(size);
    if (!s.isEmpty()) {
        randombytes_buf(s.m_data, s.m_size);
    }
    return s;
}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{ }

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

bool SecretBytes::equals(const SecretBytes& other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

SecretBytes SecretBytes::toHex() const
{
    SecretBytes hex = allocate(m_size * 2 + 1);
    if (!hex.isEmpty()) {
        sodium_bin2hex(reinterpret_cast<char*>(hex.m_data), hex.m_size, m_data, m_size);
        hex.m_size -= 1; // keep the terminating NUL inside the allocation, outside the view
    }
    return hex;
}

void SecretBytes::clear()
{
    if (m_data) {
        sodium_free(m_data); // zeroes before unmapping
    }
    m_data = nullptr;
    m_size = 0;
}

void wipe(void* data, std::size_t size)
{
    if (data && size > 0) {
        sodium_memzero(data, size);
    }
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        wipe(bytes.data(), std::size_t(bytes.size()));
    }
    bytes.clear();
}

void wipe(QString& text)
{
    if (!text.isEmpty()) {
        wipe(text.data(), std::size_t(text.size()) * sizeof(QChar));
    }
    text.clear();
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    return ensureSodium() && a.size() == b.size()
        && (a.isEmpty() || sodium_memcmp(a.data(), b.data(), std::size_t(a.size())) == 0);
}

} // namespace ler::crypto
