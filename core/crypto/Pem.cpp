// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/crypto/Pem.h"

#include <QByteArray>
#include <memory>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace ler::crypto {

namespace {

Error badPem()
{
    return invalidInput(
        tx("ler::crypto", "The public key is not in a PEM form we can read."), QStringLiteral("crypto/pem-unreadable"));
}

struct PemBlock
{
    QByteArray label;
    QByteArray der;
};

/// Splits "-----BEGIN <label>-----\n<base64>\n-----END <label>-----" and decodes the body strictly.
Result<PemBlock> parsePem(QByteArrayView text)
{
    const QByteArray pem = text.toByteArray().trimmed();
    static const QByteArray begin("-----BEGIN "), end("-----END "), dashes("-----");
    if (!pem.startsWith(begin)) {
        return badPem();
    }
    const qsizetype labelEnd = pem.indexOf(dashes, begin.size());
    if (labelEnd < 0) {
        return badPem();
    }
    PemBlock block;
    block.label = pem.mid(begin.size(), labelEnd - begin.size());
    const QByteArray footer = end + block.label + dashes;
    if (!pem.endsWith(footer)) {
        return badPem();
    }
    QByteArray body = pem.mid(labelEnd + dashes.size(), pem.size() - footer.size() - labelEnd - dashes.size());
    body = body.simplified().replace(' ', QByteArray());
    auto decoded = QByteArray::fromBase64Encoding(body, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        return badPem();
    }
    block.der = decoded.decoded;
    return block;
}

QByteArray bnParam(const EVP_PKEY* key, const char* name)
{
    BIGNUM* bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1) {
        return {};
    }
    QByteArray out(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char*>(out.data()));
    BN_free(bn);
    return out;
}

Result<PublicKey> fromEvp(const EVP_PKEY* key)
{
    if (EVP_PKEY_is_a(key, "RSA")) {
        return PublicKey::fromRsa(bnParam(key, OSSL_PKEY_PARAM_RSA_N), bnParam(key, OSSL_PKEY_PARAM_RSA_E));
    }
    if (EVP_PKEY_is_a(key, "ED25519")) {
        QByteArray raw(32, Qt::Uninitialized);
        size_t length = size_t(raw.size());
        if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(raw.data()), &length) != 1) {
            return badPem();
        }
        return PublicKey::fromEd25519(raw.left(qsizetype(length)));
    }
    if (EVP_PKEY_is_a(key, "EC")) {
        char group[64] = {};
        size_t groupLength = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &groupLength) != 1) {
            return badPem();
        }
        const QByteArray name(group, qsizetype(groupLength));
        KeyType curve = KeyType::P256;
        if (name == "secp384r1") {
            curve = KeyType::P384;
        } else if (name != "prime256v1") {
            return Error(ErrorCode::Unsupported,
                tx("ler::crypto", "The public key uses an elliptic curve we do not support."),
                QStringLiteral("crypto/pem-curve-unsupported"));
        }
        unsigned char point[200];
        size_t pointLength = 0;
        if (EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, point, sizeof point, &pointLength)
            != 1) {
            return badPem();
        }
        return PublicKey::fromEcPoint(curve, QByteArrayView(point, qsizetype(pointLength)));
    }
    return Error(ErrorCode::Unsupported,
        tx("ler::crypto", "The public key is of a type we do not support."),
        QStringLiteral("crypto/pem-key-type-unsupported"));
}

} // namespace

Result<PublicKey> publicKeyFromPem(QByteArrayView pem)
{
    if (pem.size() > kMaxPemLength) {
        return Error(ErrorCode::LimitExceeded,
            tx("ler::crypto", "The public key text is too long."),
            QStringLiteral("crypto/pem-too-long"));
    }
    auto block = parsePem(pem);
    if (!block) {
        return block.error();
    }
    if (block->label == "RSA PUBLIC KEY") {
        return PublicKey::fromRsaPkcs1Der(block->der);
    }
    if (block->label != "PUBLIC KEY") {
        return Error(ErrorCode::Unsupported,
            tx("ler::crypto", "The PEM text holds something other than a public key."),
            QStringLiteral("crypto/pem-not-public-key"));
    }
    const auto* p = reinterpret_cast<const unsigned char*>(block->der.constData());
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        d2i_PUBKEY(nullptr, &p, long(block->der.size())), &EVP_PKEY_free);
    if (!key || p != reinterpret_cast<const unsigned char*>(block->der.constData()) + block->der.size()) {
        return badPem();
    }
    return fromEvp(key.get());
}

} // namespace ler::crypto
