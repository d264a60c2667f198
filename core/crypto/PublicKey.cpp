// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/crypto/PublicKey.h"

#include "core/codec/Base64Url.h"
#include "core/codec/Multibase.h"
#include "core/codec/Multicodec.h"
#include "core/crypto/RsaDer.h"
#include "core/crypto/SignatureVerifier.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace ler::crypto {

namespace {

using detail::Digest;

qsizetype fieldSize(KeyType curve)
{
    return curve == KeyType::P384 ? 48 : 32;
}

QByteArray stripLeadingZeros(QByteArrayView v)
{
    qsizetype i = 0;
    while (i < v.size() && v[i] == 0) {
        ++i;
    }
    return v.sliced(i).toByteArray();
}

Result<QByteArray> jwkMember(const QJsonObject& jwk, const char* name)
{
    const QJsonValue v = jwk.value(QLatin1String(name));
    if (!v.isString()) {
        return invalidInput(tx("ler::crypto", "JWK: member \"%1\" is missing or not a string").arg(QLatin1String(name)),
            QStringLiteral("crypto/jwk-member-missing"));
    }
    auto decoded = codec::base64UrlDecode(v.toString().toLatin1());
    if (!decoded) {
        return invalidInput(tx("ler::crypto", "JWK: member \"%1\" is not valid base64url").arg(QLatin1String(name)),
            QStringLiteral("crypto/jwk-member-not-base64url"));
    }
    return decoded;
}

Result<PublicKey> ecFromJwk(const QJsonObject& jwk)
{
    const QString crv = jwk.value(QLatin1String("crv")).toString();
    KeyType curve;
    if (crv == QLatin1String("P-256")) {
        curve = KeyType::P256;
    } else if (crv == QLatin1String("P-384")) {
        curve = KeyType::P384;
    } else {
        return Error(ErrorCode::Unsupported,
            tx("ler::crypto", "JWK: EC curve \"%1\" is not supported").arg(crv),
            QStringLiteral("crypto/jwk-ec-curve-unsupported"));
    }
    auto x = jwkMember(jwk, "x");
    auto y = jwkMember(jwk, "y");
    if (!x) {
        return x.error();
    }
    if (!y) {
        return y.error();
    }
    return PublicKey::fromEcCoordinates(curve, *x, *y);
}

Result<PublicKey> okpFromJwk(const QJsonObject& jwk)
{
    const QString crv = jwk.value(QLatin1String("crv")).toString();
    if (crv != QLatin1String("Ed25519")) {
        return Error(ErrorCode::Unsupported,
            tx("ler::crypto", "JWK: OKP curve \"%1\" is not supported").arg(crv),
            QStringLiteral("crypto/jwk-okp-curve-unsupported"));
    }
    auto x = jwkMember(jwk, "x");
    if (!x) {
        return x.error();
    }
    return PublicKey::fromEd25519(*x);
}

Result<PublicKey> rsaFromJwk(const QJsonObject& jwk)
{
    auto n = jwkMember(jwk, "n");
    auto e = jwkMember(jwk, "e");
    if (!n) {
        return n.error();
    }
    if (!e) {
        return e.error();
    }
    return PublicKey::fromRsa(*n, *e);
}

struct AlgorithmInfo
{
    SignatureAlgorithm alg;
    const char* name;
    Digest digest;
};

constexpr AlgorithmInfo kAlgorithms[] = {
    { SignatureAlgorithm::EdDSA, "EdDSA", Digest::Sha512 },
    { SignatureAlgorithm::ES256, "ES256", Digest::Sha256 },
    { SignatureAlgorithm::ES384, "ES384", Digest::Sha384 },
    { SignatureAlgorithm::RS256, "RS256", Digest::Sha256 },
    { SignatureAlgorithm::RS384, "RS384", Digest::Sha384 },
    { SignatureAlgorithm::RS512, "RS512", Digest::Sha512 },
    { SignatureAlgorithm::PS256, "PS256", Digest::Sha256 },
    { SignatureAlgorithm::PS384, "PS384", Digest::Sha384 },
    { SignatureAlgorithm::PS512, "PS512", Digest::Sha512 },
};

const AlgorithmInfo& info(SignatureAlgorithm alg)
{
    for (const auto& a : kAlgorithms) {
        if (a.alg == alg) {
            return a;
        }
    }
    return kAlgorithms[0];
}

Error algorithmMismatch(SignatureAlgorithm alg, KeyType type)
{
    return { ErrorCode::InvalidInput,
        tx("ler::crypto", "algorithm %1 cannot be used with a %2 key")
            .arg(signatureAlgorithmName(alg), keyTypeName(type)),
        QStringLiteral("crypto/alg-key-mismatch") };
}

} // namespace

