// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/did/DidJwk.h"
#include "core/did/DidKey.h"
#include "core/jose/Disclosure.h"
#include "core/jose/Jws.h"
#include "core/verify/ProofSigner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <array>
#include <sodium.h>

/// An Ed25519 key pair made by libsodium, for tests that build signed credentials (honest and forged) themselves:
/// VC-JWTs, SD-JWTs and Data Integrity proofs. Call sodium_init() first.
namespace ler::test {

inline QByteArray compactJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

struct SigningTestKey
{
    std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> pk {};
    std::array<unsigned char, crypto_sign_SECRETKEYBYTES> sk {};

    SigningTestKey() { crypto_sign_keypair(pk.data(), sk.data()); }

    crypto::PublicKey publicKey() const
    {
        return crypto::PublicKey::fromEd25519(QByteArrayView(reinterpret_cast<const char*>(pk.data()), pk.size()))
            .value();
    }
    QString didKey() const { return did::didKeyFromPublicKey(publicKey()); }
    /// The did:key's own verification method id.
    QString didKeyMethod() const { return didKey() + QLatin1Char('#') + didKey().mid(8); }
    QString didJwk() const { return did::didJwkFromJwk(publicKey().toJwk()); }

    QByteArray sign(QByteArrayView data) const
    {
        QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
        crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()),
            nullptr,
            reinterpret_cast<const unsigned char*>(data.data()),
            static_cast<unsigned long long>(data.size()),
            sk.data());
        return sig;
    }

    jose::JwsSigner signer() const
    {
        return [this](QByteArrayView in) -> Result<QByteArray> { return sign(in); };
    }

    /// A compact JWS with alg EdDSA and the given extra header members.
    QByteArray jws(const QJsonObject& payload, QJsonObject header) const
    {
        header.insert(QStringLiteral("alg"), QStringLiteral("EdDSA"));
        return jose::signCompactJws(header, compactJson(payload), signer()).value();
    }

    /// A JWT whose header names kid.
    QByteArray jwt(const QJsonObject& payload, const QString& kid) const
    {
        return jws(payload, QJsonObject { { QStringLiteral("kid"), kid } });
    }

    /// The document with an eddsa-jcs-2022 proof by method (the did:key's own method when empty).
    QJsonObject withProof(const QJsonObject& doc, const QString& method = {}) const
    {
        verify::ProofOptions options;
        options.suite = verify::ProofSuite::EddsaJcs2022;
        options.verificationMethod = method.isEmpty() ? didKeyMethod() : method;
        options.created = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        return verify::addProof(doc, options, [this](QByteArrayView in) -> Result<QByteArray> {
            return sign(in);
        }).value();
    }
};

/// A VC Data Model 2.0 credential with the given issuer value (a string, an object, or undefined for none).
inline QJsonObject vc2Credential(const QJsonValue& issuer)
{
    QJsonObject vc { { QStringLiteral("@context"),
                         QJsonArray { QStringLiteral("https://www.w3.org/ns/credentials/v2") } },
        { QStringLiteral("type"), QJsonArray { QStringLiteral("VerifiableCredential") } },
        { QStringLiteral("validFrom"), QStringLiteral("2024-01-01T00:00:00Z") },
        { QStringLiteral("credentialSubject"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("did:example:alex") },
                { QStringLiteral("name"), QStringLiteral("Alex") } } } };
    if (!issuer.isUndefined())
        vc.insert(QStringLiteral("issuer"), issuer);
    return vc;
}

/// An issuer-signed SD-JWT (typ dc+sd-jwt) over payload with the given disclosures, whose digests are put in the
/// payload's top-level "_sd" (hashed with the payload's _sd_alg), ending in '~'.
inline QByteArray sdJwt(const SigningTestKey& issuer,
    QJsonObject payload,
    const QList<QByteArray>& disclosures,
    const QString& kid,
    jose::SdHashAlgorithm alg = jose::SdHashAlgorithm::Sha256)
{
    QJsonArray digests = payload.value(QStringLiteral("_sd")).toArray();
    for (const QByteArray& d : disclosures)
        digests.append(QString::fromLatin1(jose::sdDigest(alg, d)));
    if (!digests.isEmpty())
        payload.insert(QStringLiteral("_sd"), digests);
    payload.insert(QStringLiteral("_sd_alg"), jose::sdHashAlgorithmName(alg));
    QByteArray out = issuer.jws(payload,
        QJsonObject { { QStringLiteral("kid"), kid }, { QStringLiteral("typ"), QStringLiteral("dc+sd-jwt") } });
    out += '~';
    for (const QByteArray& d : disclosures)
        out += d + '~';
    return out;
}

} // namespace ler::test
