// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/store/KeyFile.h"

#include "core/crypto/Mac.h"
#include "core/util/Clock.h"
#include "core/util/Log.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

namespace ler::store {

namespace {

constexpr qsizetype kMaxKeyFileSize = 64 * 1024;
constexpr int kMaxSlots = 16;
const QString kMagic = QStringLiteral("ler-wallet-keyfile");
// Each slot's associated data names the slot layout, which did not change with the seal.
constexpr int kSlotFormatVersion = 1;
constexpr char kSealContext[9] = "LERWkf01";

Result<crypto::SecretBytes> sealKey(const crypto::SecretBytes& dataKey)
{
    return crypto::deriveSubkey(dataKey, 1, kSealContext);
}

void appendField(QByteArray& out, QByteArrayView field)
{
    const quint32 n = quint32(field.size());
    for (int shift = 24; shift >= 0; shift -= 8) {
        out.append(char((n >> shift) & 0xff));
    }
    out.append(field);
}

void appendField(QByteArray& out, const QString& field)
{
    appendField(out, QByteArrayView(field.toUtf8()));
}

void appendNumber(QByteArray& out, quint64 v)
{
    appendField(out, QByteArrayView(QByteArray::number(v)));
}

QString typeName(KeySlot::Type t)
{
    return t == KeySlot::Type::Passphrase ? QStringLiteral("passphrase") : QStringLiteral("recovery");
}

QJsonObject slotMetadata(const KeySlot& s)
{
    return QJsonObject { { QStringLiteral("id"), s.id },
        { QStringLiteral("type"), typeName(s.type) },
        { QStringLiteral("kdf"), s.kdf.toJson() },
        { QStringLiteral("created"), s.created.toUTC().toString(Qt::ISODate) } };
}

Error damaged()
{
    return { ErrorCode::Corrupt,
        tx("ler::store", "The wallet's key file is damaged. Restore it from a backup."),
        QStringLiteral("store/key-file-damaged") };
}

Result<KeySlot> parseSlot(const QJsonObject& o)
{
    KeySlot s;
    s.id = o.value(QStringLiteral("id")).toString();
    const QString type = o.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("passphrase")) {
        s.type = KeySlot::Type::Passphrase;
    } else if (type == QLatin1String("recovery")) {
        s.type = KeySlot::Type::Recovery;
    } else {
        return damaged();
    }
    auto kdf = crypto::KdfParams::fromJson(o.value(QStringLiteral("kdf")).toObject());
    if (!kdf) {
        return kdf.error();
    }
    s.kdf = *kdf;
    s.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODate);
    s.wrapped.nonce = QByteArray::fromBase64(o.value(QStringLiteral("nonce")).toString().toLatin1());
    s.wrapped.ciphertext = QByteArray::fromBase64(o.value(QStringLiteral("wrappedKey")).toString().toLatin1());
    if (s.id.isEmpty() || s.wrapped.nonce.isEmpty() || s.wrapped.ciphertext.isEmpty()) {
        return damaged();
    }
    return s;
}

} // namespace

QByteArray KeyFile::associatedData(const KeySlot& slot) const
{
    const QJsonObject ad { { QStringLiteral("format"), kMagic },
        { QStringLiteral("version"), kSlotFormatVersion },
        { QStringLiteral("walletId"), walletId },
        { QStringLiteral("database"), cipher.toJson() },
        { QStringLiteral("slot"), slotMetadata(slot) } };
    // QJsonObject keeps keys sorted, so the compact form is stable.
    return QJsonDocument(ad).toJson(QJsonDocument::Compact);
}

