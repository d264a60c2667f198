// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/jsonld/ContextProcessor.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ler::jsonld {

/// The Expansion algorithm (JSON-LD 1.1 API section 5.1) and Value Expansion (section 5.3).
/// Null results are returned as a null QJsonValue, exactly as the algorithm's "return null".
class Expander
{
public:
    explicit Expander(ContextProcessor& contexts);

    /// Expands element; activeProperty nullopt stands for null.
    Result<QJsonValue> expand(const ContextPtr& active,
        const std::optional<QString>& activeProperty,
        const QJsonValue& element,
        const QString& baseUrl,
        bool fromMap = false);

private:
    /// State of one map being expanded (steps 10 to 14).
    struct MapState
    {
        ContextPtr active;
        ContextPtr typeScoped;
        std::optional<QString> activeProperty;
        QString baseUrl;
        QString inputType;
        QJsonObject result;
        QStringList nests;
    };

    Result<QJsonValue> expandArray(const ContextPtr& active,
        const std::optional<QString>& activeProperty,
        const QJsonArray& element,
        const QString& baseUrl,
        bool fromMap);
    Result<QJsonValue> expandMap(ContextPtr active,
        const std::optional<QString>& activeProperty,
        const QJsonObject& element,
        const QString& baseUrl,
        bool fromMap,
        const TermDefinition* propertyDef);
    Status applyTypeScopedContexts(MapState& st, const QJsonObject& element);
    Status expandEntries(MapState& st, const QJsonObject& element);
    Status expandNested(MapState& st, const QString& nestKey, const QJsonValue& values);
    Status expandKeyword(MapState& st, const QString& key, const QString& keyword, const QJsonValue& value);
    Status expandTypeKeyword(MapState& st, const QJsonValue& value, QJsonValue& out);
    Status expandReverseKeyword(MapState& st, const QJsonValue& value);
    Status expandProperty(MapState& st, const QString& key, const QString& property, const QJsonValue& value);
    Result<QJsonValue> expandLanguageMap(const MapState& st, const TermDefinition* def, const QJsonObject& value);
    Result<QJsonValue> expandIndexMap(
        MapState& st, const QString& key, const TermDefinition* def, const QJsonObject& value);
    Status addIndexToItem(
        MapState& st, const TermDefinition* def, const QString& index, const QString& expandedIndex, QJsonObject& item);
    Result<QJsonValue> finish(const MapState& st);

    /// Applies the scoped context of def (a property-, type- or nest-scoped context).
    Result<ContextPtr> applyScoped(const ContextPtr& active, const TermDefinition& def, ContextProcessor::Flags flags);

    /// Value Expansion: a scalar under activeProperty becomes a value object or a node reference.
    Result<QJsonValue> expandValue(
        const ActiveContext& active, const std::optional<QString>& activeProperty, const QJsonValue& value);

    /// The safe mode event for a map dropped at the top level or in a graph (empty, only @value, @list or @id).
    static const char* droppedTopLevelObject(const QJsonObject& o);
    /// A short text naming a dropped map or scalar in a safe mode error.
    static QString describe(const QJsonObject& o);
    static QString scalarText(const QJsonValue& v);

    ContextProcessor& m_contexts;
    int m_depth = 0;
};

/// Helpers on expanded JSON-LD shared by expansion and node map generation.
namespace expanded {
bool isValueObject(const QJsonValue& v);
bool isListObject(const QJsonValue& v);
bool isGraphObject(const QJsonValue& v);
/// Appends value (or each element if it is an array) to obj[key], creating the array.
void addValue(QJsonObject& obj, const QString& key, const QJsonValue& value);
QJsonArray asArray(const QJsonValue& v);
} // namespace expanded

} // namespace ler::jsonld
