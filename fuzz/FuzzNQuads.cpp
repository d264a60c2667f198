// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// N-Quads reading and writing, and RDFC-1.0 over what was read: written N-Quads must read back to the same quads,
/// and canonical N-Quads must be their own canonical form.

#include "core/canon/RdfCanon.h"
#include "core/rdf/NQuads.h"
#include "fuzz/FuzzSupport.h"

using namespace ler;

LER_FUZZ_INIT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto dataset = rdf::nquads::parse(fuzz::bytes(data, size));
    LER_FUZZ_NOT_INTERNAL(dataset);
    if (!dataset) {
        return 0;
    }
    const QByteArray written = rdf::nquads::serialize(*dataset);
    const auto reread = rdf::nquads::parse(written);
    LER_FUZZ_REQUIRE(reread.ok());
    LER_FUZZ_REQUIRE(*reread == *dataset);

    const auto canonical = rdfc::canonicalizeDataset(*dataset);
    LER_FUZZ_NOT_INTERNAL(canonical);
    if (canonical) {
        const auto again = rdfc::canonicalize(canonical->nquads);
        LER_FUZZ_REQUIRE(again.ok());
        LER_FUZZ_REQUIRE(*again == canonical->nquads);
    }
    return 0;
}
