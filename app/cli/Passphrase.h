// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QString>

namespace ler::cli {

/// Where a passphrase comes from, in order: a file, an environment variable, a no-echo prompt on the terminal.
struct PassphraseSource
{
    QString file; ///< --passphrase-file (first line, without its line ending)
    const char* envVar; ///< e.g. LER_WALLET_PASSPHRASE
    QString prompt; ///< shown on the terminal
    bool confirm = false; ///< ask twice at the terminal (new passphrases)
};

Result<QString> readPassphrase(const PassphraseSource& source);

/// Reads one line from the terminal without echo. Fails when there is no terminal.
Result<QString> promptHidden(const QString& prompt);

} // namespace ler::cli
