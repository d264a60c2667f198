// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/SecretBytes.h"
#include "core/util/Result.h"

#include <QString>
#include <optional>

namespace ler::cli {

/// Where a passphrase comes from, in order: a file, an environment variable, a no-echo prompt on the terminal.
struct PassphraseSource
{
    QString file; ///< --passphrase-file (first line, without its line ending)
    const char* envVar; ///< e.g. LER_WALLET_PASSPHRASE
    QString prompt; ///< shown on the terminal
    bool confirm = false; ///< ask twice at the terminal (new passphrases)
};

/// The passphrase as UTF-8 in secure memory. No copy is left behind in ordinary memory: the terminal line and
/// the file are read straight into secure memory, and an environment variable is wiped and removed once read.
Result<crypto::SecretBytes> readPassphrase(const PassphraseSource& source);

/// Reads one line from the terminal without echo. Fails when there is no terminal.
Result<crypto::SecretBytes> promptHidden(const QString& prompt);

/// Reads one line from `fd` (up to a newline or the end) into secure memory, without its line ending.
Result<crypto::SecretBytes> readSecretLine(int fd);

/// Takes `name` out of the environment: its value is copied into secure memory, overwritten where it was and
/// unset, so child processes and /proc/<pid>/environ no longer show it. Nothing when it is not set.
std::optional<crypto::SecretBytes> takeFromEnvironment(const char* name);

/// Refuses a new passphrase that is too short or easy to guess, with the reason in words.
Status checkNewPassphrase(const crypto::SecretBytes& utf8);

} // namespace ler::cli
