// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Text.h"

#include <QByteArrayView>
#include <QString>

namespace ler::crypto {

/// A strength estimate from zxcvbn (the estimator KeePassXC uses): how many guesses an attacker who tries
/// common passwords, words, keyboard runs, sequences, repeats and dates first would need. The wallet refuses a
/// new passphrase below Fair; the reason says in words what makes it easy to guess.
struct PassphraseStrength
{
    enum class Level
    {
        TooShort,
        Weak, ///< Refused.
        Fair,
        Strong,
        VeryStrong
    };
    /// What makes a refused passphrase easy to guess (the largest part of it that zxcvbn explains).
    enum class Weakness
    {
        None,
        TooShort,
        CommonWord, ///< A dictionary word, name or a password many people use (password1, qwertyuiop).
        KeyboardPattern, ///< A run of neighbouring keys (asdfgh, !@#$%^).
        Sequence, ///< abcdef, 12345678, 97531.
        Repeated, ///< aaaaaaaa, 12341234, passwordpassword.
        Date, ///< 01011990, 2024.
        TooSimple, ///< None of the above dominates; still too few guesses.
    };

    Level level = Level::TooShort;
    Weakness weakness = Weakness::TooShort;
    double bits = 0; ///< zxcvbn's estimate of log2(guesses).

    /// The shortest passphrase a wallet accepts (in characters).
    static constexpr int kMinimumLength = 8;
    /// Below this many bits a new passphrase is refused. With Argon2id at about a second per guess this is
    /// tens of thousands of computer-years for the estimated guesses; zxcvbn's "poor" starts here too.
    static constexpr double kMinimumBits = 40;

    static PassphraseStrength estimate(const QString& passphrase);
    /// The same from UTF-8 bytes (the CLI keeps passphrases out of QString).
    static PassphraseStrength estimate(QByteArrayView utf8);

    bool acceptable() const { return level >= Level::Fair; }
    /// Why the passphrase is refused, as a whole sentence; empty when it is acceptable.
    Text refusal() const;
};

} // namespace ler::crypto
