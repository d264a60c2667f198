// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <utility>

namespace ler::codec {

/// Multicodec codes for keys that DID methods and Multikey carry (from the multiformats table).
enum class Multicodec : quint64
{
    Secp256k1Pub = 0xe7,
    X25519Pub = 0xec,
    Ed25519Pub = 0xed,
    P256Pub = 0x1200,
    P384Pub = 0x1201,
    P521Pub = 0x1202,
    RsaPub = 0x1205,
    Ed25519Priv = 0x1300,
    Secp256k1Priv = 0x1301,
    X25519Priv = 0x1302,
    RsaPriv = 0x1305,
    P256Priv = 0x1306,
    P384Priv = 0x1307,
    P521Priv = 0x1308,
};

/// Bytes after their multicodec prefix, with the code the prefix named.
struct MulticodecValue
{
    quint64 code = 0;
    QByteArray data;
};

/// Unsigned LEB128 varint as multiformats defines it (at most 9 bytes, minimal encoding).
QByteArray encodeVarint(quint64 value);

/// Reads a minimal unsigned varint from the front of data; returns the value and the number of bytes used.
Result<std::pair<quint64, qsizetype>> decodeVarint(QByteArrayView data);

/// varint(code) followed by data.
QByteArray multicodecPrefix(Multicodec code, QByteArrayView data);

/// Splits off the varint code; unknown codes are returned as they are (see isKnownMulticodec).
Result<MulticodecValue> multicodecSplit(QByteArrayView data);

/// True for the codes listed in Multicodec.
bool isKnownMulticodec(quint64 code);

/// The multiformats table name of a code ("ed25519-pub"), or a hex number for unknown codes.
QString multicodecName(quint64 code);

} // namespace ler::codec
