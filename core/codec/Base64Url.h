// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace ler::codec {

/// Longest base64url text we decode: more than any file we read (ImportLimits::maxFileBytes, 20 MB) or any fetched
/// document (5 MB) can hold, so only a runaway caller meets it.
inline constexpr qsizetype kMaxBase64UrlLength = 20 * 1024 * 1024;

/// base64url without padding (RFC 4648 section 5), as JOSE, SD-JWT and multibase 'u' use it.
QByteArray base64UrlEncode(QByteArrayView data);

/// Strict base64url decoding: only [A-Za-z0-9_-], no padding, no whitespace, and unused trailing bits must be zero,
/// so that every byte string has exactly one accepted encoding. Texts longer than kMaxBase64UrlLength are refused.
Result<QByteArray> base64UrlDecode(QByteArrayView text);

} // namespace ler::codec
