// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/present/HolderKeys.h"

#include "core/did/DidKey.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/util/Clock.h"
#include "core/util/Log.h"

#include <QUuid>

namespace ler::present {

namespace {

const QString kAlgorithm = QStringLiteral("Ed25519");

Result<HolderIdentity> identityFrom(const store::Row& row)
{
    auto key = crypto::PublicKey::fromEd25519(row.at(2).toByteArray());
    if (!key || row.at(3).toString() != kAlgorithm)
        return Error(ErrorCode::Corrupt,
            tx("ler::present", "The wallet's own key is damaged."),
            QStringLiteral("present/holder-key-damaged"));
    HolderIdentity id;
    id.keyId = row.at(0).toString();
    id.did = did::didKeyFromPublicKey(*key);
    if (id.did != row.at(1).toString())
        return Error(ErrorCode::Corrupt,
            tx("ler::present", "The wallet's own key is damaged."),
            QStringLiteral("present/holder-key-damaged"));
    id.verificationMethod = id.did + QLatin1Char('#') + id.did.mid(int(qstrlen("did:key:")));
    id.publicKey = *key;
    id.createdAt = QDateTime::fromString(row.at(4).toString(), Qt::ISODate);
    return id;
}

} // namespace

QJsonObject HolderIdentity::toJson() const
{
    return { { QStringLiteral("did"), did }, { QStringLiteral("publicJwk"), publicJwk() } };
}

bool HolderIdentity::isBoundBy(const QJsonObject& cnf) const
{
    const QJsonValue jwk = cnf.value(QLatin1String("jwk"));
    if (jwk.isObject()) {
        auto key = crypto::PublicKey::fromJwk(jwk.toObject());
        return key && *key == publicKey;
    }
    const QString kid = cnf.value(QLatin1String("kid")).toString();
    return !kid.isEmpty() && (kid == did || kid == verificationMethod);
}

HolderKeys::HolderKeys(store::SqlCipherDatabase& db)
    : m_db(db)
{ }

Result<HolderIdentity> HolderKeys::existingIdentity()
{
    auto rows = m_db.query(QStringLiteral("SELECT id, did, public_key, algorithm, created_at FROM holder_keys "
                                          "ORDER BY is_default DESC, created_at, id LIMIT 1"));
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error(ErrorCode::NotFound,
            tx("ler::present", "This wallet has no key of its own yet."),
            QStringLiteral("present/no-holder-key"));
    return identityFrom(rows->constFirst());
}

Result<HolderIdentity> HolderKeys::identity()
{
    auto existing = existingIdentity();
    if (existing || existing.error().code != ErrorCode::NotFound)
        return existing;
    auto key = crypto::SigningKey::generate();
    if (!key)
        return key.error();
    const QString did = did::didKeyFromPublicKey(key->publicKey());
    const QString created = clock::nowUtc().toString(Qt::ISODate);
    const crypto::SecretBytes seed = key->seed();
    Status stored = store::inTransaction(m_db, [&]() -> Status {
        // Another process may have made one meanwhile: the write lock of this transaction settles it.
        auto count = m_db.scalar(QStringLiteral("SELECT count(*) FROM holder_keys"));
        if (!count || count->toInt() > 0)
            return count ? Status() : Status(count.error());
        return m_db.execWithSecret(
            QStringLiteral("INSERT INTO holder_keys (id, did, algorithm, public_key, is_default, created_at, "
                           "secret_key) VALUES (?1, ?2, ?3, ?4, 1, ?5, ?6)"),
            { QUuid::createUuid().toString(QUuid::WithoutBraces),
                did,
                kAlgorithm,
                key->publicKey().rawBytes(),
                created },
            seed);
    });
    if (!stored)
        return stored.error();
    qCInfo(lcStore) << "made the wallet's own holder key";
    return existingIdentity();
}

Result<crypto::SigningKey> HolderKeys::signingKey(const HolderIdentity& identity)
{
    auto seed = m_db.secretBlob(QStringLiteral("SELECT secret_key FROM holder_keys WHERE id = ?1"), { identity.keyId });
    if (!seed)
        return seed.error();
    auto key = crypto::SigningKey::fromSeed(*seed);
    if (!key || key->publicKey() != identity.publicKey)
        return Error(ErrorCode::Corrupt,
            tx("ler::present", "The wallet's own key is damaged."),
            QStringLiteral("present/holder-key-damaged"));
    return key;
}

} // namespace ler::present
