// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/PublicKey.h"
#include "core/did/DidKey.h"
#include "core/verify/ProofSigner.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QTest>
#include <memory>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>

/// A P-256 or P-384 key pair made by OpenSSL, so tests can sign ecdsa-rdfc-2019 and ecdsa-jcs-2019 proofs the way
/// an issuer, or a forger, would. The product itself only verifies ECDSA signatures.
namespace ler::test {

class EcdsaTestKey
{
public:
    explicit EcdsaTestKey(crypto::KeyType curve = crypto::KeyType::P256)
        : m_curve(curve)
        , m_key(EVP_EC_gen(curve == crypto::KeyType::P384 ? "P-384" : "P-256"), EVP_PKEY_free)
    { }

    bool isValid() const { return m_key != nullptr; }
    crypto::KeyType curve() const { return m_curve; }

    crypto::PublicKey publicKey() const
    {
        unsigned char point[128];
        size_t size = 0;
        if (!m_key
            || EVP_PKEY_get_octet_string_param(
                   m_key.get(), OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, point, sizeof point, &size)
                != 1)
            return {};
        auto key = crypto::PublicKey::fromEcPoint(
            m_curve, QByteArrayView(reinterpret_cast<const char*>(point), qsizetype(size)));
        return key ? *key : crypto::PublicKey();
    }
    QString didKey() const { return did::didKeyFromPublicKey(publicKey()); }
    /// The did:key's own verification method id.
    QString didKeyMethod() const { return didKey() + QLatin1Char('#') + didKey().mid(8); }

    /// ECDSA over data, hashed with SHA-256 (or SHA-384 when sha384), as raw r||s of the curve's size.
    QByteArray sign(QByteArrayView data, bool sha384) const
    {
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
        size_t size = 0;
        const auto* in = reinterpret_cast<const unsigned char*>(data.data());
        if (!ctx
            || EVP_DigestSignInit(ctx.get(), nullptr, sha384 ? EVP_sha384() : EVP_sha256(), nullptr, m_key.get()) != 1
            || EVP_DigestSign(ctx.get(), nullptr, &size, in, size_t(data.size())) != 1)
            return {};
        QByteArray der(qsizetype(size), '\0');
        auto* out = reinterpret_cast<unsigned char*>(der.data());
        if (EVP_DigestSign(ctx.get(), out, &size, in, size_t(data.size())) != 1)
            return {};
        const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
        std::unique_ptr<ECDSA_SIG, decltype(&ECDSA_SIG_free)> sig(
            d2i_ECDSA_SIG(nullptr, &p, long(size)), ECDSA_SIG_free);
        if (!sig)
            return {};
        const int n = m_curve == crypto::KeyType::P384 ? 48 : 32;
        QByteArray raw(2 * n, '\0');
        auto* r = reinterpret_cast<unsigned char*>(raw.data());
        if (BN_bn2binpad(ECDSA_SIG_get0_r(sig.get()), r, n) != n
            || BN_bn2binpad(ECDSA_SIG_get0_s(sig.get()), r + n, n) != n)
            return {};
        return raw;
    }

    /// Signs the way the suite asks for this key: SHA-384 for P-384, SHA-256 for P-256.
    verify::ProofSigningCallback signer() const
    {
        return [this](QByteArrayView in) -> Result<QByteArray> { return sign(in, m_curve == crypto::KeyType::P384); };
    }

    /// Proof options for an ECDSA proof by method (the did:key's own method when empty).
    verify::ProofOptions proofOptions(
        verify::ProofSuite suite = verify::ProofSuite::EcdsaRdfc2019, const QString& method = {}) const
    {
        verify::ProofOptions options;
        options.suite = suite;
        options.keyType = m_curve;
        options.verificationMethod = method.isEmpty() ? didKeyMethod() : method;
        options.created = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        return options;
    }

    /// The document with an ECDSA proof by method (the did:key's own method when empty).
    QJsonObject withProof(const QJsonObject& doc,
        verify::ProofSuite suite = verify::ProofSuite::EcdsaRdfc2019,
        const QString& method = {}) const
    {
        auto out = verify::addProof(doc, proofOptions(suite, method), signer());
        return out ? *out : QJsonObject();
    }

private:
    crypto::KeyType m_curve;
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> m_key;
};

/// Data rows "suite" and "curve" (as ints): each ECDSA cryptosuite with each curve.
inline void addEcdsaSuiteAndCurveRows()
{
    QTest::addColumn<int>("suite");
    QTest::addColumn<int>("curve");
    for (const auto suite : { verify::ProofSuite::EcdsaRdfc2019, verify::ProofSuite::EcdsaJcs2019 }) {
        for (const auto curve : { crypto::KeyType::P256, crypto::KeyType::P384 })
            QTest::addRow("%s %s", qPrintable(verify::proofSuiteName(suite)), qPrintable(crypto::keyTypeName(curve)))
                << int(suite) << int(curve);
    }
}

/// Data rows "suite" (as an int): each ECDSA cryptosuite.
inline void addEcdsaSuiteRows()
{
    QTest::addColumn<int>("suite");
    for (const auto suite : { verify::ProofSuite::EcdsaRdfc2019, verify::ProofSuite::EcdsaJcs2019 })
        QTest::newRow(qPrintable(verify::proofSuiteName(suite))) << int(suite);
}

} // namespace ler::test
