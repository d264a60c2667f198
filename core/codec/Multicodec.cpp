// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/codec/Multicodec.h"

namespace ler::codec {

namespace {

constexpr int kMaxVarintBytes = 9;

} // namespace

QByteArray encodeVarint(quint64 value)
{
    QByteArray out;
    do {
        auto byte = static_cast<unsigned char>(value & 0x7f);
        value >>= 7;
        if (value != 0) {
            byte |= 0x80;
        }
        out.append(static_cast<char>(byte));
    } while (value != 0);
    return out;
}

Result<std::pair<quint64, qsizetype>> decodeVarint(QByteArrayView data)
{
    quint64 value = 0;
    for (qsizetype i = 0; i < data.size() && i < kMaxVarintBytes; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        value |= static_cast<quint64>(byte & 0x7f) << (7 * i);
        if ((byte & 0x80) == 0) {
            if (byte == 0 && i > 0) {
                return invalidInput(
                    tx("ler::codec", "varint: not minimally encoded"), QStringLiteral("codec/varint-not-minimal"));
            }
            return std::pair<quint64, qsizetype>(value, i + 1);
        }
    }
    if (data.size() >= kMaxVarintBytes) {
        return invalidInput(tx("ler::codec", "varint: longer than %1 bytes").arg(kMaxVarintBytes),
            QStringLiteral("codec/varint-too-long"));
    }
    return invalidInput(tx("ler::codec", "varint: truncated"), QStringLiteral("codec/varint-truncated"));
}

QByteArray multicodecPrefix(Multicodec code, QByteArrayView data)
{
    QByteArray out = encodeVarint(static_cast<quint64>(code));
    out.append(data.data(), data.size());
    return out;
}

Result<MulticodecValue> multicodecSplit(QByteArrayView data)
{
    auto varint = decodeVarint(data);
    if (!varint) {
        return Error(varint.error().code,
            tx("ler::codec", "The multicodec prefix is not a valid varint."),
            varint.error().reason);
    }
    MulticodecValue out;
    out.code = varint->first;
    out.data = data.sliced(varint->second).toByteArray();
    return out;
}

bool isKnownMulticodec(quint64 code)
{
    return !multicodecName(code).startsWith(QLatin1String("0x"));
}

QString multicodecName(quint64 code)
{
    switch (static_cast<Multicodec>(code)) {
    case Multicodec::Secp256k1Pub:
        return QStringLiteral("secp256k1-pub");
    case Multicodec::X25519Pub:
        return QStringLiteral("x25519-pub");
    case Multicodec::Ed25519Pub:
        return QStringLiteral("ed25519-pub");
    case Multicodec::P256Pub:
        return QStringLiteral("p256-pub");
    case Multicodec::P384Pub:
        return QStringLiteral("p384-pub");
    case Multicodec::P521Pub:
        return QStringLiteral("p521-pub");
    case Multicodec::RsaPub:
        return QStringLiteral("rsa-pub");
    case Multicodec::Ed25519Priv:
        return QStringLiteral("ed25519-priv");
    case Multicodec::Secp256k1Priv:
        return QStringLiteral("secp256k1-priv");
    case Multicodec::X25519Priv:
        return QStringLiteral("x25519-priv");
    case Multicodec::RsaPriv:
        return QStringLiteral("rsa-priv");
    case Multicodec::P256Priv:
        return QStringLiteral("p256-priv");
    case Multicodec::P384Priv:
        return QStringLiteral("p384-priv");
    case Multicodec::P521Priv:
        return QStringLiteral("p521-priv");
    }
    return QStringLiteral("0x%1").arg(code, 0, 16);
}

} // namespace ler::codec
