// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ler::test {

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The 1EdTech OB 3.0 test vector's issuer key as a JWKS, its kid being the proof's verification method:
/// what an issuer would hand a counselor to add as a trusted key.
inline QByteArray ob3VectorIssuerJwks()
{
    const QJsonObject pair
        = QJsonDocument::fromJson(readFile(QStringLiteral(LER_TEST_DATA "/vectors/openbadges-eddsa/ob3/keypair.json")))
              .object();
    const QByteArray raw = QByteArray::fromHex(pair.value(QStringLiteral("publicKeyHex")).toString().toLatin1());
    const QJsonObject jwk { { QStringLiteral("kty"), QStringLiteral("OKP") },
        { QStringLiteral("crv"), QStringLiteral("Ed25519") },
        { QStringLiteral("kid"), pair.value(QStringLiteral("verificationMethod")) },
        { QStringLiteral("x"),
            QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) } };
    return QJsonDocument(QJsonObject { { QStringLiteral("keys"), QJsonArray { jwk } } }).toJson();
}

} // namespace ler::test
