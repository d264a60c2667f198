// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace ler::codec {

/// The multibase encodings we accept: the two that DIDs, Multikey and Data Integrity proofs use.
enum class Multibase
{
    Base58Btc, ///< prefix 'z'
    Base64Url, ///< prefix 'u' (no padding)
};

/// Prefix character plus encoded data.
QString multibaseEncode(Multibase base, QByteArrayView data);

/// Decodes 'z' (base58btc) and 'u' (base64url); any other prefix is reported as unsupported, naming the prefix.
Result<QByteArray> multibaseDecode(QStringView text);

} // namespace ler::codec