Result<SignatureAlgorithm> signatureAlgorithmFromName(QStringView name)
{
    if (name == QLatin1String("Ed25519")) {
        return SignatureAlgorithm::EdDSA;
    }
    for (const auto& a : kAlgorithms) {
        if (name == QLatin1String(a.name)) {
            return a.alg;
        }
    }
    if (name.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        return Error(ErrorCode::Unsupported,
            tx("ler::crypto", "unsigned tokens (alg \"none\") are never accepted"),
            QStringLiteral("crypto/alg-none"));
    }
    return Error(ErrorCode::Unsupported,
        tx("ler::crypto", "signature algorithm \"%1\" is not supported").arg(name),
        QStringLiteral("crypto/alg-unsupported"));
}

QString signatureAlgorithmName(SignatureAlgorithm alg)
{
    return QLatin1String(info(alg).name);
}

QString keyTypeName(KeyType type)
{
    switch (type) {
    case KeyType::Ed25519:
        return QStringLiteral("Ed25519");
    case KeyType::P256:
        return QStringLiteral("P-256");
    case KeyType::P384:
        return QStringLiteral("P-384");
    case KeyType::Rsa:
        return QStringLiteral("RSA");
    }
    return {};
}

PublicKey::PublicKey(KeyType type, QByteArray a, QByteArray b)
    : m_type(type)
    , m_a(std::move(a))
    , m_b(std::move(b))
{ }

Result<PublicKey> PublicKey::fromEd25519(QByteArrayView raw)
{
    if (auto ok = detail::checkEd25519(raw); !ok) {
        return ok.error();
    }
    return PublicKey(KeyType::Ed25519, raw.toByteArray(), {});
}

Result<PublicKey> PublicKey::fromEcPoint(KeyType curve, QByteArrayView point)
{
    if (curve != KeyType::P256 && curve != KeyType::P384) {
        return invalidInput(tx("ler::crypto", "%1 is not an elliptic curve for ECDSA").arg(keyTypeName(curve)),
            QStringLiteral("crypto/ec-curve-not-ecdsa"));
    }
    auto xy = detail::decodeEcPoint(curve, point);
    if (!xy) {
        return xy.error();
    }
    return PublicKey(curve, xy->first, xy->second);
}

Result<PublicKey> PublicKey::fromEcCoordinates(KeyType curve, QByteArrayView x, QByteArrayView y)
{
    if (curve != KeyType::P256 && curve != KeyType::P384) {
        return invalidInput(tx("ler::crypto", "%1 is not an elliptic curve for ECDSA").arg(keyTypeName(curve)),
            QStringLiteral("crypto/ec-curve-not-ecdsa"));
    }
    if (x.size() != fieldSize(curve) || y.size() != fieldSize(curve)) {
        return invalidInput(
            tx("ler::crypto", "%1 coordinates must be %2 bytes each").arg(keyTypeName(curve)).arg(fieldSize(curve)),
            QStringLiteral("crypto/ec-coordinate-size"));
    }
    if (auto ok = detail::checkEcPoint(curve, x, y); !ok) {
        return ok.error();
    }
    return PublicKey(curve, x.toByteArray(), y.toByteArray());
}

