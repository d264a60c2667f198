// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/store/Wallet.h"
#include "support/TestWalletHelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ler;
using namespace ler::store;

Q_DECLARE_METATYPE(ler::store::WriteStep)

namespace {
const QByteArray kOld("old passphrase, long enough");
const QByteArray kNew("new passphrase, also long");
} // namespace

/// A crash at any point of a key-file rewrite must leave a wallet that opens with the old or the new secret.
class TestKeyFileCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void changePassphraseFailsAtEachStep_data()
    {
        QTest::addColumn<WriteStep>("step");
        QTest::newRow("opening the temporary file") << WriteStep::Open;
        QTest::newRow("half-way through writing") << WriteStep::Write;
        QTest::newRow("before the atomic rename") << WriteStep::Commit;
    }
    void changePassphraseFailsAtEachStep()
    {
        QFETCH(WriteStep, step);
        QTemporaryDir tmp;
        auto created = Wallet::create(tmp.path(), kOld, crypto::KdfParams::cheapForTests());
        QVERIFY(created);
        const auto before = test::snapshot(tmp.path());
        Wallet& w = *created->wallet;
        auto s = w.changePassphrase(kOld, kNew, [step](WriteStep at) { return at != step; });
        QVERIFY2(!s, "the injected failure must be reported");
        QCOMPARE(s.error().code, ErrorCode::Io);
        created->wallet.reset();
        QCOMPARE(test::snapshot(tmp.path()).value(QStringLiteral("wallet.keys")),
            before.value(QStringLiteral("wallet.keys")));
        QVERIFY2(Wallet::open(tmp.path(), kOld), "the old passphrase still opens the wallet");
        QVERIFY2(!Wallet::open(tmp.path(), kNew), "the new passphrase was never saved");
        QVERIFY2(Wallet::openWithRecoveryCode(tmp.path(), created->recoveryCode), "the recovery code still works");
    }

    void changePassphraseCompletes()
    {
        QTemporaryDir tmp;
        auto created = Wallet::create(tmp.path(), kOld, crypto::KdfParams::cheapForTests());
        QVERIFY(created);
        QVERIFY(created->wallet->changePassphrase(kOld, kNew, [](WriteStep) { return true; }));
        created->wallet.reset();
        QVERIFY(Wallet::open(tmp.path(), kNew));
        QVERIFY(!Wallet::open(tmp.path(), kOld));
    }

    void replaceRecoveryCodeFailsAtEachStep_data() { changePassphraseFailsAtEachStep_data(); }
    void replaceRecoveryCodeFailsAtEachStep()
    {
        QFETCH(WriteStep, step);
        QTemporaryDir tmp;
        auto created = Wallet::create(tmp.path(), kOld, crypto::KdfParams::cheapForTests());
        QVERIFY(created);
        auto code = created->wallet->replaceRecoveryCode([step](WriteStep at) { return at != step; });
        QVERIFY(!code);
        created->wallet.reset();
        QVERIFY(Wallet::openWithRecoveryCode(tmp.path(), created->recoveryCode));
    }

    void leftoverTemporaryFilesAreHarmless()
    {
        QTemporaryDir tmp;
        auto created = Wallet::create(tmp.path(), kOld, crypto::KdfParams::cheapForTests());
        QVERIFY(created);
        created->wallet.reset();
        // What QSaveFile leaves if the process dies before the rename.
        QFile stray(tmp.filePath(QStringLiteral("wallet.keys.Xa12bc")));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.write("{\"format\": \"ler-wallet-keyfile\", \"slo");
        stray.close();
        QVERIFY(Wallet::open(tmp.path(), kOld));
    }

    void interruptedCreation()
    {
        QTemporaryDir tmp;
        // Died after the database was made but before the key file: a new create starts over cleanly.
        QFile pending(tmp.filePath(QStringLiteral("wallet.db-creating")));
        QVERIFY(pending.open(QIODevice::WriteOnly));
        pending.write(QByteArray(4096, 'x'));
        pending.close();
        QVERIFY(!Wallet::existsAt(tmp.path()));
        auto created = Wallet::create(tmp.path(), kOld, crypto::KdfParams::cheapForTests());
        QVERIFY2(created, "a stale half-created database must not block creation");
        created->wallet.reset();

        // Died after the key file but before the database got its name: opening finishes the job.
        QVERIFY(QFile::rename(
            tmp.filePath(QStringLiteral("wallet.db")), tmp.filePath(QStringLiteral("wallet.db-creating"))));
        auto opened = Wallet::open(tmp.path(), kOld);
        QVERIFY2(opened, "opening completes an interrupted creation");
        QVERIFY(QFile::exists(tmp.filePath(QStringLiteral("wallet.db"))));
    }
};

QTEST_GUILESS_MAIN(TestKeyFileCrash)
#include "TestKeyFileCrash.moc"
