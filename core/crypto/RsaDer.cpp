// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/crypto/RsaDer.h"

namespace ler::crypto {

namespace {

constexpr char kSequence = 0x30;
constexpr char kInteger = 0x02;

Error derError(Text sentence, QString reason)
{
    return invalidInput(std::move(sentence), std::move(reason));
}

/// Reads one tag-length-value at pos; advances pos past it.
Result<QByteArrayView> readTlv(QByteArrayView der, qsizetype& pos, char tag)
{
    if (pos + 2 > der.size() || der[pos] != tag) {
        return derError(
            tx("ler::crypto", "RSA public key DER: unexpected tag"), QStringLiteral("crypto/rsa-der-unexpected-tag"));
    }
    auto first = static_cast<unsigned char>(der[pos + 1]);
    pos += 2;
    qsizetype length = first;
    if (first & 0x80) {
        const int count = first & 0x7f;
        if (count < 1 || count > 2 || pos + count > der.size()) {
            return derError(tx("ler::crypto", "RSA public key DER: unsupported length"),
                QStringLiteral("crypto/rsa-der-unsupported-length"));
        }
        length = 0;
        for (int i = 0; i < count; ++i) {
            length = (length << 8) | static_cast<unsigned char>(der[pos + i]);
        }
        if (length < 0x80 || (count == 2 && length < 0x100)) {
            return derError(tx("ler::crypto", "RSA public key DER: length not minimally encoded"),
                QStringLiteral("crypto/rsa-der-length-not-minimal"));
        }
        pos += count;
    }
    if (length > der.size() - pos) {
        return derError(tx("ler::crypto", "RSA public key DER: truncated"), QStringLiteral("crypto/rsa-der-truncated"));
    }
    QByteArrayView value = der.sliced(pos, length);
    pos += length;
    return value;
}

Result<QByteArray> readPositiveInteger(QByteArrayView der, qsizetype& pos)
{
    auto value = readTlv(der, pos, kInteger);
    if (!value) {
        return value.error();
    }
    const QByteArrayView v = *value;
    if (v.isEmpty() || (static_cast<unsigned char>(v[0]) & 0x80)) {
        return derError(tx("ler::crypto", "RSA public key DER: integer is empty or negative"),
            QStringLiteral("crypto/rsa-der-integer-not-positive"));
    }
    if (v.size() > 1 && v[0] == 0 && !(static_cast<unsigned char>(v[1]) & 0x80)) {
        return derError(tx("ler::crypto", "RSA public key DER: integer not minimally encoded"),
            QStringLiteral("crypto/rsa-der-integer-not-minimal"));
    }
    return (v[0] == 0 ? v.sliced(1) : v).toByteArray();
}

QByteArray encodeLength(qsizetype length)
{
    if (length < 0x80) {
        return QByteArray(1, static_cast<char>(length));
    }
    if (length < 0x100) {
        return QByteArray("\x81") + static_cast<char>(length);
    }
    QByteArray out("\x82");
    out.append(static_cast<char>((length >> 8) & 0xff));
    out.append(static_cast<char>(length & 0xff));
    return out;
}

QByteArray encodeInteger(QByteArrayView value)
{
    qsizetype i = 0;
    while (i + 1 < value.size() && value[i] == 0) {
        ++i;
    }
    QByteArray body = value.sliced(i).toByteArray();
    if (body.isEmpty() || (static_cast<unsigned char>(body[0]) & 0x80)) {
        body.prepend('\0');
    }
    return QByteArray(1, kInteger) + encodeLength(body.size()) + body;
}

} // namespace

Result<std::pair<QByteArray, QByteArray>> decodeRsaPublicKeyDer(QByteArrayView der)
{
    qsizetype pos = 0;
    auto sequence = readTlv(der, pos, kSequence);
    if (!sequence) {
        return sequence.error();
    }
    if (pos != der.size()) {
        return derError(
            tx("ler::crypto", "RSA public key DER: trailing bytes"), QStringLiteral("crypto/rsa-der-trailing-bytes"));
    }
    qsizetype inner = 0;
    auto n = readPositiveInteger(*sequence, inner);
    if (!n) {
        return n.error();
    }
    auto e = readPositiveInteger(*sequence, inner);
    if (!e) {
        return e.error();
    }
    if (inner != sequence->size()) {
        return derError(tx("ler::crypto", "RSA public key DER: trailing bytes in the sequence"),
            QStringLiteral("crypto/rsa-der-trailing-bytes-in-sequence"));
    }
    return std::pair<QByteArray, QByteArray>(*n, *e);
}

QByteArray encodeRsaPublicKeyDer(QByteArrayView modulus, QByteArrayView exponent)
{
    const QByteArray body = encodeInteger(modulus) + encodeInteger(exponent);
    return QByteArray(1, kSequence) + encodeLength(body.size()) + body;
}

} // namespace ler::crypto
