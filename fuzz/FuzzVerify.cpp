// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// The whole verifier, offline, on any input: format detection, proofs (Data Integrity, JWS, SD-JWT), keys from
/// DIDs, dates, status entries and nested or presented credentials. Nothing is fetched.

#include "core/verify/Verifier.h"
#include "fuzz/FuzzSupport.h"

#include <QDateTime>

using namespace ler;

LER_FUZZ_INIT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const verify::Verifier verifier([] {
        verify::VerifierOptions options;
        options.offline = true;
        options.now = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        return options;
    }());
    const auto report = verifier.verify(fuzz::bytes(data, size));
    LER_FUZZ_NOT_INTERNAL(report);
    return 0;
}