QByteArray KeyFile::sealedContent() const
{
    QByteArray out;
    appendField(out, kMagic);
    appendNumber(out, quint64(kFormatVersion));
    appendField(out, walletId);
    appendNumber(out, quint64(cipher.major));
    appendNumber(out, quint64(cipher.pageSize));
    appendNumber(out, quint64(cipher.kdfIter));
    appendField(out, cipher.hmacAlgorithm);
    appendField(out, cipher.kdfAlgorithm);
    appendNumber(out, quint64(keySlots.size()));
    for (const KeySlot& s : keySlots) {
        appendField(out, s.id);
        appendField(out, typeName(s.type));
        appendField(out, s.kdf.algorithm);
        appendNumber(out, s.kdf.opsLimit);
        appendNumber(out, s.kdf.memLimit);
        appendField(out, QByteArrayView(s.kdf.salt));
        appendField(out, s.created.toUTC().toString(Qt::ISODate));
        appendField(out, QByteArrayView(s.wrapped.nonce));
        appendField(out, QByteArrayView(s.wrapped.ciphertext));
    }
    return out;
}

Status KeyFile::sealWith(const crypto::SecretBytes& dataKey)
{
    auto key = sealKey(dataKey);
    const QByteArray tag = key ? crypto::authenticate(*key, sealedContent()) : QByteArray();
    if (tag.isEmpty()) {
        return Error(ErrorCode::Crypto,
            tx("ler::store", "could not seal the key file"),
            QStringLiteral("store/key-file-seal-failed"));
    }
    version = kFormatVersion;
    seal = tag;
    return {};
}

bool KeyFile::sealMatches(const crypto::SecretBytes& dataKey) const
{
    auto key = sealKey(dataKey);
    return sealed() && key && crypto::verifyAuthenticator(*key, sealedContent(), seal);
}

crypto::KdfParams KeyFile::costFor(KeySlot::Type type) const
{
    for (const KeySlot& s : keySlots) {
        if (s.type == type) {
            return s.kdf;
        }
    }
    return keySlots.isEmpty() ? crypto::KdfParams() : keySlots.first().kdf;
}

void KeyFile::replaceSlots(KeySlot slot)
{
    keySlots.removeIf([type = slot.type](const KeySlot& s) { return s.type == type; });
    keySlots.append(std::move(slot));
}

Result<KeySlot> KeyFile::makeSlot(
    KeySlot::Type type, QByteArrayView secret, const crypto::KdfParams& kdf, const crypto::SecretBytes& dataKey) const
{
    KeySlot slot;
    slot.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    slot.type = type;
    slot.kdf = kdf;
    slot.created = clock::nowUtc();
    auto kek = crypto::deriveKey(secret, kdf);
    if (!kek) {
        return kek.error();
    }
    auto sealed = crypto::seal(*kek, dataKey.view(), associatedData(slot));
    if (!sealed) {
        return sealed.error();
    }
    slot.wrapped = *sealed;
    return slot;
}

Result<crypto::SecretBytes> KeyFile::unwrap(KeySlot::Type type, QByteArrayView secret) const
{
    for (const KeySlot& slot : keySlots) {
        if (slot.type != type) {
            continue;
        }
        auto kek = crypto::deriveKey(secret, slot.kdf);
        if (!kek) {
            return kek.error();
        }
        auto key = crypto::open(*kek, slot.wrapped, associatedData(slot));
        if (key && key->size() == 32) {
            return std::move(key).value();
        }
    }
    if (type == KeySlot::Type::Recovery) {
        return Error(ErrorCode::WrongPassphrase,
            tx("ler::store", "That recovery code does not open this wallet."),
            QStringLiteral("store/wrong-recovery-code"));
    }
    return Error(ErrorCode::WrongPassphrase,
        tx("ler::store",
            "That passphrase does not open this wallet. Check Caps Lock and "
            "try again, or use your recovery code."),
        QStringLiteral("store/wrong-passphrase"));
}

