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
/// data, so changing any of it makes every slot refuse to open. Since format 2 the file also carries a seal:
/// a MAC over the header and the whole ordered list of slots under a key derived from the data key, so a slot
/// removed, added, reordered or brought in from another copy of the key file is detected after unwrapping.
class KeyFile
{
public:
    static constexpr int kFormatVersion = 2;
    /// Key files written before the seal; read, and sealed on the first open (see Wallet).
    static constexpr int kUnsealedVersion = 1;

    int version = kFormatVersion;
    QString walletId;
    CipherSettings cipher;
    QList<KeySlot> keySlots;
    QByteArray seal; ///< Empty in an unsealed (format 1) file.

    bool sealed() const { return !seal.isEmpty(); }
    /// Seals the file under a key derived from `dataKey` (and marks it format 2).
    Status sealWith(const crypto::SecretBytes& dataKey);
    /// True when the seal matches the header and slot list under `dataKey`.
    bool sealMatches(const crypto::SecretBytes& dataKey) const;
    /// The cost of the first slot of `type`, or of any slot when there is none of that type.
    crypto::KdfParams costFor(KeySlot::Type type) const;
    /// Removes every slot of `slot.type` and appends `slot`.
    void replaceSlots(KeySlot slot);

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
    /// Only sealed files are written.
    Status save(const QString& path, const WriteFaultHook& fault = {}) const;

private:
    /// The bytes the seal covers: every field, length-prefixed, so no JSON formatting can change them.
    QByteArray sealedContent() const;
};

} // namespace ler::store
