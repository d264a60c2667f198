// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/cborld/TermTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace ler::cborld::detail {

namespace {

/// An array used as a context has its indexes as keys, as JavaScript's Object.keys gives them.
QJsonObject indexedObject(const QJsonArray& array)
{
    QJsonObject o;
    for (qsizetype i = 0; i < array.size(); ++i) {
        o.insert(QString::number(i), array.at(i));
    }
    return o;
}

/// JavaScript's `context[key] === null` for a context value (a URL string never has null members).
bool memberIsNull(const QJsonValue& context, const QString& key)
{
    if (context.isObject()) {
        const QJsonObject o = context.toObject();
        return o.contains(key) && o.value(key).isNull();
    }
    if (context.isArray()) {
        bool ok = false;
        const qsizetype i = key.toLongLong(&ok);
        return ok && QString::number(i) == key && i >= 0 && i < context.toArray().size()
            && context.toArray().at(i).isNull();
    }
    return false;
}

bool definesAs(const QJsonValue& def, const QString& keyword)
{
    // The library compares the definition itself, or its "id" member (not "@id"), with the keyword.
    return def.toString() == keyword || (def.isObject() && def.toObject().value(QStringLiteral("id")) == keyword);
}

void addUnique(QStringList& list, const QString& value)
{
    if (!list.contains(value)) {
        list.append(value);
    }
}

Error contextError(Text sentence, QString reason)
{
    return Error(ErrorCode::InvalidInput, std::move(sentence), std::move(reason));
}

} // namespace

const QHash<QString, qint64>& keywordIds()
{
    static const QHash<QString, qint64> ids = [] {
        // Fixed by the format: @context, @type, @id, @value first, then the other keywords in alphabetical order.
        const char* const names[] = { "@context",
            "@type",
            "@id",
            "@value",
            "@direction",
            "@graph",
            "@included",
            "@index",
            "@json",
            "@language",
            "@list",
            "@nest",
            "@reverse",
            "@base",
            "@container",
            "@default",
            "@embed",
            "@explicit",
            "@none",
            "@omitDefault",
            "@prefix",
            "@preserve",
            "@protected",
            "@requireAll",
            "@set",
            "@version",
            "@vocab" };
        QHash<QString, qint64> h;
        qint64 id = 0;
        for (const char* n : names) {
            h.insert(QString::fromLatin1(n), id);
            id += 2;
        }
        return h;
    }();
    return ids;
}

bool truthy(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return false;
    case QJsonValue::Bool:
        return v.toBool();
    case QJsonValue::Double:
        return v.toDouble() != 0;
    case QJsonValue::String:
        return !v.toString().isEmpty();
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return true;
}

QStringList sortedKeys(const QJsonObject& object)
{
    QStringList keys = object.keys();
    // QString's operator< compares UTF-16 code units, as Array.prototype.sort does.
    std::sort(keys.begin(), keys.end(), [](const QString& a, const QString& b) { return a < b; });
    return keys;
}

TermTable::TermTable(const Options& options)
    : m_options(options)
    , m_loader(options.documentLoader ? options.documentLoader : jsonld::bundledLoader())
    , m_empty(std::make_shared<ContextEntry>())
{ }

ActiveContext TermTable::top(const ContextStack& stack) const
{
    return stack.empty() ? m_empty : stack.back();
}

std::optional<qint64> TermTable::idOf(const QString& term) const
{
    const auto& keywords = keywordIds();
    if (const auto k = keywords.constFind(term); k != keywords.constEnd()) {
        return *k;
    }
    if (const auto t = m_termToId.constFind(term); t != m_termToId.constEnd()) {
        return *t;
    }
    return std::nullopt;
}

QString TermTable::termOf(qint64 id) const
{
    if (id < kFirstTermId) {
        const auto& keywords = keywordIds();
        for (auto it = keywords.constBegin(); it != keywords.constEnd(); ++it) {
            if (it.value() == id) {
                return it.key();
            }
        }
        return {};
    }
    return m_idToTerm.value(id);
}

