// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/jsonld/Expander.h"

#include "core/jsonld/DepthGuard.h"
#include "core/jsonld/Iri.h"
#include "core/jsonld/JsonLdError.h"

#include <algorithm>

namespace ler::jsonld {

namespace expanded {

bool isValueObject(const QJsonValue& v)
{
    return v.isObject() && v.toObject().contains(QStringLiteral("@value"));
}

bool isListObject(const QJsonValue& v)
{
    return v.isObject() && v.toObject().contains(QStringLiteral("@list"));
}

bool isGraphObject(const QJsonValue& v)
{
    if (!v.isObject())
        return false;
    const QJsonObject o = v.toObject();
    if (!o.contains(QStringLiteral("@graph")))
        return false;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != QLatin1String("@graph") && it.key() != QLatin1String("@id")
            && it.key() != QLatin1String("@index"))
            return false;
    return true;
}

void addValue(QJsonObject& obj, const QString& key, const QJsonValue& value)
{
    QJsonArray arr = obj.value(key).toArray();
    if (value.isArray()) {
        for (const QJsonValue& v : value.toArray())
            arr.append(v);
    } else {
        arr.append(value);
    }
    obj.insert(key, arr);
}

QJsonArray asArray(const QJsonValue& v)
{
    if (v.isArray())
        return v.toArray();
    if (v.isUndefined())
        return {};
    return QJsonArray { v };
}

} // namespace expanded

Expander::Expander(ContextProcessor& contexts)
    : m_contexts(contexts)
{ }

Result<QJsonValue> Expander::expand(const ContextPtr& active,
    const std::optional<QString>& activeProperty,
    const QJsonValue& element,
    const QString& baseUrl,
    bool fromMap)
{
    DepthGuard guard(m_depth);
    if (m_depth > m_contexts.options().limits.maxNestingDepth)
        return jsonLdError("nesting too deep",
            tx("ler::jsonld", "more than %1 levels").arg(m_contexts.options().limits.maxNestingDepth),
            ErrorCode::LimitExceeded);
    if (element.isNull() || element.isUndefined())
        return QJsonValue(QJsonValue::Null);
    const TermDefinition* propertyDef = activeProperty ? active->term(*activeProperty) : nullptr;
    if (element.isArray())
        return expandArray(active, activeProperty, element.toArray(), baseUrl, fromMap);
    if (element.isObject())
        return expandMap(active, activeProperty, element.toObject(), baseUrl, fromMap, propertyDef);
    if (!activeProperty || *activeProperty == QLatin1String("@graph")) {
        const Status s = m_contexts.event("free-floating scalar", scalarText(element));
        if (!s)
            return s.error();
        return QJsonValue(QJsonValue::Null);
    }
    if (propertyDef && propertyDef->localContext) {
        ContextProcessor::Flags flags;
        flags.overrideProtected = true;
        const Result<ContextPtr> scoped = applyScoped(active, *propertyDef, flags);
        if (!scoped)
            return scoped.error();
        return expandValue(*scoped.value(), activeProperty, element);
    }
    return expandValue(*active, activeProperty, element);
}

Result<QJsonValue> Expander::expandArray(const ContextPtr& active,
    const std::optional<QString>& activeProperty,
    const QJsonArray& element,
    const QString& baseUrl,
    bool fromMap)
{
    const TermDefinition* def = activeProperty ? active->term(*activeProperty) : nullptr;
    const bool listContainer = def && def->hasContainer(QStringLiteral("@list"));
    QJsonArray result;
    for (const QJsonValue& item : element) {
        Result<QJsonValue> r = expand(active, activeProperty, item, baseUrl, fromMap);
        if (!r)
            return r;
        QJsonValue v = std::move(r).value();
        if (listContainer && v.isArray())
            v = QJsonObject { { QStringLiteral("@list"), v } };
        if (v.isArray()) {
            for (const QJsonValue& x : v.toArray())
                result.append(x);
        } else if (!v.isNull()) {
            result.append(v);
        }
    }
    return QJsonValue(result);
}

Result<ContextPtr> Expander::applyScoped(
    const ContextPtr& active, const TermDefinition& def, ContextProcessor::Flags flags)
{
    return m_contexts.process(
        active, *def.localContext, def.baseUrl, flags, {}, &def.localContextKey, def.localContextHash);
}

