// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// SD-JWT in compact form or in the JWS JSON serializations, with the disclosures processed against the payload as a
/// verifier does after the signature holds, and a presentation built from what was read.

#include "core/jose/Disclosure.h"
#include "core/jose/SdJwt.h"
#include "core/jose/SdJwtPayload.h"
#include "fuzz/FuzzSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace ler;

LER_FUZZ_INIT()

namespace {

void process(const jose::SdJwt& sd)
{
    for (const QByteArray& d : sd.disclosures) {
        const auto disclosure = jose::parseDisclosure(d);
        LER_FUZZ_NOT_INTERNAL(disclosure);
    }
    const auto payload = sd.issuerJwt.payloadObject();
    if (!payload) {
        return;
    }
    const auto alg = jose::payloadHashAlgorithm(*payload);
    LER_FUZZ_NOT_INTERNAL(alg);
    const auto claims = jose::processSdJwtPayload(*payload, sd.disclosures);
    LER_FUZZ_NOT_INTERNAL(claims);
    const auto parents = jose::disclosureParents(*payload, sd.disclosures);
    LER_FUZZ_NOT_INTERNAL(parents);
    if (claims && !sd.disclosures.isEmpty()) {
        // Revealing one disclosure (and the parents it needs) must give an SD-JWT that reads back.
        const auto presented = jose::createPresentation(sd, { sd.disclosures.last() });
        LER_FUZZ_NOT_INTERNAL(presented);
        if (presented) {
            const auto reread = jose::parseSdJwt(*presented);
            LER_FUZZ_REQUIRE(reread.ok());
            LER_FUZZ_REQUIRE(jose::processSdJwtPayload(*payload, reread->disclosures).ok());
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    if (input.trimmed().startsWith('{')) {
        const QJsonObject json = QJsonDocument::fromJson(input).object();
        const auto sd = jose::parseSdJwtJson(json);
        LER_FUZZ_NOT_INTERNAL(sd);
        if (sd) {
            process(*sd);
        }
        return 0;
    }
    const auto sd = jose::parseSdJwt(input);
    LER_FUZZ_NOT_INTERNAL(sd);
    if (sd) {
        LER_FUZZ_REQUIRE(sd->compact() == input);
        process(*sd);
    }
    return 0;
}
