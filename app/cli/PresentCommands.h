// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QCommandLineOption>
#include <QList>

/// Options of the present, whoami and history commands. The commands themselves are Cli members (Cli::cmdPresent,
/// Cli::cmdWhoami, Cli::cmdHistory) defined in PresentCommands.cpp; --domain, --challenge and --out are shared with
/// verify and export.
namespace ler::cli {

/// --credential, --disclose, --expires, --format, --preview, --delete.
QList<QCommandLineOption> presentOptions();

} // namespace ler::cli
