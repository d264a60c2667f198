// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/jose/Jws.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

/// An RSA key pair made by OpenSSL, so tests can sign Open Badges 2.0 assertions (RS256) the way an issuer, or a
/// forger, would. The product itself only verifies RSA signatures.
namespace ler::test {

class RsaTestKey
{
public:
    RsaTestKey()
        : m_key(EVP_RSA_gen(2048), EVP_PKEY_free)
    { }

    bool isValid() const { return m_key != nullptr; }

    /// SubjectPublicKeyInfo PEM, as a CryptographicKey's publicKeyPem.
    QString publicKeyPem() const
    {
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
        if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1)
            return {};
        char* data = nullptr;
        const long size = BIO_get_mem_data(bio.get(), &data);
        return QString::fromLatin1(data, size);
    }

    QByteArray sign(QByteArrayView input) const
    {
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
        size_t size = 0;
        if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1
            || EVP_DigestSign(ctx.get(),
                   nullptr,
                   &size,
                   reinterpret_cast<const unsigned char*>(input.data()),
                   size_t(input.size()))
                != 1)
            return {};
        QByteArray sig(qsizetype(size), '\0');
        if (EVP_DigestSign(ctx.get(),
                reinterpret_cast<unsigned char*>(sig.data()),
                &size,
                reinterpret_cast<const unsigned char*>(input.data()),
                size_t(input.size()))
            != 1)
            return {};
        sig.resize(qsizetype(size));
        return sig;
    }

    /// A compact JWS (RS256) over payload: a signed Open Badges 2.0 assertion.
    QByteArray jws(const QJsonObject& payload) const
    {
        return jose::signCompactJws(QJsonObject { { QStringLiteral("alg"), QStringLiteral("RS256") } },
            QJsonDocument(payload).toJson(QJsonDocument::Compact),
            [this](QByteArrayView in) -> Result<QByteArray> { return sign(in); })
            .value();
    }

private:
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> m_key;
};

} // namespace ler::test
