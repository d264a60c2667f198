// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/jsonld/DocumentLoader.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QJsonValue>
#include <memory>

/// CBOR-LD as @digitalcredentials/cborld 4.3.4 writes and reads it (the format inside VPQR codes): a CBOR tag
/// 0x0501 ("compressed, version 1") around maps whose keys are term ids. Ids come from the terms of the JSON-LD
/// contexts a document uses, numbered in the order that library meets them; values are shortened by type codecs
/// (registered context URLs, http(s) URLs, did:key and did:v1:nym URLs, urn:uuid, multibase, xsd:date and
/// xsd:dateTime). Byte-for-byte the same output as that version for every document it encodes without loss.
namespace ler::cborld {

/// The tag prefix of compressed CBOR-LD (0xd9 0x05 0x01) and of the uncompressed form (0xd9 0x05 0x00).
inline constexpr char kCompressedPrefix[] = "\xd9\x05\x01";
inline constexpr char kUncompressedPrefix[] = "\xd9\x05\x00";

/// Limits for decoding untrusted bytes.
struct Limits
{
    qsizetype maxInputBytes = 1 << 20; ///< Larger inputs are refused before parsing.
    int maxDepth = 64; ///< CBOR nesting.
    qsizetype maxItems = 200'000; ///< CBOR data items in all.
    qsizetype maxContextLoads = 64; ///< Distinct context URLs one document may use.
    /// Contexts on the stack at once. The library never pops a context an array element brings, so a long array
    /// of elements with their own @context would otherwise grow it (and the work per element) without bound.
    qsizetype maxContextStack = 1024;
};

struct Options
{
    /// Where context URLs are dereferenced; null means jsonld::bundledLoader() (never the network). A context it
    /// cannot load is an error.
    std::shared_ptr<const jsonld::DocumentLoader> documentLoader;
    /// Application context ids (values above 0x7FFF), as the library's appContextMap. VPQR uses none.
    QHash<QString, quint64> appContextMap;
    Limits limits;
};

/// Encodes a JSON-LD document (an object, or an array of objects) as compressed CBOR-LD, starting with the tag.
/// Fails, naming the term or value, when the library would fail (a term no context defines, a keyword it cannot
/// carry such as @value, an unknown context) and when its codecs would change a value (the output is decoded and
/// compared before it is returned, so a document is never shortened into a different one).
Result<QByteArray> encode(const QJsonValue& document, const Options& options = {});

/// Decodes CBOR-LD (compressed or not) back to JSON-LD, as the library's decode does.
Result<QJsonValue> decode(QByteArrayView bytes, const Options& options = {});

} // namespace ler::cborld
