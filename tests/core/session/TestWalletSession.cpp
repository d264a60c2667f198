// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/session/WalletSession.h"
#include "core/store/WalletSettings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
        store::WalletSettings settings(s.wallet()->database());
        QCOMPARE(settings.autoLockAfter(), std::chrono::minutes(10));
        QVERIFY(settings.setAutoLockAfter(std::chrono::minutes(3)));
        QCOMPARE(settings.setAutoLockAfter(std::chrono::minutes(0)).error().code, ErrorCode::InvalidInput);
        QCOMPARE(settings.autoLockAfter(), std::chrono::minutes(3));
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
        QTest::qWait(500);
        QCOMPARE(unlocked.size(), 0);
        QCOMPARE(s.state(), WalletSession::State::Locked);
        QVERIFY(!s.wallet());
    }
};

QTEST_GUILESS_MAIN(TestWalletSession)
#include "TestWalletSession.moc"
