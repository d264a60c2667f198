// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// Multibase, base58btc, strict base64url, multicodec varints and the keys and DIDs built on them. Decoding is
/// strict, so whatever decodes must encode back to the same text.

#include "core/codec/Base58.h"
#include "core/codec/Base64Url.h"
#include "core/codec/Multibase.h"
#include "core/codec/Multicodec.h"
#include "core/crypto/PublicKey.h"
#include "core/did/DidJwk.h"
#include "core/did/DidKey.h"
#include "fuzz/FuzzSupport.h"

using namespace ler;

LER_FUZZ_INIT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QString text = QString::fromUtf8(input);

    const auto b58 = codec::base58Decode(input);
    LER_FUZZ_NOT_INTERNAL(b58);
    if (b58) {
        LER_FUZZ_REQUIRE(codec::base58Encode(*b58) == input);
    }
    const auto b64 = codec::base64UrlDecode(input);
    LER_FUZZ_NOT_INTERNAL(b64);
    if (b64) {
        LER_FUZZ_REQUIRE(codec::base64UrlEncode(*b64) == input);
    }
    const auto multibase = codec::multibaseDecode(text);
    LER_FUZZ_NOT_INTERNAL(multibase);
    if (multibase) {
        const auto base = text.startsWith(QLatin1Char('z')) ? codec::Multibase::Base58Btc : codec::Multibase::Base64Url;
        LER_FUZZ_REQUIRE(codec::multibaseEncode(base, *multibase) == text);
        const auto split = codec::multicodecSplit(*multibase);
        LER_FUZZ_NOT_INTERNAL(split);
        if (split) {
            LER_FUZZ_REQUIRE(codec::encodeVarint(split->code) + split->data == *multibase);
        }
    }
    const auto varint = codec::decodeVarint(input);
    LER_FUZZ_NOT_INTERNAL(varint);
    if (varint) {
        LER_FUZZ_REQUIRE(codec::encodeVarint(varint->first) == input.left(varint->second));
    }
    const auto key = crypto::PublicKey::fromMultikey(text);
    LER_FUZZ_NOT_INTERNAL(key);
    if (key) {
        // Written back as base58btc ('z'), whatever multibase it came in; it must name the same key.
        const auto again = crypto::PublicKey::fromMultikey(key->toMultikey());
        LER_FUZZ_REQUIRE(again.ok() && *again == *key);
        LER_FUZZ_REQUIRE(text.startsWith(QLatin1Char('u')) || key->toMultikey() == text);
        (void)key->toJwk();
    }
    const auto didKey = did::resolveDidKey(QStringLiteral("did:key:") + text);
    LER_FUZZ_NOT_INTERNAL(didKey);
    const auto didJwk = did::resolveDidJwk(QStringLiteral("did:jwk:") + text);
    LER_FUZZ_NOT_INTERNAL(didJwk);
    return 0;
}
