// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/cborld/Compressor.h"

#include "core/cborld/Cbor.h"
#include "core/cborld/Codecs.h"

#include <QCborArray>
#include <QJsonArray>
#include <algorithm>

namespace ler::cborld::detail {

namespace {

Error unknownTerm(const QString& term)
{
    return Error(ErrorCode::Unsupported,
        tx("ler::cborld",
            "The term \"%1\" is not defined by the JSON-LD contexts of the document, so it cannot be written as "
            "CBOR-LD.")
            .arg(term),
        QStringLiteral("cborld/term-undefined"));
}

Error unsupportedKeyword(const QString& keyword)
{
    return Error(ErrorCode::Unsupported,
        tx("ler::cborld", "CBOR-LD cannot carry the JSON-LD keyword %1.").arg(keyword),
        QStringLiteral("cborld/keyword-unsupported"));
}

Error tooDeep()
{
    return Error(ErrorCode::LimitExceeded,
        tx("ler::cborld", "The document is nested too deeply for CBOR-LD."),
        QStringLiteral("cborld/document-too-deep"));
}

Error damaged(Text sentence, QString reason)
{
    return Error(ErrorCode::InvalidInput, std::move(sentence), std::move(reason));
}

bool isKeyword(const QString& term)
{
    return term.startsWith(u'@') && keywordIds().contains(term);
}

/// JavaScript's truthiness of a decoded CBOR value.
bool cborTruthy(const QCborValue& v)
{
    switch (v.type()) {
    case QCborValue::Integer:
        return v.toInteger() != 0;
    case QCborValue::Double:
        return v.toDouble() != 0 && v.toDouble() == v.toDouble();
    case QCborValue::String:
        return !v.toString().isEmpty();
    case QCborValue::False:
    case QCborValue::Null:
    case QCborValue::Undefined:
    case QCborValue::Invalid:
        return false;
    default:
        break;
    }
    return true;
}

} // namespace

QStringList objectTypes(const QJsonObject& object, const QStringList& typeAliases)
{
    QStringList types;
    QStringList terms { QStringLiteral("@type") };
    terms += typeAliases;
    for (const QString& term : terms) {
        const QJsonValue v = object.value(term);
        const QJsonArray values = v.isArray() ? v.toArray() : QJsonArray { v };
        for (const QJsonValue& t : values) {
            if (t.isString() && !types.contains(t.toString())) {
                types.append(t.toString());
            }
        }
    }
    std::sort(types.begin(), types.end(), [](const QString& a, const QString& b) { return a < b; });
    return types;
}

Status applyTypeScopedContexts(TermTable& table, ContextStack& stack, const QStringList& types)
{
    for (const QString& type : types) {
        const ActiveContext active = table.top(stack);
        const auto it = active->scoped.constFind(type);
        if (it != active->scoped.constEnd()) {
            if (auto pushed = table.push(stack, *it); !pushed) {
                return pushed;
            }
        }
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------------
// Compressor

Compressor::Compressor(const Options& options)
    : m_options(options)
    , m_table(options)
{ }

Result<QCborValue> Compressor::compress(const QJsonValue& document)
{
    if (document.isArray()) {
        QCborArray maps;
        for (const QJsonValue& d : document.toArray()) {
            if (!d.isObject()) {
                return Error(ErrorCode::InvalidInput,
                    tx("ler::cborld", "Only JSON-LD objects can be written as CBOR-LD."),
                    QStringLiteral("cborld/document-not-object"));
            }
            QCborMap map;
            ContextStack stack;
            if (auto s = transform(d.toObject(), map, stack, 0); !s) {
                return s.error();
            }
            maps.append(map);
        }
        return QCborValue(maps);
    }
    if (!document.isObject()) {
        return Error(ErrorCode::InvalidInput,
            tx("ler::cborld", "Only JSON-LD objects can be written as CBOR-LD."),
            QStringLiteral("cborld/document-not-object"));
    }
    QCborMap map;
    ContextStack stack;
    if (auto s = transform(document.toObject(), map, stack, 0); !s) {
        return s.error();
    }
    return QCborValue(map);
}

Status Compressor::transform(const QJsonObject& object, QCborMap& out, ContextStack& stack, int depth)
{
    if (depth > m_options.limits.maxDepth) {
        return tooDeep();
    }
    // Embedded contexts stay on the caller's stack (the library never removes them).
    const QJsonValue context = object.value(QStringLiteral("@context"));
    if (auto s = m_table.push(stack, context); !s) {
        return s;
    }
    if (truthy(context)) {
        if (context.isArray()) {
            QCborArray entries;
            for (const QJsonValue& c : context.toArray()) {
                entries.append(encodeContextUrl(c, m_options.appContextMap).value_or(jsonToCbor(c)));
            }
            out.insert(kContextIdPlural, entries);
        } else {
            out.insert(kContextId, encodeContextUrl(context, m_options.appContextMap).value_or(jsonToCbor(context)));
        }
    }
    ContextStack childStack = stack; // properties without a scoped context share this one
    const ActiveContext embedded = m_table.top(stack);

    const size_t typeTop = stack.size();
    if (auto s = applyTypeScopedContexts(m_table, stack, objectTypes(object, embedded->typeAliases)); !s) {
        return s;
    }
    const ActiveContext active = m_table.top(stack);

    struct Entry
    {
        QString term;
        qint64 id;
        bool plural;
        bool hasDef;
        QJsonValue def;
        QJsonValue value;
    };
    std::vector<Entry> entries;
    for (const QString& key : sortedKeys(object)) {
        if (key == QLatin1String("@context")) {
            continue;
        }
        const auto def = active->terms.constFind(key);
        if (def == active->terms.constEnd() && !isKeyword(key)) {
            return unknownTerm(key);
        }
        const auto id = m_table.idOf(key);
        if (!id) {
            return unknownTerm(key);
        }
        const QJsonValue value = object.value(key);
        const bool plural = value.isArray();
        const bool hasDef = def != active->terms.constEnd();
        entries.push_back({ key, plural ? *id + 1 : *id, plural, hasDef, hasDef ? *def : QJsonValue(), value });
    }

    for (const Entry& e : entries) {
        if (e.term == QLatin1String("@id") || active->idAliases.contains(e.term)) {
            auto encoded = encodeUri(e.value);
            if (!encoded) {
                return encoded.error();
            }
            out.insert(e.id, encoded->value_or(jsonToCbor(e.value)));
            continue;
        }
        if (e.term == QLatin1String("@type") || active->typeAliases.contains(e.term)) {
            const QJsonArray values = e.plural ? e.value.toArray() : QJsonArray { e.value };
            QCborArray encodedValues;
            for (const QJsonValue& v : values) {
                auto encoded = encodeVocabTerm(v, m_table);
                if (!encoded) {
                    return encoded.error();
                }
                encodedValues.append(encoded->value_or(jsonToCbor(v)));
            }
            out.insert(e.id, e.plural ? QCborValue(encodedValues) : encodedValues.at(0));
            continue;
        }
        if (!e.hasDef) {
            return unsupportedKeyword(e.term); // the library fails on every other keyword
        }

        ContextStack* propertyStack = &childStack;
        ContextStack scopedCopy;
        const size_t propertyTop = stack.size();
        ActiveContext termContext = active;
        if (const auto scoped = active->scoped.constFind(e.term); scoped != active->scoped.constEnd()) {
            if (auto s = m_table.push(stack, *scoped); !s) {
                return s;
            }
            termContext = m_table.top(stack);
            scopedCopy = stack;
            propertyStack = &scopedCopy;
        }
        auto type = m_table.termType(*termContext, e.def);
        if (!type) {
            return type.error();
        }
        const QJsonArray values = e.plural ? e.value.toArray() : QJsonArray { e.value };
        QCborArray encodedValues;
        for (const QJsonValue& v : values) {
            auto encoded = transformValue(v, *type, *propertyStack, depth);
            if (!encoded) {
                return encoded.error();
            }
            encodedValues.append(*encoded);
        }
        stack.resize(propertyTop);
        out.insert(e.id, e.plural ? QCborValue(encodedValues) : encodedValues.at(0));
    }
    stack.resize(typeTop);
    return {};
}

Result<QCborValue> Compressor::transformValue(
    const QJsonValue& value, const QString& termType, ContextStack& stack, int depth)
{
    if (value.isNull()) {
        return QCborValue(nullptr);
    }
    auto typed = encodeTyped(termType, value, m_table);
    if (!typed) {
        return typed.error();
    }
    if (*typed) {
        return **typed;
    }
    if (value.isArray()) {
        // An array inside an array value: each element is a node object.
        QCborArray children;
        for (const QJsonValue& element : value.toArray()) {
            if (!element.isObject()) {
                return Error(ErrorCode::Unsupported,
                    tx("ler::cborld", "CBOR-LD cannot carry a list of lists of values."),
                    QStringLiteral("cborld/list-of-lists"));
            }
            QCborMap child;
            if (auto s = transform(element.toObject(), child, stack, depth + 1); !s) {
                return s.error();
            }
            children.append(child);
        }
        return QCborValue(children);
    }
    if (value.isObject()) {
        QCborMap child;
        if (auto s = transform(value.toObject(), child, stack, depth + 1); !s) {
            return s.error();
        }
        return QCborValue(child);
    }
    return jsonToCbor(value);
}

// ---------------------------------------------------------------------------------------------------------------
// Decompressor

Decompressor::Decompressor(const Options& options)
    : m_options(options)
    , m_table(options)
{ }

Result<QJsonValue> Decompressor::decompress(const QCborValue& data)
{
    if (data.isArray()) {
        QJsonArray docs;
        for (const QCborValue& d : data.toArray()) {
            if (!d.isMap()) {
                return damaged(
                    tx("ler::cborld", "The CBOR-LD data is damaged or not CBOR-LD (a document that is not a map)."),
                    QStringLiteral("cborld/document-not-map"));
            }
            QJsonObject object;
            ContextStack stack;
            if (auto s = transform(d.toMap(), object, stack, 0); !s) {
                return s.error();
            }
            docs.append(object);
        }
        return QJsonValue(docs);
    }
    if (!data.isMap()) {
        return damaged(tx("ler::cborld", "The CBOR-LD data is damaged or not CBOR-LD (a document that is not a map)."),
            QStringLiteral("cborld/document-not-map"));
    }
    QJsonObject object;
    ContextStack stack;
    if (auto s = transform(data.toMap(), object, stack, 0); !s) {
        return s.error();
    }
    return QJsonValue(object);
}

Status Decompressor::transform(const QCborMap& map, QJsonObject& out, ContextStack& stack, int depth)
{
    if (depth > m_options.limits.maxDepth) {
        return tooDeep();
    }
    const QCborValue single = map.value(kContextId);
    const QCborValue plural = map.value(kContextIdPlural);
    if (cborTruthy(single)) {
        auto decoded = decodeContextValue(single, m_options.appContextMap);
        if (!decoded) {
            return decoded.error();
        }
        out.insert(QStringLiteral("@context"), *decoded);
    }
    if (cborTruthy(plural)) {
        if (cborTruthy(single)) {
            return damaged(
                tx("ler::cborld", "The CBOR-LD data is damaged or not CBOR-LD (both a single and a plural @context)."),
                QStringLiteral("cborld/context-single-and-plural"));
        }
        if (!plural.isArray()) {
            return damaged(tx("ler::cborld",
                               "The CBOR-LD data is damaged or not CBOR-LD (a plural @context that is not an array)."),
                QStringLiteral("cborld/context-plural-not-array"));
        }
        QJsonArray contexts;
        for (const QCborValue& c : plural.toArray()) {
            auto decoded = decodeContextValue(c, m_options.appContextMap);
            if (!decoded) {
                return decoded.error();
            }
            contexts.append(*decoded);
        }
        out.insert(QStringLiteral("@context"), contexts);
    }
    if (auto s = m_table.push(stack, out.value(QStringLiteral("@context"))); !s) {
        return s;
    }
    ContextStack childStack = stack;
    const ActiveContext embedded = m_table.top(stack);

    // Types are decoded before type-scoped contexts apply, with the ids known at this point.
    QStringList typeTerms { QStringLiteral("@type") };
    typeTerms += embedded->typeAliases;
    for (const QString& term : typeTerms) {
        const auto id = m_table.idOf(term);
        if (!id) {
            continue;
        }
        QCborValue value = map.value(*id);
        if (value.isUndefined()) {
            value = map.value(*id + 1);
        }
        if (value.isUndefined()) {
            continue;
        }
        const QCborArray values = value.isArray() ? value.toArray() : QCborArray { value };
        QJsonArray decoded;
        for (const QCborValue& v : values) {
            auto d = decodeVocabTerm(v, m_table);
            if (!d) {
                return d.error();
            }
            if (*d) {
                decoded.append(**d);
            } else {
                auto raw = cborToJson(v);
                if (!raw) {
                    return raw.error();
                }
                decoded.append(*raw);
            }
        }
        out.insert(term, value.isArray() ? QJsonValue(decoded) : decoded.at(0));
    }

    const size_t typeTop = stack.size();
    if (auto s = applyTypeScopedContexts(m_table, stack, objectTypes(out, embedded->typeAliases)); !s) {
        return s;
    }
    const ActiveContext active = m_table.top(stack);

    struct Entry
    {
        QString term;
        bool plural;
        bool hasDef;
        QJsonValue def;
        QCborValue value;
    };
    std::vector<Entry> entries;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (!it.key().isInteger()) {
            return damaged(
                tx("ler::cborld", "The CBOR-LD data is damaged or not CBOR-LD (a key that is not a term id)."),
                QStringLiteral("cborld/key-not-term-id"));
        }
        const qint64 key = it.key().toInteger();
        if (key == kContextId || key == kContextIdPlural) {
            continue;
        }
        const bool isPlural = (key & 1) == 1;
        const QString term = m_table.termOf(isPlural ? key - 1 : key);
        if (term.isEmpty()) {
            return damaged(
                tx("ler::cborld", "The CBOR-LD data is damaged or not CBOR-LD (an unknown term id %1).").arg(key),
                QStringLiteral("cborld/term-id-unknown"));
        }
        const auto def = active->terms.constFind(term);
        if (def == active->terms.constEnd() && !isKeyword(term)) {
            return damaged(
                tx("ler::cborld", "The CBOR-LD data is damaged or not CBOR-LD (the term \"%1\" outside its context).")
                    .arg(term),
                QStringLiteral("cborld/term-outside-context"));
        }
        const bool hasDef = def != active->terms.constEnd();
        entries.push_back({ term, isPlural, hasDef, hasDef ? *def : QJsonValue(), it.value() });
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.term < b.term; });

    for (const Entry& e : entries) {
        if (e.plural && !e.value.isArray()) {
            return damaged(
                tx("ler::cborld",
                    "The CBOR-LD data is damaged or not CBOR-LD (a plural term whose value is not an array)."),
                QStringLiteral("cborld/plural-not-array"));
        }
        if (e.term == QLatin1String("@id") || active->idAliases.contains(e.term)) {
            // An @id is one IRI: its plural key id is never written, so a code that uses it was altered.
            if (e.plural) {
                return damaged(tx("ler::cborld", "The CBOR-LD data is damaged or not CBOR-LD (a plural @id)."),
                    QStringLiteral("cborld/plural-id"));
            }
            auto decoded = decodeUri(e.value);
            if (!decoded) {
                return decoded.error();
            }
            if (*decoded) {
                out.insert(e.term, **decoded);
            } else {
                auto raw = cborToJson(e.value);
                if (!raw) {
                    return raw.error();
                }
                out.insert(e.term, *raw);
            }
            continue;
        }
        if (e.term == QLatin1String("@type") || active->typeAliases.contains(e.term)) {
            const QCborArray values = e.plural ? e.value.toArray() : QCborArray { e.value };
            QJsonArray decoded;
            for (const QCborValue& v : values) {
                auto d = decodeVocabTerm(v, m_table);
                if (!d) {
                    return d.error();
                }
                if (*d) {
                    decoded.append(**d);
                } else {
                    auto raw = cborToJson(v);
                    if (!raw) {
                        return raw.error();
                    }
                    decoded.append(*raw);
                }
            }
            out.insert(e.term, e.plural ? QJsonValue(decoded) : decoded.at(0));
            continue;
        }
        if (!e.hasDef) {
            return damaged(
                tx("ler::cborld", "The CBOR-LD data is damaged or not CBOR-LD (the keyword %1).").arg(e.term),
                QStringLiteral("cborld/keyword-unexpected"));
        }

        ContextStack* propertyStack = &childStack;
        ContextStack scopedCopy;
        const size_t propertyTop = stack.size();
        ActiveContext termContext = active;
        if (const auto scoped = active->scoped.constFind(e.term); scoped != active->scoped.constEnd()) {
            if (auto s = m_table.push(stack, *scoped); !s) {
                return s;
            }
            termContext = m_table.top(stack);
            scopedCopy = stack;
            propertyStack = &scopedCopy;
        }
        auto type = m_table.termType(*termContext, e.def);
        if (!type) {
            return type.error();
        }
        const QCborArray values = e.plural ? e.value.toArray() : QCborArray { e.value };
        QJsonArray decoded;
        for (const QCborValue& v : values) {
            auto d = transformValue(v, *type, *propertyStack, depth);
            if (!d) {
                return d.error();
            }
            decoded.append(*d);
        }
        stack.resize(propertyTop);
        out.insert(e.term, e.plural ? QJsonValue(decoded) : decoded.at(0));
    }
    stack.resize(typeTop);
    return {};
}

Result<QJsonValue> Decompressor::transformValue(
    const QCborValue& value, const QString& termType, ContextStack& stack, int depth)
{
    if (value.isNull()) {
        return QJsonValue(QJsonValue::Null);
    }
    auto typed = decodeTyped(termType, value, m_table);
    if (!typed) {
        return typed.error();
    }
    if (*typed) {
        return **typed;
    }
    if (value.isArray()) {
        QJsonArray children;
        for (const QCborValue& element : value.toArray()) {
            if (!element.isMap()) {
                return damaged(
                    tx("ler::cborld", "The CBOR-LD data is damaged or not CBOR-LD (a list element that is not a map)."),
                    QStringLiteral("cborld/list-element-not-map"));
            }
            QJsonObject child;
            if (auto s = transform(element.toMap(), child, stack, depth + 1); !s) {
                return s.error();
            }
            children.append(child);
        }
        return QJsonValue(children);
    }
    if (value.isMap()) {
        QJsonObject child;
        if (auto s = transform(value.toMap(), child, stack, depth + 1); !s) {
            return s.error();
        }
        return QJsonValue(child);
    }
    return cborToJson(value);
}

} // namespace ler::cborld::detail
