// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QStringView>

namespace ler::crypto {

/// The public-key families a credential issuer or holder may use.
enum class KeyType
{
    Ed25519,
    P256,
    P384,
    Rsa,
};

/// JOSE signature algorithms (RFC 7518, RFC 8037) we can verify. "none" and HMAC are deliberately absent.
enum class SignatureAlgorithm
{
    EdDSA,
    ES256,
    ES384,
    RS256,
    RS384,
    RS512,
    PS256,
    PS384,
    PS512,
};

/// Parses a JOSE "alg" value; "Ed25519" (fully-specified) maps to EdDSA. Anything else is Unsupported.
Result<SignatureAlgorithm> signatureAlgorithmFromName(QStringView name);

/// The JOSE name of an algorithm ("ES256").
QString signatureAlgorithmName(SignatureAlgorithm alg);

/// RSA keys shorter than this are refused (RFC 7518 section 3.3 requires 2048 bits).
inline constexpr int kMinRsaBits = 2048;
/// RSA keys longer than this are refused, to bound verification cost.
inline constexpr int kMaxRsaBits = 8192;

/// A validated public key (Ed25519, NIST P-256/P-384 or RSA) as plain bytes; copyable and comparable.
/// Every constructor checks the key (length, point on the curve, RSA size) so verify() never sees junk.
class PublicKey
{
public:
    /// A null key; only useful as a placeholder. verify() on it fails.
    PublicKey() = default;

    /// 32 raw Ed25519 bytes.
    static Result<PublicKey> fromEd25519(QByteArrayView raw);
    /// SEC 1 point: compressed (0x02/0x03 || x) or uncompressed (0x04 || x || y).
    static Result<PublicKey> fromEcPoint(KeyType curve, QByteArrayView point);
    /// Affine coordinates, each exactly the field size (32 or 48 bytes).
    static Result<PublicKey> fromEcCoordinates(KeyType curve, QByteArrayView x, QByteArrayView y);
    /// Big-endian modulus and public exponent.
    static Result<PublicKey> fromRsa(QByteArrayView modulus, QByteArrayView exponent);
    /// DER RSAPublicKey (PKCS #1), the form multicodec rsa-pub carries.
    static Result<PublicKey> fromRsaPkcs1Der(QByteArrayView der);
    /// A public JWK: OKP/Ed25519, EC/P-256 or P-384 (x, y), RSA (n, e). Private members are refused.
    static Result<PublicKey> fromJwk(const QJsonObject& jwk);
    /// Multicodec-prefixed key bytes (ed25519-pub, p256-pub, p384-pub, rsa-pub).
    static Result<PublicKey> fromMulticodec(QByteArrayView prefixed);
    /// A Multikey publicKeyMultibase value ("z6Mk...", "zDna...", "z82L...").
    static Result<PublicKey> fromMultikey(QStringView multibase);

    bool isNull() const { return m_a.isEmpty(); }
    KeyType type() const { return m_type; }

    /// Ed25519: the 32 key bytes. EC: the compressed point. RSA: the PKCS #1 DER.
    QByteArray rawBytes() const;
    /// The public JWK (members in RFC 7638 order); empty for a null key.
    QJsonObject toJwk() const;
    /// RFC 7638 JWK thumbprint (SHA-256), base64url.
    QString jwkThumbprint() const;
    /// Multicodec prefix plus rawBytes().
    QByteArray toMulticodec() const;
    /// 'z' + base58btc(toMulticodec()).
    QString toMultikey() const;

    /// Checks a JOSE signature (ECDSA as raw r||s) over message; VerificationFailed if it does not hold,
    /// Unsupported/InvalidInput if alg does not fit this key.
    Status verify(SignatureAlgorithm alg, QByteArrayView message, QByteArrayView signature) const;
    /// As above, with the JOSE "alg" name.
    Status verify(QStringView alg, QByteArrayView message, QByteArrayView signature) const;

    friend bool operator==(const PublicKey&, const PublicKey&) = default;

private:
    PublicKey(KeyType type, QByteArray a, QByteArray b);

    KeyType m_type = KeyType::Ed25519;
    QByteArray m_a; ///< Ed25519 key, EC x, or RSA modulus (no leading zero bytes).
    QByteArray m_b; ///< EC y, or RSA exponent (no leading zero bytes); empty for Ed25519.
};

/// The name used in messages and JWK "crv"/"kty" ("Ed25519", "P-256", "P-384", "RSA").
QString keyTypeName(KeyType type);

/// The X25519 key for an Ed25519 public key (RFC 7748 birational map), used for did:key keyAgreement.
Result<QByteArray> x25519FromEd25519(QByteArrayView ed25519);

} // namespace ler::crypto
