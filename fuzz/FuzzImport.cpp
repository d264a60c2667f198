// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// Every import format through the registry, as a dropped file reaches it: detection, limits and each importer
/// (Open Badges 2.0 and 3.0, CLR 2.0, VC JSON and JWT, SD-JWT VC, baked images, PESC, CSV). Nothing is fetched.

#include "core/formats/FormatRegistry.h"
#include "fuzz/FuzzSupport.h"

using namespace ler;

LER_FUZZ_INIT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const formats::FormatRegistry registry;
    const auto batch = registry.import(fuzz::bytes(data, size));
    LER_FUZZ_NOT_INTERNAL(batch);
    return 0;
}
