// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QString>

namespace ler::crypto {

/// A rough strength estimate for the hint under the passphrase field; not a guarantee.
struct PassphraseStrength
{
    enum class Level
    {
        TooShort,
        Weak,
        Fair,
        Strong,
        VeryStrong
    };
    Level level = Level::TooShort;
    double bits = 0; ///< Estimated guessing entropy.

    /// The shortest passphrase a wallet accepts.
    static constexpr int kMinimumLength = 8;
    static PassphraseStrength estimate(const QString& passphrase);
    bool acceptable() const { return level != Level::TooShort; }
};

} // namespace ler::crypto
