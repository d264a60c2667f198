// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/cborld/TermTable.h"

#include <QCborValue>
#include <QJsonValue>
#include <optional>

/// The value codecs of CBOR-LD 4.3.4. An encoder returns nullopt when it does not apply (the value is then written
/// as it is) and an error where the library itself fails. A decoder returns nullopt when it does not apply (the
/// value is then taken as it is).
namespace ler::cborld::detail {

using Encoded = Result<std::optional<QCborValue>>;
using Decoded = Result<std::optional<QJsonValue>>;

/// A @context entry: a registered or application URL becomes its id, any other URL stays text.
std::optional<QCborValue> encodeContextUrl(const QJsonValue& value, const QHash<QString, quint64>& appContexts);
/// The reverse; objects (inline contexts) come back as JSON. Unknown ids are an error.
Result<QJsonValue> decodeContextValue(const QCborValue& value, const QHash<QString, quint64>& appContexts);

/// @id values and @id-typed values: http(s) URLs, urn:uuid URNs, did:key and did:v1:nym URLs.
Encoded encodeUri(const QJsonValue& value);
Decoded decodeUri(const QCborValue& value);

/// @type values and @vocab-typed values: a known term becomes its id, anything else goes to encodeUri.
Encoded encodeVocabTerm(const QJsonValue& value, const TermTable& table);
Decoded decodeVocabTerm(const QCborValue& value, const TermTable& table);

/// https://w3id.org/security#multibase values ('z' base58btc and 'M' base64pad) become bytes.
Encoded encodeMultibase(const QJsonValue& value);
Decoded decodeMultibase(const QCborValue& value);

/// xsd:date ("2024-05-01") and xsd:dateTime ("2024-05-01T10:00:00Z", with or without milliseconds) in their
/// canonical UTC forms become seconds since 1970 (and milliseconds).
Encoded encodeXsdDate(const QJsonValue& value);
Decoded decodeXsdDate(const QCborValue& value);
Encoded encodeXsdDateTime(const QJsonValue& value);
Decoded decodeXsdDateTime(const QCborValue& value);

/// The encoder or decoder for a term type IRI, as the library's TYPE_ENCODERS / TYPE_DECODERS tables.
Encoded encodeTyped(const QString& type, const QJsonValue& value, const TermTable& table);
Decoded decodeTyped(const QString& type, const QCborValue& value, const TermTable& table);

} // namespace ler::cborld::detail
