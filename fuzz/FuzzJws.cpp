// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// Compact JWS / JWT reading (the JOSE layer and the import token splitter). A parsed token must write back to the
/// very bytes it was read from, since those are what the signature covers.

#include "core/formats/CompactToken.h"
#include "core/jose/Jws.h"
#include "fuzz/FuzzSupport.h"

using namespace ler;

LER_FUZZ_INIT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const auto jws = jose::parseCompactJws(input);
    LER_FUZZ_NOT_INTERNAL(jws);
    if (jws) {
        LER_FUZZ_REQUIRE(jws->compact() == input);
        LER_FUZZ_REQUIRE(jws->signingInput() == input.left(input.lastIndexOf('.')));
        const auto claims = jws->payloadObject();
        LER_FUZZ_NOT_INTERNAL(claims);
        (void)jws->alg();
    }
    if (formats::CompactToken::looksLike(input)) {
        const auto token = formats::CompactToken::parse(input);
        LER_FUZZ_NOT_INTERNAL(token);
        if (token) {
            (void)token->type();
        }
    }
    return 0;
}
