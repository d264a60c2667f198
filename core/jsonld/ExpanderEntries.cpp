// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// Steps 13 and 14 of the Expansion algorithm: the entries of a map, keyword by keyword, and the container forms
// (language, index, id and type maps).
#include "core/jsonld/DepthGuard.h"
#include "core/jsonld/Expander.h"
#include "core/jsonld/Iri.h"
#include "core/jsonld/JsonLdError.h"

#include <utility>

namespace ler::jsonld {

using expanded::addValue;
using expanded::asArray;

namespace {

const QString kAtGraph = QStringLiteral("@graph");
const QString kAtId = QStringLiteral("@id");
const QString kAtIndex = QStringLiteral("@index");
const QString kAtType = QStringLiteral("@type");
const QString kAtNone = QStringLiteral("@none");
const QString kAtReverse = QStringLiteral("@reverse");

bool isNodeObject(const QJsonValue& v)
{
    if (!v.isObject())
        return false;
    const QJsonObject o = v.toObject();
    return !o.contains(QStringLiteral("@value")) && !o.contains(QStringLiteral("@list"))
        && !o.contains(QStringLiteral("@set"));
}

QJsonValue optionalString(const std::optional<QString>& s)
{
    return s ? QJsonValue(*s) : QJsonValue(QJsonValue::Null);
}

/// Options::plainForm: the key is a term of the active context (or a plain name @vocab covers), and no keyword
/// that puts its data somewhere else than where the JSON has it.
Status checkPlainKey(const ActiveContext& active, const QString& key, const QString& property)
{
    if (iri::isKeyword(property)) {
        for (const char* moving : { "@nest", "@included", "@reverse", "@graph", "@set" }) {
            if (property == QLatin1String(moving))
                return safeModeError("keyword out of place", key);
        }
        return {};
    }
    if (!active.term(key) && key.contains(u':'))
        return safeModeError("property not a term", key);
    return {};
}

} // namespace

Status Expander::expandEntries(MapState& st, const QJsonObject& element)
{
    DepthGuard guard(m_depth);
    if (m_depth > m_contexts.options().limits.maxNestingDepth)
        return jsonLdError("nesting too deep", {}, ErrorCode::LimitExceeded);
    QStringList outerNests = std::exchange(st.nests, {});
    for (auto it = element.begin(); it != element.end(); ++it) {
        if (it.key() == QLatin1String("@context"))
            continue;
        const std::optional<QString> property = m_contexts.expandIri(*st.active, it.key(), false, true);
        if (!property || !(property->contains(u':') || iri::isKeyword(*property))) {
            const Status s = m_contexts.event("invalid property", it.key());
            if (!s)
                return s;
            continue;
        }
        if (m_contexts.options().plainForm) {
            if (const Status plain = checkPlainKey(*st.active, it.key(), *property); !plain)
                return plain;
        }
        const Status s = iri::isKeyword(*property) ? expandKeyword(st, it.key(), *property, it.value())
                                                   : expandProperty(st, it.key(), *property, it.value());
        if (!s)
            return s;
    }
    QStringList nests = std::exchange(st.nests, outerNests);
    nests.sort();
    for (const QString& nestKey : std::as_const(nests)) {
        const ContextPtr outer = st.active;
        const TermDefinition* nestDef = outer->term(nestKey);
        if (nestDef && nestDef->localContext) {
            ContextProcessor::Flags flags;
            flags.overrideProtected = true;
            Result<ContextPtr> r = applyScoped(outer, *nestDef, flags);
            if (!r)
                return r.error();
            st.active = std::move(r).value();
        }
        const Status s = expandNested(st, nestKey, element.value(nestKey));
        st.active = outer;
        if (!s)
            return s;
    }
    return {};
}

Status Expander::expandNested(MapState& st, const QString& nestKey, const QJsonValue& values)
{
    for (const QJsonValue& nested : asArray(values)) {
        if (!nested.isObject())
            return jsonLdError("invalid @nest value", Text::verbatim(nestKey));
        const QJsonObject n = nested.toObject();
        for (auto it = n.begin(); it != n.end(); ++it)
            if (m_contexts.expandIri(*st.active, it.key(), false, true) == QLatin1String("@value"))
                return jsonLdError("invalid @nest value", tx("ler::jsonld", "a nested value cannot hold @value"));
        const Status s = expandEntries(st, n);
        if (!s)
            return s;
    }
    return {};
}

Status Expander::expandKeyword(MapState& st, const QString& key, const QString& keyword, const QJsonValue& value)
{
    const bool v10 = m_contexts.isJsonLd10();
    if (st.activeProperty == kAtReverse)
        return jsonLdError("invalid reverse property map", Text::verbatim(keyword));
    if (st.result.contains(keyword) && (v10 || (keyword != QLatin1String("@included") && keyword != kAtType)))
        return jsonLdError("colliding keywords", Text::verbatim(keyword));
    QJsonValue ev;
    if (keyword == kAtId) {
        if (!value.isString())
            return jsonLdError("invalid @id value");
        const std::optional<QString> id = m_contexts.expandIri(*st.active, value.toString(), true, false);
        if (!id || !iri::isAbsoluteOrBlank(*id)) {
            const Status s = m_contexts.event(id ? "relative @id reference" : "reserved @id value", value.toString());
            if (!s)
                return s;
        }
        ev = optionalString(id);
    } else if (keyword == kAtType) {
        const Status s = expandTypeKeyword(st, value, ev);
        if (!s)
            return s;
    } else if (keyword == kAtGraph) {
        Result<QJsonValue> r = expand(st.active, kAtGraph, value, st.baseUrl);
        if (!r)
            return r.error();
        ev = asArray(r.value());
    } else if (keyword == QLatin1String("@included")) {
        if (v10)
            return {};
        Result<QJsonValue> r = expand(st.active, std::nullopt, value, st.baseUrl);
        if (!r)
            return r.error();
        QJsonArray items = asArray(r.value());
        for (const QJsonValue& item : std::as_const(items))
            if (!isNodeObject(item))
                return jsonLdError("invalid @included value");
        QJsonArray all = st.result.value(keyword).toArray();
        for (const QJsonValue& item : std::as_const(items))
            all.append(item);
        ev = all;
    } else if (keyword == QLatin1String("@value")) {
        if (st.inputType == QLatin1String("@json")) {
            if (v10)
                return jsonLdError("invalid value object value");
        } else if (value.isObject() || value.isArray()) {
            return jsonLdError("invalid value object value");
        }
        ev = value;
        if (ev.isNull()) {
            st.result.insert(keyword, QJsonValue::Null);
            return {};
        }
    } else if (keyword == QLatin1String("@language")) {
        if (!value.isString())
            return jsonLdError("invalid language-tagged string");
        if (!iri::isWellFormedLanguage(value.toString())) {
            const Status s = m_contexts.event("invalid @language value", value.toString());
            if (!s)
                return s;
        }
        ev = value;
    } else if (keyword == QLatin1String("@direction")) {
        if (v10)
            return {};
        if (value != QLatin1String("ltr") && value != QLatin1String("rtl"))
            return jsonLdError("invalid base direction");
        ev = value;
    } else if (keyword == kAtIndex) {
        if (!value.isString())
            return jsonLdError("invalid @index value");
        ev = value;
    } else if (keyword == QLatin1String("@list")) {
        if (!st.activeProperty || *st.activeProperty == kAtGraph)
            return m_contexts.event("object with only @list", key);
        Result<QJsonValue> r = expand(st.active, st.activeProperty, value, st.baseUrl);
        if (!r)
            return r.error();
        ev = asArray(r.value());
    } else if (keyword == QLatin1String("@set")) {
        Result<QJsonValue> r = expand(st.active, st.activeProperty, value, st.baseUrl);
        if (!r)
            return r.error();
        ev = r.value();
    } else if (keyword == kAtReverse) {
        return expandReverseKeyword(st, value);
    } else if (keyword == QLatin1String("@nest")) {
        if (!st.nests.contains(key))
            st.nests.append(key);
        return {};
    } else {
        return {}; // framing keywords and others have no meaning here
    }
    st.result.insert(keyword, ev);
    return {};
}

Status Expander::expandTypeKeyword(MapState& st, const QJsonValue& value, QJsonValue& out)
{
    QJsonArray types;
    const auto checkType = [this](const QString& term, const std::optional<QString>& e) -> Status {
        if (e && (iri::isAbsoluteOrBlank(*e) || *e == QLatin1String("@json")))
            return {};
        return m_contexts.event("relative @type reference", term);
    };
    if (value.isString()) {
        const std::optional<QString> e = m_contexts.expandIri(*st.typeScoped, value.toString(), true, true);
        const Status s = checkType(value.toString(), e);
        if (!s)
            return s;
        out = optionalString(e);
    } else if (value.isArray()) {
        for (const QJsonValue& v : value.toArray()) {
            if (!v.isString())
                return jsonLdError("invalid type value");
            const std::optional<QString> e = m_contexts.expandIri(*st.typeScoped, v.toString(), true, true);
            const Status s = checkType(v.toString(), e);
            if (!s)
                return s;
            if (e)
                types.append(*e);
        }
        out = types;
    } else {
        return jsonLdError("invalid type value");
    }
    if (st.result.contains(kAtType)) {
        QJsonArray all = asArray(st.result.value(kAtType));
        for (const QJsonValue& v : asArray(out))
            all.append(v);
        out = all;
    }
    return {};
}

Status Expander::expandReverseKeyword(MapState& st, const QJsonValue& value)
{
    if (!value.isObject())
        return jsonLdError("invalid @reverse value");
    Result<QJsonValue> r = expand(st.active, kAtReverse, value, st.baseUrl);
    if (!r)
        return r.error();
    const QJsonObject ev = r.value().toObject();
    const QJsonObject doubleReversed = ev.value(kAtReverse).toObject();
    for (auto it = doubleReversed.begin(); it != doubleReversed.end(); ++it)
        addValue(st.result, it.key(), it.value());
    if (ev.size() == (ev.contains(kAtReverse) ? 1 : 0))
        return {};
    QJsonObject reverseMap = st.result.value(kAtReverse).toObject();
    for (auto it = ev.begin(); it != ev.end(); ++it) {
        if (it.key() == kAtReverse)
            continue;
        for (const QJsonValue& item : asArray(it.value())) {
            if (expanded::isValueObject(item) || expanded::isListObject(item))
                return jsonLdError("invalid reverse property value", Text::verbatim(it.key()));
            addValue(reverseMap, it.key(), item);
        }
        if (!reverseMap.contains(it.key()))
            reverseMap.insert(it.key(), QJsonArray());
    }
    st.result.insert(kAtReverse, reverseMap);
    return {};
}

Status Expander::expandProperty(MapState& st, const QString& key, const QString& property, const QJsonValue& value)
{
    const TermDefinition* def = st.active->term(key);
    const auto has = [def](const char* c) { return def && def->hasContainer(QLatin1String(c)); };
    QJsonValue ev;
    if (def && def->typeMapping == QLatin1String("@json")) {
        ev = QJsonObject { { QStringLiteral("@value"), value }, { kAtType, QStringLiteral("@json") } };
    } else if (has("@language") && value.isObject()) {
        Result<QJsonValue> r = expandLanguageMap(st, def, value.toObject());
        if (!r)
            return r.error();
        ev = r.value();
    } else if ((has("@index") || has("@type") || has("@id")) && value.isObject()) {
        Result<QJsonValue> r = expandIndexMap(st, key, def, value.toObject());
        if (!r)
            return r.error();
        ev = r.value();
    } else {
        Result<QJsonValue> r = expand(st.active, key, value, st.baseUrl);
        if (!r)
            return r.error();
        ev = r.value();
    }
    if (ev.isNull())
        return {};
    if (has("@list") && !expanded::isListObject(ev))
        ev = QJsonObject { { QStringLiteral("@list"), asArray(ev) } };
    if (has("@graph") && !has("@id") && !has("@index")) {
        QJsonArray graphs;
        for (const QJsonValue& item : asArray(ev)) {
            // The graph of such an item holds nothing: jsonld.js drops it, so safe mode refuses it.
            if (const char* dropped = item.isObject() ? droppedTopLevelObject(item.toObject()) : nullptr) {
                const Status s = m_contexts.event(dropped, describe(item.toObject()));
                if (!s)
                    return s;
            }
            graphs.append(QJsonObject { { kAtGraph, asArray(item) } });
        }
        ev = graphs;
    }
    if (def && def->reverse) {
        QJsonObject reverseMap = st.result.value(kAtReverse).toObject();
        for (const QJsonValue& item : asArray(ev)) {
            if (expanded::isValueObject(item) || expanded::isListObject(item))
                return jsonLdError("invalid reverse property value", Text::verbatim(key));
            addValue(reverseMap, property, item);
        }
        if (!reverseMap.contains(property))
            reverseMap.insert(property, QJsonArray());
        st.result.insert(kAtReverse, reverseMap);
        return {};
    }
    addValue(st.result, property, ev);
    return {};
}

Result<QJsonValue> Expander::expandLanguageMap(const MapState& st, const TermDefinition* def, const QJsonObject& value)
{
    QJsonValue direction = st.active->direction ? QJsonValue(*st.active->direction) : QJsonValue(QJsonValue::Null);
    if (!def->direction.isUndefined())
        direction = def->direction;
    QJsonArray out;
    for (auto it = value.begin(); it != value.end(); ++it) {
        const bool none = it.key() == kAtNone || m_contexts.expandIri(*st.active, it.key(), false, true) == kAtNone;
        for (const QJsonValue& item : asArray(it.value())) {
            if (item.isNull())
                continue;
            if (!item.isString())
                return jsonLdError("invalid language map value", Text::verbatim(it.key()));
            QJsonObject v { { QStringLiteral("@value"), item } };
            if (!none && !iri::isWellFormedLanguage(it.key())) {
                const Status s = m_contexts.event("invalid @language value", it.key());
                if (!s)
                    return s.error();
            }
            if (!none)
                v.insert(QStringLiteral("@language"), it.key().toLower());
            if (direction.isString())
                v.insert(QStringLiteral("@direction"), direction);
            out.append(v);
        }
    }
    return QJsonValue(out);
}

Result<QJsonValue> Expander::expandIndexMap(
    MapState& st, const QString& key, const TermDefinition* def, const QJsonObject& value)
{
    const bool typeMap = def->hasContainer(kAtType);
    const bool idOrType = typeMap || def->hasContainer(kAtId);
    QJsonArray out;
    for (auto it = value.begin(); it != value.end(); ++it) {
        const QString& index = it.key();
        ContextPtr mapContext = (idOrType && st.active->previous) ? ContextPtr(st.active->previous) : st.active;
        if (typeMap) {
            const TermDefinition* indexDef = mapContext->term(index);
            if (indexDef && indexDef->localContext) {
                Result<ContextPtr> r = applyScoped(mapContext, *indexDef, {});
                if (!r)
                    return r.error();
                mapContext = std::move(r).value();
            }
        }
        const QString expandedIndex = m_contexts.expandIri(*st.active, index, false, true).value_or(QString());
        Result<QJsonValue> r = expand(mapContext, key, asArray(it.value()), st.baseUrl, true);
        if (!r)
            return r;
        for (const QJsonValue& v : asArray(r.value())) {
            QJsonValue itemValue = v;
            if (def->hasContainer(kAtGraph) && !expanded::isGraphObject(itemValue))
                itemValue = QJsonObject { { kAtGraph, asArray(itemValue) } };
            QJsonObject item = itemValue.toObject();
            const Status s = addIndexToItem(st, def, index, expandedIndex, item);
            if (!s)
                return s.error();
            out.append(item);
        }
    }
    return QJsonValue(out);
}

Status Expander::addIndexToItem(
    MapState& st, const TermDefinition* def, const QString& index, const QString& expandedIndex, QJsonObject& item)
{
    const QString indexKey = def->index.value_or(kAtIndex);
    if (expandedIndex == kAtNone)
        return {};
    if (def->hasContainer(kAtIndex) && indexKey != kAtIndex) {
        const Result<QJsonValue> reExpanded = expandValue(*st.active, indexKey, index);
        if (!reExpanded)
            return reExpanded.error();
        const QString expandedKey = m_contexts.expandIri(*st.active, indexKey, false, true).value_or(QString());
        QJsonArray values { reExpanded.value() };
        for (const QJsonValue& v : asArray(item.value(expandedKey)))
            values.append(v);
        item.insert(expandedKey, values);
        if (item.contains(QStringLiteral("@value")))
            return jsonLdError(
                "invalid value object", tx("ler::jsonld", "a value object cannot take an index property"));
    } else if (def->hasContainer(kAtIndex) && !item.contains(kAtIndex)) {
        item.insert(kAtIndex, index);
    } else if (def->hasContainer(kAtId) && !item.contains(kAtId)) {
        item.insert(kAtId, optionalString(m_contexts.expandIri(*st.active, index, true, false)));
    } else if (def->hasContainer(kAtType)) {
        QJsonArray types { expandedIndex };
        for (const QJsonValue& v : asArray(item.value(kAtType)))
            types.append(v);
        item.insert(kAtType, types);
    }
    return {};
}

} // namespace ler::jsonld
