// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/SecretBytes.h"
#include "core/util/Result.h"

#include <QString>

namespace ler::store {

/// The wallet's recovery code: 30 random Crockford base32 characters (150 bits) and two check
/// characters, shown as eight groups of four ("7KQ2-...") that are easy to copy by hand.
namespace recovery {

/// A fresh code, grouped for display.
QString generate();

/// Normalises what a person typed (case, spaces, dashes, O for 0, I/L for 1) and checks the check
/// characters, so a typo is caught at once instead of after a slow key derivation.
/// Returns the 32 canonical characters in secure memory.
Result<crypto::SecretBytes> normalise(const QString& typed);
/// The same for a code typed as UTF-8 bytes.
Result<crypto::SecretBytes> normalise(QByteArrayView typed);

/// Groups 32 canonical characters as XXXX-XXXX-... for display.
QString group(QByteArrayView canonical);

} // namespace recovery
} // namespace ler::store
