// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/crypto/SignatureVerifier.h"

#include "core/crypto/PublicKey.h"

#include <QMutex>
#include <QSet>
#include <memory>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>
#include <sodium.h>

namespace ler::crypto::detail {

namespace {

template <typename T, void (*F)(T*)> struct Deleter
{
    void operator()(T* p) const { F(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using GroupPtr = std::unique_ptr<EC_GROUP, Deleter<EC_GROUP, EC_GROUP_free>>;
using PointPtr = std::unique_ptr<EC_POINT, Deleter<EC_POINT, EC_POINT_free>>;
using SigPtr = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG, ECDSA_SIG_free>>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;

const unsigned char* bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char*>(v.data());
}

Error cryptoError(const char* what)
{
    return { ErrorCode::Crypto,
        tx("ler::crypto", "OpenSSL: %1 failed").arg(QLatin1String(what)),
        QStringLiteral("crypto/openssl-failed") };
}

Error badSignature()
{
    return { ErrorCode::VerificationFailed,
        tx("ler::crypto", "signature does not verify"),
        QStringLiteral("crypto/signature-invalid") };
}

int curveNid(KeyType curve)
{
    return curve == KeyType::P384 ? NID_secp384r1 : NID_X9_62_prime256v1;
}

const char* curveGroupName(KeyType curve)
{
    return curve == KeyType::P384 ? "P-384" : "P-256";
}

qsizetype fieldSize(KeyType curve)
{
    return curve == KeyType::P384 ? 48 : 32;
}

const EVP_MD* digestMd(Digest digest)
{
    switch (digest) {
    case Digest::Sha256:
        return EVP_sha256();
    case Digest::Sha384:
        return EVP_sha384();
    case Digest::Sha512:
        return EVP_sha512();
    }
    return nullptr;
}

BnPtr toBn(QByteArrayView v)
{
    return BnPtr(BN_bin2bn(bytes(v), static_cast<int>(v.size()), nullptr));
}

Result<PkeyPtr> pkeyFromParams(const char* type, const OSSL_PARAM* params)
{
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY* raw = nullptr;
    if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, const_cast<OSSL_PARAM*>(params)) != 1) {
        return Error(ErrorCode::InvalidInput,
            tx("ler::crypto", "the %1 public key is not usable").arg(QLatin1String(type)),
            QStringLiteral("crypto/key-unusable"));
    }
    return PkeyPtr(raw);
}

Result<PkeyPtr> ecKey(KeyType curve, QByteArrayView x, QByteArrayView y)
{
    QByteArray point(1, '\x04');
    point.append(x.data(), x.size());
    point.append(y.data(), y.size());
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, const_cast<char*>(curveGroupName(curve)), 0),
        OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, point.data(), static_cast<size_t>(point.size())),
        OSSL_PARAM_construct_end(),
    };
    return pkeyFromParams("EC", params);
}

Result<PkeyPtr> rsaKey(QByteArrayView modulus, QByteArrayView exponent)
{
    ParamBldPtr bld(OSSL_PARAM_BLD_new());
    BnPtr n = toBn(modulus);
    BnPtr e = toBn(exponent);
    if (!bld || !n || !e || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) != 1
        || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, e.get()) != 1) {
        return cryptoError("building RSA parameters");
    }
    ParamPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
    if (!params) {
        return cryptoError("building RSA parameters");
    }
    return pkeyFromParams("RSA", params.get());
}

/// JOSE r||s to the DER ECDSA-Sig-Value that OpenSSL verifies.
Result<QByteArray> rawToDer(QByteArrayView raw)
{
    const qsizetype half = raw.size() / 2;
    SigPtr sig(ECDSA_SIG_new());
    BnPtr r = toBn(raw.first(half));
    BnPtr s = toBn(raw.sliced(half));
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1) {
        return cryptoError("building the ECDSA signature");
    }
    r.release(); // owned by sig now
    s.release();
    const int len = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (len <= 0) {
        return cryptoError("encoding the ECDSA signature");
    }
    QByteArray der(len, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    if (i2d_ECDSA_SIG(sig.get(), &out) != len) {
        return cryptoError("encoding the ECDSA signature");
    }
    return der;
}