QByteArray KeyFile::toJson() const
{
    QJsonArray slotArray;
    for (const KeySlot& s : keySlots) {
        QJsonObject o = slotMetadata(s);
        o.insert(QStringLiteral("nonce"), QString::fromLatin1(s.wrapped.nonce.toBase64()));
        o.insert(QStringLiteral("wrappedKey"), QString::fromLatin1(s.wrapped.ciphertext.toBase64()));
        slotArray.append(o);
    }
    QJsonObject root { { QStringLiteral("format"), kMagic },
        { QStringLiteral("version"), version },
        { QStringLiteral("walletId"), walletId },
        { QStringLiteral("database"), cipher.toJson() },
        { QStringLiteral("slots"), slotArray } };
    if (sealed()) {
        root.insert(QStringLiteral("seal"), QString::fromLatin1(seal.toBase64()));
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<KeyFile> KeyFile::parse(const QByteArray& bytes)
{
    if (bytes.size() > kMaxKeyFileSize) {
        return damaged();
    }
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        return damaged();
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kMagic) {
        return Error(ErrorCode::InvalidInput,
            tx("ler::store", "This folder does not hold a LER Wallet."),
            QStringLiteral("store/not-a-wallet"));
    }
    const int version = root.value(QStringLiteral("version")).toInt();
    if (version != kFormatVersion && version != kUnsealedVersion) {
        return Error(ErrorCode::Unsupported,
            tx("ler::store", "This wallet was written by a newer version of LER Wallet. Update the app to open it."),
            QStringLiteral("store/newer-version"));
    }
    KeyFile kf;
    kf.version = version;
    kf.walletId = root.value(QStringLiteral("walletId")).toString();
    if (version == kFormatVersion) {
        kf.seal = QByteArray::fromBase64(root.value(QStringLiteral("seal")).toString().toLatin1());
        if (kf.seal.size() != crypto::kMacBytes) {
            return damaged();
        }
    }
    auto cipher = CipherSettings::fromJson(root.value(QStringLiteral("database")).toObject());
    if (!cipher) {
        return cipher.error();
    }
    kf.cipher = *cipher;
    const QJsonArray slotArray = root.value(QStringLiteral("slots")).toArray();
    if (kf.walletId.isEmpty() || slotArray.isEmpty() || slotArray.size() > kMaxSlots) {
        return damaged();
    }
    for (const QJsonValue& v : slotArray) {
        auto slot = parseSlot(v.toObject());
        if (!slot) {
            return slot.error();
        }
        kf.keySlots.append(*slot);
    }
    return kf;
}

Result<KeyFile> KeyFile::load(const QString& path)
{
    QFile f(path);
    if (!f.exists()) {
        return Error(ErrorCode::NotFound,
            tx("ler::store", "No wallet was found in this folder."),
            QStringLiteral("store/no-wallet"));
    }
    if (!f.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io,
            tx("ler::store", "Could not read the wallet's key file (%1).").arg(f.errorString()),
            QStringLiteral("store/key-file-unreadable"));
    }
    return parse(f.read(kMaxKeyFileSize + 1));
}

Status KeyFile::save(const QString& path, const WriteFaultHook& fault) const
{
    const auto failed = [&](const QString& why) {
        qCWarning(lcStore) << "key file write failed:" << why;
        return Error(ErrorCode::Io,
            tx("ler::store", "Could not save the wallet's key file (%1). Nothing was changed.").arg(why),
            QStringLiteral("store/key-file-write-failed"));
    };
    if (!sealed() || version != kFormatVersion) {
        return Error(ErrorCode::Internal,
            tx("ler::store", "refusing to write an unsealed key file"),
            QStringLiteral("store/key-file-unsealed"));
    }
    QSaveFile file(path);
    // Unbuffered: Qt 6.4's QSaveFile::commit() misses a write error from its final flush (a full disk) and would
    // rename an empty key file into place; unbuffered writes report it at write().
    if ((fault && !fault(WriteStep::Open)) || !file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return failed(file.errorString());
    }
    const QByteArray bytes = toJson();
    if (fault && !fault(WriteStep::Write)) {
        file.write(bytes.left(bytes.size() / 2)); // a torn write, as a crash would leave it
        file.cancelWriting();
        return failed(QStringLiteral("interrupted"));
    }
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return failed(file.errorString());
    }
    if ((fault && !fault(WriteStep::Commit)) || !file.commit()) {
        return failed(file.errorString());
    }
    return {};
}

} // namespace ler::store
