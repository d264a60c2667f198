// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/session/WalletSession.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/WalletSettings.h"
#include "support/SessionTestHelpers.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <optional>

using namespace ler;
using namespace ler::session;

class TestWalletSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createLockUnlock()
    {
        QTemporaryDir tmp;
        WalletSession s;
        s.setDirectory(tmp.filePath(QStringLiteral("w")));
        QVERIFY(!s.walletExists());
        QSignalSpy created(&s, &WalletSession::created);
        s.create(QStringLiteral("a long passphrase"), [] { return crypto::KdfParams::cheapForTests(); });
        QCOMPARE(s.state(), WalletSession::State::Working);
        QVERIFY(created.wait(10000));
        QCOMPARE(s.state(), WalletSession::State::Unlocked);
        QVERIFY(!created.first().first().toString().isEmpty());
        QVERIFY(s.wallet());

        QSignalSpy aboutToLock(&s, &WalletSession::aboutToLock);
        s.lock();
        QCOMPARE(aboutToLock.size(), 1);
        QCOMPARE(s.state(), WalletSession::State::Locked);
        QVERIFY2(!s.wallet(), "locking drops the wallet and its keys");

        QSignalSpy failed(&s, &WalletSession::unlockFailed);
        s.unlock(QStringLiteral("wrong"));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<ler::Error>().code, ErrorCode::WrongPassphrase);
        QCOMPARE(s.state(), WalletSession::State::Locked);

        QSignalSpy unlocked(&s, &WalletSession::unlocked);
        s.unlock(QStringLiteral("a long passphrase"));
        QVERIFY(unlocked.wait(10000));
        QCOMPARE(s.state(), WalletSession::State::Unlocked);
        std::optional<std::chrono::minutes> before;
        std::optional<std::chrono::minutes> after;
        std::optional<Status> refusedZero;
        QVERIFY(test::onWallet(s, [&](store::Wallet& wallet) -> Status {
            store::WalletSettings settings(wallet.database());
            before = settings.autoLockAfter();
            if (Status set = settings.setAutoLockAfter(std::chrono::minutes(3)); !set) {
                return set;
            }
            refusedZero = settings.setAutoLockAfter(std::chrono::minutes(0));
            after = settings.autoLockAfter();
            return {};
        }));
        QCOMPARE(*before, std::chrono::minutes(10));
        QCOMPARE(refusedZero->error().code, ErrorCode::InvalidInput);
        QCOMPARE(*after, std::chrono::minutes(3));
    }

    void theWorkerOwnsTheOpenDatabase()
    {
        QTemporaryDir tmp;
        WalletSession s;
        s.setDirectory(tmp.filePath(QStringLiteral("w")));
        QSignalSpy created(&s, &WalletSession::created);
        s.create(QStringLiteral("harbor violet ninety kite"), [] { return crypto::KdfParams::cheapForTests(); });
        QVERIFY(created.wait(10000));
        store::SqlCipherDatabase& db = s.wallet()->database();
        QVERIFY2(db.ownerThread() && db.ownerThread() != QThread::currentThread(),
            "an open wallet's database belongs to the session's worker, not the GUI thread");
        QVERIFY(!db.onOwnerThread());

        // Every task runs on that one thread: the database's owner.
        QThread* first = nullptr;
        QThread* second = nullptr;
        bool onOwner = false;
        QVERIFY(test::onWallet(s, [&](store::Wallet& wallet) -> Status {
            first = QThread::currentThread();
            onOwner = wallet.database().onOwnerThread();
            return wallet.database().exec(QStringLiteral("SELECT 1"));
        }));
        QVERIFY(test::onWallet(s, [&](store::Wallet&) -> Status {
            second = QThread::currentThread();
            return {};
        }));
        QVERIFY(onOwner);
        QCOMPARE(first, db.ownerThread());
        QCOMPARE(second, first);

        // Tasks run one after another in the order asked, so a transaction never meets another task's statements.
        QObject context;
        QList<int> order;
        for (int i = 0; i < 5; ++i) {
            s.runTask(
                [i, &order](store::Wallet&) {
                    order.append(i); // only the worker writes, one task at a time
                    return Status();
                },
                &context,
                [](const Status&) {});
        }
        s.waitForTasks();
        QCOMPARE(order, QList<int>({ 0, 1, 2, 3, 4 }));
    }

    /// With no wallet open, a task is refused at once and never runs.
    void aLockedSessionRefusesTasks()
    {
        WalletSession s;
        QObject context;
        bool ran = false;
        std::optional<Status> refused;
        s.runTask(
            [&ran](store::Wallet&) {
                ran = true;
                return Status();
            },
            &context,
            [&](const Status& st) { refused = st; });
        QVERIFY(refused && !*refused);
        QCOMPARE(refused->error().code, ErrorCode::Locked);
        QCOMPARE(refused->error().reason, QStringLiteral("session/locked"));
        QVERIFY(!ran);
    }

    void anExclusiveTaskHasTheWalletAlone()
    {
        QTemporaryDir tmp;
        WalletSession s;
        s.setDirectory(tmp.filePath(QStringLiteral("w")));
        QSignalSpy created(&s, &WalletSession::created);
        s.create(QStringLiteral("maple orbit seventy lantern"), [] { return crypto::KdfParams::cheapForTests(); });
        QVERIFY(created.wait(10000));
        QObject context;
        QSemaphore gate;
        int finished = 0;
        const auto blocking = [&gate](store::Wallet&) {
            gate.acquire();
            return Status();
        };
        const auto count = [&finished](const Status& st) { finished += st ? 1 : 0; };

        // While a shared task runs, an exclusive one is refused at once.
        s.runTask(blocking, &context, count);
        std::optional<Status> refused;
        s.runTask([](store::Wallet&) { return Status(); },
            &context,
            [&](const Status& st) { refused = st; },
            WalletSession::TaskKind::Exclusive);
        QVERIFY(refused && !*refused);
        QCOMPARE(refused->error().code, ErrorCode::Locked);
        QCOMPARE(refused->error().reason, QStringLiteral("session/tasks-running"));
        gate.release();
        QTRY_COMPARE(finished, 1);

        // While an exclusive task runs, nothing else starts.
        s.runTask(blocking, &context, count, WalletSession::TaskKind::Exclusive);
        refused.reset();
        s.runTask([](store::Wallet&) { return Status(); }, &context, [&](const Status& st) { refused = st; });
        QVERIFY(refused && !*refused);
        QCOMPARE(refused->error().reason, QStringLiteral("session/exclusive-task-running"));
        gate.release();
        QTRY_COMPARE(finished, 2);

        // Afterwards shared tasks run again.
        s.runTask([](store::Wallet&) { return Status(); }, &context, count);
        QTRY_COMPARE(finished, 3);
    }

    void lockDuringUnlockDropsTheResult()
    {
        QTemporaryDir tmp;
        WalletSession s;
        s.setDirectory(tmp.path());
        QSignalSpy created(&s, &WalletSession::created);
        s.create(QStringLiteral("pass phrase here"), [] { return crypto::KdfParams::cheapForTests(); });
        QVERIFY(created.wait(10000));
        s.lock();
        QSignalSpy unlocked(&s, &WalletSession::unlocked);
        s.unlock(QStringLiteral("pass phrase here"));
        s.lock();
        // Wait for the worker itself, then deliver what it posted back: no guess at how long it takes.
        QVERIFY(QThreadPool::globalInstance()->waitForDone(60000));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(unlocked.size(), 0);
        QCOMPARE(s.state(), WalletSession::State::Locked);
        QVERIFY(!s.wallet());
        // The same unlock left alone does open the wallet, so the result above was dropped, not missing.
        s.unlock(QStringLiteral("pass phrase here"));
        QVERIFY(unlocked.wait(30000));
        QVERIFY(s.wallet());
    }
};

QTEST_GUILESS_MAIN(TestWalletSession)
#include "TestWalletSession.moc"
