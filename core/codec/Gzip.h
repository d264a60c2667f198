// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace ler::codec {

/// Decompresses one GZIP member (RFC 1952) and checks its CRC and length trailer. Stops with LimitExceeded as soon
/// as the output would exceed maxOutput, so a small input cannot expand into a huge buffer. Bytes after the member
/// are refused.
Result<QByteArray> gunzip(QByteArrayView compressed, qsizetype maxOutput);

/// GZIP-compresses data (used to build status lists in tests and tools).
Result<QByteArray> gzip(QByteArrayView data);

} // namespace ler::codec
