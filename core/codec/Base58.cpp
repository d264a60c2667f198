// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/codec/Base58.h"

#include <array>
#include <vector>

namespace ler::codec {

namespace {

constexpr char kAlphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

constexpr std::array<int, 128> makeReverse()
{
    std::array<int, 128> table {};
    for (auto& v : table) {
        v = -1;
    }
    for (int i = 0; i < 58; ++i) {
        table[static_cast<unsigned char>(kAlphabet[i])] = i;
    }
    return table;
}

constexpr std::array<int, 128> kReverse = makeReverse();

} // namespace

QByteArray base58Encode(QByteArrayView data)
{
    qsizetype zeros = 0;
    while (zeros < data.size() && data[zeros] == 0) {
        ++zeros;
    }
    // Little-endian base-58 digits of the big-endian number held by data.
    std::vector<unsigned char> digits;
    digits.reserve(static_cast<size_t>(data.size()) * 138 / 100 + 1);
    for (qsizetype i = zeros; i < data.size(); ++i) {
        unsigned carry = static_cast<unsigned char>(data[i]);
        for (auto& d : digits) {
            carry += static_cast<unsigned>(d) << 8;
            d = static_cast<unsigned char>(carry % 58);
            carry /= 58;
        }
        while (carry > 0) {
            digits.push_back(static_cast<unsigned char>(carry % 58));
            carry /= 58;
        }
    }
    QByteArray out(zeros, '1');
    out.reserve(zeros + static_cast<qsizetype>(digits.size()));
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        out.append(kAlphabet[*it]);
    }
    return out;
}

Result<QByteArray> base58Decode(QByteArrayView text)
{
    if (text.size() > kMaxBase58Length) {
        return Error(ErrorCode::LimitExceeded,
            tx("ler::codec", "base58: input longer than %1").arg(kMaxBase58Length),
            QStringLiteral("codec/base58-too-long"));
    }
    qsizetype ones = 0;
    while (ones < text.size() && text[ones] == '1') {
        ++ones;
    }
    // Five digits at a time (58^5 < 2^32) into 32-bit limbs, little-endian: a 64-byte signature takes a few
    // hundred multiply-adds instead of thousands.
    std::vector<quint32> limbs;
    limbs.reserve(static_cast<size_t>(text.size()) / 5 + 2);
    for (qsizetype i = ones; i < text.size();) {
        quint32 scale = 1;
        quint32 group = 0;
        for (int k = 0; k < 5 && i < text.size(); ++k, ++i) {
            const auto c = static_cast<unsigned char>(text[i]);
            const int value = c < 128 ? kReverse[c] : -1;
            if (value < 0) {
                return invalidInput(tx("ler::codec", "base58: invalid character at position %1").arg(i),
                    QStringLiteral("codec/base58-character"));
            }
            scale *= 58;
            group = group * 58 + static_cast<quint32>(value);
        }
        quint64 carry = group;
        for (quint32& limb : limbs) {
            carry += static_cast<quint64>(limb) * scale;
            limb = static_cast<quint32>(carry);
            carry >>= 32;
        }
        while (carry > 0) {
            limbs.push_back(static_cast<quint32>(carry));
            carry >>= 32;
        }
    }
    QByteArray out(ones, '\0');
    out.reserve(ones + static_cast<qsizetype>(limbs.size()) * 4);
    bool leading = true; // zero bytes at the top of the number are not part of it; only leading '1's give zeros
    for (auto it = limbs.rbegin(); it != limbs.rend(); ++it) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            const auto byte = static_cast<char>((*it >> shift) & 0xff);
            if (leading && byte == 0)
                continue;
            leading = false;
            out.append(byte);
        }
    }
    return out;
}

} // namespace ler::codec
