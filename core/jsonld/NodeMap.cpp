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

QJsonArray asArray(const QJsonValue& v)
{
    return v.isArray() ? v.toArray() : QJsonArray { v };
}

void addUnique(NodeMap::Node& node, const QString& key, const QJsonValue& value)
{
    NodeMap::Values& values = node[key];
    if (!values.contains(value))
        values.append(value);
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
    QJsonObject el = element.toObject();
    m_graphs[pos.graph];
    if (el.value(kAtType).isArray()) {
        QJsonArray types;
        for (const QJsonValue& t : el.value(kAtType).toArray())
            types.append(iri::isBlankNode(t.toString()) ? QJsonValue(m_issuer.issue(t.toString())) : t);
        el.insert(kAtType, types);
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
    return addNode(std::move(el), pos);
}

Status NodeMap::addNode(QJsonObject el, const Position& pos)
{
    QString id;
    const QJsonValue rawId = el.value(kAtId);
    if (rawId.isNull())
        return {}; // an @id that looked like a keyword was expanded to null: the node is dropped
    if (rawId.isString())
        id = iri::isBlankNode(rawId.toString()) ? m_issuer.issue(rawId.toString()) : rawId.toString();
    else
        id = m_issuer.issue();
    el.remove(kAtId);
    Graph& graph = m_graphs[pos.graph];
    if (graph.find(id) == graph.end())
        graph[id] = Node { { kAtId, Values { id } } };
    if (pos.subject.isObject()) {
        if (pos.property)
            addUnique(graph[id], *pos.property, pos.subject);
    } else if (pos.property) {
        appendToSubject(pos, QJsonObject { { kAtId, id } }, true);
    }
    return addNodeContents(el, id, pos);
}

Status NodeMap::addNodeContents(QJsonObject& el, const QString& id, const Position& pos)
{
    if (el.contains(kAtType)) {
        for (const QJsonValue& t : asArray(el.value(kAtType)))
            addUnique(m_graphs[pos.graph][id], kAtType, t);
        el.remove(kAtType);
    }
    if (el.contains(kAtIndex)) {
        Node& node = m_graphs[pos.graph][id];
        const auto index = node.find(kAtIndex);
        if (index != node.end() && index->second != Values { el.value(kAtIndex) })
            return jsonLdError("conflicting indexes", id);
        node[kAtIndex] = Values { el.value(kAtIndex) };
        el.remove(kAtIndex);
    }
    if (el.contains(kAtReverse)) {
        const QJsonObject reverseMap = el.value(kAtReverse).toObject();
        const QJsonObject ref { { kAtId, id } };
        for (auto it = reverseMap.begin(); it != reverseMap.end(); ++it) {
            const Status s = generate(it.value(), Position { pos.graph, ref, it.key(), nullptr });
            if (!s)
                return s;
        }
        el.remove(kAtReverse);
    }
    if (el.contains(kAtGraph)) {
        m_graphs[id];
        const Status s = generate(el.value(kAtGraph), Position { id, QJsonValue::Null, std::nullopt, nullptr });
        if (!s)
            return s;
        el.remove(kAtGraph);
    }
    if (el.contains(kAtIncluded)) {
        const Status s
            = generate(el.value(kAtIncluded), Position { pos.graph, QJsonValue::Null, std::nullopt, nullptr });
        if (!s)
            return s;
        el.remove(kAtIncluded);
    }
    for (auto it = el.begin(); it != el.end(); ++it) {
        const QString property = iri::isBlankNode(it.key()) ? m_issuer.issue(it.key()) : it.key();
        m_graphs[pos.graph][id][property]; // a property with no values is still the node's
        const Status s = generate(it.value(), Position { pos.graph, id, property, nullptr });
        if (!s)
            return s;
    }
    return {};
}

} // namespace ler::jsonld
