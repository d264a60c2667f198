// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/SelfAssertedEntry.h"
#include "core/session/ImportService.h"
#include "core/store/CredentialRepository.h"
#include "core/store/Wallet.h"
#include "support/TestWalletHelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ler;
using namespace ler::store;
using session::ImportService;

Q_DECLARE_METATYPE(ler::store::RekeyStep)

namespace {
const QByteArray kPass("tulip-harbor-ninety-seven");
const QByteArray kNew("maple orbit seventy lantern");

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Status addEntry(Wallet& w, const QString& title)
{
    formats::SelfAssertedEntry e;
    e.title = title;
    e.organization = QStringLiteral("Example Warehouse");
    e.start = QDate(2021, 3, 1);
    auto o = ImportService(w.database()).addEntry(e);
    return o ? Status() : Status(o.error());
}

QStringList titles(Wallet& w)
{
    QStringList out;
    auto list = CredentialRepository(w.database()).list();
    for (const auto& c : list ? *list : QList<CredentialSummary>()) {
        out.append(c.title);
    }
    out.sort();
    return out;
}

struct Made
{
    QString dir;
    QString code;
};

Made makeWallet(QTemporaryDir& tmp)
{
    const QString dir = tmp.filePath(QStringLiteral("w"));
    auto created = Wallet::create(dir, kPass, crypto::KdfParams::cheapForTests());
    if (!created || !addEntry(*created->wallet, QStringLiteral("Forklift operator"))) {
        return {};
    }
    return { dir, created->recoveryCode };
}
} // namespace

