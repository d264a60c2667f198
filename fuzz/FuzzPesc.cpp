// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// PESC College and High School Transcript XML (UTF-8 or UTF-16), read into records.

#include "core/formats/PescTranscriptImporter.h"
#include "fuzz/FuzzSupport.h"

using namespace ler;

LER_FUZZ_INIT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const formats::PescTranscriptImporter college(formats::PescTranscriptImporter::Level::College);
    static const formats::PescTranscriptImporter highSchool(formats::PescTranscriptImporter::Level::HighSchool);
    const QByteArray input = fuzz::bytes(data, size);
    const auto a = college.parse(input);
    LER_FUZZ_NOT_INTERNAL(a);
    const auto b = highSchool.parse(input);
    LER_FUZZ_NOT_INTERNAL(b);
    return 0;
}
