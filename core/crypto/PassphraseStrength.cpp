// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/crypto/PassphraseStrength.h"

#include "core/crypto/SecretBytes.h"

#include <QMap>
#include <algorithm>
#include <cstring>
#include <zxcvbn.h>

namespace ler::crypto {

namespace {

// zxcvbn's dictionaries are English; these add the app's own name and the Spanish passwords people reach for.
const char* const kExtraWords[] = { "lerwallet",
    "ler-wallet",
    "contraseña",
    "contrasena",
    "clave",
    "secreto",
    "tequiero",
    "teamo",
    "bienvenido",
    "princesa",
    nullptr };

// Long input costs zxcvbn time on every keystroke; a prefix's estimate is a lower bound for the whole.
constexpr qsizetype kMaxEstimatedBytes = 256;

PassphraseStrength::Weakness weaknessOf(int type)
{
    using W = PassphraseStrength::Weakness;
    if (type & MULTIPLE_MATCH) {
        return W::Repeated;
    }
    switch (type) {
    case DICTIONARY_MATCH:
    case DICT_LEET_MATCH:
    case USER_MATCH:
    case USER_LEET_MATCH:
        return W::CommonWord;
    case SPATIAL_MATCH:
        return W::KeyboardPattern;
    case SEQUENCE_MATCH:
        return W::Sequence;
    case REPEATS_MATCH:
        return W::Repeated;
    case DATE_MATCH:
    case YEAR_MATCH:
        return W::Date;
    default:
        return W::TooSimple;
    }
}

} // namespace

PassphraseStrength PassphraseStrength::estimate(const QString& passphrase)
{
    const SecretBytes utf8 = SecretBytes::fromText(passphrase);
    return estimate(utf8.view());
}

PassphraseStrength PassphraseStrength::estimate(QByteArrayView utf8)
{
    PassphraseStrength s;
    // Characters, counted without decoding into another (unwiped) buffer: every byte but UTF-8 continuations.
    const auto characters = std::count_if(utf8.begin(), utf8.end(), [](char c) { return (c & 0xc0) != 0x80; });
    if (characters < kMinimumLength) {
        return s;
    }
    // zxcvbn wants a NUL-terminated string; keep that copy in secure memory.
    const QByteArrayView part = utf8.first(std::min(utf8.size(), kMaxEstimatedBytes));
    SecretBytes text = SecretBytes::allocate(std::size_t(part.size()) + 1);
    if (text.isEmpty()) {
        return s;
    }
    std::memcpy(text.data(), part.data(), std::size_t(part.size()));
    ZxcMatch_t* info = nullptr;
    const char** words = const_cast<const char**>(kExtraWords);
    s.bits = ZxcvbnMatch(text.constChar(), words, &info);
    // The kind of match that explains most characters is the reason in words.
    QMap<Weakness, int> covered;
    for (const ZxcMatch_t* m = info; m; m = m->Next) {
        if (m->Type != BRUTE_MATCH && m->Type != NON_MATCH) {
            covered[weaknessOf(m->Type)] += m->Length;
        }
    }
    ZxcvbnFreeInfo(info);
    s.level = s.bits < kMinimumBits ? Level::Weak
        : s.bits < 60               ? Level::Fair
        : s.bits < 80               ? Level::Strong
                                    : Level::VeryStrong;
    if (s.level != Level::Weak) {
        s.weakness = Weakness::None;
        return s;
    }
    s.weakness = Weakness::TooSimple;
    int most = 0;
    for (auto it = covered.cbegin(); it != covered.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            s.weakness = it.key();
        }
    }
    return s;
}

Text PassphraseStrength::refusal() const
{
    switch (weakness) {
    case Weakness::None:
        return {};
    case Weakness::TooShort:
        return tx("ler::crypto", "The passphrase needs at least %1 characters.").arg(kMinimumLength);
    case Weakness::CommonWord:
        return tx("ler::crypto",
            "This passphrase is easy to guess: it is mostly a common word or a password many people use. "
            "Add a few unrelated words.");
    case Weakness::KeyboardPattern:
        return tx("ler::crypto",
            "This passphrase is easy to guess: it follows a row of keys on the keyboard. Use a few unrelated "
            "words instead.");
    case Weakness::Sequence:
        return tx("ler::crypto",
            "This passphrase is easy to guess: it is mostly a sequence such as abcd or 1234. Use a few unrelated "
            "words instead.");
    case Weakness::Repeated:
        return tx("ler::crypto",
            "This passphrase is easy to guess: it repeats the same characters or words. Use a few unrelated "
            "words instead.");
    case Weakness::Date:
        return tx("ler::crypto",
            "This passphrase is easy to guess: it is mostly a date or a year. Add a few unrelated words.");
    case Weakness::TooSimple:
        break;
    }
    return tx(
        "ler::crypto", "This passphrase is too easy to guess. Make it longer, for example with a few unrelated words.");
}

} // namespace ler::crypto
