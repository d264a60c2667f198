// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <map>
#include <optional>

namespace ler::jsonld {

/// Issues blank node identifiers _:b0, _:b1, ... and keeps the mapping from the identifiers found in the input.
class BlankNodeIssuer
{
public:
    /// A fresh identifier, or the one already issued for existing (if non-empty).
    QString issue(const QString& existing = {});

private:
    QHash<QString, QString> m_map;
    int m_counter = 0;
};

/// The Node Map Generation algorithm (JSON-LD 1.1 API section 7.2): flattens an expanded document into
/// graph name -> subject -> node object, with every blank node relabelled by the issuer.
class NodeMap
{
public:
    /// A node's property values; a node map edits these far more often than it reads them, so it keeps them out of
    /// QJsonObject, whose every insert rewrites a CBOR container.
    using Values = QList<QJsonValue>;
    /// Property (or @id, @type, @index) -> values, in property order.
    using Node = std::map<QString, Values>;
    using Graph = std::map<QString, Node>;
    using Graphs = std::map<QString, Graph>;

    NodeMap(BlankNodeIssuer& issuer, int maxDepth);

    /// Adds an expanded document (or part of one) to the map.
    Status add(const QJsonValue& element);

    const Graphs& graphs() const { return m_graphs; }

private:
    struct Position
    {
        QString graph;
        QJsonValue subject; ///< Null, a subject id, or a node reference for reverse properties.
        std::optional<QString> property;
        QJsonArray* list = nullptr;
    };

    Status generate(const QJsonValue& element, const Position& pos);
    /// types: the element's @type, its blank nodes already relabelled.
    Status addNode(const QJsonObject& element, const QJsonArray& types, const Position& pos);
    Status addNodeContents(const QJsonObject& element, const QJsonArray& types, const QString& id, const Position& pos);
    void appendToSubject(const Position& pos, const QJsonValue& value, bool unique);

    BlankNodeIssuer& m_issuer;
    Graphs m_graphs;
    int m_maxDepth;
    int m_depth = 0;
};

} // namespace ler::jsonld
