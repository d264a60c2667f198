// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// Public keys as issuers publish them: PEM (SubjectPublicKeyInfo, PKCS #1), DER RSAPublicKey, JWKs and DID
/// verification methods. Strict DER has one encoding per key, so what decodes must encode back to the same bytes.

#include "core/crypto/Pem.h"
#include "core/crypto/PublicKey.h"
#include "core/crypto/RsaDer.h"
#include "core/did/DidDocument.h"
#include "fuzz/FuzzSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ler;

LER_FUZZ_INIT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    if (input.startsWith('{')) {
        const QJsonObject json = QJsonDocument::fromJson(input).object();
        const auto jwk = crypto::PublicKey::fromJwk(json);
        LER_FUZZ_NOT_INTERNAL(jwk);
        if (jwk) {
            const auto again = crypto::PublicKey::fromJwk(jwk->toJwk());
            LER_FUZZ_REQUIRE(again.ok() && *again == *jwk);
        }
        const auto method = did::publicKeyFromVerificationMethod(json);
        LER_FUZZ_NOT_INTERNAL(method);
        for (const QJsonValue& m : json.value(QLatin1String("verificationMethod")).toArray()) {
            const QString id = m.toObject().value(QLatin1String("id")).toString();
            const auto key = did::publicKeyForRelationship(json, id, did::VerificationRelationship::AssertionMethod);
            LER_FUZZ_NOT_INTERNAL(key);
        }
        return 0;
    }
    if (input.startsWith("-----")) {
        const auto pem = crypto::publicKeyFromPem(input);
        LER_FUZZ_NOT_INTERNAL(pem);
        return 0;
    }
    const auto der = crypto::decodeRsaPublicKeyDer(input);
    LER_FUZZ_NOT_INTERNAL(der);
    if (der) {
        LER_FUZZ_REQUIRE(crypto::encodeRsaPublicKeyDer(der->first, der->second) == input);
    }
    const auto rsa = crypto::PublicKey::fromRsaPkcs1Der(input);
    LER_FUZZ_NOT_INTERNAL(rsa);
    const auto multicodec = crypto::PublicKey::fromMulticodec(input);
    LER_FUZZ_NOT_INTERNAL(multicodec);
    return 0;
}
