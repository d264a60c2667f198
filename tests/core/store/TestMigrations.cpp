// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/store/Migrations.h"
#include "core/store/SqlCipherDatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ler;
using namespace ler::store;

namespace {
std::unique_ptr<SqlCipherDatabase> freshDatabase(const QTemporaryDir& tmp, const crypto::SecretBytes& key)
{
    auto db = SqlCipherDatabase::open(
        tmp.filePath(QStringLiteral("m.db")), key, CipherSettings(), SqlCipherDatabase::Mode::Create);
    return db ? std::move(db).value() : nullptr;
}

int tableCount(SqlCipherDatabase& db, const QString& name)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?1"), { name })->toInt();
}
} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < latestSchemaVersion(); ++v) {
            QTest::newRow(qPrintable(QStringLiteral("from version %1").arg(v))) << v;
        }
    }
    void fromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir tmp;
        const auto key = crypto::SecretBytes::random(32);
        auto db = freshDatabase(tmp, key);
        QVERIFY(db);
        QVERIFY(migrate(*db, from));
        QCOMPARE(*schemaVersion(*db), from);
        if (from >= 1) {
            // Data written by that version must survive the later steps.
            QVERIFY(db->exec(QStringLiteral(
                "INSERT INTO credentials (id, format, title, issuer_name, search_text, original, content_hash, "
                "added_at, updated_at) VALUES ('c1', 'test', 'Welding Certificate', 'Tri-County College', "
                "'welding safety', x'00', 'h', 'now', 'now')")));
            QVERIFY(db->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('autoLockMinutes', '5')")));
            QVERIFY(db->exec(QStringLiteral(
                "INSERT INTO sharing_history (created_at, kind, recipient, credential_ids, presentation_hash) "
                "VALUES ('2025-01-01T00:00:00Z', 'vp-json', 'hr.example.com', '[\"c1\"]', 'ab')")));
        }
        QVERIFY(migrate(*db));
        QCOMPARE(*schemaVersion(*db), latestSchemaVersion());
        QCOMPARE(tableCount(*db, QStringLiteral("identifiers")), 1);
        QCOMPARE(tableCount(*db, QStringLiteral("credentials_fts")), 1);
        if (from >= 1) {
            auto hit
                = db->scalar(QStringLiteral("SELECT c.id FROM credentials_fts f JOIN credentials c ON c.row = f.rowid "
                                            "WHERE credentials_fts MATCH 'welding'"));
            QCOMPARE(hit->toString(), QStringLiteral("c1"));
            QCOMPARE(db->scalar(QStringLiteral("SELECT value FROM settings"))->toString(), QStringLiteral("5"));
            // Sharing history written before version 4 keeps its rows and gets empty details.
            auto shared = db->query(QStringLiteral(
                "SELECT recipient, credential_ids, records, challenge, expires_at FROM sharing_history"));
            QVERIFY(shared && shared->size() == 1);
            QCOMPARE(shared->constFirst().at(0).toString(), QStringLiteral("hr.example.com"));
            QCOMPARE(shared->constFirst().at(1).toString(), QStringLiteral("[\"c1\"]"));
            QCOMPARE(shared->constFirst().at(2).toString(), QStringLiteral("[]"));
            QCOMPARE(shared->constFirst().at(3).toString(), QString());
            QVERIFY(shared->constFirst().at(4).isNull());
        }
        QVERIFY2(migrate(*db), "migrating a current database again is a no-op");
    }

    void failedStepRollsBack()
    {
        QTemporaryDir tmp;
        const auto key = crypto::SecretBytes::random(32);
        auto db = freshDatabase(tmp, key);
        QVERIFY(db);
        const QList<Migration> steps {
            { 1, "good", QStringLiteral("CREATE TABLE a (x);") },
            { 2, "bad", QStringLiteral("CREATE TABLE b (x); CREATE TABLE broken (") },
        };
        auto s = migrate(*db, steps, 2);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::Database);
        QCOMPARE(*schemaVersion(*db), 1);
        QCOMPARE(tableCount(*db, QStringLiteral("a")), 1);
        QCOMPARE(tableCount(*db, QStringLiteral("b")), 0);
    }

    void newerDatabaseIsRefused()
    {
        QTemporaryDir tmp;
        const auto key = crypto::SecretBytes::random(32);
        auto db = freshDatabase(tmp, key);
        QVERIFY(db);
        QVERIFY(db->execScript(QStringLiteral("PRAGMA user_version = 999")));
        auto s = migrate(*db);
        QCOMPARE(s.error().code, ErrorCode::Unsupported);
        QCOMPARE(s.error().reason, QStringLiteral("store/newer-version"));
    }

    void wrongKeyIsRecognised()
    {
        QTemporaryDir tmp;
        {
            const auto key = crypto::SecretBytes::random(32);
            auto db = freshDatabase(tmp, key);
            QVERIFY(db && migrate(*db));
        }
        const auto other = crypto::SecretBytes::random(32);
        auto db = SqlCipherDatabase::open(
            tmp.filePath(QStringLiteral("m.db")), other, CipherSettings(), SqlCipherDatabase::Mode::OpenExisting);
        QCOMPARE(db.error().code, ErrorCode::WrongPassphrase);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
