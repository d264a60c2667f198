// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/store/CredentialRepository.h"
#include "core/store/Wallet.h"
#include "support/TestWalletHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ler;
using namespace ler::store;

namespace {
const QByteArray kPass("tulip-harbor-ninety-seven");
const QByteArray kSecond("maple orbit seventy lantern");
const QByteArray kThird("cielo azul y verde");
// tests/data/store/legacy-v1: a wallet written before key files were sealed (see SOURCE.md there).
const QByteArray kLegacyPass("legacy wallet passphrase 1");
const QString kLegacyCode = QStringLiteral("3HH2-EM7S-50DF-HXRD-DV0S-9R1A-TKR4-X1WF");

QString keysPath(const QString& dir)
{
    return dir + QStringLiteral("/wallet.keys");
}

QJsonObject readKeys(const QString& dir)
{
    QFile f(keysPath(dir));
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

void writeKeys(const QString& dir, const QJsonObject& o)
{
    QFile f(keysPath(dir));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(o).toJson());
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void copyLegacyWallet(const QString& to)
{
    QVERIFY(QDir().mkpath(to));
    for (const char* name : { "wallet.keys", "wallet.db" }) {
        const QString from = QStringLiteral(LER_TEST_DATA "/store/legacy-v1/") + QLatin1String(name);
        const QString target = to + QLatin1Char('/') + QLatin1String(name);
        QVERIFY(QFile::copy(from, target));
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
}

QString createWallet(QTemporaryDir& tmp, QString* code = nullptr)
{
    const QString dir = tmp.filePath(QStringLiteral("w"));
    auto created = Wallet::create(dir, kPass, crypto::KdfParams::cheapForTests());
    if (created && code) {
        *code = created->recoveryCode;
    }
    return created ? dir : QString();
}
} // namespace

/// The key file's slot list is sealed as a whole, and every write starts from the file on disk.
class TestKeyFileSeal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newKeyFilesAreSealed()
    {
        QTemporaryDir tmp;
        const QString dir = createWallet(tmp);
        QVERIFY(!dir.isEmpty());
        const QJsonObject keys = readKeys(dir);
        QCOMPARE(keys.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(QByteArray::fromBase64(keys.value(QStringLiteral("seal")).toString().toLatin1()).size(), 32);
        QVERIFY(Wallet::open(dir, kPass));
    }

    void aRemovedSlotIsDetected()
    {
        QTemporaryDir tmp;
        const QString dir = createWallet(tmp);
        const QJsonObject original = readKeys(dir);
        QJsonObject forged = original;
        QJsonArray slotList = forged.value(QStringLiteral("slots")).toArray();
        QCOMPARE(slotList.size(), 2);
        slotList.removeAt(1); // the recovery slot
        forged.insert(QStringLiteral("slots"), slotList);
        writeKeys(dir, forged);
        const auto before = test::snapshot(dir);

        auto opened = Wallet::open(dir, kPass);
        QVERIFY2(!opened, "a slot list that lost a slot must not open");
        QCOMPARE(opened.error().code, ErrorCode::Corrupt);
        QCOMPARE(opened.error().reason, QStringLiteral("store/key-file-tampered"));
        QCOMPARE(test::snapshot(dir), before);

        writeKeys(dir, original); // control: the same file as written opens
        QVERIFY(Wallet::open(dir, kPass));
    }

    void aSlotFromAnotherCopyOfTheKeyFileIsDetected()
    {
        QTemporaryDir tmp;
        const QString dir = createWallet(tmp);
        const QJsonObject first = readKeys(dir);
        {
            auto w = Wallet::open(dir, kPass);
            QVERIFY(w);
            QVERIFY((*w)->changePassphrase(kPass, kSecond));
        }
        const QJsonObject second = readKeys(dir);
        // The old passphrase slot still wraps the same data key and carries valid associated data: only the seal
        // over the whole list tells that it does not belong to this file.
        QJsonObject forged = second;
        QJsonArray slotList = forged.value(QStringLiteral("slots")).toArray();
        slotList.append(first.value(QStringLiteral("slots")).toArray().at(0));
        forged.insert(QStringLiteral("slots"), slotList);
        writeKeys(dir, forged);
        auto byOld = Wallet::open(dir, kPass);
        QVERIFY2(!byOld, "an old passphrase slot brought back must not open the wallet");
        QCOMPARE(byOld.error().code, ErrorCode::Corrupt);
        QCOMPARE(Wallet::open(dir, kSecond).error().code, ErrorCode::Corrupt);

        writeKeys(dir, second); // control
        QVERIFY(Wallet::open(dir, kSecond));
        QCOMPARE(Wallet::open(dir, kPass).error().code, ErrorCode::WrongPassphrase);
    }

    void reorderedSlotsAreDetected()
    {
        QTemporaryDir tmp;
        const QString dir = createWallet(tmp);
        QJsonObject forged = readKeys(dir);
        QJsonArray slotList = forged.value(QStringLiteral("slots")).toArray();
        forged.insert(QStringLiteral("slots"), QJsonArray { slotList.at(1), slotList.at(0) });
        writeKeys(dir, forged);
        QCOMPARE(Wallet::open(dir, kPass).error().code, ErrorCode::Corrupt);
    }

    void aStrippedSealIsADowngrade()
    {
        QTemporaryDir tmp;
        const QString dir = createWallet(tmp);
        const QJsonObject original = readKeys(dir);
        QJsonObject forged = original;
        forged.remove(QStringLiteral("seal"));
        forged.insert(QStringLiteral("version"), 1);
        writeKeys(dir, forged);
        auto opened = Wallet::open(dir, kPass);
        QVERIFY2(!opened, "the database knows this wallet's key file was sealed");
        QCOMPARE(opened.error().code, ErrorCode::Corrupt);
        QCOMPARE(readKeys(dir), forged);
        // Version 2 without a seal is simply damaged.
        forged.insert(QStringLiteral("version"), 2);
        writeKeys(dir, forged);
        QCOMPARE(Wallet::open(dir, kPass).error().code, ErrorCode::Corrupt);
    }

    void aWalletFromBeforeTheSealIsUpgraded()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("legacy"));
        copyLegacyWallet(dir);
        QCOMPARE(readKeys(dir).value(QStringLiteral("version")).toInt(), 1);
        {
            auto w = Wallet::open(dir, kLegacyPass);
            QVERIFY2(w, w ? "" : qPrintable(w.error().message.untranslated()));
            const QJsonObject keys = readKeys(dir);
            QCOMPARE(keys.value(QStringLiteral("version")).toInt(), 2);
            QVERIFY(keys.contains(QStringLiteral("seal")));
            auto list = CredentialRepository((*w)->database()).list();
            QVERIFY(list);
            QCOMPARE(list->size(), 1);
            QCOMPARE(list->first().title, QStringLiteral("Forklift operator"));
            QVERIFY((*w)->checkIntegrity().passed());
        }
        QVERIFY(Wallet::openWithRecoveryCode(dir, kLegacyCode));
        // From now on the unsealed form is refused.
        QJsonObject stripped = readKeys(dir);
        stripped.remove(QStringLiteral("seal"));
        stripped.insert(QStringLiteral("version"), 1);
        writeKeys(dir, stripped);
        QCOMPARE(Wallet::open(dir, kLegacyPass).error().code, ErrorCode::Corrupt);
    }

