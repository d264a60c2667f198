// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QString>

/// IRI helpers for JSON-LD: reference resolution (RFC 3986 section 5.2) and the lexical tests the algorithms need.
namespace ler::jsonld::iri {

/// True if s starts with a scheme and ':' (an absolute IRI, possibly with a fragment).
bool isAbsolute(const QString& s);

/// True for an absolute IRI without characters that N-Quads forbids (space, <, >, ", {, }, |, \, ^, `) and with
/// at most one '#'.
bool isWellFormed(const QString& s);

/// True for an absolute IRI or blank node identifier without whitespace: what safe mode accepts as absolute.
bool isAbsoluteOrBlank(const QString& s);

/// True for a well-formed BCP 47 language tag in the simple form JSON-LD checks (letters, then subtags).
bool isWellFormedLanguage(const QString& tag);

/// True for a blank node identifier ("_:" prefix).
bool isBlankNode(const QString& s);

/// True for one of the JSON-LD keywords (@id, @type, ...).
bool isKeyword(const QString& s);

/// True if s has the form of a keyword ('@' followed by one or more ASCII letters); such terms are reserved.
bool hasKeywordForm(const QString& s);

/// Resolves reference against base with the basic algorithm of RFC 3986 section 5.2 (no normalization).
/// If base is empty or not absolute, reference is returned unchanged.
QString resolve(const QString& base, const QString& reference);

/// True if the IRI ends with one of the generic delimiters : / ? # [ ] @.
bool endsWithGenDelim(const QString& s);

} // namespace ler::jsonld::iri