Status digestVerify(EVP_PKEY* pkey, Digest digest, bool pss, QByteArrayView message, QByteArrayView signature)
{
    MdCtxPtr md(EVP_MD_CTX_new());
    EVP_PKEY_CTX* pctx = nullptr;
    if (!md || EVP_DigestVerifyInit(md.get(), &pctx, digestMd(digest), nullptr, pkey) != 1) {
        return cryptoError("EVP_DigestVerifyInit");
    }
    if (pss
        && (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1
            || EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1
            || EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, digestMd(digest)) != 1)) {
        return cryptoError("setting RSA-PSS parameters");
    }
    const int rc = EVP_DigestVerify(md.get(),
        bytes(signature),
        static_cast<size_t>(signature.size()),
        bytes(message),
        static_cast<size_t>(message.size()));
    if (rc != 1) {
        return badSignature();
    }
    return {};
}

bool ensureSodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

Status verifyEd25519(QByteArrayView key, QByteArrayView message, QByteArrayView signature)
{
    if (!ensureSodiumReady()) {
        return Error(ErrorCode::Crypto,
            tx("ler::crypto", "libsodium could not be initialised"),
            QStringLiteral("crypto/library-not-started"));
    }
    if (key.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES) {
        return Error(ErrorCode::InvalidInput,
            tx("ler::crypto", "an Ed25519 signature must be 64 bytes"),
            QStringLiteral("crypto/ed25519-signature-size"));
    }
    if (crypto_sign_verify_detached(
            bytes(signature), bytes(message), static_cast<unsigned long long>(message.size()), bytes(key))
        != 0) {
        return badSignature();
    }
    return {};
}

Status verifyEcdsa(
    KeyType curve, QByteArrayView x, QByteArrayView y, Digest digest, QByteArrayView message, QByteArrayView signature)
{
    if (signature.size() != 2 * fieldSize(curve)) {
        return Error(ErrorCode::InvalidInput,
            tx("ler::crypto", "an ECDSA %1 signature must be %2 bytes (r||s)")
                .arg(QLatin1String(curveGroupName(curve)))
                .arg(2 * fieldSize(curve)),
            QStringLiteral("crypto/ecdsa-signature-size"));
    }
    auto der = rawToDer(signature);
    if (!der) {
        return der.error();
    }
    auto pkey = ecKey(curve, x, y);
    if (!pkey) {
        return pkey.error();
    }
    return digestVerify(pkey->get(), digest, false, message, *der);
}

Status verifyRsa(QByteArrayView modulus,
    QByteArrayView exponent,
    Digest digest,
    bool pss,
    QByteArrayView message,
    QByteArrayView signature)
{
    if (signature.size() != modulus.size()) {
        return Error(ErrorCode::InvalidInput,
            tx("ler::crypto", "an RSA signature must be as long as the modulus"),
            QStringLiteral("crypto/rsa-signature-size"));
    }
    auto pkey = rsaKey(modulus, exponent);
    if (!pkey) {
        return pkey.error();
    }
    return digestVerify(pkey->get(), digest, pss, message, signature);
}

Status checkEcPoint(KeyType curve, QByteArrayView x, QByteArrayView y)
{
    QByteArray point(1, '\x04');
    point.append(x.data(), x.size());
    point.append(y.data(), y.size());
    auto decoded = decodeEcPoint(curve, point);
    if (!decoded) {
        return decoded.error();
    }
    return {};
}