/// Replacing the wallet key: a new data key, the database re-encrypted, every slot wrapped anew, atomically.
class TestRekey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replacesTheKey()
    {
        QTemporaryDir tmp;
        const Made m = makeWallet(tmp);
        QVERIFY(!m.dir.isEmpty());
        const QByteArray oldKeys = readFile(m.dir + QStringLiteral("/wallet.keys"));
        QString newCode;
        {
            auto w = Wallet::open(m.dir, kPass);
            QVERIFY(w);
            auto code = (*w)->replaceKey(kPass);
            QVERIFY2(code, code ? "" : qPrintable(code.error().message.untranslated()));
            newCode = *code;
            QVERIFY(newCode != m.code);
            // The open wallet goes on under the new key.
            QCOMPARE(titles(**w), QStringList { QStringLiteral("Forklift operator") });
            QVERIFY(addEntry(**w, QStringLiteral("Welder")));
            QVERIFY((*w)->checkIntegrity().passed());
        }
        QVERIFY(!QFile::exists(m.dir + QStringLiteral("/wallet.db-rekey")));
        QVERIFY(!QFile::exists(m.dir + QStringLiteral("/wallet.keys.lock")));

        auto again = Wallet::open(m.dir, kPass);
        QVERIFY2(again, "the same passphrase opens the wallet under its new key");
        QCOMPARE(titles(**again), (QStringList { QStringLiteral("Forklift operator"), QStringLiteral("Welder") }));
        auto found = CredentialRepository((*again)->database()).search(QStringLiteral("welder"));
        QVERIFY(found && found->size() == 1); // the search index came along
        QVERIFY((*again)->checkIntegrity().passed());
        again->reset();
        QVERIFY(Wallet::openWithRecoveryCode(m.dir, newCode));
        QCOMPARE(Wallet::openWithRecoveryCode(m.dir, m.code).error().code, ErrorCode::WrongPassphrase);

        // The point of it: an old copy of the key file (and the old passphrase) no longer opens the records.
        QFile::remove(m.dir + QStringLiteral("/wallet.keys"));
        QFile keys(m.dir + QStringLiteral("/wallet.keys"));
        QVERIFY(keys.open(QIODevice::WriteOnly));
        keys.write(oldKeys);
        keys.close();
        auto withOldKeys = Wallet::open(m.dir, kPass);
        QVERIFY(!withOldKeys);
        QCOMPARE(withOldKeys.error().code, ErrorCode::Corrupt);
    }

    void canSetANewPassphraseAtTheSameTime()
    {
        QTemporaryDir tmp;
        const Made m = makeWallet(tmp);
        {
            auto w = Wallet::open(m.dir, kPass);
            QVERIFY(w);
            QVERIFY((*w)->replaceKey(kPass, kNew));
        }
        QVERIFY(Wallet::open(m.dir, kNew));
        QCOMPARE(Wallet::open(m.dir, kPass).error().code, ErrorCode::WrongPassphrase);
    }

    void wrongPassphraseChangesNothing()
    {
        QTemporaryDir tmp;
        const Made m = makeWallet(tmp);
        auto w = Wallet::open(m.dir, kPass);
        QVERIFY(w);
        const QByteArray keys = readFile(m.dir + QStringLiteral("/wallet.keys"));
        const QByteArray db = readFile(m.dir + QStringLiteral("/wallet.db"));
        auto r = (*w)->replaceKey("not the passphrase");
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::WrongPassphrase);
        QCOMPARE(readFile(m.dir + QStringLiteral("/wallet.keys")), keys);
        QCOMPARE(readFile(m.dir + QStringLiteral("/wallet.db")), db);
        QVERIFY(!QFile::exists(m.dir + QStringLiteral("/wallet.db-rekey")));
    }

    void refusedWhileTheWalletIsOpenElsewhere()
    {
        QTemporaryDir tmp;
        const Made m = makeWallet(tmp);
        auto app = Wallet::open(m.dir, kPass);
        auto cli = Wallet::open(m.dir, kPass);
        QVERIFY(app && cli);
        const QByteArray keys = readFile(m.dir + QStringLiteral("/wallet.keys"));
        auto refused = (*app)->replaceKey(kPass);
        QVERIFY2(!refused, "the database must not be swapped under another open wallet");
        QCOMPARE(refused.error().code, ErrorCode::Locked);
        QCOMPARE(refused.error().reason, QStringLiteral("store/open-elsewhere"));
        QCOMPARE(readFile(m.dir + QStringLiteral("/wallet.keys")), keys);
        QCOMPARE(titles(**cli), QStringList { QStringLiteral("Forklift operator") });
        cli->reset();

        // Control: alone, it goes through; meanwhile nobody else can open the wallet.
        Error duringRekey;
        auto done = (*app)->replaceKey(kPass, {}, [&](RekeyStep step) {
            if (step == RekeyStep::Exported) {
                auto other = Wallet::open(m.dir, kPass);
                duringRekey = other ? Error() : other.error();
            }
            return true;
        });
        QVERIFY(done);
        QCOMPARE(duringRekey.code, ErrorCode::Locked);
        QVERIFY(Wallet::open(m.dir, kPass)); // the folder is shared again afterwards
    }

    void interruptedAtEachStep_data()
    {
        QTest::addColumn<RekeyStep>("step");
        QTest::addColumn<bool>("tornCopy");
        QTest::addColumn<bool>("committed");
        QTest::newRow("before the copy") << RekeyStep::Prepared << false << false;
        QTest::newRow("half-way through the copy") << RekeyStep::Exported << true << false;
        QTest::newRow("after the copy") << RekeyStep::Exported << false << false;
        QTest::newRow("opening the new key file") << RekeyStep::KeyFileOpen << false << false;
        QTest::newRow("writing the new key file") << RekeyStep::KeyFileWrite << false << false;
        QTest::newRow("before the key file's rename") << RekeyStep::KeyFileCommit << false << false;
        QTest::newRow("after the key file's rename") << RekeyStep::Committed << false << true;
        QTest::newRow("after the database's rename") << RekeyStep::Swapped << false << true;
    }
    void interruptedAtEachStep()
    {
        QFETCH(RekeyStep, step);
        QFETCH(bool, tornCopy);
        QFETCH(bool, committed);
        QTemporaryDir tmp;
        const Made m = makeWallet(tmp);
        {
            auto w = Wallet::open(m.dir, kPass);
            QVERIFY(w);
            auto r = (*w)->replaceKey(kPass, kNew, [step](RekeyStep at) { return at != step; });
            QVERIFY2(!r, "the injected stop must be reported");
            QCOMPARE(r.error().code, ErrorCode::Io);
            // The process dies here: the object goes without tidying up.
        }
        const QString copy = m.dir + QStringLiteral("/wallet.db-rekey");
        if (tornCopy) {
            QFile f(copy);
            QVERIFY(f.exists());
            QVERIFY(f.resize(f.size() / 2));
        }

        const QByteArray works = committed ? kNew : kPass;
        const QByteArray fails = committed ? kPass : kNew;
        auto w = Wallet::open(m.dir, works);
        QVERIFY2(w, w ? "" : qPrintable(w.error().message.untranslated()));
        QCOMPARE(titles(**w), QStringList { QStringLiteral("Forklift operator") });
        const IntegrityReport report = (*w)->checkIntegrity();
        for (const auto& f : report.findings) {
            QVERIFY2(f.passed, qPrintable(f.check + QStringLiteral(": ") + f.detail.untranslated()));
        }
        QVERIFY2(!QFile::exists(copy), "opening settles what the interruption left");
        w->reset();
        QCOMPARE(Wallet::open(m.dir, fails).error().code, ErrorCode::WrongPassphrase);
        auto byOldCode = Wallet::openWithRecoveryCode(m.dir, m.code);
        QCOMPARE(bool(byOldCode), !committed);
    }

    void aCompletedReplacementCanBeRepeated()
    {
        QTemporaryDir tmp;
        const Made m = makeWallet(tmp);
        auto w = Wallet::open(m.dir, kPass);
        QVERIFY(w);
        QVERIFY((*w)->replaceKey(kPass));
        auto code = (*w)->replaceKey(kPass);
        QVERIFY(code);
        w->reset();
        QVERIFY(Wallet::openWithRecoveryCode(m.dir, *code));
    }
};

QTEST_GUILESS_MAIN(TestRekey)
#include "TestRekey.moc"
