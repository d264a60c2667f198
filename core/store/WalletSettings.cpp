// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/store/WalletSettings.h"

#include "core/store/SqlCipherDatabase.h"

#include <QJsonDocument>

namespace ler::store {

namespace {

struct SettingDef
{
    const char* key;
    QVariant defaultValue;
};

// Every wallet setting with its default: the one place to look.
const SettingDef kSettings[] = {
    { "autoLockMinutes", 10 },
    { "networkAllowed", true },
    { "backupReminderRecords", 10 },
    { "backupReminderDays", 30 },
    { "lastBackupAt", QString() },
    { "clipboardClearSeconds", 30 },
    { "ownerName", QString() },
    { "profile", QString() },
};

int boundedInt(const QVariant& v, int low, int high, int fallback)
{
    bool ok = false;
    const int n = v.toString().toInt(&ok);
    return ok && n >= low && n <= high ? n : fallback;
}

QVariant defaultFor(const char* key)
{
    for (const SettingDef& d : kSettings) {
        if (qstrcmp(d.key, key) == 0) {
            return d.defaultValue;
        }
    }
    return {};
}

} // namespace

QVariant WalletSettings::value(const char* key) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?1"), { QString::fromLatin1(key) });
    if (!v || !v->isValid()) {
        return defaultFor(key);
    }
    return *v;
}

Status WalletSettings::setValue(const char* key, const QVariant& value)
{
    return m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?1, ?2) "
                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
        { QString::fromLatin1(key), value.toString() });
}

std::chrono::minutes WalletSettings::autoLockAfter() const
{
    bool ok = false;
    const int m = value("autoLockMinutes").toString().toInt(&ok);
    return std::chrono::minutes(ok && m >= 1 && m <= 240 ? m : defaultFor("autoLockMinutes").toInt());
}

Status WalletSettings::setAutoLockAfter(std::chrono::minutes minutes)
{
    if (minutes.count() < 1 || minutes.count() > 240) {
        return Error(ErrorCode::InvalidInput,
            tx("ler::store", "Choose an auto-lock time from 1 to 240 minutes."),
            QStringLiteral("store/auto-lock-out-of-range"));
    }
    return setValue("autoLockMinutes", qlonglong(minutes.count()));
}

bool WalletSettings::networkAllowed() const
{
    const QString v = value("networkAllowed").toString();
    return v != QLatin1String("false") && v != QLatin1String("0");
}

Status WalletSettings::setNetworkAllowed(bool allowed)
{
    return setValue("networkAllowed", allowed ? QStringLiteral("true") : QStringLiteral("false"));
}

int WalletSettings::backupReminderRecords() const
{
    return boundedInt(value("backupReminderRecords"), 0, 1000, defaultFor("backupReminderRecords").toInt());
}

Status WalletSettings::setBackupReminderRecords(int records)
{
    if (records < 0 || records > 1000) {
        return Error(ErrorCode::InvalidInput,
            tx("ler::store", "Choose from 0 to 1000 new records (0: no reminder)."),
            QStringLiteral("store/reminder-records-out-of-range"));
    }
    return setValue("backupReminderRecords", records);
}

int WalletSettings::backupReminderDays() const
{
    return boundedInt(value("backupReminderDays"), 0, 365, defaultFor("backupReminderDays").toInt());
}

Status WalletSettings::setBackupReminderDays(int days)
{
    if (days < 0 || days > 365) {
        return Error(ErrorCode::InvalidInput,
            tx("ler::store", "Choose from 0 to 365 days (0: no reminder)."),
            QStringLiteral("store/reminder-days-out-of-range"));
    }
    return setValue("backupReminderDays", days);
}

QDateTime WalletSettings::lastBackupAt() const
{
    return QDateTime::fromString(value("lastBackupAt").toString(), Qt::ISODate);
}

Status WalletSettings::setLastBackupAt(const QDateTime& when)
{
    return setValue("lastBackupAt", when.toUTC().toString(Qt::ISODate));
}

std::chrono::seconds WalletSettings::clipboardClearAfter() const
{
    bool ok = false;
    const int s = value("clipboardClearSeconds").toString().toInt(&ok);
    return std::chrono::seconds(ok && s >= 0 && s <= 600 ? s : defaultFor("clipboardClearSeconds").toInt());
}

Status WalletSettings::setClipboardClearAfter(std::chrono::seconds seconds)
{
    if (seconds.count() < 0 || seconds.count() > 600) {
        return Error(ErrorCode::InvalidInput,
            tx("ler::store", "Choose a clipboard time from 0 to 600 seconds."),
            QStringLiteral("store/clipboard-time-out-of-range"));
    }
    return setValue("clipboardClearSeconds", qlonglong(seconds.count()));
}

QString WalletSettings::ownerName() const
{
    return value("ownerName").toString();
}

Status WalletSettings::setOwnerName(const QString& name)
{
    const QString trimmed = name.simplified();
    if (trimmed.size() > 100) {
        return Error(ErrorCode::InvalidInput,
            tx("ler::store", "Write the name in 100 characters or fewer."),
            QStringLiteral("store/name-too-long"));
    }
    return setValue("ownerName", trimmed);
}

QJsonObject WalletSettings::profile() const
{
    return QJsonDocument::fromJson(value("profile").toString().toUtf8()).object();
}

Status WalletSettings::setProfile(const QJsonObject& profile)
{
    return setValue("profile", QString::fromUtf8(QJsonDocument(profile).toJson(QJsonDocument::Compact)));
}

} // namespace ler::store