Result<PublicKey> PublicKey::fromRsa(QByteArrayView modulus, QByteArrayView exponent)
{
    QByteArray n = stripLeadingZeros(modulus);
    QByteArray e = stripLeadingZeros(exponent);
    const auto bits = n.size() * 8;
    if (bits < kMinRsaBits || bits > kMaxRsaBits) {
        return Error(ErrorCode::Unsupported,
            tx("ler::crypto", "RSA keys must have %1 to %2 bits").arg(kMinRsaBits).arg(kMaxRsaBits),
            QStringLiteral("crypto/rsa-size-unsupported"));
    }
    if (e.isEmpty() || e.size() > 8 || (static_cast<unsigned char>(e.back()) & 1) == 0 || e == QByteArray(1, '\1')) {
        return invalidInput(
            tx("ler::crypto", "the RSA public exponent is not valid"), QStringLiteral("crypto/rsa-exponent-invalid"));
    }
    return PublicKey(KeyType::Rsa, std::move(n), std::move(e));
}

Result<PublicKey> PublicKey::fromRsaPkcs1Der(QByteArrayView der)
{
    auto parts = decodeRsaPublicKeyDer(der);
    if (!parts) {
        return parts.error();
    }
    return fromRsa(parts->first, parts->second);
}

Result<PublicKey> PublicKey::fromJwk(const QJsonObject& jwk)
{
    for (const char* secret : { "d", "p", "q", "dp", "dq", "qi", "k" }) {
        if (jwk.contains(QLatin1String(secret))) {
            return invalidInput(tx("ler::crypto", "JWK: a public key was expected but private member \"%1\" is present")
                                    .arg(QLatin1String(secret)),
                QStringLiteral("crypto/jwk-private-member"));
        }
    }
    const QString kty = jwk.value(QLatin1String("kty")).toString();
    if (kty == QLatin1String("EC")) {
        return ecFromJwk(jwk);
    }
    if (kty == QLatin1String("OKP")) {
        return okpFromJwk(jwk);
    }
    if (kty == QLatin1String("RSA")) {
        return rsaFromJwk(jwk);
    }
    return Error(ErrorCode::Unsupported,
        tx("ler::crypto", "JWK: key type \"%1\" is not supported").arg(kty),
        QStringLiteral("crypto/jwk-kty-unsupported"));
}

Result<PublicKey> PublicKey::fromMulticodec(QByteArrayView prefixed)
{
    auto split = codec::multicodecSplit(prefixed);
    if (!split) {
        return split.error();
    }
    switch (static_cast<codec::Multicodec>(split->code)) {
    case codec::Multicodec::Ed25519Pub:
        return fromEd25519(split->data);
    case codec::Multicodec::P256Pub:
        return fromEcPoint(KeyType::P256, split->data);
    case codec::Multicodec::P384Pub:
        return fromEcPoint(KeyType::P384, split->data);
    case codec::Multicodec::RsaPub:
        return fromRsaPkcs1Der(split->data);
    default:
        break;
    }
    return Error(ErrorCode::Unsupported,
        tx("ler::crypto", "key type %1 is not supported for signatures").arg(codec::multicodecName(split->code)),
        QStringLiteral("crypto/multikey-unsupported"));
}

Result<PublicKey> PublicKey::fromMultikey(QStringView multibase)
{
    auto raw = codec::multibaseDecode(multibase);
    if (!raw) {
        return raw.error();
    }
    return fromMulticodec(*raw);
}

QByteArray PublicKey::rawBytes() const
{
    switch (m_type) {
    case KeyType::Ed25519:
        return m_a;
    case KeyType::P256:
    case KeyType::P384: {
        if (isNull()) {
            return {};
        }
        QByteArray out(1, (static_cast<unsigned char>(m_b.back()) & 1) ? '\x03' : '\x02');
        return out + m_a;
    }
    case KeyType::Rsa:
        return isNull() ? QByteArray() : encodeRsaPublicKeyDer(m_a, m_b);
    }
    return {};
}

