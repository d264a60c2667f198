// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>

/// SHA-2 digests through OpenSSL, which uses the CPU's SHA instructions where there are some: several times faster
/// than QCryptographicHash on the canonical forms every proof check hashes.
namespace ler::crypto {

QByteArray sha256(QByteArrayView data);
QByteArray sha384(QByteArrayView data);

} // namespace ler::crypto