Result<QJsonValue> Expander::expandMap(ContextPtr active,
    const std::optional<QString>& activeProperty,
    const QJsonObject& element,
    const QString& baseUrl,
    bool fromMap,
    const TermDefinition* propertyDef)
{
    if (active->previous && !fromMap) {
        bool revert = true;
        for (auto it = element.begin(); it != element.end(); ++it) {
            const std::optional<QString> e = m_contexts.expandIri(*active, it.key(), false, true);
            if (e == QLatin1String("@value") || (element.size() == 1 && e == QLatin1String("@id")))
                revert = false;
        }
        if (revert)
            active = ContextPtr(active->previous);
    }
    if (propertyDef && propertyDef->localContext) {
        ContextProcessor::Flags flags;
        flags.overrideProtected = true;
        Result<ContextPtr> r = applyScoped(active, *propertyDef, flags);
        if (!r)
            return r.error();
        active = std::move(r).value();
    }
    if (element.contains(QStringLiteral("@context"))) {
        if (m_contexts.options().plainForm) {
            const QJsonValue context = element.value(QStringLiteral("@context"));
            for (const QJsonValue& c : context.isArray() ? context.toArray() : QJsonArray { context }) {
                if (!c.isString()) {
                    return safeModeError("embedded context",
                        c.isObject() ? c.toObject().keys().join(QStringLiteral(", ")) : scalarText(c));
                }
            }
        }
        Result<ContextPtr> r = m_contexts.process(active, element.value(QStringLiteral("@context")), baseUrl, {});
        if (!r)
            return r.error();
        active = std::move(r).value();
    }
    MapState st { active, active, activeProperty, baseUrl, {}, {}, {} };
    Status s = applyTypeScopedContexts(st, element);
    if (!s)
        return s.error();
    s = expandEntries(st, element);
    if (!s)
        return s.error();
    return finish(st);
}

Status Expander::applyTypeScopedContexts(MapState& st, const QJsonObject& element)
{
    QString firstTypeKey;
    for (auto it = element.begin(); it != element.end(); ++it) {
        if (m_contexts.expandIri(*st.typeScoped, it.key(), false, true) != QLatin1String("@type"))
            continue;
        if (firstTypeKey.isNull())
            firstTypeKey = it.key();
        QStringList terms;
        for (const QJsonValue& v : expanded::asArray(it.value()))
            if (v.isString())
                terms.append(v.toString());
        terms.sort();
        for (const QString& term : std::as_const(terms)) {
            const TermDefinition* def = st.typeScoped->term(term);
            if (!def || !def->localContext)
                continue;
            ContextProcessor::Flags flags;
            flags.propagate = false;
            Result<ContextPtr> r = applyScoped(st.active, *def, flags);
            if (!r)
                return r.error();
            st.active = std::move(r).value();
        }
    }
    if (!firstTypeKey.isNull()) {
        const QJsonArray values = expanded::asArray(element.value(firstTypeKey));
        if (!values.isEmpty() && values.last().isString())
            st.inputType = m_contexts.expandIri(*st.active, values.last().toString(), false, true).value_or(QString());
    }
    return {};
}

