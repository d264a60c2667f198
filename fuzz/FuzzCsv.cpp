// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// Self-asserted entries from CSV: RFC 4180 rows, then the entry checks (dates, kinds, required columns).

#include "core/formats/SelfAssertedCsvImporter.h"
#include "fuzz/FuzzSupport.h"

using namespace ler;

LER_FUZZ_INIT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const formats::SelfAssertedCsvImporter importer;
    const QByteArray input = fuzz::bytes(data, size);
    const auto rows = formats::SelfAssertedCsvImporter::readRows(QString::fromUtf8(input));
    LER_FUZZ_NOT_INTERNAL(rows);
    const auto batch = importer.parse(input);
    LER_FUZZ_NOT_INTERNAL(batch);
    return 0;
}