Result<QJsonObject> TermTable::loadContext(const QString& url)
{
    if (++m_loads > m_options.limits.maxContextLoads) {
        return Error(ErrorCode::LimitExceeded,
            tx("ler::cborld", "The document uses too many JSON-LD contexts."),
            QStringLiteral("cborld/too-many-contexts"));
    }
    auto doc = m_loader->load(url);
    if (!doc) {
        return Error(ErrorCode::NotFound,
            tx("ler::cborld",
                "The JSON-LD context %1 is not one LER Wallet knows, so the document cannot be converted to or from "
                "CBOR-LD.")
                .arg(url),
            QStringLiteral("cborld/context-unknown"));
    }
    const QJsonValue ctx = doc->document.toObject().value(QStringLiteral("@context"));
    if (ctx.isObject()) {
        return ctx.toObject();
    }
    if (ctx.isArray()) {
        return indexedObject(ctx.toArray());
    }
    return contextError(
        tx("ler::cborld", "A JSON-LD context of this document cannot be used (%1 has no @context object).").arg(url),
        QStringLiteral("cborld/context-no-object"));
}

Result<std::shared_ptr<const ContextEntry>> TermTable::addContext(QJsonObject context, const QString& url)
{
    const QJsonValue importUrl = context.value(QStringLiteral("@import"));
    if (truthy(importUrl)) {
        if (!importUrl.isString()) {
            return contextError(
                tx("ler::cborld", "A JSON-LD context of this document cannot be used (@import is not a URL)."),
                QStringLiteral("cborld/context-import-not-url"));
        }
        std::shared_ptr<const ContextEntry> imported = m_byUrl.value(importUrl.toString());
        if (!imported) {
            auto loaded = loadContext(importUrl.toString());
            if (!loaded) {
                return loaded.error();
            }
            auto added = addContext(*loaded, importUrl.toString());
            if (!added) {
                return added.error();
            }
            imported = *added;
        }
        QJsonObject merged = imported->context;
        for (auto it = context.constBegin(); it != context.constEnd(); ++it) {
            merged.insert(it.key(), it.value());
        }
        context = merged;
    }

    auto entry = std::make_shared<ContextEntry>();
    entry->context = context;
    const auto& keywords = keywordIds();
    for (const QString& key : sortedKeys(context)) {
        const QJsonValue def = context.value(key);
        if (!truthy(def)) {
            continue;
        }
        if (definesAs(def, QStringLiteral("@id"))) {
            addUnique(entry->idAliases, key);
        } else if (definesAs(def, QStringLiteral("@type"))) {
            addUnique(entry->typeAliases, key);
        }
        if (keywords.contains(key)) {
            continue;
        }
        if (!m_termToId.contains(key)) {
            m_termToId.insert(key, m_nextId);
            m_idToTerm.insert(m_nextId, key);
            m_nextId += 2;
        }
        entry->terms.insert(key, def);
        const QJsonValue scoped = def.isObject() ? def.toObject().value(QStringLiteral("@context")) : QJsonValue();
        if (truthy(scoped)) {
            entry->scoped.insert(key, scoped);
        }
    }
    if (!url.isEmpty()) {
        m_byUrl.insert(url, entry);
    }
    return std::shared_ptr<const ContextEntry>(entry);
}

