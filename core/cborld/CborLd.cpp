// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/cborld/CborLd.h"

#include "core/cborld/Cbor.h"
#include "core/cborld/Compressor.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ler::cborld {

namespace {

/// Where two JSON values first differ, as a path ("proof.created", "type[1]"); empty if they are equal. Numbers
/// compare as JavaScript numbers.
QString firstDifference(const QJsonValue& a, const QJsonValue& b, const QString& path)
{
    const auto here = [&] { return path.isEmpty() ? QStringLiteral("(document)") : path; };
    if (a.isDouble() && b.isDouble()) {
        return a.toDouble() == b.toDouble() ? QString() : here();
    }
    if (a.type() != b.type()) {
        return here();
    }
    if (a.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size()) {
            return here();
        }
        for (qsizetype i = 0; i < x.size(); ++i) {
            const QString d = firstDifference(x.at(i), y.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
            if (!d.isEmpty()) {
                return d;
            }
        }
        return {};
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        QStringList keys = x.keys();
        for (const QString& k : y.keys()) {
            if (!keys.contains(k)) {
                keys.append(k);
            }
        }
        for (const QString& k : keys) {
            if (!x.contains(k) || !y.contains(k)) {
                return path.isEmpty() ? k : path + u'.' + k;
            }
            const QString d = firstDifference(x.value(k), y.value(k), path.isEmpty() ? k : path + u'.' + k);
            if (!d.isEmpty()) {
                return d;
            }
        }
        return {};
    }
    return a == b ? QString() : here();
}

Error notCborLd()
{
    return Error(ErrorCode::InvalidInput,
        tx("ler::cborld", "The data is not CBOR-LD (it lacks the CBOR-LD tag)."),
        QStringLiteral("cborld/tag-missing"));
}

} // namespace

Result<QByteArray> encode(const QJsonValue& document, const Options& options)
{
    detail::Compressor compressor(options);
    auto data = compressor.compress(document);
    if (!data) {
        return data.error();
    }
    QByteArray bytes = QByteArray(kCompressedPrefix, 3) + detail::writeCbor(*data);

    // The codecs drop or reshape some values (a second '#' in a DID URL, non-canonical base64, a number where a
    // term is expected). A signed document changed that way would no longer verify, so refuse it instead.
    Options roundTrip = options;
    roundTrip.limits.maxInputBytes = std::max(roundTrip.limits.maxInputBytes, bytes.size());
    auto back = decode(bytes, roundTrip);
    if (!back) {
        return Error(back.error().code,
            tx("ler::cborld", "The document cannot be written as CBOR-LD: what would be written does not read back."),
            back.error().reason);
    }
    const QString difference = firstDifference(document, *back, QString());
    if (!difference.isEmpty()) {
        return Error(ErrorCode::Unsupported,
            tx("ler::cborld", "The document cannot be written as CBOR-LD without changing it (at %1).").arg(difference),
            QStringLiteral("cborld/round-trip-changes"));
    }
    return bytes;
}

Result<QJsonValue> decode(QByteArrayView bytes, const Options& options)
{
    if (bytes.size() > options.limits.maxInputBytes) {
        return Error(ErrorCode::LimitExceeded,
            tx("ler::cborld", "The CBOR-LD data is too large."),
            QStringLiteral("cborld/too-large"));
    }
    if (bytes.size() < 3 || bytes.at(0) != '\xd9' || bytes.at(1) != '\x05') {
        return notCborLd();
    }
    const char mode = bytes.at(2);
    if (mode != '\x00' && mode != '\x01') {
        return Error(ErrorCode::Unsupported,
            tx("ler::cborld", "This CBOR-LD compression mode (%1) is not supported.")
                .arg(int(static_cast<unsigned char>(mode))),
            QStringLiteral("cborld/mode-unsupported"));
    }
    auto data = detail::readCbor(bytes.sliced(3), options.limits);
    if (!data) {
        return data.error();
    }
    if (mode == '\x00') {
        return detail::cborToJson(*data);
    }
    detail::Decompressor decompressor(options);
    return decompressor.decompress(*data);
}

} // namespace ler::cborld
