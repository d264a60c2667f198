// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QList>
#include <QString>

namespace ler::store {

class SqlCipherDatabase;

/// One schema step: the SQL that takes the database from version - 1 to version.
struct Migration
{
    int version;
    const char* description;
    QString sql;
};

/// Every migration, oldest first. The schema version lives in PRAGMA user_version.
const QList<Migration>& migrations();

/// The version a fully migrated wallet has.
int latestSchemaVersion();

/// The database's current schema version.
Result<int> schemaVersion(SqlCipherDatabase& db);

/// Applies every migration above the current version up to `target` (default: latest), each in its own
/// transaction with its user_version bump, so a crash leaves the database at a whole version.
/// A database newer than this program is refused.
Status migrate(SqlCipherDatabase& db, int target = -1);

/// As migrate(), over a caller-supplied list (tests use this to inject a failing step).
Status migrate(SqlCipherDatabase& db, const QList<Migration>& steps, int target);

} // namespace ler::store
