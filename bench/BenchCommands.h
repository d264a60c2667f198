// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

namespace ler::bench {

struct Args;

// One function per ler-wallet-bench subcommand; each prints its figures and returns the exit code.
int benchVerifyFile(const Args& args);
int benchSuites(const Args& args);
int benchEd25519(const Args& args);
int benchImport(const Args& args);
int benchUnlock(const Args& args);
int benchList(const Args& args);
int benchSearch(const Args& args);
int benchRss(const Args& args);
int benchSqlCipher(const Args& args);
int benchQr(const Args& args);
int benchMakeWallet(const Args& args);

} // namespace ler::bench
