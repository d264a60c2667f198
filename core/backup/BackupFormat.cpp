// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/backup/BackupFormat.h"

#include <QCryptographicHash>
#include <QIODevice>
#include <QtEndian>

namespace ler::backup {

namespace {

constexpr qsizetype kSaltBytes = 16;
constexpr qsizetype kStreamHeaderBytes = 24;
constexpr qsizetype kDigestBytes = 32;
constexpr qsizetype kPrefixBytes = kMagicBytes + 2 + 4; // magic, version, body length
// crypto_kdf context of the two subkeys (exactly 8 characters).
constexpr char kSubkeyContext[9] = "LERBCKUP";

template <typename T> void appendBig(QByteArray& out, T value)
{
    char buf[sizeof(T)];
    qToBigEndian(value, buf);
    out.append(buf, qsizetype(sizeof(T)));
}

template <typename T> T bigAt(const QByteArray& in, qsizetype offset)
{
    return qFromBigEndian<T>(in.constData() + offset);
}

QByteArray readExactly(QIODevice& in, qsizetype n)
{
    QByteArray out = in.read(n);
    return out.size() == n ? out : QByteArray();
}

} // namespace

Error notABackup()
{
    return Error(ErrorCode::InvalidInput,
        tx("ler::backup", "This file is not a LER Wallet backup."),
        QStringLiteral("backup/not-a-backup"));
}

Error damagedBackup()
{
    return Error(ErrorCode::Corrupt,
        tx("ler::backup", "The backup is damaged or incomplete. Nothing was restored from it."),
        QStringLiteral("backup/damaged"));
}

Error newerBackup()
{
    return Error(ErrorCode::Unsupported,
        tx("ler::backup", "This backup was made by a newer version of LER Wallet. Update the app to restore it."),
        QStringLiteral("backup/newer-version"));
}

Error wrongBackupPassphrase()
{
    return Error(ErrorCode::WrongPassphrase,
        tx("ler::backup", "The backup passphrase is wrong."),
        QStringLiteral("backup/wrong-passphrase"));
}

Result<Keys> deriveKeys(QByteArrayView passphrase, const crypto::KdfParams& kdf)
{
    auto master = crypto::deriveKey(passphrase, kdf, 32);
    if (!master) {
        return master.error();
    }
    auto stream = crypto::deriveSubkey(*master, 1, kSubkeyContext, 32);
    auto check = crypto::deriveSubkey(*master, 2, kSubkeyContext, std::size_t(kKeyCheckBytes));
    if (!stream) {
        return stream.error();
    }
    if (!check) {
        return check.error();
    }
    return Keys { std::move(stream).value(), std::move(check).value() };
}

QByteArray encodeHeader(Header& header)
{
    QByteArray body;
    body.append(char(kKdfArgon2id13));
    appendBig<quint64>(body, header.kdf.opsLimit);
    appendBig<quint64>(body, header.kdf.memLimit);
    body.append(header.kdf.salt);
    body.append(header.keyCheck);
    body.append(header.streamHeader);
    Q_ASSERT(body.size() == qsizetype(kBodyBytesV1));

    QByteArray out(kMagic, kMagicBytes);
    appendBig<quint16>(out, header.version);
    appendBig<quint32>(out, quint32(body.size()));
    out.append(body);
    out.append(QCryptographicHash::hash(out, QCryptographicHash::Sha256));
    header.bytes = out;
    return out;
}

Result<Header> readHeader(QIODevice& in)
{
    const QByteArray prefix = in.read(kPrefixBytes);
    const QByteArrayView magic(kMagic, kMagicBytes);
    if (!prefix.startsWith(magic)) {
        // Other first bytes are something else; the start of the magic and then the end is a backup cut short.
        return !prefix.isEmpty() && magic.startsWith(prefix) ? damagedBackup() : notABackup();
    }
    if (prefix.size() < kPrefixBytes) {
        return damagedBackup();
    }
    const auto version = bigAt<quint16>(prefix, kMagicBytes);
    const auto bodyBytes = bigAt<quint32>(prefix, kMagicBytes + 2);
    if (bodyBytes > kMaxBodyBytes) {
        return damagedBackup();
    }
    const QByteArray rest = readExactly(in, qsizetype(bodyBytes) + kDigestBytes);
    if (rest.isEmpty()) {
        return damagedBackup();
    }
    const QByteArray covered = prefix + rest.left(bodyBytes);
    if (QCryptographicHash::hash(covered, QCryptographicHash::Sha256) != rest.right(kDigestBytes)) {
        return damagedBackup();
    }
    // The digest holds, so the version is what the writer wrote.
    if (version > kFormatVersion) {
        return newerBackup();
    }
    if (version != kFormatVersion || bodyBytes != kBodyBytesV1) {
        return damagedBackup();
    }
    Header h;
    h.version = version;
    const QByteArray body = rest.left(bodyBytes);
    if (quint8(body.at(0)) != kKdfArgon2id13) {
        return damagedBackup();
    }
    h.kdf.algorithm = QStringLiteral("argon2id13");
    h.kdf.opsLimit = bigAt<quint64>(body, 1);
    h.kdf.memLimit = bigAt<quint64>(body, 9);
    h.kdf.salt = body.mid(17, kSaltBytes);
    h.keyCheck = body.mid(17 + kSaltBytes, kKeyCheckBytes);
    h.streamHeader = body.mid(17 + kSaltBytes + kKeyCheckBytes, kStreamHeaderBytes);
    if (!h.kdf.withinBounds()) {
        return damagedBackup();
    }
    h.bytes = covered + rest.right(kDigestBytes);
    return h;
}

} // namespace ler::backup
