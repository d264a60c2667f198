// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/PublicKey.h"
#include "core/util/Result.h"

#include <QByteArrayView>

namespace ler::crypto {

/// Longest PEM text accepted (an 8192-bit RSA key is under 1.5 KB).
inline constexpr qsizetype kMaxPemLength = 16 * 1024;

/// Reads one PEM public key: "PUBLIC KEY" (SubjectPublicKeyInfo: RSA, P-256, P-384 or Ed25519) or "RSA PUBLIC KEY"
/// (PKCS #1), as Open Badges 2.0 CryptographicKey documents carry in publicKeyPem. Private keys, certificates and
/// anything after the END line other than white space are refused.
Result<PublicKey> publicKeyFromPem(QByteArrayView pem);

} // namespace ler::crypto
