// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "BackupTestKit.h"
#include "core/backup/BackupReader.h"
#include "core/backup/BackupReminder.h"
#include "core/backup/BackupWriter.h"

#include <QCborStreamReader>

using namespace ler;
using namespace ler::test;

/// The backup covers the whole schema, so a table added later cannot be left out without a test failing.
class TestBackupCoverage : public QObject
{
    Q_OBJECT

    backup::BackupOptions cheap() const
    {
        backup::BackupOptions o;
        o.cost = crypto::KdfParams::cheapForTests();
        return o;
    }

private Q_SLOTS:
    void everyTableOfTheSchemaIsCovered()
    {
        TestWallet w;
        QVERIFY(w.wallet);
        auto tables = backup::schemaTables(w.db());
        QVERIFY(tables);
        QStringList covered;
        for (const backup::TableRule& t : backup::backedUpTables())
            covered.append(t.name);
        covered.sort();
        // If this fails after a migration added a table: add it to backedUpTables() (with how it merges), or to
        // derivedTables() when it is rebuilt from others.
        QCOMPARE(tables->ordinary, covered);
        QCOMPARE(tables->virtualTables, backup::derivedTables());
        QVERIFY(!tables->shadow.isEmpty());
        for (const QString& s : tables->shadow)
            QVERIFY2(s.startsWith(QLatin1String("credentials_fts_")), qPrintable(s));
        QVERIFY(backup::checkCoverage(w.db()));
    }

