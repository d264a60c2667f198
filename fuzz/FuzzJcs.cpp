// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// RFC 8785 JSON canonicalization of raw JSON text: canonical output must be valid JSON and its own canonical form.

#include "core/canon/Jcs.h"
#include "fuzz/FuzzSupport.h"

#include <QJsonDocument>

using namespace ler;

LER_FUZZ_INIT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto canonical = jcs::canonicalize(fuzz::bytes(data, size));
    LER_FUZZ_NOT_INTERNAL(canonical);
    if (!canonical) {
        return 0;
    }
    QJsonParseError error;
    QJsonDocument::fromJson(*canonical, &error);
    LER_FUZZ_REQUIRE(error.error == QJsonParseError::NoError || !canonical->startsWith('{'));
    const auto again = jcs::canonicalize(*canonical);
    LER_FUZZ_REQUIRE(again.ok());
    LER_FUZZ_REQUIRE(*again == *canonical);
    return 0;
}
