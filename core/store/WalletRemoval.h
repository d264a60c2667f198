// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QDateTime>

namespace ler::store {

class SqlCipherDatabase;

/// What a wallet holds, for saying what deleting it would lose.
struct WalletInventory
{
    qint64 records = 0; ///< credentials, not counting ones nested in a transcript
    qint64 ownEntries = 0; ///< of those, the person's own (self-asserted) entries
    qint64 presentations = 0; ///< entries of the sharing history
    bool hasOwnKey = false; ///< the wallet has its own signing key (presentations were signed with it)
    QDateTime lastBackup; ///< invalid when never backed up
};

Result<WalletInventory> walletInventory(SqlCipherDatabase& db);

} // namespace ler::store
