// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/jsonld/RdfSerializer.h"

#include "core/jsonld/CanonicalJson.h"
#include "core/jsonld/Iri.h"
#include "core/jsonld/JsonLdError.h"

#include <QRegularExpression>
#include <cmath>
#include <cstdio>

namespace ler::jsonld {

namespace {

const QString kRdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
const QString kXsd = QStringLiteral("http://www.w3.org/2001/XMLSchema#");

/// A term given as an IRI or blank node identifier in a node map; nullopt if it is neither (relative IRIs).
std::optional<rdf::Term> resourceTerm(const QString& id)
{
    if (iri::isBlankNode(id))
        return rdf::Term::blank(id.mid(2));
    if (iri::isWellFormed(id))
        return rdf::Term::iri(id);
    return std::nullopt;
}

QString formatInteger(const QJsonValue& v)
{
    const double d = v.toDouble();
    if (d == 0)
        return QStringLiteral("0");
    const qint64 exact = v.toInteger(0);
    if (exact != 0 && double(exact) == d)
        return QString::number(exact);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.0f", d);
    return QString::fromLatin1(buf);
}

} // namespace

QString formatXsdDouble(double value)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.15E", value);
    const QString s = QString::fromLatin1(buf);
    const qsizetype e = s.indexOf(u'E');
    QString mantissa = s.left(e);
    while (mantissa.endsWith(u'0') && !mantissa.endsWith(QLatin1String(".0")))
        mantissa.chop(1);
    return mantissa + QLatin1Char('E') + QString::number(s.mid(e + 1).toInt());
}

RdfSerializer::RdfSerializer(BlankNodeIssuer& issuer, const Options& opts)
    : m_issuer(issuer)
    , m_opts(opts)
{ }

Result<rdf::Dataset> RdfSerializer::serialize(const NodeMap::Graphs& graphs)
{
    for (const auto& [graphName, graph] : graphs) {
        rdf::Term g = rdf::Term::defaultGraph();
        if (graphName != QLatin1String("@default")) {
            const std::optional<rdf::Term> t = resourceTerm(graphName);
            if (!t) {
                event("relative graph reference", graphName);
                continue;
            }
            g = *t;
        }
        for (const auto& [subject, node] : graph)
            addTriples(subject, node, g);
    }
    if (m_violation)
        return *m_violation;
    return m_quads;
}

void RdfSerializer::event(const char* code, const QString& value)
{
    if (m_opts.safeMode && !m_violation)
        m_violation = safeModeError(code, value);
}

void RdfSerializer::addTriples(const QString& subject, const NodeMap::Node& node, const rdf::Term& graph)
{
    const std::optional<rdf::Term> s = resourceTerm(subject);
    if (!s) {
        // A node with no properties yields no quad, so nothing is left out.
        if (node.size() > 1)
            event("relative subject reference", subject);
        return;
    }
    for (const auto& [property, values] : node) {
        if (property == QLatin1String("@type")) {
            for (const QJsonValue& type : values) {
                if (const std::optional<rdf::Term> t = resourceTerm(type.toString()))
                    addQuad(*s, rdf::Term::iri(kRdf + QStringLiteral("type")), *t, graph);
                else
                    event("relative object reference", type.toString());
            }
            continue;
        }
        if (iri::isKeyword(property))
            continue;
        if (iri::isBlankNode(property) && !m_opts.produceGeneralizedRdf) {
            event("blank node predicate", property);
            continue;
        }
        const std::optional<rdf::Term> p = resourceTerm(property);
        if (!p) {
            event("relative predicate reference", property);
            continue;
        }
        for (const QJsonValue& item : values)
            if (const std::optional<rdf::Term> o = objectToRdf(item, graph))
                addQuad(*s, *p, *o, graph);
    }
}

std::optional<rdf::Term> RdfSerializer::objectToRdf(const QJsonValue& item, const rdf::Term& graph)
{
    const QJsonObject o = item.toObject();
    if (o.contains(QStringLiteral("@list")))
        return listToRdf(o.value(QStringLiteral("@list")).toArray(), graph);
    if (o.contains(QStringLiteral("@value")))
        return valueToRdf(o, graph);
    const QString id = o.value(QStringLiteral("@id")).toString();
    std::optional<rdf::Term> t = resourceTerm(id);
    if (!t)
        event("relative object reference", id);
    return t;
}

