// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/jsonld/JsonLd.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <functional>

/// Shared pieces of the JSON-LD tests: a loader over the W3C suite folder, a small N-Quads reader, dataset
/// isomorphism, the JSON-LD object comparison and a manifest runner.
namespace jsonldtest {

/// Base IRI of the W3C JSON-LD API test suite; files below it are served from the local copy.
inline const QString kSuiteBase = QStringLiteral("https://w3c.github.io/json-ld-api/tests/");

/// Serves URLs under a prefix from a local folder.
class DirectoryLoader : public ler::jsonld::DocumentLoader
{
public:
    DirectoryLoader(QString prefix, QString dir);
    ler::Result<ler::jsonld::RemoteDocument> load(const QString& url) const override;

private:
    QString m_prefix;
    QString m_dir;
};

ler::Result<QJsonValue> readJson(const QString& path);

/// Parses N-Quads (one statement a line; comments and blank lines skipped).
ler::Result<ler::rdf::Dataset> parseNQuads(const QString& text);
QString toNQuads(const ler::rdf::Dataset& ds);

/// True if the datasets are equal up to blank node relabelling (duplicates ignored).
bool isomorphic(const ler::rdf::Dataset& a, const ler::rdf::Dataset& b);

/// JSON-LD object comparison: arrays unordered except @list values, language tags case-insensitive.
bool jsonLdEqual(const QJsonValue& a, const QJsonValue& b, bool ordered = false);

/// One manifest entry, as the runner hands it to a test function.
struct Entry
{
    QString id;
    QStringList types;
    QString input; ///< Local path of the input document.
    QString inputUrl; ///< Its URL (the base IRI).
    QString expect; ///< Local path of the expected result, if any.
    QString errorCode; ///< Expected error code for negative tests.
    QJsonObject option;
    ler::jsonld::Options options; ///< Options derived from the entry.
};

enum class Outcome
{
    Passed,
    Failed,
    Skipped
};

/// Result of running one entry: outcome plus a reason (skip reason or failure detail).
struct EntryResult
{
    Outcome outcome;
    QString reason;
};

/// Runs every entry of a manifest; counts and prints a summary line and the failures. Returns the number passed.
struct Summary
{
    int total = 0;
    int passed = 0;
    int failed = 0;
    int skipped = 0;
    QMap<QString, int> skipReasons;
    QStringList failures;
    QString line(const QString& name) const;
};

Summary runManifest(
    const QString& dir, const QString& manifestFile, const std::function<EntryResult(const Entry&)>& run);

/// Common checks for an operation's outcome against an entry (negative: error code; positive: caller compares).
EntryResult checkNegative(const Entry& e, const ler::Error* error);

} // namespace jsonldtest
