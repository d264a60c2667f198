// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/crypto/Digest.h"

#include <openssl/sha.h>

namespace ler::crypto {

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256(reinterpret_cast<const unsigned char*>(data.data()),
        size_t(data.size()),
        reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

QByteArray sha384(QByteArrayView data)
{
    QByteArray out(SHA384_DIGEST_LENGTH, Qt::Uninitialized);
    SHA384(reinterpret_cast<const unsigned char*>(data.data()),
        size_t(data.size()),
        reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

} // namespace ler::crypto
