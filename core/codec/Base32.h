// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace ler::codec {

/// RFC 4648 base32 (alphabet A-Z 2-7), upper case, without padding: every character is in the QR alphanumeric set,
/// which is why VPQR and our multi-part QR format use it.
QString base32Encode(QByteArrayView data);

/// Decodes upper-case RFC 4648 base32 without padding. Refuses other characters, impossible lengths and
/// non-zero bits after the last byte, so each byte string has exactly one accepted text.
Result<QByteArray> base32Decode(QStringView text);

} // namespace ler::codec
