// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "BackupTestKit.h"
#include "core/backup/BackupReader.h"
#include "core/backup/BackupWriter.h"
#include "core/backup/Restore.h"
#include "core/present/SharingHistory.h"
#include "core/store/CredentialRepository.h"
#include "support/TestWalletHelpers.h"

#include <QJsonDocument>
#include <algorithm>

using namespace ler;
using namespace ler::test;

namespace {

/// A row as comparable text: each value with its type, so 1 and "1" or "" and NULL never compare equal.
QString rowKey(const store::Row& row, int skip = -1)
{
    QStringList parts;
    for (int i = 0; i < row.size(); ++i) {
        if (i == skip)
            continue;
        const QVariant& v = row.at(i);
        const QByteArray value = v.typeId() == QMetaType::QByteArray ? v.toByteArray().toHex() : v.toString().toUtf8();
        parts.append(
            QStringLiteral("%1:%2").arg(QLatin1String(v.typeName() ? v.typeName() : "null"), QString::fromUtf8(value)));
    }
    return parts.join(QLatin1Char('|'));
}

QStringList sortedKeys(const QList<store::Row>& rows, int skip = -1)
{
    QStringList keys;
    for (const store::Row& r : rows)
        keys.append(rowKey(r, skip));
    std::sort(keys.begin(), keys.end());
    return keys;
}

} // namespace

class TestBackupRoundTrip : public QObject
{
    Q_OBJECT

    FullWallet m_source;
    QTemporaryDir m_tmp;
    QString m_file;
    backup::BackupSummary m_written;

    backup::BackupOptions cheap() const
    {
        backup::BackupOptions o;
        o.cost = crypto::KdfParams::cheapForTests();
        return o;
    }

    Result<backup::BackupReader> openBackup() const { return backup::BackupReader::open(m_file, kBackupPass); }