std::optional<rdf::Term> RdfSerializer::valueToRdf(const QJsonObject& item, const rdf::Term& graph)
{
    const QJsonValue value = item.value(QStringLiteral("@value"));
    QString datatype = item.value(QStringLiteral("@type")).toString();
    if (!datatype.isEmpty() && datatype != QLatin1String("@json") && !iri::isWellFormed(datatype)) {
        event("relative datatype reference", datatype);
        return std::nullopt;
    }
    const QString language = item.value(QStringLiteral("@language")).toString();
    if (item.contains(QStringLiteral("@language")) && !iri::isWellFormedLanguage(language)) {
        event("invalid @language value", language);
        return std::nullopt;
    }
    if (item.contains(QStringLiteral("@direction")) && m_opts.rdfDirection == RdfDirection::None)
        event("rdfDirection not set", item.value(QStringLiteral("@direction")).toString());
    QString lexical;
    if (datatype == QLatin1String("@json")) {
        lexical = canonicalJson::serialize(value);
        datatype = kRdf + QStringLiteral("JSON");
    } else if (value.isBool()) {
        lexical = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        if (datatype.isEmpty())
            datatype = kXsd + QStringLiteral("boolean");
    } else if (value.isDouble()) {
        const double d = value.toDouble();
        if (d != std::floor(d) || std::fabs(d) >= 1e21 || datatype == kXsd + QStringLiteral("double")) {
            lexical = formatXsdDouble(d);
            if (datatype.isEmpty())
                datatype = kXsd + QStringLiteral("double");
        } else {
            lexical = formatInteger(value);
            if (datatype.isEmpty())
                datatype = kXsd + QStringLiteral("integer");
        }
    } else {
        lexical = value.toString();
    }
    const QString direction = item.value(QStringLiteral("@direction")).toString();
    if (!direction.isEmpty() && m_opts.rdfDirection == RdfDirection::I18nDatatype) {
        return rdf::Term::literal(
            lexical, QStringLiteral("https://www.w3.org/ns/i18n#") + language.toLower() + QLatin1Char('_') + direction);
    }
    if (!direction.isEmpty() && m_opts.rdfDirection == RdfDirection::CompoundLiteral) {
        const rdf::Term node = rdf::Term::blank(m_issuer.issue().mid(2));
        addQuad(node, rdf::Term::iri(kRdf + QStringLiteral("value")), rdf::Term::literal(lexical), graph);
        if (!language.isEmpty())
            addQuad(
                node, rdf::Term::iri(kRdf + QStringLiteral("language")), rdf::Term::literal(language.toLower()), graph);
        addQuad(node, rdf::Term::iri(kRdf + QStringLiteral("direction")), rdf::Term::literal(direction), graph);
        return node;
    }
    // rdf::Term leaves xsd:string and rdf:langString implicit.
    if (datatype == kXsd + QStringLiteral("string") || datatype == kRdf + QStringLiteral("langString"))
        datatype.clear();
    return rdf::Term::literal(lexical, datatype, language);
}

rdf::Term RdfSerializer::listToRdf(const QJsonArray& list, const rdf::Term& graph)
{
    const rdf::Term nil = rdf::Term::iri(kRdf + QStringLiteral("nil"));
    if (list.isEmpty())
        return nil;
    QList<rdf::Term> nodes;
    for (qsizetype i = 0; i < list.size(); ++i)
        nodes.append(rdf::Term::blank(m_issuer.issue().mid(2)));
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (const std::optional<rdf::Term> o = objectToRdf(list.at(i), graph))
            addQuad(nodes.at(i), rdf::Term::iri(kRdf + QStringLiteral("first")), *o, graph);
        addQuad(nodes.at(i),
            rdf::Term::iri(kRdf + QStringLiteral("rest")),
            i + 1 < list.size() ? nodes.at(i + 1) : nil,
            graph);
    }
    return nodes.first();
}

void RdfSerializer::addQuad(const rdf::Term& s, const rdf::Term& p, const rdf::Term& o, const rdf::Term& g)
{
    rdf::Quad quad { s, p, o, g };
    if (m_seen.contains(quad))
        return;
    m_seen.insert(quad);
    m_quads.append(std::move(quad));
}

} // namespace ler::jsonld
