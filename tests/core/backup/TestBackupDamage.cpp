// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "BackupTestKit.h"
#include "core/backup/BackupFormat.h"
#include "core/backup/BackupReader.h"
#include "core/backup/BackupWriter.h"
#include "core/backup/Restore.h"
#include "support/TestWalletHelpers.h"

#include <QCryptographicHash>
#include <QLockFile>
#include <QtEndian>

Q_DECLARE_METATYPE(ler::ErrorCode)

using namespace ler;
using namespace ler::test;

/// Every way a backup can be wrong: each gives a clear error and writes nothing, in a new wallet or an open one.
class TestBackupDamage : public QObject
{
    Q_OBJECT

    FullWallet m_source;
    QTemporaryDir m_tmp;
    QByteArray m_good;
    qsizetype m_headerBytes = 0;
    QList<MessageSpan> m_messages;
    TestWallet m_target; ///< an open wallet that merges must leave alone
    int m_case = 0;
    QString m_reason; ///< the reason of the last refusal tryRestore saw

    /// Tries `bytes` as a backup both ways and checks that nothing was written. Returns the error code.
    ErrorCode tryRestore(const QByteArray& bytes, const QByteArray& passphrase = kBackupPass)
    {
        const QString file = m_tmp.filePath(QStringLiteral("case-%1.lerbackup").arg(++m_case));
        if (!writeBytes(file, bytes))
            return ErrorCode::Internal;
        const QString newDir = m_tmp.filePath(QStringLiteral("restored-%1").arg(m_case));
        const auto targetBefore = snapshot(m_target.wallet->directory());
        const auto tmpBefore = QDir(m_tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        auto reader = backup::BackupReader::open(file, passphrase);
        ErrorCode code = ErrorCode::Internal;
        m_reason.clear();
        if (!reader) {
            code = reader.error().code;
            m_reason = reader.error().reason;
        } else {
            auto restored
                = backup::restoreToNewWallet(*reader, newDir, "any wallet pass", crypto::KdfParams::cheapForTests());
            auto merged = backup::mergeBackup(*m_target.wallet, *reader);
            if (restored || merged) {
                qWarning() << "a bad backup was restored";
                return ErrorCode::Internal;
            }
            if (restored.error().code != merged.error().code || restored.error().reason != merged.error().reason) {
                qWarning() << "both ways should fail alike:" << restored.error().message << merged.error().message;
                return ErrorCode::Internal;
            }
            code = merged.error().code;
            m_reason = merged.error().reason;
            if (merged.error().message.isEmpty())
                return ErrorCode::Internal;
        }
        if (m_reason.isEmpty()) {
            qWarning() << "a refusal without a reason";
            return ErrorCode::Internal;
        }
        // Nothing written: no new wallet, no staging folder, the open wallet unchanged.
        const auto tmpAfter = QDir(m_tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        if (tmpAfter != tmpBefore || snapshot(m_target.wallet->directory()) != targetBefore) {
            qWarning() << "something was written:" << tmpAfter;
            return ErrorCode::Internal;
        }
        QFile::remove(file);
        return code;
    }

    /// True when `bytes` restores into a new wallet (the controls of the cases above); the wallet is removed again.
    bool restoresCleanly(const QByteArray& bytes)
    {
        const QString file = m_tmp.filePath(QStringLiteral("control-%1.lerbackup").arg(++m_case));
        const QString dir = m_tmp.filePath(QStringLiteral("control-%1").arg(m_case));
        if (!writeBytes(file, bytes))
            return false;
        auto reader = backup::BackupReader::open(file, kBackupPass);
        const bool ok = reader
            && backup::restoreToNewWallet(*reader, dir, "any wallet pass", crypto::KdfParams::cheapForTests()).ok();
        QDir(dir).removeRecursively();
        QFile::remove(file);
        return ok;
    }

    /// A copy of the good backup with the header rewritten by `change` and its digest made right again.
    QByteArray withHeader(const std::function<void(QByteArray&)>& change) const
    {
        QByteArray header = m_good.left(m_headerBytes - 32);
        change(header);
        const auto bodyBytes = qFromBigEndian<quint32>(header.constData() + 12);
        header.resize(16 + bodyBytes);
        return header + QCryptographicHash::hash(header, QCryptographicHash::Sha256) + m_good.mid(m_headerBytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_source.fill());
        QVERIFY(m_target.wallet);
        QVERIFY(
            !m_target.add(readFile(QStringLiteral(LER_TEST_DATA "/formats/openbadges3/valid/simple.json"))).isEmpty());
        const QString file = m_tmp.filePath(QStringLiteral("good.lerbackup"));
        backup::BackupOptions options;
        options.cost = crypto::KdfParams::cheapForTests();
        QVERIFY(backup::writeBackup(*m_source.w.wallet, file, kBackupPass, options));
        m_good = fileBytes(file);
        QVERIFY(QFile::remove(file));
        QVERIFY(m_good.startsWith("LER-BACKUP"));
        m_messages = messageSpans(m_good, m_headerBytes);
        QCOMPARE(m_headerBytes, 16 + 73 + 32);
        QVERIFY2(m_messages.size() >= 4, "a manifest, rows in more than one message, and the final counts");
        QCOMPARE(m_messages.constLast().end, m_good.size());
    }

    void goodBackupRestores()
    {
        QVERIFY(restoresCleanly(m_good)); // the control for every case below
    }

    void wrongPassphrase()
    {
        QCOMPARE(tryRestore(m_good, "copper kettle 19 meadoW"), ErrorCode::WrongPassphrase);
        QCOMPARE(m_reason, QStringLiteral("backup/wrong-passphrase"));
        QCOMPARE(tryRestore(m_good, "the wallet passphrase"), ErrorCode::WrongPassphrase);
        QCOMPARE(tryRestore(m_good, ""), ErrorCode::WrongPassphrase);
    }

    void truncated_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<ErrorCode>("expected");
        QTest::newRow("empty") << qsizetype(0) << ErrorCode::InvalidInput;
        QTest::newRow("inside the magic") << qsizetype(5) << ErrorCode::Corrupt;
        QTest::newRow("after the magic") << qsizetype(10) << ErrorCode::Corrupt;
        QTest::newRow("inside the parameters") << qsizetype(40) << ErrorCode::Corrupt;
        QTest::newRow("inside the digest") << m_headerBytes - 1 << ErrorCode::Corrupt;
        QTest::newRow("header only") << m_headerBytes << ErrorCode::Corrupt;
        QTest::newRow("inside a length") << m_headerBytes + 2 << ErrorCode::Corrupt;
        QTest::newRow("inside the manifest") << m_messages.at(0).end - 5 << ErrorCode::Corrupt;
        QTest::newRow("after the manifest") << m_messages.at(0).end << ErrorCode::Corrupt;
        QTest::newRow("inside the rows") << (m_messages.at(1).start + m_messages.at(1).end) / 2 << ErrorCode::Corrupt;
        QTest::newRow("before the final message") << m_messages.constLast().start << ErrorCode::Corrupt;
        QTest::newRow("last byte missing") << m_good.size() - 1 << ErrorCode::Corrupt;
    }

    void truncated()
    {
        QFETCH(qsizetype, size);
        QFETCH(ErrorCode, expected);
        QCOMPARE(tryRestore(m_good.left(size)), expected);
    }

    void flippedHeaderByte()
    {
        // Every byte of the header: the magic says "not a backup", everything else "damaged" (the digest).
        for (qsizetype i = 0; i < m_headerBytes; ++i) {
            QByteArray bad = m_good;
            bad[i] = char(bad[i] ^ 0x20);
            const ErrorCode expected = i < backup::kMagicBytes ? ErrorCode::InvalidInput : ErrorCode::Corrupt;
            QVERIFY2(tryRestore(bad) == expected, qPrintable(QStringLiteral("header byte %1").arg(i)));
        }
    }

    void forgedHeaderWithItsDigestRedone()
    {
        // Someone who rewrites the parameters and the digest gets another key: the key check refuses it, and the
        // manifest (authenticated with the header) would too.
        QCOMPARE(tryRestore(withHeader([](QByteArray& h) { h[16 + 9 + 5] = char(h[16 + 9 + 5] ^ 1); })),
            ErrorCode::WrongPassphrase);
        // Argon2 counts memory in KiB, so 256 bytes more give the same key and pass the key check; the manifest,
        // which authenticates the header, still refuses the change.
        QCOMPARE(
            tryRestore(withHeader([](QByteArray& h) { h[16 + 9 + 6] = char(h[16 + 9 + 6] ^ 1); })), ErrorCode::Corrupt);
        QCOMPARE(tryRestore(withHeader([](QByteArray& h) { h[16 + 17] = char(h[16 + 17] ^ 1); })),
            ErrorCode::WrongPassphrase);
        // A changed secretstream header passes the key check but not the first message.
        QCOMPARE(tryRestore(withHeader([](QByteArray& h) { h[16 + 50] = char(h[16 + 50] ^ 1); })), ErrorCode::Corrupt);
    }

    void flippedBodyByte_data()
    {
        QTest::addColumn<qsizetype>("offset");
        QTest::newRow("manifest length") << m_messages.at(0).start + 3;
        QTest::newRow("manifest") << m_messages.at(0).start + 10;
        QTest::newRow("manifest tag") << m_messages.at(0).end - 1;
        QTest::newRow("first rows length") << m_messages.at(1).start + 1;
        QTest::newRow("first rows") << (m_messages.at(1).start + m_messages.at(1).end) / 2;
        QTest::newRow("later rows") << m_messages.at(m_messages.size() - 2).start + 40;
        QTest::newRow("final message") << m_messages.constLast().start + 6;
        QTest::newRow("last byte") << m_good.size() - 1;
    }

    void flippedBodyByte()
    {
        QFETCH(qsizetype, offset);
        QByteArray bad = m_good;
        bad[offset] = char(bad[offset] ^ 0x01);
        QCOMPARE(tryRestore(bad), ErrorCode::Corrupt);
    }

    void messagesDroppedRepeatedOrSwapped()
    {
        const auto piece
            = [&](int i) { return m_good.mid(m_messages.at(i).start, m_messages.at(i).end - m_messages.at(i).start); };
        const QByteArray header = m_good.left(m_headerBytes);
        QByteArray dropped = header, repeated = header, swapped = header;
        for (int i = 0; i < m_messages.size(); ++i) {
            if (i != 1)
                dropped += piece(i);
            repeated += piece(i);
            if (i == 1)
                repeated += piece(i);
        }
        swapped += piece(0) + piece(2) + piece(1);
        for (int i = 3; i < m_messages.size(); ++i)
            swapped += piece(i);
        QCOMPARE(tryRestore(dropped), ErrorCode::Corrupt);
        QCOMPARE(tryRestore(repeated), ErrorCode::Corrupt);
        QCOMPARE(tryRestore(swapped), ErrorCode::Corrupt);
        QCOMPARE(tryRestore(m_good + "x"), ErrorCode::Corrupt);
        QCOMPARE(tryRestore(m_good + m_good.mid(m_messages.constLast().start)), ErrorCode::Corrupt);
    }

    void fromANewerVersion()
    {
        // A newer container: the digest holds, the version is 2.
        QCOMPARE(tryRestore(withHeader([](QByteArray& h) { qToBigEndian<quint16>(2, h.data() + 10); })),
            ErrorCode::Unsupported);
        // The control: the same rewrite keeping version 1 restores.
        QVERIFY(restoresCleanly(withHeader([](QByteArray& h) { qToBigEndian<quint16>(1, h.data() + 10); })));

        // A backup of a wallet whose schema is newer than this program's.
        TestWallet newer;
        QVERIFY(newer.wallet);
        const int next = store::latestSchemaVersion() + 1;
        QVERIFY(newer.db().execScript(QStringLiteral("PRAGMA user_version = %1").arg(next)));
        const QString file = m_tmp.filePath(QStringLiteral("newer.lerbackup"));
        backup::BackupOptions options;
        options.cost = crypto::KdfParams::cheapForTests();
        QVERIFY(backup::writeBackup(*newer.wallet, file, kBackupPass, options));
        const QByteArray newerBytes = fileBytes(file);
        QVERIFY(QFile::remove(file));
        QCOMPARE(tryRestore(newerBytes), ErrorCode::Unsupported);
        QCOMPARE(m_reason, QStringLiteral("backup/newer-version"));
        // Control: the same wallet at this program's schema restores.
        QVERIFY(newer.db().execScript(QStringLiteral("PRAGMA user_version = %1").arg(next - 1)));
        QVERIFY(backup::writeBackup(*newer.wallet, file, kBackupPass, options));
        QVERIFY(restoresCleanly(fileBytes(file)));
        QVERIFY(QFile::remove(file));
    }

    void notABackup()
    {
        QCOMPARE(tryRestore(readFile(QStringLiteral(LER_TEST_DATA "/formats/openbadges3/valid/simple.json"))),
            ErrorCode::InvalidInput);
        QCOMPARE(tryRestore(QByteArray("LER-WALLET and more")), ErrorCode::InvalidInput);
        QCOMPARE(m_reason, QStringLiteral("backup/not-a-backup"));
    }

    /// A restore that was killed leaves its staging folder beside the target; the next restore into that folder
    /// removes it. A restore under way (its lock held by a living process) is not disturbed: a second one is refused.
    void interruptedAndConcurrentRestores()
    {
        const QString file = m_tmp.filePath(QStringLiteral("again.lerbackup"));
        QVERIFY(writeBytes(file, m_good));
        auto reader = backup::BackupReader::open(file, kBackupPass);
        QVERIFY(reader);
        const QString dir = m_tmp.filePath(QStringLiteral("again"));
        const QString left = m_tmp.filePath(QStringLiteral(".again.restoring-0badc0de"));
        QVERIFY(QDir().mkpath(left));
        QVERIFY(writeBytes(left + QStringLiteral("/wallet.db"), QByteArray(4096, 'x')));

        {
            QLockFile underWay(m_tmp.filePath(QStringLiteral(".again.restoring.lock")));
            QVERIFY(underWay.tryLock(0));
            auto refused
                = backup::restoreToNewWallet(*reader, dir, "any wallet pass", crypto::KdfParams::cheapForTests());
            QVERIFY(!refused);
            QCOMPARE(refused.error().reason, QStringLiteral("backup/restore-under-way"));
            QVERIFY(!refused.error().message.isEmpty());
            QVERIFY(!QFileInfo::exists(dir));
            QVERIFY2(QFileInfo::exists(left), "what a living restore may own is left alone");
        }

        auto restored = backup::restoreToNewWallet(*reader, dir, "any wallet pass", crypto::KdfParams::cheapForTests());
        QVERIFY(restored);
        QVERIFY(store::Wallet::existsAt(dir));
        QVERIFY2(!QFileInfo::exists(left), "the killed restore's staging folder is removed");
        QVERIFY(QDir(m_tmp.path())
                    .entryList({ QStringLiteral(".again.restoring*") }, QDir::AllEntries | QDir::Hidden)
                    .isEmpty());
    }

    void writingFailsCleanly()
    {
        backup::BackupOptions options;
        options.cost = crypto::KdfParams::cheapForTests();
        auto weak = backup::writeBackup(
            *m_source.w.wallet, m_tmp.filePath(QStringLiteral("weak.lerbackup")), "password1", options);
        QVERIFY(!weak);
        QCOMPARE(weak.error().code, ErrorCode::InvalidInput);
        QCOMPARE(weak.error().reason, QStringLiteral("backup/passphrase-weak"));
        QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("weak.lerbackup"))));
        const QString nowhere = m_tmp.filePath(QStringLiteral("no/such/folder/x.lerbackup"));
        auto failed = backup::writeBackup(*m_source.w.wallet, nowhere, kBackupPass, options);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::Io);
        QCOMPARE(failed.error().reason, QStringLiteral("backup/write-failed"));
        QVERIFY(!QFile::exists(nowhere));
    }
};

QTEST_GUILESS_MAIN(TestBackupDamage)
#include "TestBackupDamage.moc"
