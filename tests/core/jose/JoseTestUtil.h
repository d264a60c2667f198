// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/codec/Base64Url.h"
#include "core/crypto/PublicKey.h"
#include "core/jose/Jws.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <array>
#include <sodium.h>

/// Shared helpers for the JOSE tests: vector files and an Ed25519 key pair signing with libsodium.
namespace josetest {

inline QByteArray readFile(const QString& relative)
{
    QFile f(QStringLiteral(LER_TEST_DATA "/vectors/sdjwt/") + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QJsonDocument readJson(const QString& relative)
{
    return QJsonDocument::fromJson(readFile(relative));
}

inline QJsonObject key(const char* name)
{
    return readJson(QStringLiteral("keys/keys-from-spec-settings.json")).object().value(QLatin1String(name)).toObject();
}

/// The public part of a JWK from the keys file ("d" removed).
inline ler::crypto::PublicKey publicKey(const char* name)
{
    QJsonObject jwk = key(name);
    jwk.remove(QStringLiteral("d"));
    jwk.remove(QStringLiteral("kid"));
    auto k = ler::crypto::PublicKey::fromJwk(jwk);
    return k.ok() ? k.value() : ler::crypto::PublicKey();
}

inline QString describe(const ler::Error& e)
{
    return ler::errorCodeName(e.code) + QStringLiteral(": ") + e.message.untranslated();
}

/// An Ed25519 key pair for tests, with a JwsSigner.
struct Ed25519Pair
{
    std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> pk {};
    std::array<unsigned char, crypto_sign_SECRETKEYBYTES> sk {};

    Ed25519Pair()
    {
        if (sodium_init() >= 0) {
            crypto_sign_keypair(pk.data(), sk.data());
        }
    }

    QJsonObject jwk() const
    {
        return { { QStringLiteral("kty"), QStringLiteral("OKP") },
            { QStringLiteral("crv"), QStringLiteral("Ed25519") },
            { QStringLiteral("x"),
                QString::fromLatin1(ler::codec::base64UrlEncode(
                    QByteArrayView(reinterpret_cast<const char*>(pk.data()), pk.size()))) } };
    }

    ler::crypto::PublicKey publicKey() const { return ler::crypto::PublicKey::fromJwk(jwk()).value(); }

    ler::jose::JwsSigner signer() const
    {
        const auto secret = sk;
        return [secret](QByteArrayView input) -> ler::Result<QByteArray> {
            QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
            crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()),
                nullptr,
                reinterpret_cast<const unsigned char*>(input.data()),
                static_cast<unsigned long long>(input.size()),
                secret.data());
            return sig;
        };
    }
};

} // namespace josetest