Result<std::pair<QByteArray, QByteArray>> decodeEcPoint(KeyType curve, QByteArrayView point)
{
    const qsizetype n = fieldSize(curve);
    const bool compressed = point.size() == n + 1 && (point[0] == 0x02 || point[0] == 0x03);
    const bool uncompressed = point.size() == 2 * n + 1 && point[0] == 0x04;
    if (!compressed && !uncompressed) {
        return invalidInput(tx("ler::crypto", "not a SEC 1 %1 point").arg(QLatin1String(curveGroupName(curve))),
            QStringLiteral("crypto/ec-point-invalid"));
    }
    GroupPtr group(EC_GROUP_new_by_curve_name(curveNid(curve)));
    PointPtr p(group ? EC_POINT_new(group.get()) : nullptr);
    if (!group || !p) {
        return cryptoError("EC_GROUP_new_by_curve_name");
    }
    // oct2point rejects points that are not on the curve.
    if (EC_POINT_oct2point(group.get(), p.get(), bytes(point), static_cast<size_t>(point.size()), nullptr) != 1
        || EC_POINT_is_at_infinity(group.get(), p.get())) {
        return invalidInput(tx("ler::crypto", "the point is not on %1").arg(QLatin1String(curveGroupName(curve))),
            QStringLiteral("crypto/ec-point-not-on-curve"));
    }
    BnPtr x(BN_new());
    BnPtr y(BN_new());
    if (!x || !y || EC_POINT_get_affine_coordinates(group.get(), p.get(), x.get(), y.get(), nullptr) != 1) {
        return cryptoError("EC_POINT_get_affine_coordinates");
    }
    QByteArray xs(n, Qt::Uninitialized);
    QByteArray ys(n, Qt::Uninitialized);
    if (BN_bn2binpad(x.get(), reinterpret_cast<unsigned char*>(xs.data()), static_cast<int>(n)) != n
        || BN_bn2binpad(y.get(), reinterpret_cast<unsigned char*>(ys.data()), static_cast<int>(n)) != n) {
        return cryptoError("BN_bn2binpad");
    }
    return std::pair<QByteArray, QByteArray>(xs, ys);
}

Status checkEd25519(QByteArrayView key)
{
    if (!ensureSodiumReady()) {
        return Error(ErrorCode::Crypto,
            tx("ler::crypto", "libsodium could not be initialised"),
            QStringLiteral("crypto/library-not-started"));
    }
    if (key.size() != crypto_sign_PUBLICKEYBYTES) {
        return invalidInput(
            tx("ler::crypto", "not a valid Ed25519 public key"), QStringLiteral("crypto/ed25519-key-size"));
    }
    // The subgroup check costs more than a signature check, and the same few keys come back for every credential
    // of an issuer (and twice per proof): keys that passed are remembered, a bounded number of them.
    static QMutex mutex;
    static QSet<QByteArray> valid;
    const QByteArray raw = key.toByteArray();
    {
        const QMutexLocker lock(&mutex);
        if (valid.contains(raw)) {
            return {};
        }
    }
    if (crypto_core_ed25519_is_valid_point(bytes(key)) != 1) {
        return invalidInput(
            tx("ler::crypto", "not a valid Ed25519 public key"), QStringLiteral("crypto/ed25519-key-invalid"));
    }
    const QMutexLocker lock(&mutex);
    if (valid.size() >= 1024) {
        valid.clear();
    }
    valid.insert(raw);
    return {};
}

Result<QByteArray> ed25519ToX25519(QByteArrayView key)
{
    if (!ensureSodiumReady()) {
        return Error(ErrorCode::Crypto,
            tx("ler::crypto", "libsodium could not be initialised"),
            QStringLiteral("crypto/library-not-started"));
    }
    if (key.size() != crypto_sign_PUBLICKEYBYTES) {
        return invalidInput(
            tx("ler::crypto", "an Ed25519 public key must be 32 bytes"), QStringLiteral("crypto/ed25519-key-size"));
    }
    QByteArray out(crypto_scalarmult_curve25519_BYTES, Qt::Uninitialized);
    if (crypto_sign_ed25519_pk_to_curve25519(reinterpret_cast<unsigned char*>(out.data()), bytes(key)) != 0) {
        return invalidInput(
            tx("ler::crypto", "the Ed25519 key has no X25519 equivalent"), QStringLiteral("crypto/ed25519-no-x25519"));
    }
    return out;
}

} // namespace ler::crypto::detail
