// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// JSON-LD expansion and deserialization to RDF with the bundled contexts, then RDFC-1.0: the path every Data
/// Integrity proof takes. The canonical N-Quads must read back and canonicalize to the same bytes.

#include "core/canon/RdfCanon.h"
#include "core/jsonld/JsonLd.h"
#include "fuzz/FuzzSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ler;

LER_FUZZ_INIT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size), &error);
    if (error.error != QJsonParseError::NoError) {
        return 0;
    }
    const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    jsonld::Options options;
    options.base = QStringLiteral("https://example.org/fuzz/document.jsonld");
    const auto expanded = jsonld::expand(value, options);
    LER_FUZZ_NOT_INTERNAL(expanded);
    if (!expanded) {
        return 0;
    }
    const auto dataset = jsonld::expandedToRdf(*expanded, options);
    LER_FUZZ_NOT_INTERNAL(dataset);
    if (!dataset) {
        return 0;
    }
    const auto canonical = rdfc::canonicalizeDataset(*dataset);
    LER_FUZZ_NOT_INTERNAL(canonical);
    if (canonical) {
        const auto again = rdfc::canonicalize(canonical->nquads);
        LER_FUZZ_REQUIRE(again.ok());
        LER_FUZZ_REQUIRE(*again == canonical->nquads);
    }
    return 0;
}
