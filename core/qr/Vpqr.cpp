// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/qr/Vpqr.h"

#include "core/codec/Base32.h"

namespace ler::qr {

namespace {

const QString kHeader = QStringLiteral("VP1-");

} // namespace

bool isVpqr(QStringView text)
{
    return text.startsWith(kHeader);
}

Result<QString> encodeVpqr(const QJsonObject& document, const cborld::Options& options)
{
    auto bytes = cborld::encode(document, options);
    if (!bytes) {
        return bytes.error();
    }
    return QLatin1String(kVpqrPrefix) + codec::base32Encode(*bytes);
}

Result<QJsonObject> decodeVpqr(QStringView text, const cborld::Options& options)
{
    if (!isVpqr(text)) {
        return Error(ErrorCode::InvalidInput,
            tx("ler::qr",
                "This QR code is not a VPQR presentation (it does not start with "
                "VP1-)."),
            QStringLiteral("qr/not-vpqr"));
    }
    const QStringView payload = text.sliced(kHeader.size());
    if (!payload.startsWith(u'B')) {
        return Error(ErrorCode::Unsupported,
            tx("ler::qr",
                "This VPQR code uses an encoding LER Wallet does not read (only "
                "base32, B)."),
            QStringLiteral("qr/vpqr-unknown-encoding"));
    }
    auto bytes = codec::base32Decode(payload.sliced(1));
    if (!bytes) {
        return Error(ErrorCode::InvalidInput,
            tx("ler::qr", "This VPQR code is damaged: %1").arg(bytes.error().message),
            bytes.error().reason);
    }
    auto json = cborld::decode(*bytes, options);
    if (!json) {
        return json.error();
    }
    if (!json->isObject()) {
        return Error(ErrorCode::InvalidInput,
            tx("ler::qr", "This VPQR code does not hold one presentation or credential."),
            QStringLiteral("qr/vpqr-not-object"));
    }
    return json->toObject();
}

Result<VpqrCode> vpqrCode(const QJsonObject& document, const QrPolicy& policy, const cborld::Options& options)
{
    auto bytes = cborld::encode(document, options);
    if (!bytes) {
        return bytes.error();
    }
    VpqrCode code;
    code.payload = QLatin1String(kVpqrPrefix) + codec::base32Encode(*bytes);
    code.cborldBytes = bytes->size();
    code.fit = fit(code.payload, policy);
    return code;
}

} // namespace ler::qr
