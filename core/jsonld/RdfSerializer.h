// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/jsonld/JsonLd.h"
#include "core/jsonld/NodeMap.h"

#include <QSet>

namespace ler::jsonld {

/// The Deserialize JSON-LD to RDF algorithm (JSON-LD 1.1 API section 8.1): turns a node map into quads.
class RdfSerializer
{
public:
    RdfSerializer(BlankNodeIssuer& issuer, const Options& opts);

    /// Fails only in safe mode, for the first quad it would leave out.
    Result<rdf::Dataset> serialize(const NodeMap::Graphs& graphs);

private:
    void addTriples(const QString& subject, const NodeMap::Node& node, const rdf::Term& graph);
    std::optional<rdf::Term> objectToRdf(const QJsonValue& item, const rdf::Term& graph);
    std::optional<rdf::Term> valueToRdf(const QJsonObject& item, const rdf::Term& graph);
    rdf::Term listToRdf(const QJsonArray& list, const rdf::Term& graph);
    void addQuad(const rdf::Term& s, const rdf::Term& p, const rdf::Term& o, const rdf::Term& g);
    /// Notes a safe mode event (the first one is reported).
    void event(const char* code, const QString& value);

    BlankNodeIssuer& m_issuer;
    const Options& m_opts;
    rdf::Dataset m_quads;
    QSet<rdf::Quad> m_seen;
    std::optional<Error> m_violation;
};

/// The canonical lexical form of an xsd:double as JSON-LD writes it (e.g. 1.1E0, 1.0E21).
QString formatXsdDouble(double value);

} // namespace ler::jsonld
