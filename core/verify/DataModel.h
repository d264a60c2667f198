// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/jsonld/DocumentLoader.h"
#include "core/verify/Check.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

/// Validation of W3C Verifiable Credentials Data Model documents (credentials and presentations) against the
/// normative statements (MUST) of VC Data Model 2.0 and 1.1, each version by its own rules: @context, id, type,
/// issuer, credentialSubject, validity dates, status, schemas, refresh services, terms of use, evidence, related
/// resources, names and descriptions, holder, presented credentials and embedded proofs. JSON-LD processing of the
/// document (without its proofs) catches what JSON alone cannot: a context that redefines a protected term, a
/// term definition JSON-LD refuses, a type no context maps to a URL.
///
/// The Verifier runs it before any proof check and reports the first problem as the "format" check.
namespace ler::verify::datamodel {

enum class Version
{
    V1_1, ///< https://www.w3.org/2018/credentials/v1
    V2_0, ///< https://www.w3.org/ns/credentials/v2
};

/// One way a document breaks the data model.
struct Problem
{
    /// JSON path of the property from the document's root: "issuer.id", "credentialStatus[1].type", "@context",
    /// "verifiableCredential[0].type". A single object is addressed without an index, an array entry with one.
    QString property;
    /// What is wrong, stable for tools and tests: "missing", "not-url", "not-single", "not-object", "no-claims",
    /// "invalid-type", "not-mapped", "lacks-VerifiableCredential", "credential-and-presentation", "not-datetimestamp",
    /// "before-validFrom", "protected-term-redefinition" (a JSON-LD error code with dashes), ...
    QString code;
    Text message; ///< One plain sentence naming the property and what was expected.
    Text detail; ///< The offending value (verbatim) or the JSON-LD error, for the technical detail.

    /// "property/code", the stable reason the format check carries.
    QString reason() const { return property + QLatin1Char('/') + code; }
};

/// The outcome of validating one document.
struct Validation
{
    std::optional<Version> version; ///< From the first @context entry; nullopt when there is none to go by.
    bool presentation = false;
    QList<Problem> problems; ///< In document order of the checks; empty when the document is well formed.
    /// Contexts that could not be loaded offline: the JSON-LD checks (term definitions, type mapping) did not run.
    QStringList unknownContexts;

    bool ok() const { return problems.isEmpty(); }
};

struct Options
{
    /// Where contexts come from; null means jsonld::bundledLoader() (no network).
    std::shared_ptr<const jsonld::DocumentLoader> documentLoader;
    /// Run JSON-LD expansion for the checks only it can do.
    bool jsonLd = true;
};

/// True for a JSON object that presents itself as a data model document: a W3C credentials base context anywhere
/// in @context, or the type VerifiableCredential or VerifiablePresentation.
bool looksLikeDataModel(const QJsonObject& document);

/// True when the document is to be read as a presentation: its type includes VerifiablePresentation, or it is
/// not a credential and has presentation members or a "...Presentation" type.
bool looksLikePresentation(const QJsonObject& document);

Validation validateCredential(const QJsonObject& credential, const Options& options = {});
Validation validatePresentation(const QJsonObject& presentation, const Options& options = {});
/// Validates as a presentation or a credential, as looksLikePresentation() decides.
Validation validate(const QJsonObject& document, const Options& options = {});

/// The "format" check for a validation: failed with the first problem (its reason in Check::reason), a warning when
/// contexts were unknown, else passed with "Read as <what>.".
Check formatCheck(const Validation& validation, const Text& what);

/// A URL in the sense of the data model: a scheme, no whitespace, parseable; http(s) URLs need a host.
bool isUrl(const QString& text);

/// An XML Schema 1.1 dateTimeStamp (time zone required) or, without requireTimeZone, a dateTime.
bool isXsdDateTime(const QString& text, bool requireTimeZone);

} // namespace ler::verify::datamodel
