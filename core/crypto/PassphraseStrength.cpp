// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/crypto/PassphraseStrength.h"

#include <QSet>
#include <cmath>

namespace ler::crypto {

namespace {

// Passwords seen in every breach list; a passphrase built on one is weak whatever else it has.
const QStringList kCommon { QStringLiteral("password"),
    QStringLiteral("123456"),
    QStringLiteral("qwerty"),
    QStringLiteral("letmein"),
    QStringLiteral("welcome"),
    QStringLiteral("admin"),
    QStringLiteral("iloveyou"),
    QStringLiteral("monkey"),
    QStringLiteral("dragon"),
    QStringLiteral("abc123"),
    QStringLiteral("contraseña"),
    QStringLiteral("111111") };

int poolSize(const QString& p)
{
    bool lower = false, upper = false, digit = false, other = false;
    for (QChar c : p) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
    }
    return (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
}

// Characters that merely repeat or continue a run (aaaa, 1234, abcd) add almost nothing.
int effectiveLength(const QString& p)
{
    int n = 0;
    for (int i = 0; i < p.size(); ++i) {
        if (i >= 2) {
            const int d1 = p[i].unicode() - p[i - 1].unicode();
            const int d2 = p[i - 1].unicode() - p[i - 2].unicode();
            if (d1 == d2 && std::abs(d1) <= 1) {
                continue;
            }
        }
        ++n;
    }
    return n;
}

} // namespace

PassphraseStrength PassphraseStrength::estimate(const QString& passphrase)
{
    PassphraseStrength s;
    if (passphrase.size() < kMinimumLength) {
        return s;
    }
    const int distinct = QSet<QChar>(passphrase.cbegin(), passphrase.cend()).size();
    double bits = effectiveLength(passphrase) * std::log2(std::max(poolSize(passphrase), 2));
    bits = std::min(bits, distinct * 6.0);
    const QString lower = passphrase.toLower();
    for (const QString& c : kCommon) {
        if (lower.contains(c)) {
            bits -= c.size() * 4.0;
        }
    }
    s.bits = std::max(bits, 0.0);
    s.level = s.bits < 36 ? Level::Weak : s.bits < 56 ? Level::Fair : s.bits < 80 ? Level::Strong : Level::VeryStrong;
    return s;
}

} // namespace ler::crypto
