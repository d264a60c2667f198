// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/did/DidKey.h"

#include "core/codec/Base58.h"
#include "core/codec/Base64Url.h"
#include "core/codec/Multibase.h"
#include "core/codec/Multicodec.h"

#include <QHash>
#include <QJsonArray>
#include <QMutex>

namespace ler::did {

namespace {

using crypto::KeyType;
using crypto::PublicKey;

const QLatin1String kPrefix("did:key:");
constexpr qsizetype kMaxDidKeyLength = 4096;

QString multikeyOfX25519(QByteArrayView x25519)
{
    return codec::multibaseEncode(
        codec::Multibase::Base58Btc, codec::multicodecPrefix(codec::Multicodec::X25519Pub, x25519));
}

QJsonObject method(const QString& did, const QString& fragment, const QString& type)
{
    return { { QStringLiteral("id"), did + QLatin1Char('#') + fragment },
        { QStringLiteral("type"), type },
        { QStringLiteral("controller"), did } };
}

QJsonObject withRelationships(QJsonObject doc, const QString& methodId)
{
    const QJsonArray ref { methodId };
    for (const char* rel : { "authentication", "assertionMethod", "capabilityDelegation", "capabilityInvocation" }) {
        doc.insert(QLatin1String(rel), ref);
    }
    return doc;
}

Result<QJsonObject> multikeyDocument(const QString& did, const QString& multikey, const PublicKey& key)
{
    QJsonObject vm = method(did, multikey, QStringLiteral("Multikey"));
    vm.insert(QStringLiteral("publicKeyMultibase"), multikey);
    QJsonObject doc { { QStringLiteral("@context"), QJsonArray { QStringLiteral("https://www.w3.org/ns/did/v1.1") } },
        { QStringLiteral("id"), did },
        { QStringLiteral("verificationMethod"), QJsonArray { vm } } };
    doc = withRelationships(doc, vm.value(QLatin1String("id")).toString());
    if (key.type() == KeyType::Ed25519) {
        auto x = crypto::x25519FromEd25519(key.rawBytes());
        if (!x) {
            return x.error();
        }
        const QString xMultikey = multikeyOfX25519(*x);
        QJsonObject ka = method(did, xMultikey, QStringLiteral("Multikey"));
        ka.insert(QStringLiteral("publicKeyMultibase"), xMultikey);
        doc.insert(QStringLiteral("keyAgreement"), QJsonArray { ka });
    }
    return doc;
}

QJsonObject okpJwk(const char* crv, QByteArrayView x)
{
    return { { QStringLiteral("kty"), QStringLiteral("OKP") },
        { QStringLiteral("crv"), QLatin1String(crv) },
        { QStringLiteral("x"), QString::fromLatin1(codec::base64UrlEncode(x)) } };
}

Result<QJsonObject> legacyEd25519Document(const QString& did, const QString& multikey, const PublicKey& key, bool asJwk)
{
    auto x = crypto::x25519FromEd25519(key.rawBytes());
    if (!x) {
        return x.error();
    }
    QJsonObject vm;
    QJsonObject ka;
    QJsonArray context { QStringLiteral("https://www.w3.org/ns/did/v1") };
    if (asJwk) {
        vm = method(did, multikey, QStringLiteral("JsonWebKey2020"));
        vm.insert(QStringLiteral("publicKeyJwk"), okpJwk("Ed25519", key.rawBytes()));
        ka = method(did, multikeyOfX25519(*x), QStringLiteral("JsonWebKey2020"));
        ka.insert(QStringLiteral("publicKeyJwk"), okpJwk("X25519", *x));
        context.append(QStringLiteral("https://w3id.org/security/suites/jws-2020/v1"));
    } else {
        vm = method(did, multikey, QStringLiteral("Ed25519VerificationKey2018"));
        vm.insert(QStringLiteral("publicKeyBase58"), QString::fromLatin1(codec::base58Encode(key.rawBytes())));
        ka = method(did, multikeyOfX25519(*x), QStringLiteral("X25519KeyAgreementKey2019"));
        ka.insert(QStringLiteral("publicKeyBase58"), QString::fromLatin1(codec::base58Encode(*x)));
        context.append(QStringLiteral("https://w3id.org/security/suites/ed25519-2018/v1"));
        context.append(QStringLiteral("https://w3id.org/security/suites/x25519-2019/v1"));
    }
    QJsonObject doc { { QStringLiteral("@context"), context },
        { QStringLiteral("id"), did },
        { QStringLiteral("verificationMethod"), QJsonArray { vm, ka } },
        { QStringLiteral("keyAgreement"), QJsonArray { ka.value(QLatin1String("id")) } } };
    return withRelationships(doc, vm.value(QLatin1String("id")).toString());
}

QJsonObject legacyJwkDocument(const QString& did, const QString& multikey, const PublicKey& key)
{
    QJsonObject vm = method(did, multikey, QStringLiteral("JsonWebKey2020"));
    vm.insert(QStringLiteral("publicKeyJwk"), key.toJwk());
    const QString id = vm.value(QLatin1String("id")).toString();
    QJsonObject doc { { QStringLiteral("@context"),
                          QJsonArray { QStringLiteral("https://www.w3.org/ns/did/v1"),
                              QStringLiteral("https://w3id.org/security/suites/jws-2020/v1") } },
        { QStringLiteral("id"), did },
        { QStringLiteral("verificationMethod"), QJsonArray { vm } },
        { QStringLiteral("keyAgreement"), QJsonArray { id } } };
    return withRelationships(doc, id);
}

} // namespace

Result<crypto::PublicKey> publicKeyFromDidKey(QStringView did)
{
    if (!did.startsWith(kPrefix)) {
        return invalidInput(tx("ler::did", "not a did:key"), QStringLiteral("did/key-not-did-key"));
    }
    if (did.size() > kMaxDidKeyLength) {
        return Error(ErrorCode::LimitExceeded,
            tx("ler::did", "did:key longer than %1 characters").arg(kMaxDidKeyLength),
            QStringLiteral("did/key-too-long"));
    }
    const QStringView id = did.sliced(kPrefix.size());
    if (id.contains(QLatin1Char(':')) || id.contains(QLatin1Char('#')) || id.contains(QLatin1Char('/'))
        || id.contains(QLatin1Char('?'))) {
        return invalidInput(tx("ler::did", "did:key: expected a bare DID, without version, path, query or fragment"),
            QStringLiteral("did/key-not-bare"));
    }
    if (!id.startsWith(QLatin1Char('z'))) {
        return invalidInput(tx("ler::did", "did:key: the key must be multibase base58btc ('z')"),
            QStringLiteral("did/key-not-base58btc"));
    }
    auto key = PublicKey::fromMultikey(id);
    if (!key) {
        return key.error(); // says what is wrong with the key, and why, itself
    }
    // One key, one DID: refuse e.g. uncompressed EC points, which the spec does not allow.
    if (key->toMultikey() != id) {
        return invalidInput(tx("ler::did", "did:key: the key is not in its canonical (compressed) encoding"),
            QStringLiteral("did/key-not-canonical"));
    }
    return key;
}

QString didKeyFromPublicKey(const crypto::PublicKey& key)
{
    return kPrefix + key.toMultikey();
}

namespace {

Result<QJsonObject> buildDidKeyDocument(QStringView did, DidKeyFormat format)
{
    auto key = publicKeyFromDidKey(did);
    if (!key) {
        return key.error();
    }
    const QString didString = did.toString();
    const QString multikey = did.sliced(kPrefix.size()).toString();
    if (format == DidKeyFormat::Multikey) {
        return multikeyDocument(didString, multikey, *key);
    }
    if (key->type() == KeyType::Ed25519) {
        return legacyEd25519Document(didString, multikey, *key, format == DidKeyFormat::JsonWebKey2020);
    }
    return legacyJwkDocument(didString, multikey, *key);
}

} // namespace

Result<QJsonObject> resolveDidKey(QStringView did, DidKeyFormat format)
{
    // The document depends only on the DID and the format, and building it costs more than a signature check
    // (the subgroup check, and the X25519 key for keyAgreement): an issuer's documents are kept, a bounded number.
    static QMutex mutex;
    static QHash<QString, QJsonObject> documents;
    const QString key = QString::number(int(format)) + QLatin1Char(' ') + did.toString();
    {
        const QMutexLocker lock(&mutex);
        if (const auto it = documents.constFind(key); it != documents.constEnd()) {
            return it.value();
        }
    }
    Result<QJsonObject> doc = buildDidKeyDocument(did, format);
    if (doc) {
        const QMutexLocker lock(&mutex);
        if (documents.size() >= 256) {
            documents.clear();
        }
        documents.insert(key, *doc);
    }
    return doc;
}

} // namespace ler::did
