// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/backup/BackupTestKit.h"
#include "core/backup/BackupWriter.h"
#include "core/present/PresentationService.h"
#include "core/present/SharingHistory.h"
#include "core/session/KnownWallets.h"
#include "core/session/WalletSession.h"
#include "core/store/WalletRemoval.h"
#include "support/SessionTestHelpers.h"
#include "support/TestWalletHelpers.h"

#include <QSignalSpy>
#include <QTest>

using namespace ler;
using namespace ler::test;

/// Several wallets on one computer: the list the start screen shows, deleting a wallet, restoring one from a
/// backup through the session, and presentations made while a counselor helps a client.
class TestWalletLife : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownWalletsKeepNamesFoldersAndTimesOnly()
    {
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("settings.ini"));
        session::KnownWallets known(file);
        QVERIFY(known.list().isEmpty());
        const QDateTime t1(QDate(2025, 1, 2), QTime(9, 0), Qt::UTC);
        known.touch(tmp.filePath(QStringLiteral("first")), t1);
        known.touch(tmp.filePath(QStringLiteral("second/")), t1.addDays(1));
        known.add(tmp.filePath(QStringLiteral("third")), QStringLiteral("  Restored   wallet "));
        QCOMPARE(known.list().size(), 3);
        QCOMPARE(known.list().at(0).name, QStringLiteral("second")); // newest first, named after the folder
        QCOMPARE(known.list().at(0).folder, tmp.filePath(QStringLiteral("second")));
        QCOMPARE(known.list().at(1).lastOpened, t1);
        QCOMPARE(known.list().at(2).name, QStringLiteral("Restored wallet"));
        QVERIFY(!known.list().at(2).lastOpened.isValid());
        // Opening again moves it up; it is not listed twice.
        known.touch(tmp.filePath(QStringLiteral("first")), t1.addDays(2));
        QCOMPARE(known.list().size(), 3);
        QCOMPARE(known.list().at(0).name, QStringLiteral("first"));
        QVERIFY(known.rename(tmp.filePath(QStringLiteral("first")), QStringLiteral("Work wallet")));
        QCOMPARE(session::KnownWallets(file).find(tmp.filePath(QStringLiteral("first")))->name,
            QStringLiteral("Work wallet"));
        QVERIFY(known.rename(tmp.filePath(QStringLiteral("first")), QString()));
        QCOMPARE(known.find(tmp.filePath(QStringLiteral("first")))->name, QStringLiteral("first"));
        QVERIFY(!known.rename(tmp.filePath(QStringLiteral("nowhere")), QStringLiteral("x")));
        QVERIFY(known.forget(tmp.filePath(QStringLiteral("second"))));
        QVERIFY(!known.forget(tmp.filePath(QStringLiteral("second"))));
        QCOMPARE(known.list().size(), 2);
        // Only names, folders and times are in the file.
        const QByteArray text = fileBytes(file);
        for (const QByteArray& line : text.split('\n')) {
            const QByteArray k = line.left(line.indexOf('=') < 0 ? line.size() : line.indexOf('='));
            QVERIFY2(k.isEmpty() || k.startsWith('[') || k.endsWith("\\name") || k.endsWith("\\folder")
                    || k.endsWith("\\lastOpened") || k.endsWith("size"),
                line.constData());
        }
    }

    void deleteNeedsTheWalletAloneAndRemovesOnlyItsFiles()
    {
        TestWallet w;
        QVERIFY(w.wallet);
        QVERIFY(!w.addEntry(QStringLiteral("Volunteer")).isEmpty());
        auto inventory = store::walletInventory(w.db());
        QVERIFY(inventory);
        QCOMPARE(inventory->records, qint64(1));
        QCOMPARE(inventory->ownEntries, qint64(1));
        QVERIFY(!inventory->hasOwnKey);
        const QString dir = w.wallet->directory();
        // Open elsewhere too: refused, nothing removed.
        auto other = store::Wallet::open(dir, "correct horse battery");
        QVERIFY(other);
        const auto before = snapshot(dir);
        auto second = store::Wallet::open(dir, "correct horse battery");
        QVERIFY(second);
        auto refused = store::Wallet::destroy(std::move(second).value());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Locked);
        QCOMPARE(snapshot(dir).keys(), before.keys());
        other->reset();
        // A file of the person's own in the folder stays, and so does the folder.
        QVERIFY(writeBytes(dir + QStringLiteral("/notes.txt"), "mine"));
        QVERIFY(store::Wallet::destroy(std::move(w.wallet)));
        QVERIFY(!store::Wallet::existsAt(dir));
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("notes.txt") });
        // Without that file the folder goes too.
        TestWallet w2;
        const QString dir2 = w2.wallet->directory();
        QVERIFY(store::Wallet::destroy(std::move(w2.wallet)));
        QVERIFY(!QFileInfo::exists(dir2));
    }

    void sessionRestoresABackupIntoANewWallet()
    {
        TestWallet source;
        QVERIFY(source.wallet);
        const QString entry = source.addEntry(QStringLiteral("Night shift lead"));
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("b.lerbackup"));
        backup::BackupOptions options;
        options.cost = crypto::KdfParams::cheapForTests();
        QVERIFY(backup::writeBackup(*source.wallet, file, "copper kettle 19 meadow", options));

        session::WalletSession s;
        s.setDirectory(tmp.filePath(QStringLiteral("restored")));
        QSignalSpy failed(&s, &session::WalletSession::createFailed);
        s.restoreBackup(file, QStringLiteral("not it at all 123"), QStringLiteral("new wallet pass 55"), [] {
            return crypto::KdfParams::cheapForTests();
        });
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<ler::Error>().code, ErrorCode::WrongPassphrase);
        QCOMPARE(s.state(), session::WalletSession::State::Locked);
        QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("restored"))));

        QSignalSpy created(&s, &session::WalletSession::created);
        QSignalSpy unlocked(&s, &session::WalletSession::unlocked);
        s.restoreBackup(file, QStringLiteral("copper kettle 19 meadow"), QStringLiteral("new wallet pass 55"), [] {
            return crypto::KdfParams::cheapForTests();
        });
        QVERIFY(created.wait(10000));
        QCOMPARE(unlocked.size(), 1);
        QVERIFY(!created.first().first().toString().isEmpty());
        QVERIFY(s.wallet());
        const auto restoredEntry = test::fromWallet(s, [&entry](store::Wallet& wallet) {
            auto found = wallet.database().scalar(QStringLiteral("SELECT 1 FROM credentials WHERE id = ?1"), { entry });
            return found && found->isValid();
        });
        QVERIFY(restoredEntry && *restoredEntry);
        s.lock();
        QSignalSpy again(&s, &session::WalletSession::unlocked);
        s.unlock(QStringLiteral("new wallet pass 55"));
        QVERIFY(again.wait(10000));
    }

    void presentationsWhileHelpingAClientSaySo()
    {
        TestWallet w;
        QVERIFY(w.wallet);
        const QString entry = w.addEntry(QStringLiteral("Volunteer"));
        session::WalletSession s;
        QSignalSpy changed(&s, &session::WalletSession::helpingClientChanged);
        s.setHelpingClient(true, QStringLiteral("  Ana   Ruiz "));
        QVERIFY(s.helpingClient());
        QCOMPARE(s.clientName(), QStringLiteral("Ana Ruiz"));
        QCOMPARE(changed.size(), 1);
        present::PresentationService service(w.db());
        for (bool counselor : { false, true }) {
            present::PresentationRequest request { { { entry, {} } }, {}, present::PresentationFormat::VpJson };
            request.sharedBy = counselor ? present::SharedBy::CounselorWithClient : present::SharedBy::Holder;
            auto plan = service.prepare(request);
            QVERIFY(plan);
            auto shared = service.share(*plan, [](const present::Presentation&) { return Status(); });
            QVERIFY(shared);
            QVERIFY2(
                !shared->presentation.bytes.contains("counselor"), "the note is the wallet's, not the recipient's");
        }
        auto history = present::SharingHistory(w.db()).list();
        QVERIFY(history && history->size() == 2);
        QCOMPARE(history->at(0).sharedBy, present::SharedBy::CounselorWithClient); // newest first
        QCOMPARE(history->at(0).toJson().value(QStringLiteral("sharedBy")).toString(),
            QStringLiteral("counselor-with-client-present"));
        QCOMPARE(history->at(1).sharedBy, present::SharedBy::Holder);
        s.setHelpingClient(false, QStringLiteral("ignored"));
        QVERIFY(!s.helpingClient());
        QVERIFY(s.clientName().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWalletLife)
#include "TestWalletLife.moc"
