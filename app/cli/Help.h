// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "app/cli/CommandTable.h"

#include <QString>

/// Everything ler-wallet-cli says about itself, made from the command table: the help on the terminal, the man
/// page and the bash completion script.
namespace ler::cli::help {

/// `ler-wallet-cli --help`: the commands with one line each, the common options, passphrases, exit codes.
QString programHelp();
/// `ler-wallet-cli COMMAND --help` and `ler-wallet-cli help COMMAND`.
QString commandHelp(const CommandSpec& command);
/// ler-wallet-cli(1) in roff, for the build to install (run it in the C locale for the English page).
QString manPage(const QString& version);
/// The bash completion script for the build to install.
QString bashCompletion();

} // namespace ler::cli::help
