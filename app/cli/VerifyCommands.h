// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QCommandLineOption>
#include <QList>

/// Options of the verify and canonicalize commands, which need no wallet. The commands themselves are Cli members
/// (Cli::cmdVerify, Cli::cmdCanonicalize) defined in VerifyCommands.cpp.
namespace ler::cli {

/// --offline, --challenge, --domain, --issuer-keys, --rdfc, --jsonld-to-rdf, --jcs.
QList<QCommandLineOption> verifyOptions();

} // namespace ler::cli
