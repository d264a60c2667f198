// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// CBOR-LD as VPQR codes carry it: the guarded CBOR reader and decoding to JSON-LD with the bundled contexts. What
/// decodes must encode back (when the encoder takes it) to bytes that decode to the same document.

#include "core/cborld/Cbor.h"
#include "core/cborld/CborLd.h"
#include "fuzz/FuzzSupport.h"

#include <QCborValue>
#include <QJsonValue>

using namespace ler;

LER_FUZZ_INIT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    cborld::Limits limits;
    const auto raw = cborld::detail::readCbor(input, limits);
    LER_FUZZ_NOT_INTERNAL(raw);
    if (raw) {
        const auto json = cborld::detail::cborToJson(*raw);
        LER_FUZZ_NOT_INTERNAL(json);
    }
    const auto decoded = cborld::decode(input);
    LER_FUZZ_NOT_INTERNAL(decoded);
    if (decoded) {
        const auto encoded = cborld::encode(*decoded);
        LER_FUZZ_NOT_INTERNAL(encoded);
        if (encoded) {
            const auto again = cborld::decode(*encoded);
            LER_FUZZ_REQUIRE(again.ok());
            LER_FUZZ_REQUIRE(*again == *decoded);
        }
    }
    return 0;
}