QJsonObject PublicKey::toJwk() const
{
    if (isNull()) {
        return {};
    }
    const auto b64 = [](const QByteArray& v) { return QString::fromLatin1(codec::base64UrlEncode(v)); };
    switch (m_type) {
    case KeyType::Ed25519:
        return { { QStringLiteral("crv"), QStringLiteral("Ed25519") },
            { QStringLiteral("kty"), QStringLiteral("OKP") },
            { QStringLiteral("x"), b64(m_a) } };
    case KeyType::P256:
    case KeyType::P384:
        return { { QStringLiteral("crv"), keyTypeName(m_type) },
            { QStringLiteral("kty"), QStringLiteral("EC") },
            { QStringLiteral("x"), b64(m_a) },
            { QStringLiteral("y"), b64(m_b) } };
    case KeyType::Rsa:
        return { { QStringLiteral("e"), b64(m_b) },
            { QStringLiteral("kty"), QStringLiteral("RSA") },
            { QStringLiteral("n"), b64(m_a) } };
    }
    return {};
}

QString PublicKey::jwkThumbprint() const
{
    // QJsonDocument writes object members sorted and without whitespace, which is what RFC 7638 asks for here.
    const QByteArray canonical = QJsonDocument(toJwk()).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(codec::base64UrlEncode(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)));
}

QByteArray PublicKey::toMulticodec() const
{
    switch (m_type) {
    case KeyType::Ed25519:
        return codec::multicodecPrefix(codec::Multicodec::Ed25519Pub, rawBytes());
    case KeyType::P256:
        return codec::multicodecPrefix(codec::Multicodec::P256Pub, rawBytes());
    case KeyType::P384:
        return codec::multicodecPrefix(codec::Multicodec::P384Pub, rawBytes());
    case KeyType::Rsa:
        return codec::multicodecPrefix(codec::Multicodec::RsaPub, rawBytes());
    }
    return {};
}

QString PublicKey::toMultikey() const
{
    return codec::multibaseEncode(codec::Multibase::Base58Btc, toMulticodec());
}

Status PublicKey::verify(SignatureAlgorithm alg, QByteArrayView message, QByteArrayView signature) const
{
    if (isNull()) {
        return invalidInput(tx("ler::crypto", "no public key to verify with"), QStringLiteral("crypto/no-public-key"));
    }
    const Digest digest = info(alg).digest;
    switch (alg) {
    case SignatureAlgorithm::EdDSA:
        if (m_type != KeyType::Ed25519) {
            return algorithmMismatch(alg, m_type);
        }
        return detail::verifyEd25519(m_a, message, signature);
    case SignatureAlgorithm::ES256:
    case SignatureAlgorithm::ES384:
        if ((alg == SignatureAlgorithm::ES256) != (m_type == KeyType::P256)
            || (alg == SignatureAlgorithm::ES384) != (m_type == KeyType::P384)) {
            return algorithmMismatch(alg, m_type);
        }
        return detail::verifyEcdsa(m_type, m_a, m_b, digest, message, signature);
    default:
        if (m_type != KeyType::Rsa) {
            return algorithmMismatch(alg, m_type);
        }
        const bool pss
            = alg == SignatureAlgorithm::PS256 || alg == SignatureAlgorithm::PS384 || alg == SignatureAlgorithm::PS512;
        return detail::verifyRsa(m_a, m_b, digest, pss, message, signature);
    }
}

Status PublicKey::verify(QStringView alg, QByteArrayView message, QByteArrayView signature) const
{
    auto parsed = signatureAlgorithmFromName(alg);
    if (!parsed) {
        return parsed.error();
    }
    return verify(*parsed, message, signature);
}

Result<QByteArray> x25519FromEd25519(QByteArrayView ed25519)
{
    return detail::ed25519ToX25519(ed25519);
}

} // namespace ler::crypto
