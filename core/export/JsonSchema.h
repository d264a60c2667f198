// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QUrl>

/// Exports for employers' systems: LER-RS, JSON Resume, and the schema checks that keep them valid.
namespace ler::exports {

/// A set of JSON Schema documents (draft-04, as HR Open's and 1EdTech's schemas are written) that refer to each other
/// by relative `$ref`, and validation of JSON against one of them. Supports the keywords those schemas use: type,
/// enum, properties, patternProperties, additionalProperties, required, min/maxProperties, dependencies, items,
/// additionalItems, min/maxItems, uniqueItems, allOf, anyOf, oneOf, not, minimum/maximum (with the exclusive
/// flags), multipleOf, min/maxLength, pattern, and the formats date-time, date, email and uri. Unknown keywords
/// and formats are ignored, as the draft allows. Not thread-safe while documents are added; validate() is const.
class SchemaSet
{
public:
    /// Adds a schema document under an absolute URI; relative references inside it resolve against that URI.
    Status add(const QUrl& uri, const QJsonObject& schema);
    /// Adds every *.json file below `dir`, each under `base` plus its path relative to `dir`.
    Status addFolder(const QString& dir, const QUrl& base);
    /// Adds one file under `uri`.
    Status addFile(const QString& path, const QUrl& uri);
    bool contains(const QUrl& uri) const;

    /// Validates `instance` against the schema at `schemaUri` (a document URI, optionally with a #fragment).
    /// Returns the problems found as "instance path: what is wrong"; empty when the instance is valid. A reference
    /// that cannot be resolved is a problem too, so a missing schema file never passes silently.
    QStringList validate(const QJsonValue& instance, const QUrl& schemaUri) const;

private:
    struct Located
    {
        QJsonValue schema;
        QUrl base; ///< the document the schema came from, for its own references
    };
    Located resolve(const QUrl& base, const QString& ref, QString* problem) const;
    bool check(const QJsonValue& v,
        const QJsonValue& schema,
        const QUrl& base,
        const QString& path,
        QStringList& errors,
        int depth) const;
    bool checkObject(const QJsonObject& o,
        const QJsonObject& s,
        const QUrl& base,
        const QString& path,
        QStringList& errors,
        int depth) const;
    bool checkArray(const QJsonArray& a,
        const QJsonObject& s,
        const QUrl& base,
        const QString& path,
        QStringList& errors,
        int depth) const;
    bool checkCombinators(const QJsonValue& v,
        const QJsonObject& s,
        const QUrl& base,
        const QString& path,
        QStringList& errors,
        int depth) const;

    QHash<QString, QJsonObject> m_documents; ///< by URI without fragment
};

/// True when the two JSON values are equal as JSON Schema compares them (numbers by value, objects by members).
bool jsonEqual(const QJsonValue& a, const QJsonValue& b);

} // namespace ler::exports
