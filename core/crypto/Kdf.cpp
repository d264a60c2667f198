// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/crypto/Kdf.h"

#include "core/crypto/Sodium.h"
#include "core/util/Log.h"

#include <QElapsedTimer>
#include <algorithm>
#include <sodium.h>

namespace ler::crypto {

namespace {

const QString kAlgorithm = QStringLiteral("argon2id13");
// Upper bounds for parameters read from a file: far above anything calibrate() picks.
constexpr std::uint64_t kMaxOps = 64;
constexpr std::uint64_t kMaxMemory = std::uint64_t(4) << 30;

} // namespace

KdfParams KdfParams::calibrate(int targetMs, std::uint64_t minMemory)
{
    ensureSodium();
    KdfParams p;
    p.algorithm = kAlgorithm;
    p.memLimit = std::max<std::uint64_t>(minMemory, crypto_pwhash_MEMLIMIT_MIN);
    p.opsLimit = 1;
    p.salt = randomBytes(crypto_pwhash_SALTBYTES);

    // Time one pass at the chosen memory, then scale the passes; Argon2 time is linear in them.
    const QByteArray probe = randomBytes(16);
    QElapsedTimer timer;
    timer.start();
    auto key = deriveKey(probe, p, 32);
    const qint64 elapsed = std::max<qint64>(1, timer.elapsed());
    if (!key.ok()) {
        p.opsLimit = crypto_pwhash_OPSLIMIT_MODERATE;
        return p;
    }
    const auto ops = std::uint64_t(targetMs / elapsed);
    p.opsLimit = std::clamp<std::uint64_t>(ops, 2, 16);
    qCInfo(lcCrypto) << "Argon2id calibrated:" << p.opsLimit << "passes," << (p.memLimit >> 20) << "MiB," << elapsed
                     << "ms per pass";
    return p;
}

KdfParams KdfParams::cheapForTests()
{
    ensureSodium();
    KdfParams p;
    p.algorithm = kAlgorithm;
    p.opsLimit = crypto_pwhash_OPSLIMIT_MIN;
    p.memLimit = crypto_pwhash_MEMLIMIT_MIN;
    p.salt = randomBytes(crypto_pwhash_SALTBYTES);
    return p;
}

KdfParams KdfParams::withNewSalt() const
{
    KdfParams p = *this;
    p.salt = randomBytes(crypto_pwhash_SALTBYTES);
    return p;
}

QJsonObject KdfParams::toJson() const
{
    return QJsonObject {
        { QStringLiteral("algorithm"), algorithm },
        { QStringLiteral("opsLimit"), double(opsLimit) },
        { QStringLiteral("memLimit"), double(memLimit) },
        { QStringLiteral("salt"), QString::fromLatin1(salt.toBase64()) },
    };
}

Result<KdfParams> KdfParams::fromJson(const QJsonObject& json)
{
    KdfParams p;
    p.algorithm = json.value(QStringLiteral("algorithm")).toString();
    const double ops = json.value(QStringLiteral("opsLimit")).toDouble(-1);
    const double mem = json.value(QStringLiteral("memLimit")).toDouble(-1);
    p.salt = QByteArray::fromBase64(json.value(QStringLiteral("salt")).toString().toLatin1());
    if (p.algorithm != kAlgorithm) {
        return Error(ErrorCode::Unsupported,
            tx("ler::crypto", "The key file uses a key derivation method this version does not know."),
            QStringLiteral("crypto/kdf-unknown"));
    }
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > kMaxOps || mem < crypto_pwhash_MEMLIMIT_MIN || mem > kMaxMemory
        || p.salt.size() != crypto_pwhash_SALTBYTES) {
        return Error(ErrorCode::Corrupt,
            tx("ler::crypto", "The key file's key derivation settings are out of range."),
            QStringLiteral("crypto/kdf-settings-out-of-range"));
    }
    p.opsLimit = std::uint64_t(ops);
    p.memLimit = std::uint64_t(mem);
    return p;
}

bool KdfParams::withinBounds() const
{
    return ensureSodium() && algorithm == kAlgorithm && opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= kMaxOps
        && memLimit >= crypto_pwhash_MEMLIMIT_MIN && memLimit <= kMaxMemory && salt.size() == crypto_pwhash_SALTBYTES;
}

Result<SecretBytes> deriveKey(QByteArrayView passphrase, const KdfParams& params, std::size_t keyLength)
{
    if (!ensureSodium()) {
        return Error(ErrorCode::Crypto,
            tx("ler::crypto", "The cryptography library could not start."),
            QStringLiteral("crypto/library-not-started"));
    }
    if (params.algorithm != kAlgorithm || params.salt.size() != crypto_pwhash_SALTBYTES) {
        return Error(ErrorCode::Internal,
            tx("ler::crypto", "Invalid key derivation settings."),
            QStringLiteral("crypto/kdf-settings-invalid"));
    }
    SecretBytes key = SecretBytes::allocate(keyLength);
    if (key.isEmpty()) {
        return Error(ErrorCode::Crypto,
            tx("ler::crypto", "Could not allocate protected memory for a key."),
            QStringLiteral("crypto/no-secure-memory"));
    }
    const int rc = crypto_pwhash(key.data(),
        key.size(),
        passphrase.data(),
        passphrase.size(),
        reinterpret_cast<const unsigned char*>(params.salt.constData()),
        params.opsLimit,
        std::size_t(params.memLimit),
        crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0) {
        return Error(ErrorCode::Crypto,
            tx("ler::crypto", "Not enough memory to derive the key from the passphrase."),
            QStringLiteral("crypto/kdf-out-of-memory"));
    }
    return key;
}

Result<SecretBytes> deriveSubkey(
    const SecretBytes& master, std::uint64_t id, const char (&context)[9], std::size_t length)
{
    if (!ensureSodium() || master.size() != crypto_kdf_KEYBYTES || length < crypto_kdf_BYTES_MIN
        || length > crypto_kdf_BYTES_MAX) {
        return Error(ErrorCode::Internal,
            tx("ler::crypto", "Invalid key for subkey derivation."),
            QStringLiteral("crypto/subkey-bad-key"));
    }
    SecretBytes sub = SecretBytes::allocate(length);
    if (sub.isEmpty() || crypto_kdf_derive_from_key(sub.data(), length, id, context, master.data()) != 0) {
        return Error(
            ErrorCode::Crypto, tx("ler::crypto", "Could not derive a subkey."), QStringLiteral("crypto/subkey-failed"));
    }
    return sub;
}

QByteArray randomBytes(qsizetype size)
{
    ensureSodium();
    QByteArray out(size, Qt::Uninitialized);
    randombytes_buf(out.data(), std::size_t(size));
    return out;
}

} // namespace ler::crypto
