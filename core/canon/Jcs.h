// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>

/// JSON Canonicalization Scheme (RFC 8785): the byte form that eddsa-jcs-2022 and JSON-LD @json literals sign.
namespace ler::jcs {

/// Deepest array/object nesting accepted; deeper input is refused before any recursive parsing.
inline constexpr int kMaxDepth = 256;

/// Parses raw JSON text and returns its canonical UTF-8 bytes. Refuses malformed text, duplicate object keys,
/// lone surrogates and nesting deeper than kMaxDepth (LimitExceeded), so the signed bytes are unambiguous.
Result<QByteArray> canonicalize(const QByteArray& json);

/// Canonical bytes of an already parsed value. Fails on NaN/Infinity, lone surrogates or excessive depth.
Result<QByteArray> canonicalize(const QJsonValue& value);

/// Canonical bytes of a document (its top-level object or array).
Result<QByteArray> canonicalize(const QJsonDocument& document);

/// ECMAScript Number.prototype.toString of a finite double ("-0" gives "0"); empty for NaN or Infinity.
QString formatNumber(double value);

} // namespace ler::jcs
