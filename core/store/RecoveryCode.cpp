// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/store/RecoveryCode.h"

#include "core/crypto/Kdf.h"

#include <QCryptographicHash>

namespace ler::store::recovery {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32
constexpr int kRandomChars = 30;
constexpr int kTotalChars = 32;

// Two check characters: the first 10 bits of SHA-256 over the random part.
QByteArray checkChars(QByteArrayView body)
{
    const QByteArray h = QCryptographicHash::hash(body, QCryptographicHash::Sha256);
    const int bits = (quint8(h[0]) << 2) | (quint8(h[1]) >> 6);
    QByteArray out;
    out.append(kAlphabet[(bits >> 5) & 31]).append(kAlphabet[bits & 31]);
    return out;
}

int decodeChar(QChar c)
{
    const char u = c.toUpper().toLatin1();
    switch (u) {
    case 'O':
        return 0;
    case 'I':
    case 'L':
        return 1;
    default:
        break;
    }
    for (int i = 0; i < 32; ++i) {
        if (kAlphabet[i] == u) {
            return i;
        }
    }
    return -1;
}

} // namespace

QString generate()
{
    QByteArray body;
    body.reserve(kRandomChars);
    // Rejection-free: each random byte's low 5 bits pick a character uniformly.
    const QByteArray random = crypto::randomBytes(kRandomChars);
    for (char b : random) {
        body.append(kAlphabet[quint8(b) & 31]);
    }
    const QString code = group(body + checkChars(body));
    body.fill('\0');
    return code;
}

Result<crypto::SecretBytes> normalise(const QString& typed)
{
    // Any Unicode space (a pasted non-breaking one too) separates groups; other non-ASCII is refused below.
    QByteArray ascii;
    ascii.reserve(typed.size());
    for (QChar c : typed) {
        if (!c.isSpace()) {
            ascii.append(c.unicode() < 0x80 ? char(c.unicode()) : char(0x80));
        }
    }
    auto out = normalise(QByteArrayView(ascii));
    crypto::wipe(ascii);
    return out;
}

Result<crypto::SecretBytes> normalise(QByteArrayView typed)
{
    crypto::SecretBytes canonical = crypto::SecretBytes::allocate(kTotalChars);
    if (canonical.isEmpty()) {
        return Error(ErrorCode::Crypto,
            tx("ler::store", "out of secure memory"),
            QStringLiteral("store/secure-memory-exhausted"));
    }
    qsizetype n = 0;
    for (char c : typed) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-') {
            continue;
        }
        // Bytes of non-ASCII characters are never in the alphabet.
        const int v = (c & 0x80) ? -1 : decodeChar(QLatin1Char(c));
        if (v < 0) {
            return Error(ErrorCode::InvalidInput,
                tx("ler::store",
                    "A recovery code has only the letters A to Z and the digits 0 "
                    "to 9."),
                QStringLiteral("store/recovery-code-character"));
        }
        if (n < kTotalChars) {
            canonical.data()[n] = static_cast<unsigned char>(kAlphabet[v]);
        }
        ++n;
    }
    if (n != kTotalChars) {
        return Error(ErrorCode::InvalidInput,
            tx("ler::store",
                "A recovery code has eight groups of four characters; this one "
                "has %1 characters.")
                .arg(n),
            QStringLiteral("store/recovery-code-length"));
    }
    const QByteArrayView chars = canonical.view();
    if (checkChars(chars.first(kRandomChars)) != chars.last(2)) {
        return Error(ErrorCode::InvalidInput,
            tx("ler::store",
                "This recovery code has a typo. Check each group of four "
                "characters against your printed copy."),
            QStringLiteral("store/recovery-code-typo"));
    }
    return canonical;
}

QString group(QByteArrayView canonical)
{
    QString out;
    for (qsizetype i = 0; i < canonical.size(); ++i) {
        if (i > 0 && i % 4 == 0) {
            out.append(QLatin1Char('-'));
        }
        out.append(QLatin1Char(canonical[i]));
    }
    return out;
}

} // namespace ler::store::recovery
