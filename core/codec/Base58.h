// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace ler::codec {

/// Longest base58btc text we decode; keys and signatures are far shorter, and the algorithm is quadratic.
inline constexpr qsizetype kMaxBase58Length = 8192;

/// base58btc (the Bitcoin alphabet), as used by multibase 'z' and publicKeyBase58.
QByteArray base58Encode(QByteArrayView data);

/// Decodes base58btc; rejects characters outside the alphabet and texts longer than kMaxBase58Length.
Result<QByteArray> base58Decode(QByteArrayView text);

} // namespace ler::codec
