// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// Baked SVG badges: the XML safety rules (no DTD but the bare SVG one, no entities) and the badge text found.

#include "core/formats/BakedSvgImporter.h"
#include "fuzz/FuzzSupport.h"

using namespace ler;

LER_FUZZ_INIT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto baked = formats::BakedSvgImporter::extract(fuzz::bytes(data, size));
    LER_FUZZ_NOT_INTERNAL(baked);
    return 0;
}
