// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// Baked PNG badges: chunk walking, CRCs, zTXt/iTXt inflation under the size limit, and the badge text found.

#include "core/formats/BakedPngImporter.h"
#include "core/formats/PngTextReader.h"
#include "fuzz/FuzzSupport.h"

using namespace ler;

LER_FUZZ_INIT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const auto chunks = formats::PngTextReader::readTextChunks(input, formats::PngTextReader::badgeKeywords(), 1 << 20);
    LER_FUZZ_NOT_INTERNAL(chunks);
    if (chunks) {
        qint64 total = 0;
        for (const auto& c : *chunks) {
            total += c.text.size();
        }
        LER_FUZZ_REQUIRE(total <= (1 << 20));
    }
    const auto baked = formats::BakedPngImporter::extract(input);
    LER_FUZZ_NOT_INTERNAL(baked);
    return 0;
}
