// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/rdf/Rdf.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

/// N-Quads reading and canonical N-Quads writing: the text form that RDF canonicalization hashes and sorts.
namespace ler::rdf::nquads {

/// The IRI of xsd:string, which canonical N-Quads leaves implicit.
inline const QString kXsdString = QStringLiteral("http://www.w3.org/2001/XMLSchema#string");

/// Parses UTF-8 N-Quads text (comments, all ECHAR and UCHAR escapes). Quads keep input order; exact
/// duplicates are dropped. An xsd:string datatype is stored as empty, as Term documents.
Result<Dataset> parse(const QByteArray& text);

/// One term in canonical form: <iri>, _:label or a quoted literal with only the mandatory escapes.
QString termToString(const Term& term);

/// One quad in canonical form, ending in " ." without a newline; the graph is omitted for the default graph.
QString quadToString(const Quad& quad);

/// Appends termToString(term) as UTF-8, without building the QString.
void appendTerm(QByteArray& out, const Term& term);

/// Appends quadToString(quad) and "\n" as UTF-8, without building the QString.
void appendQuad(QByteArray& out, const Quad& quad);

/// All quads in the dataset's order, each line ending in "\n", as UTF-8.
QByteArray serialize(const Dataset& dataset);

} // namespace ler::rdf::nquads
