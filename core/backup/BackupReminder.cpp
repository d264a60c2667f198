// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/backup/BackupReminder.h"

#include "core/store/SqlCipherDatabase.h"
#include "core/store/WalletSettings.h"

namespace ler::backup {

Result<Reminder> backupReminder(store::SqlCipherDatabase& db, const QDateTime& now)
{
    const store::WalletSettings settings(db);
    Reminder r;
    r.lastBackup = settings.lastBackupAt();
    // added_at is ISO 8601 UTC text, so text order is time order.
    auto counts = db.query(QStringLiteral("SELECT count(*), min(added_at) FROM credentials WHERE parent_id IS NULL "
                                          "AND (?1 IS NULL OR added_at > ?1)"),
        { r.lastBackup.isValid() ? QVariant(r.lastBackup.toUTC().toString(Qt::ISODate)) : QVariant() });
    if (!counts) {
        return counts.error();
    }
    r.newRecords = counts->constFirst().at(0).toLongLong();
    const QDateTime first = QDateTime::fromString(counts->constFirst().at(1).toString(), Qt::ISODate);
    const QDateTime since = r.lastBackup.isValid() ? r.lastBackup : first;
    if (!since.isValid()) {
        return r; // nothing in the wallet yet, or nothing new since the last backup and no backup
    }
    r.days = std::max<qint64>(0, since.daysTo(now));
    const int byRecords = settings.backupReminderRecords();
    const int byDays = settings.backupReminderDays();
    if (byRecords > 0 && r.newRecords >= byRecords) {
        r.reason = Reminder::Reason::NewRecords;
    } else if (byDays > 0 && r.days >= byDays && (r.newRecords > 0 || !r.lastBackup.isValid())) {
        r.reason = Reminder::Reason::Days;
    }
    return r;
}

Status noteBackupMade(store::SqlCipherDatabase& db, const QDateTime& when)
{
    return store::WalletSettings(db).setLastBackupAt(when);
}

} // namespace ler::backup
