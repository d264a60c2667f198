// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace ler::codec {

/// base64url without padding (RFC 4648 section 5), as JOSE, SD-JWT and multibase 'u' use it.
QByteArray base64UrlEncode(QByteArrayView data);

/// Strict base64url decoding: only [A-Za-z0-9_-], no padding, no whitespace, and unused trailing bits must be zero,
/// so that every byte string has exactly one accepted encoding.
Result<QByteArray> base64UrlDecode(QByteArrayView text);

} // namespace ler::codec
