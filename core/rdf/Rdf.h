// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QHashFunctions>
#include <QList>
#include <QString>

namespace ler::rdf {

/// One RDF term: an IRI, a blank node (value without "_:") or a literal.
struct Term
{
    enum class Kind
    {
        Iri,
        BlankNode,
        Literal,
        DefaultGraph
    };
    Kind kind = Kind::DefaultGraph;
    QString value;
    QString datatype; ///< Literals only; empty means xsd:string (or rdf:langString with a language).
    QString language; ///< Literals only; lower-case BCP47 tag, or empty.

    static Term iri(QString v) { return { Kind::Iri, std::move(v), {}, {} }; }
    static Term blank(QString label) { return { Kind::BlankNode, std::move(label), {}, {} }; }
    static Term literal(QString v, QString dt = {}, QString lang = {})
    {
        return { Kind::Literal, std::move(v), std::move(dt), std::move(lang) };
    }
    static Term defaultGraph() { return {}; }

    bool isIri() const { return kind == Kind::Iri; }
    bool isBlank() const { return kind == Kind::BlankNode; }
    bool isLiteral() const { return kind == Kind::Literal; }
    bool isDefaultGraph() const { return kind == Kind::DefaultGraph; }

    friend bool operator==(const Term&, const Term&) = default;
    friend size_t qHash(const Term& t, size_t seed = 0)
    {
        return qHashMulti(seed, int(t.kind), t.value, t.datatype, t.language);
    }
};

/// One quad; graph is Term::defaultGraph() for the default graph.
struct Quad
{
    Term subject;
    Term predicate;
    Term object;
    Term graph;

    friend bool operator==(const Quad&, const Quad&) = default;
    friend size_t qHash(const Quad& q, size_t seed = 0)
    {
        return qHashMulti(seed, q.subject, q.predicate, q.object, q.graph);
    }
};

/// An RDF dataset as a list of quads (duplicates removed by whoever builds it).
using Dataset = QList<Quad>;

} // namespace ler::rdf
