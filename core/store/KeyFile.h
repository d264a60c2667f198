// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/Aead.h"
#include "core/crypto/Kdf.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QList>
#include <functional>

namespace ler::store {

/// One way into the wallet: the data key wrapped under a key derived from a passphrase or recovery code.
struct KeySlot
{
    enum class Type
    {
        Passphrase,
        Recovery
    };
    QString id;
    Type type = Type::Passphrase;
    crypto::KdfParams kdf;
    QDateTime created;
    crypto::Sealed wrapped;
};

/// Steps of writing the key file, so tests can fail the write at each one.
enum class WriteStep
{
    Open,
    Write,
    Commit
};
/// Return false to make the write fail at that step (tests only).
using WriteFaultHook = std::function<bool(WriteStep)>;

/// The small plaintext file beside the database: format version, wallet id, the database's cipher
/// settings and the keyslots. Each slot's metadata and the file header are authenticated as associated
/// data, so changing any of it makes every slot refuse to open.
class KeyFile
{
public:
    static constexpr int kFormatVersion = 1;

    QString walletId;
    CipherSettings cipher;
    QList<KeySlot> keySlots;

    /// The bytes authenticated along with `slot`'s wrapped key.
    QByteArray associatedData(const KeySlot& slot) const;

    /// Wraps `dataKey` into a new slot of `type` under `secret` (passphrase or canonical recovery code).
    Result<KeySlot> makeSlot(KeySlot::Type type,
        QByteArrayView secret,
        const crypto::KdfParams& kdf,
        const crypto::SecretBytes& dataKey) const;

    /// Tries every slot of `type`; on success returns the data key. Always pays the full key derivation.
    Result<crypto::SecretBytes> unwrap(KeySlot::Type type, QByteArrayView secret) const;

    QByteArray toJson() const;
    static Result<KeyFile> parse(const QByteArray& bytes);
    static Result<KeyFile> load(const QString& path);
    /// Atomic replace through QSaveFile: readers see the old file or the new one, never a mix.
    Status save(const QString& path, const WriteFaultHook& fault = {}) const;
};

} // namespace ler::store
