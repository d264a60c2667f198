// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/verify/DataModel.h"

/// Pieces shared by the files of the data model validation (not part of its API).
namespace ler::verify::datamodel {

/// The version a document's first @context entry names.
std::optional<Version> baseVersion(const QJsonObject& document);

/// The problem of a document whose @context is missing or does not start with a base context.
Problem contextProblem(const QJsonObject& document, const QString& prefix);

/// The JSON-LD checks: expands the document without its proofs and adds what JSON-LD refuses, types that map to
/// no URL, and the contexts that could not be loaded.
void checkJsonLd(const QJsonObject& document, const Options& options, Validation& out);

/// The sentence for a problem code at a property; detail is the offending value or what was expected.
Text problemMessage(const QString& code, const QString& property, const Text& detail = {});

/// "Read as <what>."
Text readAsMessage(const Text& what);

/// The warning when a context could not be loaded, so terms were not checked.
Text unknownContextMessage(const Text& what, const QString& context);

} // namespace ler::verify::datamodel
