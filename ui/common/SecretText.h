// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/SecretBytes.h"

#include <QString>

namespace ler::ui {

/// A passphrase or code taken from a field as UTF-8 into secure memory; the temporary UTF-8 copy is wiped.
inline crypto::SecretBytes utf8Secret(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    crypto::SecretBytes out = crypto::SecretBytes::copyOf(utf8);
    crypto::wipe(utf8);
    return out;
}

} // namespace ler::ui
