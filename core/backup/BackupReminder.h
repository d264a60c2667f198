// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Clock.h"
#include "core/util/Result.h"

#include <QDateTime>

namespace ler::store {
class SqlCipherDatabase;
}

namespace ler::backup {

/// Whether it is time to remind the person to make a backup, and why.
struct Reminder
{
    enum class Reason
    {
        None,
        NewRecords, ///< at least backupReminderRecords() records were added since the last backup
        Days, ///< the last backup (or, with none, the first record) is at least backupReminderDays() old
    };
    Reason reason = Reason::None;
    qint64 newRecords = 0; ///< records (not counting ones nested in a transcript) added since the last backup
    qint64 days = 0; ///< days since the last backup, or since the first record when there is none
    QDateTime lastBackup; ///< invalid when never

    bool due() const { return reason != Reason::None; }
};

/// Looks at the wallet's settings and records. An empty wallet is never due.
Result<Reminder> backupReminder(store::SqlCipherDatabase& db, const QDateTime& now = clock::nowUtc());

/// Notes that a backup was made at `when` (the reminder starts counting again).
Status noteBackupMade(store::SqlCipherDatabase& db, const QDateTime& when);

} // namespace ler::backup