Result<std::shared_ptr<const ContextEntry>> TermTable::entryFor(const QJsonValue& context)
{
    if (context.isString()) {
        const QString url = context.toString();
        if (auto cached = m_byUrl.value(url)) {
            return cached;
        }
        auto loaded = loadContext(url);
        if (!loaded) {
            return loaded.error();
        }
        return addContext(*loaded, url);
    }
    if (context.isNull() || context.isUndefined()) {
        return contextError(
            tx("ler::cborld",
                "A JSON-LD context of this document cannot be used (a null context in a list of contexts)."),
            QStringLiteral("cborld/context-null-in-list"));
    }
    // Inline contexts (objects; arrays and scalars as JavaScript lists their keys), cached by value.
    QJsonObject object;
    QByteArray key;
    if (context.isObject()) {
        object = context.toObject();
        key = QJsonDocument(object).toJson(QJsonDocument::Compact);
    } else if (context.isArray()) {
        object = indexedObject(context.toArray());
        key = "[]" + QJsonDocument(object).toJson(QJsonDocument::Compact);
    } else {
        key = "scalar";
    }
    if (auto cached = m_byValue.value(key)) {
        return cached;
    }
    auto added = addContext(object, QString());
    if (added) {
        m_byValue.insert(key, *added);
    }
    return added;
}

Status TermTable::push(ContextStack& stack, const QJsonValue& contexts)
{
    if (!truthy(contexts)) {
        return {};
    }
    const QJsonArray list = contexts.isArray() ? contexts.toArray() : QJsonArray { contexts };
    for (const QJsonValue& context : list) {
        if (qsizetype(stack.size()) >= m_options.limits.maxContextStack) {
            return Error(ErrorCode::LimitExceeded,
                tx("ler::cborld", "The document uses too many JSON-LD contexts."),
                QStringLiteral("cborld/too-many-contexts"));
        }
        auto entry = entryFor(context);
        if (!entry) {
            return entry.error();
        }
        auto active = std::make_shared<ContextEntry>(**entry);
        if (!stack.empty()) {
            const ContextEntry& old = *stack.back();
            // Inherit what the new context neither redefines nor sets to null; aliases and scoped contexts are
            // checked against the new context's own terms, before the old terms are merged in.
            for (const QString& alias : old.idAliases) {
                if (!(memberIsNull(context, alias) || active->terms.contains(alias))) {
                    addUnique(active->idAliases, alias);
                }
            }
            for (const QString& alias : old.typeAliases) {
                if (!(memberIsNull(context, alias) || active->terms.contains(alias))) {
                    addUnique(active->typeAliases, alias);
                }
            }
            for (auto it = old.scoped.constBegin(); it != old.scoped.constEnd(); ++it) {
                if (!(memberIsNull(context, it.key()) || active->scoped.contains(it.key()))) {
                    active->scoped.insert(it.key(), it.value());
                }
            }
            for (auto it = old.terms.constBegin(); it != old.terms.constEnd(); ++it) {
                if (!(memberIsNull(context, it.key()) || active->terms.contains(it.key()))) {
                    active->terms.insert(it.key(), it.value());
                }
            }
        }
        stack.push_back(std::move(active));
    }
    return {};
}

Result<QString> TermTable::termType(const ContextEntry& active, const QJsonValue& definition) const
{
    if (!definition.isObject()) {
        return QString();
    }
    const QJsonValue type = definition.toObject().value(QStringLiteral("@type"));
    if (!truthy(type)) {
        return QString();
    }
    if (!type.isString()) {
        return contextError(
            tx("ler::cborld", "A JSON-LD context of this document cannot be used (a term's @type is not a string)."),
            QStringLiteral("cborld/context-type-not-string"));
    }
    const QString t = type.toString();
    const qsizetype colon = t.indexOf(u':');
    const QString prefix = colon < 0 ? t : t.left(colon);
    const QString suffix = colon < 0 ? QString() : t.mid(colon + 1);
    const auto it = active.terms.constFind(prefix);
    if (it == active.terms.constEnd()) {
        return t;
    }
    if (it->isString()) {
        return it->toString() + suffix;
    }
    if (it->isObject() && it->toObject().value(QStringLiteral("@id")).isString()) {
        return it->toObject().value(QStringLiteral("@id")).toString() + suffix;
    }
    return contextError(
        tx("ler::cborld", "A JSON-LD context of this document cannot be used (the prefix %1 has no @id).").arg(prefix),
        QStringLiteral("cborld/context-prefix-no-id"));
}

} // namespace ler::cborld::detail
