// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/jsonld/NodeMap.h"

#include "core/jsonld/DepthGuard.h"
#include "core/jsonld/Iri.h"
#include "core/jsonld/JsonLdError.h"

namespace ler::jsonld {

namespace {

const QString kAtId = QStringLiteral("@id");
const QString kAtType = QStringLiteral("@type");
const QString kAtIndex = QStringLiteral("@index");
const QString kAtList = QStringLiteral("@list");
const QString kAtReverse = QStringLiteral("@reverse");
const QString kAtGraph = QStringLiteral("@graph");
const QString kAtIncluded = QStringLiteral("@included");

void addUnique(NodeMap::Node& node, const QString& key, const QJsonValue& value)
{
    NodeMap::Values& values = node[key];
    if (!values.contains(value))
        values.append(value);
}

/// The keywords of a node object that addNodeContents() handles itself; every other entry is a property.
bool isHandledKeyword(const QString& key)
{
    return key == kAtId || key == kAtType || key == kAtIndex || key == kAtReverse || key == kAtGraph
        || key == kAtIncluded;
}

} // namespace

QString BlankNodeIssuer::issue(const QString& existing)
{
    if (!existing.isEmpty()) {
        const auto it = m_map.constFind(existing);
        if (it != m_map.constEnd())
            return it.value();
    }
    const QString id = QStringLiteral("_:b%1").arg(m_counter++);
    if (!existing.isEmpty())
        m_map.insert(existing, id);
    return id;
}

NodeMap::NodeMap(BlankNodeIssuer& issuer, int maxDepth)
    : m_issuer(issuer)
    , m_maxDepth(maxDepth)
{ }

Status NodeMap::add(const QJsonValue& element)
{
    m_graphs[QStringLiteral("@default")];
    return generate(element, Position { QStringLiteral("@default"), QJsonValue::Null, std::nullopt, nullptr });
}

void NodeMap::appendToSubject(const Position& pos, const QJsonValue& value, bool unique)
{
    if (pos.list) {
        pos.list->append(value);
        return;
    }
    if (!pos.subject.isString() || !pos.property)
        return;
    Node& node = m_graphs[pos.graph][pos.subject.toString()];
    if (unique)
        addUnique(node, *pos.property, value);
    else
        node[*pos.property].append(value);
}

Status NodeMap::generate(const QJsonValue& element, const Position& pos)
{
    DepthGuard guard(m_depth);
    if (m_depth > m_maxDepth)
        return jsonLdError("nesting too deep", {}, ErrorCode::LimitExceeded);
    if (element.isArray()) {
        for (const QJsonValue& item : element.toArray()) {
            const Status s = generate(item, pos);
            if (!s)
                return s;
        }
        return {};
    }
    if (!element.isObject())
        return {};
    // The element is read, never changed: changing it would copy it.
    const QJsonObject el = element.toObject();
    m_graphs[pos.graph];
    // Blank node types are relabelled first (before the node's own id), as the algorithm orders it.
    QJsonArray types;
    const QJsonValue rawTypes = el.value(kAtType);
    if (rawTypes.isArray()) {
        for (const QJsonValue& t : rawTypes.toArray())
            types.append(iri::isBlankNode(t.toString()) ? QJsonValue(m_issuer.issue(t.toString())) : t);
    } else if (!rawTypes.isUndefined()) {
        types.append(rawTypes);
    }
    if (el.contains(QStringLiteral("@value"))) {
        appendToSubject(pos, el, true);
        return {};
    }
    if (el.contains(kAtList)) {
        QJsonArray items;
        Position inner = pos;
        inner.list = &items;
        const Status s = generate(el.value(kAtList), inner);
        if (!s)
            return s;
        appendToSubject(pos, QJsonObject { { kAtList, items } }, false);
        return {};
    }
    return addNode(el, types, pos);
}

Status NodeMap::addNode(const QJsonObject& el, const QJsonArray& types, const Position& pos)
{
    QString id;
    const QJsonValue rawId = el.value(kAtId);
    if (rawId.isNull())
        return {}; // an @id that looked like a keyword was expanded to null: the node is dropped
    if (rawId.isString())
        id = iri::isBlankNode(rawId.toString()) ? m_issuer.issue(rawId.toString()) : rawId.toString();
    else
        id = m_issuer.issue();
    Graph& graph = m_graphs[pos.graph];
    if (graph.find(id) == graph.end())
        graph[id] = Node { { kAtId, Values { id } } };
    if (pos.subject.isObject()) {
        if (pos.property)
            addUnique(graph[id], *pos.property, pos.subject);
    } else if (pos.property) {
        appendToSubject(pos, QJsonObject { { kAtId, id } }, true);
    }
    return addNodeContents(el, types, id, pos);
}

Status NodeMap::addNodeContents(const QJsonObject& el, const QJsonArray& types, const QString& id, const Position& pos)
{
    for (const QJsonValue& t : types)
        addUnique(m_graphs[pos.graph][id], kAtType, t);
    if (el.contains(kAtIndex)) {
        Node& node = m_graphs[pos.graph][id];
        const auto index = node.find(kAtIndex);
        if (index != node.end() && index->second != Values { el.value(kAtIndex) })
            return jsonLdError("conflicting indexes", Text::verbatim(id));
        node[kAtIndex] = Values { el.value(kAtIndex) };
    }
    if (el.contains(kAtReverse)) {
        const QJsonObject reverseMap = el.value(kAtReverse).toObject();
        const QJsonObject ref { { kAtId, id } };
        for (auto it = reverseMap.begin(); it != reverseMap.end(); ++it) {
            const Status s = generate(it.value(), Position { pos.graph, ref, it.key(), nullptr });
            if (!s)
                return s;
        }
    }
    if (el.contains(kAtGraph)) {
        m_graphs[id];
        const Status s = generate(el.value(kAtGraph), Position { id, QJsonValue::Null, std::nullopt, nullptr });
        if (!s)
            return s;
    }
    if (el.contains(kAtIncluded)) {
        const Status s
            = generate(el.value(kAtIncluded), Position { pos.graph, QJsonValue::Null, std::nullopt, nullptr });
        if (!s)
            return s;
    }
    for (auto it = el.constBegin(); it != el.constEnd(); ++it) {
        if (isHandledKeyword(it.key()))
            continue;
        const QString property = iri::isBlankNode(it.key()) ? m_issuer.issue(it.key()) : it.key();
        m_graphs[pos.graph][id][property]; // a property with no values is still the node's
        const Status s = generate(it.value(), Position { pos.graph, id, property, nullptr });
        if (!s)
            return s;
    }
    return {};
}

} // namespace ler::jsonld
