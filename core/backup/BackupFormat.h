// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/Kdf.h"
#include "core/crypto/SecretBytes.h"
#include "core/util/Result.h"

#include <QByteArray>

class QIODevice;

/// Encrypted backups of a whole wallet in one .lerbackup file. The layout is documented in docs/backup-format.md;
/// the constants here are the ones it names.
namespace ler::backup {

/// The first bytes of every backup file.
inline constexpr char kMagic[] = "LER-BACKUP";
inline constexpr qsizetype kMagicBytes = sizeof(kMagic) - 1;
/// The container version this program writes; it reads this one only.
inline constexpr quint16 kFormatVersion = 1;
/// What a version 1 header body holds: KDF id (1), opslimit (8), memlimit (8), salt (16), key check (16),
/// secretstream header (24).
inline constexpr quint32 kBodyBytesV1 = 73;
/// Largest header body accepted from any version (so a newer version's header can still be checked and skipped).
inline constexpr quint32 kMaxBodyBytes = 4096;
inline constexpr quint8 kKdfArgon2id13 = 1;
inline constexpr qsizetype kKeyCheckBytes = 16;
/// Upper bound of one encrypted message (length prefix); larger prefixes mean a damaged file.
inline constexpr quint32 kMaxMessageBytes = 128u << 20;
/// Upper bound of the manifest (the first message).
inline constexpr quint32 kMaxManifestBytes = 1u << 20;
/// Rows are grouped into messages of about this many plaintext bytes.
inline constexpr qsizetype kBatchBytes = 1 << 20;
/// The name a backup file ends in.
inline constexpr char kFileSuffix[] = "lerbackup";
/// The "format" member of the manifest.
inline constexpr char kManifestFormat[] = "ler-wallet-backup";

/// The plaintext header of a backup file.
struct Header
{
    quint16 version = kFormatVersion;
    crypto::KdfParams kdf;
    QByteArray keyCheck; ///< a subkey of the passphrase key: tells a wrong passphrase from a damaged file
    QByteArray streamHeader; ///< crypto_secretstream_xchacha20poly1305 header
    QByteArray bytes; ///< the whole header as in the file, digest included: the first message's associated data
};

/// The keys a passphrase gives for one header.
struct Keys
{
    crypto::SecretBytes stream; ///< the secretstream key
    crypto::SecretBytes check; ///< compared with Header::keyCheck
};

/// Argon2id over the passphrase with the header's parameters, then two subkeys of the result.
Result<Keys> deriveKeys(QByteArrayView passphrase, const crypto::KdfParams& kdf);

/// The header's bytes (fields, then the SHA-256 digest of everything before it). Sets header.bytes.
QByteArray encodeHeader(Header& header);

/// Reads and checks the header at the start of `in`: the magic, the digest, the version and the parameters.
/// Not a backup: InvalidInput; damaged: Corrupt; written by a newer version: Unsupported.
Result<Header> readHeader(QIODevice& in);

/// The errors every part of backup and restore gives, worded once.
Error notABackup();
Error damagedBackup();
Error newerBackup();
Error wrongBackupPassphrase();

} // namespace ler::backup