    void aTableTheBackupDoesNotKnowStopsIt()
    {
        TestWallet w;
        QVERIFY(w.wallet);
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("b.lerbackup"));
        // Control: the same wallet without the extra table backs up.
        QVERIFY(backup::writeBackup(*w.wallet, file, kBackupPass, cheap()));
        QVERIFY(QFile::remove(file));
        QVERIFY(w.db().execScript(QStringLiteral("CREATE TABLE wallet_notes (id INTEGER PRIMARY KEY, text TEXT)")));
        auto refused = backup::writeBackup(*w.wallet, file, kBackupPass, cheap());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Internal);
        QCOMPARE(refused.error().reason, QStringLiteral("backup/uncovered-tables"));
        QVERIFY(refused.error().message.untranslated().contains(QLatin1String("wallet_notes")));
        QVERIFY(!QFile::exists(file));
        QVERIFY(w.db().execScript(QStringLiteral("CREATE VIRTUAL TABLE notes_fts USING fts5(text)")));
        QVERIFY(w.db().execScript(QStringLiteral("DROP TABLE wallet_notes")));
        auto refusedVirtual = backup::writeBackup(*w.wallet, file, kBackupPass, cheap());
        QVERIFY(!refusedVirtual);
        QCOMPARE(refusedVirtual.error().reason, QStringLiteral("backup/uncovered-tables"));
        QVERIFY(refusedVirtual.error().message.untranslated().contains(QLatin1String("notes_fts")));
    }

    void everyColumnIsWritten()
    {
        FullWallet w;
        QVERIFY(w.fill());
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("b.lerbackup"));
        QMap<QString, qint64> rowsAtBackup;
        for (const backup::TableRule& t : backup::backedUpTables())
            rowsAtBackup.insert(
                t.name, w.db().scalar(QStringLiteral("SELECT count(*) FROM %1").arg(t.name))->toLongLong());
        QVERIFY(backup::writeBackup(*w.w.wallet, file, kBackupPass, cheap()));
        auto reader = backup::BackupReader::open(file, kBackupPass);
        QVERIFY(reader);
        QMap<QString, qint64> seen;
        auto contents = reader->read([&](int table, backup::BackupRow&) {
            ++seen[backup::backedUpTables().at(table).name];
            return Status();
        });
        QVERIFY(contents);
        QCOMPARE(contents->manifest.tables.size(), backup::backedUpTables().size());
        QCOMPARE(contents->manifest.schemaVersion, store::latestSchemaVersion());
        for (const backup::Manifest::Table& t : contents->manifest.tables) {
            QCOMPARE(t.columns, columnNames(w.db(), t.name));
            const qint64 rows = rowsAtBackup.value(t.name); // the backup's own time is noted after it
            QCOMPARE(contents->rowsOf(t.name), rows);
            QCOMPARE(seen.value(t.name), rows);
            QVERIFY2(rows > 0, qPrintable(t.name));
        }
    }

    void nothingReadableInTheFile()
    {
        FullWallet w;
        QVERIFY(w.fill());
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("b.lerbackup"));
        QVERIFY(backup::writeBackup(*w.w.wallet, file, kBackupPass, cheap()));
        const QByteArray bytes = fileBytes(file);
        auto secret = w.db().query(QStringLiteral("SELECT secret_key FROM holder_keys"));
        QVERIFY(secret && !secret->isEmpty());
        const QByteArray key = secret->constFirst().at(0).toByteArray();
        QCOMPARE(key.size(), 32);
        QVERIFY(!bytes.contains(key));
        QVERIFY(!bytes.contains(key.toHex()));
        for (const char* plain :
            { "Evening math tutor", "Teamwork", "credentials", "ler-wallet-backup", "alex@example.com" })
            QVERIFY2(!bytes.contains(plain), plain);
    }

    void aLargeRecordComesBackWhole()
    {
        TestWallet w;
        QVERIFY(w.wallet);
        // Larger than a message of rows: it travels in a message of its own.
        QByteArray big(6 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char((i * 7919) % 251);
        QVERIFY(w.db().exec(QStringLiteral("INSERT INTO credentials (id, format, original, content_hash, added_at, "
                                           "updated_at) VALUES ('big', 'openbadges2', ?1, 'h', 't', 't')"),
            { big }));
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("b.lerbackup"));
        QVERIFY(backup::writeBackup(*w.wallet, file, kBackupPass, cheap()));
        auto reader = backup::BackupReader::open(file, kBackupPass);
        QVERIFY(reader);
        QByteArray seen;
        QVERIFY(reader->read([&](int table, backup::BackupRow& row) {
            if (backup::backedUpTables().at(table).name == QLatin1String("credentials"))
                seen = row.values
                           .at(columnNames(w.db(), QStringLiteral("credentials")).indexOf(QStringLiteral("original")))
                           .toByteArray();
            return Status();
        }));
        QVERIFY(seen == big);
    }

    void reminderCountsNewRecordsAndDays()
    {
        TestWallet w;
        QVERIFY(w.wallet);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto empty = backup::backupReminder(w.db(), now);
        QVERIFY(empty && !empty->due());
        QVERIFY(store::WalletSettings(w.db()).setBackupReminderRecords(3));
        w.addEntry(QStringLiteral("One"));
        w.addEntry(QStringLiteral("Two"));
        auto two = backup::backupReminder(w.db(), now);
        QVERIFY(two && !two->due());
        QCOMPARE(two->newRecords, qint64(2));
        w.addEntry(QStringLiteral("Three"));
        auto three = backup::backupReminder(w.db(), now);
        QVERIFY(three && three->reason == backup::Reminder::Reason::NewRecords);
        // A backup resets the count; days count from it.
        QVERIFY(w.db().exec(
            QStringLiteral("UPDATE credentials SET added_at = ?1"), { now.addSecs(-3600).toString(Qt::ISODate) }));
        QVERIFY(backup::noteBackupMade(w.db(), now.addSecs(-1800)));
        auto after = backup::backupReminder(w.db(), now);
        QVERIFY(after && !after->due() && after->newRecords == 0);
        auto oldButNothingNew = backup::backupReminder(w.db(), now.addDays(60));
        QVERIFY(oldButNothingNew && !oldButNothingNew->due());
        w.addEntry(QStringLiteral("Four"));
        auto later = backup::backupReminder(w.db(), now.addDays(31));
        QVERIFY(later && later->reason == backup::Reminder::Reason::Days);
        QCOMPARE(later->newRecords, qint64(1));
        QVERIFY(later->days >= 31 && later->days <= 32);
        QVERIFY(store::WalletSettings(w.db()).setBackupReminderDays(0));
        auto off = backup::backupReminder(w.db(), now.addDays(400));
        QVERIFY(off && !off->due());
        QVERIFY(!store::WalletSettings(w.db()).setBackupReminderDays(366));
    }
};

QTEST_GUILESS_MAIN(TestBackupCoverage)
#include "TestBackupCoverage.moc"