    void newRecoveryCodeWithoutAPassphraseSlot()
    {
        // A key file with only a recovery slot (a damaged or hand-made one): replacing the code must not read
        // a passphrase slot that is not there.
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("legacy"));
        copyLegacyWallet(dir);
        QJsonObject keys = readKeys(dir);
        QJsonArray slotList = keys.value(QStringLiteral("slots")).toArray();
        QCOMPARE(slotList.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("passphrase"));
        slotList.removeAt(0);
        keys.insert(QStringLiteral("slots"), slotList);
        writeKeys(dir, keys);

        auto w = Wallet::openWithRecoveryCode(dir, kLegacyCode);
        QVERIFY2(w, w ? "" : qPrintable(w.error().message.untranslated()));
        auto code = (*w)->replaceRecoveryCode();
        QVERIFY2(code, code ? "" : qPrintable(code.error().message.untranslated()));
        w->reset();
        QVERIFY(Wallet::openWithRecoveryCode(dir, *code));
        QCOMPARE(Wallet::openWithRecoveryCode(dir, kLegacyCode).error().code, ErrorCode::WrongPassphrase);
        const QJsonArray after = readKeys(dir).value(QStringLiteral("slots")).toArray();
        QCOMPARE(after.size(), 1);
        const QJsonObject oldKdf = slotList.at(0).toObject().value(QStringLiteral("kdf")).toObject();
        const QJsonObject newKdf = after.at(0).toObject().value(QStringLiteral("kdf")).toObject();
        QCOMPARE(newKdf.value(QStringLiteral("memLimit")), oldKdf.value(QStringLiteral("memLimit")));
        QVERIFY(newKdf.value(QStringLiteral("salt")) != oldKdf.value(QStringLiteral("salt")));
    }

    void twoOpenWalletsKeepBothChanges()
    {
        QTemporaryDir tmp;
        QString oldCode;
        const QString dir = createWallet(tmp, &oldCode);
        auto app = Wallet::open(dir, kPass);
        auto cli = Wallet::open(dir, kPass);
        QVERIFY(app && cli);
        QVERIFY((*app)->changePassphrase(kPass, kSecond));
        // The second one still holds the key file as it was when it opened.
        auto newCode = (*cli)->replaceRecoveryCode();
        QVERIFY2(newCode, newCode ? "" : qPrintable(newCode.error().message.untranslated()));
        app->reset();
        cli->reset();
        QVERIFY2(Wallet::open(dir, kSecond), "the passphrase change survived the recovery-code change");
        QCOMPARE(Wallet::open(dir, kPass).error().code, ErrorCode::WrongPassphrase);
        QVERIFY(Wallet::openWithRecoveryCode(dir, *newCode));
        QCOMPARE(Wallet::openWithRecoveryCode(dir, oldCode).error().code, ErrorCode::WrongPassphrase);
    }

    void aStalePassphraseChangeIsRefused()
    {
        QTemporaryDir tmp;
        const QString dir = createWallet(tmp);
        auto app = Wallet::open(dir, kPass);
        auto cli = Wallet::open(dir, kPass);
        QVERIFY(app && cli);
        QVERIFY((*app)->changePassphrase(kPass, kSecond));
        const QByteArray keys = readFile(keysPath(dir));
        auto stale = (*cli)->changePassphrase(kPass, kThird);
        QVERIFY2(!stale, "the old passphrase is no longer the current one");
        QCOMPARE(stale.error().code, ErrorCode::WrongPassphrase);
        QCOMPARE(readFile(keysPath(dir)), keys);
        app->reset();
        cli->reset();
        QVERIFY(Wallet::open(dir, kSecond));
        QCOMPARE(Wallet::open(dir, kThird).error().code, ErrorCode::WrongPassphrase);
    }

    void aWriteWaitsForAnotherWritersLock()
    {
        QTemporaryDir tmp;
        const QString dir = createWallet(tmp);
        auto w = Wallet::open(dir, kPass);
        QVERIFY(w);
        const QByteArray keys = readFile(keysPath(dir));
        {
            QLockFile other(dir + QStringLiteral("/wallet.keys.lock"));
            QVERIFY(other.tryLock(0));
            auto busy = (*w)->changePassphrase(kPass, kSecond);
            QVERIFY2(!busy, "a write must not go ahead while another program writes");
            QCOMPARE(busy.error().code, ErrorCode::Locked);
            QCOMPARE(readFile(keysPath(dir)), keys);
        }
        QVERIFY((*w)->changePassphrase(kPass, kSecond)); // control: once released it goes through
    }

    void checkSeesAKeyFileChangedWhileOpen()
    {
        QTemporaryDir tmp;
        const QString dir = createWallet(tmp);
        auto w = Wallet::open(dir, kPass);
        QVERIFY(w);
        QVERIFY((*w)->checkIntegrity().passed());
        QJsonObject forged = readKeys(dir);
        QJsonArray slotList = forged.value(QStringLiteral("slots")).toArray();
        slotList.removeAt(1);
        forged.insert(QStringLiteral("slots"), slotList);
        writeKeys(dir, forged);
        const IntegrityReport report = (*w)->checkIntegrity();
        QVERIFY(!report.passed());
        QCOMPARE(report.findings.first().check, QStringLiteral("keyfile"));
        QVERIFY(!report.findings.first().passed);
        // And nothing is written on top of a key file that fails its seal.
        QCOMPARE((*w)->changePassphrase(kPass, kSecond).error().code, ErrorCode::Corrupt);
        QCOMPARE(readKeys(dir), forged);
    }
};

QTEST_GUILESS_MAIN(TestKeyFileSeal)
#include "TestKeyFileSeal.moc"
