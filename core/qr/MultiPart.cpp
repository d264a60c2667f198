// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/qr/MultiPart.h"

#include "core/codec/Base32.h"
#include "core/codec/Gzip.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace ler::qr {

namespace {

constexpr qsizetype kDigestBytes = 10;

QString digestOf(QByteArrayView message)
{
    return codec::base32Encode(QCryptographicHash::hash(message, QCryptographicHash::Sha256).left(kDigestBytes));
}

Error notAPart()
{
    return Error(ErrorCode::InvalidInput,
        tx("ler::qr", "This QR code is not part of a presentation LER Wallet can read."),
        QStringLiteral("qr/not-a-part"));
}

QString header(int index, int count, const QString& digest)
{
    return QStringLiteral("%1%2-%3/%4/").arg(QLatin1String(kMultiPartPrefix)).arg(index).arg(count).arg(digest);
}

} // namespace

bool isMultiPart(QStringView text)
{
    return text.startsWith(QLatin1String(kMultiPartPrefix));
}

Result<QrPart> QrPart::parse(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^LER1/([1-9][0-9]?)-([1-9][0-9]?)/([A-Z2-7]{16})/([A-Z2-7]+)$"));
    const auto m = re.match(text.toString());
    if (!m.hasMatch()) {
        return notAPart();
    }
    QrPart p;
    p.index = m.capturedView(1).toInt();
    p.count = m.capturedView(2).toInt();
    p.digest = m.captured(3);
    if (p.index > p.count) {
        return notAPart();
    }
    auto fragment = codec::base32Decode(m.capturedView(4));
    if (!fragment || fragment->isEmpty()) {
        return notAPart();
    }
    p.fragment = *fragment;
    return p;
}

QString QrPart::toText() const
{
    return header(index, count, digest) + codec::base32Encode(fragment);
}

Result<QStringList> encodeMultiPart(ContentKind kind, QByteArrayView body, const QrPolicy& policy)
{
    QByteArray message;
    message.append(char(kind));
    message.append(char(Compression::None));
    message.append(body);
    if (auto packed = codec::gzip(body); packed && packed->size() + 2 < message.size()) {
        message = QByteArray(1, char(kind)) + char(Compression::Gzip) + *packed;
    }
    if (message.size() > kMaxMessageBytes) {
        return Error(ErrorCode::LimitExceeded,
            tx("ler::qr", "This is too large to share as QR codes."),
            QStringLiteral("qr/too-large-to-share"));
    }
    const QString digest = digestOf(message);
    // The longest header (two-digit index and count) leaves this many characters, hence bytes, per part.
    const qsizetype room
        = alphanumericCapacity(policy.maxVersion, policy.ecc) - header(kMaxParts, kMaxParts, digest).size();
    const qsizetype perPart = room * 5 / 8;
    if (perPart <= 0) {
        return Error(ErrorCode::InvalidInput,
            tx("ler::qr", "The QR policy leaves no room for data."),
            QStringLiteral("qr/policy-leaves-no-room"));
    }
    const qsizetype count = (message.size() + perPart - 1) / perPart;
    if (count > kMaxParts) {
        return Error(ErrorCode::LimitExceeded,
            tx("ler::qr", "This would need %1 QR codes; the most LER Wallet makes is %2.").arg(count).arg(kMaxParts),
            QStringLiteral("qr/too-many-codes"));
    }
    // Even slices, so every code has about the same size.
    const qsizetype slice = (message.size() + count - 1) / count;
    QStringList parts;
    for (qsizetype i = 0; i < count; ++i) {
        QrPart p;
        p.index = int(i + 1);
        p.count = int(count);
        p.digest = digest;
        p.fragment = message.mid(i * slice, slice);
        parts.append(p.toText());
    }
    return parts;
}

Result<MultiPartAssembler::Added> MultiPartAssembler::add(QStringView text)
{
    auto part = QrPart::parse(text);
    if (!part) {
        return part.error();
    }
    return add(*part);
}

Result<MultiPartAssembler::Added> MultiPartAssembler::add(const QrPart& part)
{
    if (m_count != 0 && (part.digest != m_digest || part.count != m_count)) {
        return Error(ErrorCode::InvalidInput,
            tx("ler::qr", "These QR codes belong to different presentations. Scan the codes of one presentation only."),
            QStringLiteral("qr/mixed-presentations"));
    }
    if (const auto it = m_fragments.constFind(part.index); it != m_fragments.constEnd()) {
        if (*it != part.fragment) {
            return Error(ErrorCode::InvalidInput,
                tx("ler::qr",
                    "Two different QR codes both say they are part %1 of %2; one of them is damaged or forged.")
                    .arg(part.index)
                    .arg(part.count),
                QStringLiteral("qr/part-conflict"));
        }
        return Added::Repeated;
    }
    m_count = part.count;
    m_digest = part.digest;
    m_fragments.insert(part.index, part.fragment);
    return Added::New;
}

QList<int> MultiPartAssembler::missing() const
{
    QList<int> out;
    for (int i = 1; i <= m_count; ++i) {
        if (!m_fragments.contains(i)) {
            out.append(i);
        }
    }
    return out;
}

Result<QrMessage> MultiPartAssembler::message() const
{
    if (!isComplete()) {
        QStringList numbers;
        for (int i : missing()) {
            numbers.append(QString::number(i));
        }
        return Error(ErrorCode::InvalidInput,
            tx("ler::qr", "Some QR codes of this presentation are missing: part %1 of %2.")
                .arg(numbers.join(QStringLiteral(", ")))
                .arg(m_count),
            QStringLiteral("qr/parts-missing"));
    }
    QByteArray message;
    for (const QByteArray& f : m_fragments) {
        message += f;
        if (message.size() > kMaxMessageBytes) {
            return Error(ErrorCode::LimitExceeded,
                tx("ler::qr", "These QR codes hold more than LER Wallet reads."),
                QStringLiteral("qr/message-too-large"));
        }
    }
    if (digestOf(message) != m_digest) {
        return Error(ErrorCode::InvalidInput,
            tx("ler::qr",
                "All parts were read, but together they do not match their checksum: a code is damaged or does "
                "not belong to this presentation."),
            QStringLiteral("qr/checksum-mismatch"));
    }
    if (message.size() < 2) {
        return notAPart();
    }
    const auto kind = static_cast<quint8>(message.at(0));
    const auto compression = static_cast<quint8>(message.at(1));
    if (kind < quint8(ContentKind::CborLd) || kind > quint8(ContentKind::Text)
        || compression > quint8(Compression::Gzip)) {
        return Error(ErrorCode::Unsupported,
            tx("ler::qr", "These QR codes hold a kind of data LER Wallet does not read."),
            QStringLiteral("qr/unknown-content-kind"));
    }
    QrMessage out;
    out.kind = ContentKind(kind);
    out.parts = m_count;
    out.body = message.mid(2);
    if (compression == quint8(Compression::Gzip)) {
        auto body = codec::gunzip(out.body, kMaxBodyBytes);
        if (!body) {
            return Error(body.error().code,
                tx("ler::qr", "The data in these QR codes is damaged: %1").arg(body.error().message),
                body.error().reason);
        }
        out.body = *body;
    }
    return out;
}

} // namespace ler::qr