Result<QJsonValue> Expander::finish(const MapState& st)
{
    const QJsonObject& result = st.result;
    QJsonValue out = result;
    if (result.contains(QStringLiteral("@value"))) {
        static const QStringList allowed = { QStringLiteral("@direction"),
            QStringLiteral("@index"),
            QStringLiteral("@language"),
            QStringLiteral("@type"),
            QStringLiteral("@value") };
        for (auto it = result.begin(); it != result.end(); ++it)
            if (!allowed.contains(it.key()))
                return jsonLdError("invalid value object", tx("ler::jsonld", "unexpected %1").arg(it.key()));
        const bool typed = result.contains(QStringLiteral("@type"));
        if (typed && (result.contains(QStringLiteral("@language")) || result.contains(QStringLiteral("@direction"))))
            return jsonLdError("invalid value object", tx("ler::jsonld", "@type with @language or @direction"));
        const QJsonValue type = result.value(QStringLiteral("@type"));
        if (type != QLatin1String("@json")) {
            const QJsonValue value = result.value(QStringLiteral("@value"));
            if (value.isNull() || (value.isArray() && value.toArray().isEmpty())) {
                const Status s
                    = m_contexts.event("null @value value", st.activeProperty.value_or(QStringLiteral("@value")));
                if (!s)
                    return s.error();
                return QJsonValue(QJsonValue::Null);
            }
            if (!value.isString() && result.contains(QStringLiteral("@language")))
                return jsonLdError("invalid language-tagged value");
            if (typed && !(type.isString() && iri::isWellFormed(type.toString())))
                return jsonLdError("invalid typed value");
        }
    } else if (result.contains(QStringLiteral("@type")) && !result.value(QStringLiteral("@type")).isArray()) {
        QJsonObject r = result;
        r.insert(QStringLiteral("@type"), QJsonArray { result.value(QStringLiteral("@type")) });
        out = r;
    } else if (result.contains(QStringLiteral("@set")) || result.contains(QStringLiteral("@list"))) {
        if (result.size() > 2 || (result.size() == 2 && !result.contains(QStringLiteral("@index"))))
            return jsonLdError("invalid set or list object");
        if (result.contains(QStringLiteral("@set")))
            out = result.value(QStringLiteral("@set"));
    }
    if (!out.isObject())
        return out;
    const QJsonObject o = out.toObject();
    if (o.size() == 1 && o.contains(QStringLiteral("@language"))) {
        const Status s
            = m_contexts.event("object with only @language", o.value(QStringLiteral("@language")).toString());
        if (!s)
            return s.error();
        return QJsonValue(QJsonValue::Null);
    }
    if (!st.activeProperty || *st.activeProperty == QLatin1String("@graph")) {
        if (const char* dropped = droppedTopLevelObject(o)) {
            const Status s = m_contexts.event(dropped, describe(o));
            if (!s)
                return s.error();
            return QJsonValue(QJsonValue::Null);
        }
    }
    return out;
}

const char* Expander::droppedTopLevelObject(const QJsonObject& o)
{
    if (o.isEmpty())
        return "empty object";
    if (o.contains(QStringLiteral("@value")))
        return "object with only @value";
    if (o.contains(QStringLiteral("@list")))
        return "object with only @list";
    if (o.size() == 1 && o.contains(QStringLiteral("@id")))
        return "object with only @id";
    return nullptr;
}

QString Expander::describe(const QJsonObject& o)
{
    if (o.contains(QStringLiteral("@id")))
        return o.value(QStringLiteral("@id")).toString();
    if (o.contains(QStringLiteral("@value")))
        return scalarText(o.value(QStringLiteral("@value")));
    return QStringLiteral("{}");
}

QString Expander::scalarText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QStringLiteral("null");
}

Result<QJsonValue> Expander::expandValue(
    const ActiveContext& active, const std::optional<QString>& activeProperty, const QJsonValue& value)
{
    const TermDefinition* def = activeProperty ? active.term(*activeProperty) : nullptr;
    const std::optional<QString> type = def ? def->typeMapping : std::nullopt;
    if (value.isString() && (type == QLatin1String("@id") || type == QLatin1String("@vocab"))) {
        const std::optional<QString> id
            = m_contexts.expandIri(active, value.toString(), true, type == QLatin1String("@vocab"));
        if (!id) {
            const Status s = m_contexts.event("reserved @id value", value.toString());
            if (!s)
                return s.error();
        }
        return QJsonValue(
            QJsonObject { { QStringLiteral("@id"), id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null) } });
    }
    QJsonObject result { { QStringLiteral("@value"), value } };
    if (type && *type != QLatin1String("@id") && *type != QLatin1String("@vocab") && *type != QLatin1String("@none")) {
        result.insert(QStringLiteral("@type"), *type);
    } else if (value.isString()) {
        QJsonValue language = active.language ? QJsonValue(*active.language) : QJsonValue(QJsonValue::Null);
        if (def && !def->language.isUndefined())
            language = def->language;
        QJsonValue direction = active.direction ? QJsonValue(*active.direction) : QJsonValue(QJsonValue::Null);
        if (def && !def->direction.isUndefined())
            direction = def->direction;
        if (language.isString())
            result.insert(QStringLiteral("@language"), language);
        if (direction.isString())
            result.insert(QStringLiteral("@direction"), direction);
    }
    return QJsonValue(result);
}

} // namespace ler::jsonld
