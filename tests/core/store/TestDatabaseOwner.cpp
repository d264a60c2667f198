// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/store/SqlCipherDatabase.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>

using namespace ler;
using namespace ler::store;

namespace {
std::unique_ptr<SqlCipherDatabase> freshDatabase(const QTemporaryDir& tmp, const crypto::SecretBytes& key)
{
    auto db = SqlCipherDatabase::open(
        tmp.filePath(QStringLiteral("owner.db")), key, CipherSettings(), SqlCipherDatabase::Mode::Create);
    return db ? std::move(db).value() : nullptr;
}

/// Runs `f` on a thread of its own and waits; `setUp` sees that thread before it starts.
template <typename F, typename S> void onOtherThread(F f, S setUp)
{
    std::unique_ptr<QThread> thread(QThread::create(f));
    setUp(thread.get());
    thread->start();
    QVERIFY(thread->wait(30000));
}
} // namespace

class TestDatabaseOwner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withoutAnOwnerAnyThreadMayUseIt()
    {
        QTemporaryDir tmp;
        const auto key = crypto::SecretBytes::random(32);
        auto db = freshDatabase(tmp, key);
        QVERIFY(db);
        QVERIFY(!db->ownerThread());
        QVERIFY(db->onOwnerThread());
        bool elsewhere = false;
        bool ran = false;
        onOtherThread(
            [&] {
                elsewhere = db->onOwnerThread();
                ran = db->exec(QStringLiteral("CREATE TABLE t (x INTEGER)")).ok();
            },
            [](QThread*) {});
        QVERIFY(elsewhere);
        QVERIFY(ran);
        QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    }

    void anOwnerThreadAloneIsOnIt()
    {
        QTemporaryDir tmp;
        const auto key = crypto::SecretBytes::random(32);
        auto db = freshDatabase(tmp, key);
        QVERIFY(db);
        bool onOwner = false;
        bool ran = false;
        QThread* owner = nullptr;
        onOtherThread(
            [&] {
                onOwner = db->onOwnerThread();
                ran = db->exec(QStringLiteral("CREATE TABLE t (x INTEGER)")).ok();
            },
            [&](QThread* t) {
                owner = t;
                db->setOwnerThread(t);
                // The creating thread is no longer the owner: statements from it would assert in debug builds.
                QVERIFY(!db->onOwnerThread());
            });
        QCOMPARE(db->ownerThread(), owner);
        QVERIFY(onOwner);
        QVERIFY(ran);
        QVERIFY(!db->onOwnerThread());

        // Handed back: this thread may use it again.
        db->setOwnerThread(nullptr);
        QVERIFY(db->onOwnerThread());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        db->setOwnerThread(QThread::currentThread());
        QVERIFY(db->onOwnerThread());
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM t"))->toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseOwner)
#include "TestDatabaseOwner.moc"
