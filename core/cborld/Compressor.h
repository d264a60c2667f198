// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/cborld/TermTable.h"

#include <QCborMap>
#include <QJsonObject>

namespace ler::cborld::detail {

/// JSON-LD to the CBOR-LD data model (maps keyed by term id), walking a document as CBOR-LD 4.3.4 does.
class Compressor
{
public:
    explicit Compressor(const Options& options);

    /// An object becomes a map, an array of objects an array of maps.
    Result<QCborValue> compress(const QJsonValue& document);

private:
    Status transform(const QJsonObject& object, QCborMap& out, ContextStack& stack, int depth);
    Result<QCborValue> transformValue(const QJsonValue& value, const QString& termType, ContextStack& stack, int depth);

    Options m_options;
    TermTable m_table;
};

/// The reverse of Compressor, as the library's Decompressor.
class Decompressor
{
public:
    explicit Decompressor(const Options& options);

    Result<QJsonValue> decompress(const QCborValue& data);

private:
    Status transform(const QCborMap& map, QJsonObject& out, ContextStack& stack, int depth);
    Result<QJsonValue> transformValue(const QCborValue& value, const QString& termType, ContextStack& stack, int depth);

    Options m_options;
    TermTable m_table;
};

/// Types of an object, as the library applies type-scoped contexts: the distinct text values of @type and its
/// aliases, sorted by code units.
QStringList objectTypes(const QJsonObject& object, const QStringList& typeAliases);

/// Pushes the type-scoped contexts of types onto stack, each looked up in the context on top at that moment.
Status applyTypeScopedContexts(TermTable& table, ContextStack& stack, const QStringList& types);

} // namespace ler::cborld::detail
