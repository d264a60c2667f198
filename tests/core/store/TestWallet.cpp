// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/store/RecoveryCode.h"
#include "core/store/Wallet.h"
#include "support/TestWalletHelpers.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ler;
using namespace ler::store;

namespace {
const QByteArray kPass("tulip-harbor-ninety-seven");
const QByteArray kMarker("MARKER-7f3a9c1e-do-not-leak-4b2d");

Status storeCredential(Wallet& w, const QByteArray& original, const QString& title)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return w.database().exec(
        QStringLiteral("INSERT INTO credentials (id, format, title, issuer_name, normalized, search_text, original, "
                       "content_hash, added_at, updated_at) VALUES (?1, 'test', ?2, 'Issuer', ?3, ?2, ?4, ?5, ?6, ?6)"),
        { QUuid::createUuid().toString(QUuid::WithoutBraces),
            title,
            QString::fromUtf8("{\"note\":\"" + original + "\"}"),
            original,
            QString::fromLatin1(QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex()),
            now });
}
} // namespace

class TestWallet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createOpenAndRecover()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("w"));
        auto created = Wallet::create(dir, kPass, crypto::KdfParams::cheapForTests());
        QVERIFY2(created, created ? "" : qPrintable(created.error().message.untranslated()));
        const QString code = created->recoveryCode;
        QCOMPARE(code.size(), 39);
        QVERIFY(QFile::exists(dir + QStringLiteral("/wallet.db")));
        QVERIFY(QFile::exists(dir + QStringLiteral("/wallet.keys")));
        QVERIFY(Wallet::existsAt(dir));
        created->wallet.reset();

        auto byPass = Wallet::open(dir, kPass);
        QVERIFY2(byPass, "the passphrase opens the wallet");
        byPass->reset();
        auto byCode = Wallet::openWithRecoveryCode(dir, code.toLower());
        QVERIFY2(byCode, "the recovery code opens the wallet");
    }

    void sqlcipherMemorySecurityIsOff()
    {
        // Chosen on every connection before the key is given (docs/wallets-and-privacy.md, "What stays in memory"):
        // SQLCipher's key material is locked and wiped either way, and locking every page costs most of an import.
        QTemporaryDir tmp;
        auto created = Wallet::create(tmp.filePath(QStringLiteral("w")), kPass, crypto::KdfParams::cheapForTests());
        QVERIFY(created);
        auto on = created->wallet->database().scalar(QStringLiteral("PRAGMA cipher_memory_security"));
        QVERIFY(on);
        QCOMPARE(on->toInt(), 0);
    }

    void wrongPassphraseChangesNothing()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("w"));
        auto created = Wallet::create(dir, kPass, crypto::KdfParams::cheapForTests());
        QVERIFY(created);
        created->wallet.reset();
        const auto before = test::snapshot(dir);
        auto wrong = Wallet::open(dir, "tulip-harbor-ninety-six");
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassphrase);
        QVERIFY2(wrong.error().reason == QLatin1String("store/wrong-passphrase"),
            qPrintable(wrong.error().message.untranslated()));
        auto wrongCode = Wallet::openWithRecoveryCode(dir, store::recovery::generate());
        QCOMPARE(wrongCode.error().code, ErrorCode::WrongPassphrase);
        QCOMPARE(test::snapshot(dir), before);
    }

    void refusesToCreateOverAWallet()
    {
        QTemporaryDir tmp;
        auto first = Wallet::create(tmp.path(), kPass, crypto::KdfParams::cheapForTests());
        QVERIFY(first);
        first->wallet.reset();
        const auto before = test::snapshot(tmp.path());
        auto second = Wallet::create(tmp.path(), "other", crypto::KdfParams::cheapForTests());
        QCOMPARE(second.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(test::snapshot(tmp.path()), before);
        QCOMPARE(Wallet::create(tmp.filePath(QStringLiteral("x")), "", crypto::KdfParams::cheapForTests()).error().code,
            ErrorCode::InvalidInput);
    }

    void nothingStoredInPlaintext()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("w"));
        auto created = Wallet::create(dir, kPass, crypto::KdfParams::cheapForTests());
        QVERIFY(created);
        Wallet& w = *created->wallet;
        for (int i = 0; i < 50; ++i) {
            QVERIFY(storeCredential(w, kMarker + QByteArray::number(i), QString::fromLatin1(kMarker)));
        }
        const QList<QByteArray> forms { kMarker,
            kMarker.left(16),
            QByteArray(reinterpret_cast<const char*>(QString::fromLatin1(kMarker).utf16()), kMarker.size() * 2) };
        // While open (WAL and shared-memory files present) and after closing.
        for (int pass = 0; pass < 2; ++pass) {
            for (const QByteArray& needle : forms) {
                const QStringList hits = test::filesContaining(dir, needle);
                QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(','))));
            }
            created->wallet.reset();
        }
        QFile db(dir + QStringLiteral("/wallet.db"));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY2(!db.read(16).startsWith("SQLite format 3"), "the database must not have a plain SQLite header");
        QVERIFY2(test::filesContaining(dir, "CREATE TABLE").isEmpty(), "even the schema is encrypted");

        auto again = Wallet::open(dir, kPass);
        QVERIFY(again);
        auto count = (*again)->database().scalar(QStringLiteral("SELECT count(*) FROM credentials"));
        QCOMPARE(count->toInt(), 50);
        auto memsec = (*again)->database().scalar(QStringLiteral("PRAGMA cipher_memory_security"));
        QCOMPARE(memsec->toInt(), 0);
        QVERIFY((*again)->database().cipherVersion().startsWith(QLatin1String("4.")));
    }

    void changePassphraseAndRecoveryCode()
    {
        QTemporaryDir tmp;
        auto created = Wallet::create(tmp.path(), kPass, crypto::KdfParams::cheapForTests());
        QVERIFY(created);
        Wallet& w = *created->wallet;
        auto bad = w.changePassphrase("not it", "new-pass");
        QCOMPARE(bad.error().code, ErrorCode::WrongPassphrase);
        QVERIFY(w.changePassphrase(kPass, "new-pass-words"));
        auto newCode = w.replaceRecoveryCode();
        QVERIFY(newCode);
        created->wallet.reset();
        QCOMPARE(Wallet::open(tmp.path(), kPass).error().code, ErrorCode::WrongPassphrase);
        QVERIFY(Wallet::open(tmp.path(), "new-pass-words"));
        QCOMPARE(
            Wallet::openWithRecoveryCode(tmp.path(), created->recoveryCode).error().code, ErrorCode::WrongPassphrase);
        QVERIFY(Wallet::openWithRecoveryCode(tmp.path(), *newCode));
    }

    void forgottenPassphraseReset()
    {
        QTemporaryDir tmp;
        auto created = Wallet::create(tmp.path(), kPass, crypto::KdfParams::cheapForTests());
        QVERIFY(created);
        QCOMPARE(created->wallet->setPassphraseAfterRecovery("sneaky").error().code, ErrorCode::Locked);
        created->wallet.reset();
        auto byCode = Wallet::openWithRecoveryCode(tmp.path(), created->recoveryCode);
        QVERIFY(byCode);
        QVERIFY((*byCode)->openedWithRecoveryCode());
        QVERIFY((*byCode)->setPassphraseAfterRecovery("brand new passphrase"));
        byCode->reset();
        QVERIFY(Wallet::open(tmp.path(), "brand new passphrase"));
        QVERIFY(!Wallet::open(tmp.path(), kPass));
    }

    void integrityCheck()
    {
        QTemporaryDir tmp;
        auto created = Wallet::create(tmp.path(), kPass, crypto::KdfParams::cheapForTests());
        QVERIFY(created);
        Wallet& w = *created->wallet;
        QVERIFY(storeCredential(w, "original bytes", QStringLiteral("A")));
        IntegrityReport ok = w.checkIntegrity();
        QVERIFY2(ok.passed(), "a fresh wallet passes every check");
        QCOMPARE(ok.findings.size(), 6);

        QVERIFY(w.database().exec(QStringLiteral("UPDATE credentials SET original = ?1"), { QByteArray("changed") }));
        IntegrityReport bad = w.checkIntegrity();
        QVERIFY(!bad.passed());
        const auto it = std::find_if(bad.findings.cbegin(), bad.findings.cend(), [](const auto& f) {
            return f.check == QLatin1String("content-hashes");
        });
        QVERIFY(it != bad.findings.cend() && !it->passed);
    }

    void tamperedKeyFileDoesNotOpen()
    {
        QTemporaryDir tmp;
        auto created = Wallet::create(tmp.path(), kPass, crypto::KdfParams::cheapForTests());
        QVERIFY(created);
        created->wallet.reset();
        QFile f(tmp.filePath(QStringLiteral("wallet.keys")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray json = f.readAll();
        f.close();
        // Change the recorded page size: authenticated, so no slot opens.
        QVERIFY(json.contains("\"pageSize\": 4096"));
        json.replace("\"pageSize\": 4096", "\"pageSize\": 8192");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(json);
        f.close();
        QVERIFY(!Wallet::open(tmp.path(), kPass));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{ not json");
        f.close();
        auto broken = Wallet::open(tmp.path(), kPass);
        QCOMPARE(broken.error().code, ErrorCode::Corrupt);
        QCOMPARE(broken.error().reason, QStringLiteral("store/key-file-damaged"));
    }

    void missingWalletIsClear()
    {
        QTemporaryDir tmp;
        auto none = Wallet::open(tmp.path(), kPass);
        QCOMPARE(none.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestWallet)
#include "TestWallet.moc"
