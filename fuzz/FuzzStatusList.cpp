// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// Status lists: a status list credential or entry as JSON, or an encodedList as text: multibase and base64url,
/// gzip with its output cap, and reading entries of every width at the start, the end and past the end.

#include "core/codec/Gzip.h"
#include "core/verify/StatusList.h"
#include "fuzz/FuzzSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ler;

LER_FUZZ_INIT()

namespace {

void readEntries(const QByteArray& bits, quint64 seed)
{
    for (const int width : { 1, 2, 8, 13, 32 }) {
        const quint64 entries = quint64(bits.size()) * 8 / quint64(width);
        for (const quint64 index : { quint64(0), entries ? entries - 1 : 0, entries, seed % (entries + 1), seed }) {
            const auto value = verify::readStatusValue(bits, index, width);
            LER_FUZZ_NOT_INTERNAL(value);
            LER_FUZZ_REQUIRE(value.ok() == (index < entries));
            if (value && width < 32) {
                LER_FUZZ_REQUIRE(*value < (quint32(1) << width));
            }
        }
    }
}

void decode(const QString& encodedList, quint64 seed)
{
    for (const auto kind : { verify::StatusListKind::Bitstring, verify::StatusListKind::StatusList2021 }) {
        const auto bits = verify::decodeEncodedList(encodedList, kind);
        LER_FUZZ_NOT_INTERNAL(bits);
        if (bits) {
            LER_FUZZ_REQUIRE(bits->size() <= verify::kMaxStatusListBytes);
            readEntries(*bits, seed);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const quint64 seed = qHash(input);
    if (input.startsWith('{')) {
        const QJsonObject json = QJsonDocument::fromJson(input).object();
        const QJsonObject subject = json.value(QLatin1String("credentialSubject")).toObject();
        if (subject.contains(QLatin1String("encodedList"))) {
            decode(subject.value(QLatin1String("encodedList")).toString(), seed);
        }
        QJsonArray entries;
        const QJsonValue status = json.value(QLatin1String("credentialStatus"));
        status.isArray() ? void(entries = status.toArray()) : entries.append(status.isObject() ? status : json);
        for (const QJsonValue& e : std::as_const(entries)) {
            const auto entry = verify::parseStatusEntry(e.toObject());
            LER_FUZZ_NOT_INTERNAL(entry);
        }
        return 0;
    }
    if (input.startsWith('\x1f')) {
        const auto raw = codec::gunzip(input, 1 << 20);
        LER_FUZZ_NOT_INTERNAL(raw);
        if (raw) {
            LER_FUZZ_REQUIRE(raw->size() <= (1 << 20));
            readEntries(*raw, seed);
        }
        return 0;
    }
    decode(QString::fromUtf8(input), seed);
    return 0;
}
