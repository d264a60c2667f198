// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/cborld/CborLd.h"

#include <QByteArray>
#include <QCborValue>
#include <QJsonValue>

/// CBOR as the cborg library (used by CBOR-LD 4.3.4) writes it, and a guarded reader.
namespace ler::cborld::detail {

/// Serializes value the way cborg does by default: definite lengths, shortest integer heads, map entries sorted
/// (integer keys ascending; text keys by encoded length, then bytewise), and each float in the shortest of
/// half, single and double precision that holds it exactly (a half-precision subnormal only for powers of two).
QByteArray writeCbor(const QCborValue& value);

/// A JSON value as cborg encodes a JavaScript value: a number that is a safe integer becomes an integer
/// (-0 included), any other number a float.
QCborValue jsonToCbor(const QJsonValue& value);

/// Parses one CBOR data item that fills bytes exactly. Refuses tags, undefined and other simple values, integers
/// beyond 64 bits, duplicate or non-integer, non-text map keys, and anything past the limits.
Result<QCborValue> readCbor(QByteArrayView bytes, const Limits& limits);

/// A decoded raw value as JSON (integers must be safe in JavaScript; maps with text keys become objects).
Result<QJsonValue> cborToJson(const QCborValue& value);

} // namespace ler::cborld::detail
