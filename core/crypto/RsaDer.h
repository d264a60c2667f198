// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <utility>

namespace ler::crypto {

/// Reads a DER RSAPublicKey (RFC 8017 A.1.1: SEQUENCE { modulus INTEGER, publicExponent INTEGER }), strictly:
/// minimal lengths and integers, positive values, nothing trailing. Returns (modulus, exponent), big-endian.
Result<std::pair<QByteArray, QByteArray>> decodeRsaPublicKeyDer(QByteArrayView der);

/// Writes the DER RSAPublicKey for a big-endian modulus and exponent.
QByteArray encodeRsaPublicKeyDer(QByteArrayView modulus, QByteArrayView exponent);

} // namespace ler::crypto