    /// A new wallet restored from the backup, opened.
    std::unique_ptr<store::Wallet> restoreNew(const QString& name, backup::RestoreSummary* summary = nullptr)
    {
        auto reader = openBackup();
        if (!reader)
            return {};
        const QString dir = m_tmp.filePath(name);
        auto restored
            = backup::restoreToNewWallet(*reader, dir, "restored wallet pass", crypto::KdfParams::cheapForTests());
        if (!restored) {
            qWarning() << restored.error().message;
            return {};
        }
        if (summary)
            *summary = *restored;
        auto opened = store::Wallet::open(dir, "restored wallet pass");
        return opened ? std::move(opened).value() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_source.fill());
        m_file = m_tmp.filePath(QStringLiteral("wallet.lerbackup"));
        auto written = backup::writeBackup(*m_source.w.wallet, m_file, kBackupPass, cheap());
        QVERIFY2(written, written ? "" : qPrintable(written.error().message.untranslated()));
        m_written = *written;
        QVERIFY(m_written.records() >= 20);
    }

    void backupNotesItsTimeInTheWallet()
    {
        QCOMPARE(store::WalletSettings(m_source.db()).lastBackupAt(), m_written.createdAt);
        QCOMPARE(QFileInfo(m_file).size(), m_written.fileBytes);
        // No temporary file of QSaveFile is left beside the backup.
        QCOMPARE(QDir(m_tmp.path()).entryList(QDir::Files), QStringList { QStringLiteral("wallet.lerbackup") });
    }

    void restoreIntoNewWalletGivesEveryRowBack()
    {
        backup::RestoreSummary summary;
        auto restored = restoreNew(QStringLiteral("new"), &summary);
        QVERIFY(restored);
        QVERIFY(!summary.recoveryCode.isEmpty());
        QCOMPARE(summary.backup.manifest.walletId, m_source.w.wallet->walletId());
        QVERIFY(restored->walletId() != m_source.w.wallet->walletId());
        // Field by field, every table, with the ids, times and types the rows had.
        for (const backup::TableRule& t : backup::backedUpTables()) {
            const QStringList columns = columnNames(m_source.db(), t.name);
            QCOMPARE(columnNames(restored->database(), t.name), columns);
            const QList<store::Row> before = allRows(m_source.db(), t.name);
            const QList<store::Row> after = allRows(restored->database(), t.name);
            QVERIFY2(!before.isEmpty(), qPrintable(QStringLiteral("the fixture has rows in %1").arg(t.name)));
            QCOMPARE(after.size(), before.size());
            const QStringList a = sortedKeys(before);
            const QStringList b = sortedKeys(after);
            for (int i = 0; i < a.size(); ++i)
                QVERIFY2(a.at(i) == b.at(i),
                    qPrintable(QStringLiteral("%1 row differs:\n%2\n%3").arg(t.name, a.at(i), b.at(i))));
            QCOMPARE(
                summary.added.value(t.name) + (t.name == QLatin1String("settings") ? 2 : 0), qint64(before.size()));
        }
        // Through the wallet's own code: originals byte for byte, search, the holder key, the history.
        store::CredentialRepository src(m_source.db());
        store::CredentialRepository dst(restored->database());
        auto list = src.list();
        QVERIFY(list);
        for (const store::CredentialSummary& c : *list) {
            auto original = src.exportOriginal(c.id);
            auto copy = dst.exportOriginal(c.id);
            QVERIFY(original && copy);
            QCOMPARE(*copy, *original);
        }
        auto hits = dst.search(QStringLiteral("teamwork"));
        auto hitsBefore = src.search(QStringLiteral("teamwork"));
        QVERIFY(hits && hitsBefore && !hitsBefore->isEmpty());
        QCOMPARE(hits->size(), hitsBefore->size());
        auto identity = present::HolderKeys(restored->database()).existingIdentity();
        QVERIFY(identity);
        QCOMPARE(identity->did, m_source.holder.did);
        auto key = present::HolderKeys(restored->database()).signingKey(*identity);
        QVERIFY2(key, "the restored secret key belongs to the restored public key");
        auto historyBefore = present::SharingHistory(m_source.db()).list();
        auto historyAfter = present::SharingHistory(restored->database()).list();
        QVERIFY(historyBefore && historyAfter && historyBefore->size() == 2);
        for (int i = 0; i < historyBefore->size(); ++i)
            QCOMPARE(historyAfter->at(i).toJson(), historyBefore->at(i).toJson());
        QCOMPARE(store::WalletSettings(restored->database()).lastBackupAt(), m_written.createdAt);
        QVERIFY(restored->checkIntegrity().passed());
        // A presentation can be made from the restored wallet with the same identity.
        present::PresentationService service(restored->database());
        auto plan = service.prepare({ { { m_source.badge, {} } }, {}, present::PresentationFormat::VpJson });
        QVERIFY(plan);
        QCOMPARE(plan->holder.did, m_source.holder.did);
    }

    void restoreNeedsANewOrEmptyFolder()
    {
        const QString busy = m_tmp.filePath(QStringLiteral("busy"));
        QVERIFY(QDir().mkpath(busy));
        QVERIFY(writeBytes(busy + QStringLiteral("/notes.txt"), "mine"));
        const auto before = snapshot(busy);
        auto reader = openBackup();
        QVERIFY(reader);
        auto r = backup::restoreToNewWallet(*reader, busy, "restored wallet pass", crypto::KdfParams::cheapForTests());
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(r.error().reason, QStringLiteral("backup/target-not-empty"));
        QCOMPARE(snapshot(busy), before);
        // An empty folder is fine, and no staging folder is left beside it.
        const QString empty = m_tmp.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        QVERIFY(backup::restoreToNewWallet(*reader, empty, "restored wallet pass", crypto::KdfParams::cheapForTests()));
        QVERIFY(store::Wallet::existsAt(empty));
        const QStringList hidden = QDir(m_tmp.path()).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
        for (const QString& d : hidden)
            QVERIFY2(!d.contains(QLatin1String("restoring")), qPrintable(d));
    }

    void mergeIntoAnEmptyWalletAddsEverythingOnce()
    {
        TestWallet target;
        QVERIFY(target.wallet);
        auto reader = openBackup();
        QVERIFY(reader);
        auto merged = backup::mergeBackup(*target.wallet, *reader);
        QVERIFY2(merged, merged ? "" : qPrintable(merged.error().message.untranslated()));
        QCOMPARE(merged->duplicates, qint64(0));
        QCOMPARE(merged->recordsAdded(), m_written.records());
        // Rows keep their content; only the rowids of the target are its own.
        for (const backup::TableRule& t : backup::backedUpTables()) {
            auto cols = backup::tableColumns(m_source.db(), t.name);
            QVERIFY(cols);
            QList<store::Row> before = allRows(m_source.db(), t.name);
            QList<store::Row> after = allRows(target.db(), t.name);
            if (t.name == QLatin1String("settings")) {
                continue; // the target keeps its own (and has the seal marker of its key file)
            }
            if (t.name == QLatin1String("credential_tags") || t.name == QLatin1String("collection_items")) {
                // Tags and collections get ids of the target: compare the links by name.
                const QString byName = t.name == QLatin1String("credential_tags")
                    ? QStringLiteral(
                        "SELECT ct.credential_id, g.name FROM credential_tags ct JOIN tags g ON g.id = ct.tag_id")
                    : QStringLiteral("SELECT ci.credential_id, g.name, ci.position FROM collection_items ci "
                                     "JOIN collections g ON g.id = ci.collection_id");
                QCOMPARE(sortedKeys(*target.db().query(byName)), sortedKeys(*m_source.db().query(byName)));
                QCOMPARE(after.size(), before.size());
                continue;
            }
            QCOMPARE(sortedKeys(after, cols->rowidAlias), sortedKeys(before, cols->rowidAlias));
        }
        // Settings the target did not have come in; its internal ones are its own.
        QCOMPARE(store::WalletSettings(target.db()).autoLockAfter(), std::chrono::minutes(25));
        QVERIFY(!store::WalletSettings(target.db()).lastBackupAt().isValid());
        auto identity = present::HolderKeys(target.db()).existingIdentity();
        QVERIFY(identity);
        QCOMPARE(identity->did, m_source.holder.did);

        // The same backup again adds nothing.
        QMap<QString, QStringList> rowsBefore;
        for (const backup::TableRule& t : backup::backedUpTables())
            rowsBefore.insert(t.name, sortedKeys(allRows(target.db(), t.name)));
        auto again = backup::mergeBackup(*target.wallet, *reader);
        QVERIFY(again);
        QCOMPARE(again->duplicates, m_written.records());
        QVERIFY2(again->added.isEmpty(), qPrintable(QStringList(again->added.keys()).join(QLatin1Char(','))));
        for (const backup::TableRule& t : backup::backedUpTables())
            QCOMPARE(sortedKeys(allRows(target.db(), t.name)), rowsBefore.value(t.name));
        QVERIFY(target.wallet->checkIntegrity().passed());
    }

    void mergeRecognisesDuplicatesAndKeepsTheWalletsOwn()
    {
        TestWallet target;
        QVERIFY(target.wallet);
        auto ownIdentity = present::HolderKeys(target.db()).identity();
        QVERIFY(ownIdentity);
        // Two files the backup has too, and another version of the test badge.
        const QString same
            = target.add(readFile(QStringLiteral(LER_TEST_DATA "/formats/openbadges3/valid/complete.json")));
        const QString sameAgain
            = target.add(readFile(QStringLiteral(LER_TEST_DATA "/formats/vc/valid/endorsement-valid.json")));
        QVERIFY(!same.isEmpty() && !sameAgain.isEmpty());
        auto stored = store::CredentialRepository(m_source.db()).get(m_source.badge);
        QVERIFY(stored);
        QJsonObject otherVersion = QJsonDocument::fromJson(stored->original).object();
        otherVersion.insert(QStringLiteral("name"), QStringLiteral("Teamwork Badge, second edition"));
        const QString mine = target.add(compact(m_source.issuer.sign(otherVersion)));
        QVERIFY(!mine.isEmpty());
        QVERIFY(mine != m_source.badge);
        // A record of the target that happens to carry the wallet id of one in the backup.
        const QString clashing = target.addEntry(QStringLiteral("Forklift course"));
        QVERIFY(target.db().exec(
            QStringLiteral("UPDATE credentials SET id = ?1 WHERE id = ?2"), { m_source.entry, clashing }));
        const int tagsBefore = target.db().scalar(QStringLiteral("SELECT count(*) FROM credential_tags"))->toInt();
        QCOMPARE(tagsBefore, 0);

        auto reader = openBackup();
        QVERIFY(reader);
        auto merged = backup::mergeBackup(*target.wallet, *reader);
        QVERIFY2(merged, merged ? "" : qPrintable(merged.error().message.untranslated()));
        QCOMPARE(merged->duplicates, qint64(2));
        QCOMPARE(merged->differentVersions, qint64(1));
        // The wallet's version of the badge stays, with the backup's tag and collection on it; the backup's version
        // and its checks are not added.
        auto kept = store::CredentialRepository(target.db()).get(mine);
        QVERIFY(kept);
        QCOMPARE(kept->summary.title, QStringLiteral("Teamwork Badge, second edition"));
        QCOMPARE(target.db()
                     .scalar(QStringLiteral("SELECT count(*) FROM credentials WHERE content_hash = ?1"),
                         { stored->contentHash })
                     ->toInt(),
            0);
        QCOMPARE(target.db()
                     .scalar(QStringLiteral("SELECT t.name FROM credential_tags ct JOIN tags t ON t.id = ct.tag_id "
                                            "WHERE ct.credential_id = ?1"),
                         { mine })
                     ->toString(),
            QStringLiteral("Welding"));
        QCOMPARE(target.db()
                     .scalar(QStringLiteral("SELECT count(*) FROM collection_items WHERE credential_id = ?1"), { mine })
                     ->toInt(),
            1);
        QCOMPARE(target.db()
                     .scalar(QStringLiteral("SELECT count(*) FROM verification_results WHERE credential_id = ?1 AND "
                                            "report LIKE '%ünïcödé%'"),
                         { mine })
                     ->toInt(),
            0);
        // The backup's entry came in under a new id, and the history that names it follows.
        auto entryRows
            = target.db().query(QStringLiteral("SELECT id FROM credentials WHERE title = 'Evening math tutor'"));
        QVERIFY(entryRows && entryRows->size() == 1);
        const QString newEntryId = entryRows->constFirst().at(0).toString();
        QVERIFY(newEntryId != m_source.entry);
        auto history = present::SharingHistory(target.db()).list();
        QVERIFY(history && history->size() == 2);
        bool named = false;
        for (const present::HistoryEntry& e : *history)
            for (const present::SharedRecord& r : e.records)
                named = named || r.recordId == newEntryId;
        QVERIFY2(named, "the history names the entry by its id in this wallet");
        // The wallet signs with its own key still; the backup's key is kept beside it.
        auto identity = present::HolderKeys(target.db()).identity();
        QVERIFY(identity);
        QCOMPARE(identity->did, ownIdentity->did);
        QCOMPARE(target.db().scalar(QStringLiteral("SELECT count(*) FROM holder_keys"))->toInt(), 2);
        QCOMPARE(
            target.db().scalar(QStringLiteral("SELECT count(*) FROM holder_keys WHERE is_default = 1"))->toInt(), 1);
        QVERIFY(target.wallet->checkIntegrity().passed());
    }

    void progressIsReported()
    {
        TestWallet target;
        QVERIFY(target.wallet);
        auto reader = openBackup();
        QVERIFY(reader);
        qint64 last = 0, total = 0;
        backup::RestoreOptions options;
        options.progress = [&](qint64 done, qint64 all) {
            QVERIFY(done > last);
            last = done;
            total = all;
        };
        QVERIFY(backup::mergeBackup(*target.wallet, *reader, options));
        QVERIFY(total > 0);
        QCOMPARE(last, total);
    }
};

QTEST_GUILESS_MAIN(TestBackupRoundTrip)
#include "TestBackupRoundTrip.moc"
