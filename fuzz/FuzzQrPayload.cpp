// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// What scanned QR codes carry: VPQR codes, parts of the multi-part format (any order, repeats, missing parts,
/// parts of different presentations) and plain text. An input starting with '{' is a document instead: it is
/// encoded for codes small enough to need several parts, and the parts must decode to the same document.

#include "core/qr/QrPayload.h"
#include "fuzz/FuzzSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace ler;

LER_FUZZ_INIT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    if (input.startsWith('{')) {
        const QJsonObject document = QJsonDocument::fromJson(input).object();
        if (document.isEmpty()) {
            return 0;
        }
        for (const qr::QrPolicy policy : { qr::QrPolicy {}, qr::QrPolicy { qr::EccLevel::High, 8 } }) {
            const auto payloads = qr::encodeDocument(document, policy);
            LER_FUZZ_NOT_INTERNAL(payloads);
            if (!payloads) {
                continue;
            }
            const auto contents = qr::decodeQrTexts(*payloads);
            LER_FUZZ_REQUIRE(contents.ok());
            LER_FUZZ_REQUIRE(contents->size() == 1);
            LER_FUZZ_REQUIRE(contents->first().isJson && contents->first().document == document);
        }
        return 0;
    }
    // One scanned code per line.
    QStringList texts;
    for (const QByteArray& line : input.split('\n')) {
        texts.append(QString::fromUtf8(line));
    }
    const auto contents = qr::decodeQrTexts(texts);
    LER_FUZZ_NOT_INTERNAL(contents);
    return 0;
}
