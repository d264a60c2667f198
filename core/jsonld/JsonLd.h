// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/jsonld/DocumentLoader.h"
#include "core/rdf/Rdf.h"
#include "core/util/Result.h"

#include <QJsonArray>
#include <QJsonValue>
#include <memory>
#include <optional>

/// JSON-LD 1.1 expansion and deserialization to RDF (W3C JSON-LD 1.1 Processing Algorithms and API), as needed to
/// canonicalize and verify Verifiable Credentials, Open Badges, CLR and DID documents.
///
/// Errors carry the JSON-LD error code in Error::reason, after kErrorReasonPrefix (for example
/// "jsonld/invalid @id value"), so callers and tests can tell them apart; the ErrorCode is InvalidInput, NotFound (a
/// context that cannot be loaded), LimitExceeded (the limits below) or Unsupported.
namespace ler::jsonld {

/// Error::reason of an error with a JSON-LD error code is this prefix followed by the code.
inline constexpr char kErrorReasonPrefix[] = "jsonld/";

/// Error::reason of a safe mode error (see Options::safeMode and safeModeViolation).
inline constexpr char kSafeModeReason[] = "jsonld/safe-mode";

enum class ProcessingMode
{
    JsonLd10,
    JsonLd11
};

/// How @direction is turned into RDF (the rdfDirection option); None drops the direction.
enum class RdfDirection
{
    None,
    I18nDatatype,
    CompoundLiteral
};

/// Bounds that keep hostile input from exhausting the stack or doing unbounded work.
struct Limits
{
    int maxRemoteContextChain = 32; ///< Nested remote contexts ("context overflow" past this).
    int maxContextLoads = 256; ///< Remote context dereferences in one call, cached ones included.
    int maxNestingDepth = 256; ///< Depth of JSON arrays/objects followed during expansion.
    int maxTermRecursion = 256; ///< Depth of term definitions that depend on other term definitions.
    /// Term definitions created in one call; scoped contexts are processed again for every node that uses them.
    int maxTermDefinitions = 100000;
};

struct Options
{
    /// Where remote contexts come from; null means bundledLoader().
    std::shared_ptr<const DocumentLoader> documentLoader;
    /// The document's base IRI (its URL); empty means none, and relative IRIs are then dropped from RDF.
    QString base;
    ProcessingMode processingMode = ProcessingMode::JsonLd11;
    /// A context applied before the document's own (the expandContext option); undefined for none.
    QJsonValue expandContext = QJsonValue(QJsonValue::Undefined);
    /// Allow blank nodes as predicates in toRdf output (generalized RDF).
    bool produceGeneralizedRdf = false;
    RdfDirection rdfDirection = RdfDirection::None;
    Limits limits;
    /// Safe mode, as jsonld.js's "safe" option: whatever expansion or RDF serialization would drop or keep as a
    /// relative IRI (a term or type no context defines, a relative @id, a free-floating value, a language tag that
    /// is not well formed, ...) fails the call with an error naming it. For documents whose canonical form is
    /// signed: without it, text under an undefined term is left out of what the signature covers.
    bool safeMode = false;
    /// Reuse contexts already processed with the same inputs: within the call, and across calls when the loader
    /// keeps a context cache (the bundled loader does). The result is the same either way; off, every context is
    /// processed afresh (for tests and measurements that compare the two).
    bool reuseContexts = true;
    /// Refuses what makes the JSON differ from the graph it stands for, for readers of the JSON (a verifier's date
    /// and status checks, what the wallet shows) when only the graph is signed: a context written inside the
    /// document (only contexts given by address are accepted), a property written as an address or compact IRI
    /// instead of a term, and the keywords that put data somewhere else than where it is written (@nest, @included,
    /// @reverse, @graph, @set). Reported as safe mode errors.
    bool plainForm = false;
};

/// What a safe mode error is about: the event, named as jsonld.js names it ("invalid property", "relative @type
/// reference", ...), and the term or value concerned.
struct SafeModeViolation
{
    QString event;
    QString value;
};

/// The violation an error from safe mode reports, or nullopt for any other error.
std::optional<SafeModeViolation> safeModeViolation(const Error& error);

/// Expands doc (the JSON-LD Expansion algorithm); the result is always an array.
Result<QJsonArray> expand(const QJsonValue& doc, const Options& opts = {});

/// Expands doc and deserializes it to an RDF dataset; blank nodes are labelled b0, b1, ... Duplicate quads are
/// removed. Quads with relative or malformed IRIs are dropped, as the algorithm requires.
Result<rdf::Dataset> toRdf(const QJsonValue& doc, const Options& opts = {});

/// Deserializes an already expanded document (as returned by expand) to RDF.
Result<rdf::Dataset> expandedToRdf(const QJsonArray& expanded, const Options& opts = {});

} // namespace ler::jsonld
