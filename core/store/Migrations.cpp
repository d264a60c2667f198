// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/store/Migrations.h"

#include "core/store/SqlCipherDatabase.h"
#include "core/util/Log.h"

namespace ler::store {

namespace {

// Version 1: the record store. `row` is an explicit INTEGER PRIMARY KEY so the full-text index,
// which refers to rows by rowid, survives VACUUM.
const char* const kV1 = R"SQL(
CREATE TABLE credentials (
    row            INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    parent_id      TEXT REFERENCES credentials(id) ON DELETE CASCADE,
    format         TEXT NOT NULL,
    format_version TEXT NOT NULL DEFAULT '',
    credential_id  TEXT,
    kind           TEXT NOT NULL DEFAULT 'other',
    title          TEXT NOT NULL DEFAULT '',
    issuer_name    TEXT NOT NULL DEFAULT '',
    issued_at      TEXT,
    normalized     TEXT NOT NULL DEFAULT '{}',
    search_text    TEXT NOT NULL DEFAULT '',
    original       BLOB NOT NULL,
    content_hash   TEXT NOT NULL UNIQUE,
    source         TEXT NOT NULL DEFAULT '',
    self_asserted  INTEGER NOT NULL DEFAULT 0,
    added_at       TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX credentials_by_credential_id ON credentials(credential_id);
CREATE INDEX credentials_by_parent ON credentials(parent_id);
CREATE INDEX credentials_by_issued ON credentials(issued_at);

CREATE TABLE verification_results (
    id            INTEGER PRIMARY KEY,
    credential_id TEXT NOT NULL REFERENCES credentials(id) ON DELETE CASCADE,
    verified_at   TEXT NOT NULL,
    outcome       TEXT NOT NULL,
    report        TEXT NOT NULL
);
CREATE INDEX verification_by_credential ON verification_results(credential_id, verified_at);

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE credential_tags (
    credential_id TEXT NOT NULL REFERENCES credentials(id) ON DELETE CASCADE,
    tag_id        INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (credential_id, tag_id)
);

CREATE TABLE collections (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
CREATE TABLE collection_items (
    collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    credential_id TEXT NOT NULL REFERENCES credentials(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (collection_id, credential_id)
);

CREATE TABLE self_asserted_entries (
    id           TEXT PRIMARY KEY,
    kind         TEXT NOT NULL,
    title        TEXT NOT NULL,
    organization TEXT NOT NULL DEFAULT '',
    description  TEXT NOT NULL DEFAULT '',
    start_date   TEXT,
    end_date     TEXT,
    location     TEXT NOT NULL DEFAULT '',
    url          TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE TABLE holder_keys (
    id         TEXT PRIMARY KEY,
    did        TEXT NOT NULL,
    algorithm  TEXT NOT NULL,
    public_key BLOB NOT NULL,
    secret_key BLOB NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

CREATE TABLE sharing_history (
    id                INTEGER PRIMARY KEY,
    created_at        TEXT NOT NULL,
    kind              TEXT NOT NULL,
    recipient         TEXT NOT NULL DEFAULT '',
    credential_ids    TEXT NOT NULL,
    presentation_hash TEXT NOT NULL,
    note              TEXT NOT NULL DEFAULT ''
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
)SQL";

// Version 2: full-text search over title, issuer and the record's searchable text.
const char* const kV2 = R"SQL(
CREATE VIRTUAL TABLE credentials_fts USING fts5(
    title, issuer_name, search_text,
    content = 'credentials', content_rowid = 'row',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER credentials_fts_insert AFTER INSERT ON credentials BEGIN
    INSERT INTO credentials_fts(rowid, title, issuer_name, search_text)
    VALUES (new.row, new.title, new.issuer_name, new.search_text);
END;
CREATE TRIGGER credentials_fts_delete AFTER DELETE ON credentials BEGIN
    INSERT INTO credentials_fts(credentials_fts, rowid, title, issuer_name, search_text)
    VALUES ('delete', old.row, old.title, old.issuer_name, old.search_text);
END;
CREATE TRIGGER credentials_fts_update AFTER UPDATE ON credentials BEGIN
    INSERT INTO credentials_fts(credentials_fts, rowid, title, issuer_name, search_text)
    VALUES ('delete', old.row, old.title, old.issuer_name, old.search_text);
    INSERT INTO credentials_fts(rowid, title, issuer_name, search_text)
    VALUES (new.row, new.title, new.issuer_name, new.search_text);
END;
INSERT INTO credentials_fts(credentials_fts) VALUES ('rebuild');
)SQL";

// Version 3: the person's own identifiers (to recognise credentials issued to them) and the
// issuer keys they chose to trust.
const char* const kV3 = R"SQL(
CREATE TABLE identifiers (
    id         INTEGER PRIMARY KEY,
    type       TEXT NOT NULL,
    value      TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (type, value)
);
CREATE TABLE trusted_issuer_keys (
    id         INTEGER PRIMARY KEY,
    issuer     TEXT NOT NULL,
    kid        TEXT NOT NULL DEFAULT '',
    jwk        TEXT NOT NULL,
    label      TEXT NOT NULL DEFAULT '',
    added_at   TEXT NOT NULL,
    UNIQUE (issuer, kid)
);
)SQL";

// Version 4: the sharing history keeps which claims of each record were shown, the challenge and the expiry.
const char* const kV4 = R"SQL(
ALTER TABLE sharing_history ADD COLUMN records TEXT NOT NULL DEFAULT '[]';
ALTER TABLE sharing_history ADD COLUMN challenge TEXT NOT NULL DEFAULT '';
ALTER TABLE sharing_history ADD COLUMN expires_at TEXT;
)SQL";

// Version 5: pictures of records fetched from the web, kept inside the encrypted wallet so they show offline and
// are fetched once.
const char* const kV5 = R"SQL(
CREATE TABLE image_cache (
    url        TEXT PRIMARY KEY,
    media_type TEXT NOT NULL DEFAULT '',
    bytes      BLOB NOT NULL,
    fetched_at TEXT NOT NULL
);
)SQL";

} // namespace

const QList<Migration>& migrations()
{
    static const QList<Migration> list {
        { 1, "record store", QString::fromUtf8(kV1) },
        { 2, "full-text search", QString::fromUtf8(kV2) },
        { 3, "identifiers and trusted issuer keys", QString::fromUtf8(kV3) },
        { 4, "sharing history details", QString::fromUtf8(kV4) },
        { 5, "image cache", QString::fromUtf8(kV5) },
    };
    return list;
}

int latestSchemaVersion()
{
    return migrations().last().version;
}

Result<int> schemaVersion(SqlCipherDatabase& db)
{
    auto v = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!v) {
        return v.error();
    }
    return v->toInt();
}

Status migrate(SqlCipherDatabase& db, int target)
{
    return migrate(db, migrations(), target < 0 ? latestSchemaVersion() : target);
}

Status migrate(SqlCipherDatabase& db, const QList<Migration>& steps, int target)
{
    auto current = schemaVersion(db);
    if (!current) {
        return current.error();
    }
    const int newest = steps.isEmpty() ? 0 : steps.last().version;
    if (*current > newest) {
        return Error(ErrorCode::Unsupported,
            tx("ler::store", "This wallet was written by a newer version of LER Wallet. Update the app to open it."),
            QStringLiteral("store/newer-version"));
    }
    for (const Migration& m : steps) {
        if (m.version <= *current || m.version > target) {
            continue;
        }
        Status s = inTransaction(db, [&]() -> Status {
            if (auto r = db.execScript(m.sql); !r) {
                return r;
            }
            return db.execScript(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        });
        if (!s) {
            qCWarning(lcStore) << "migration to schema" << m.version << "failed";
            return s;
        }
        qCInfo(lcStore) << "schema migrated to version" << m.version << "(" << m.description << ")";
    }
    return {};
}

} // namespace ler::store
