// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/net/Fetcher.h"
#include "core/session/ImportFlow.h"
#include "core/store/Wallet.h"
#include "core/store/WalletSettings.h"
#include "core/verify/WalletVerification.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ler;

/// The one import path: what it stores is verified at once, bad input changes nothing, and the network is used
/// only when the wallet's setting and the fetcher both allow it.
class TestImportFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto created = store::Wallet::create(m_dir.filePath(QStringLiteral("w%1").arg(++m_count)),
            "pass phrase here",
            crypto::KdfParams::cheapForTests());
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message.untranslated()));
        m_wallet = std::move(created->wallet);
    }
    void cleanup() { m_wallet.reset(); }

    void storesAndVerifiesEachCredential()
    {
        QStringList checked;
        session::ImportFlowOptions options;
        options.checking = [&](int done, int total, const QString& file) {
            if (done < total)
                checked << file;
        };
        const auto report = session::importAndVerify(m_wallet->database(),
            { session::ImportInput::file(QStringLiteral(LER_TEST_DATA "/formats/openbadges3/valid/simple.json")) },
            options);
        QVERIFY(report.ok());
        QVERIFY2(report->count(store::ImportStatus::Imported) == 1,
            qPrintable(report->outcomes.constFirst().error.untranslated()));
        QCOMPARE(checked.size(), 1);
        const QString id = report->outcomes.constFirst().id;
        auto stored = verify::WalletVerification(m_wallet->database()).latest(id);
        QVERIFY(stored.ok());
        QVERIFY2(stored->has_value(), "the imported credential has a stored verification report");
    }

    void eachCommitIsCheckedBeforeTheNextIsRead()
    {
        // Verification runs from the items each commit stored, so a long import checks as it goes and a crash
        // leaves every committed credential either checked or plainly not yet checked.
        QStringList events;
        session::ImportFlowOptions options;
        options.commitEvery = 1;
        options.progress = [&](int done, int) { events << QStringLiteral("read %1").arg(done); };
        options.committed = [&](const QList<store::ImportOutcome>& outcomes) {
            events << QStringLiteral("commit %1").arg(outcomes.size());
        };
        options.checking = [&](int done, int total, const QString&) {
            if (done < total)
                events << QStringLiteral("check %1").arg(done + 1);
        };
        const QString dir = QStringLiteral(LER_TEST_DATA "/formats/openbadges3/valid/");
        const auto report = session::importAndVerify(m_wallet->database(),
            { session::ImportInput::file(dir + QStringLiteral("simple.json")),
                session::ImportInput::file(dir + QStringLiteral("complete.json")) },
            options);
        QVERIFY(report.ok());
        QCOMPARE(report->count(store::ImportStatus::Imported), 2);
        QCOMPARE(events,
            QStringList({ QStringLiteral("commit 1"),
                QStringLiteral("check 1"),
                QStringLiteral("read 1"),
                QStringLiteral("commit 1"),
                QStringLiteral("check 2"),
                QStringLiteral("read 2") }));
        for (const store::ImportOutcome& o : report->outcomes) {
            auto stored = verify::WalletVerification(m_wallet->database()).latest(o.id);
            QVERIFY(stored.ok());
            QVERIFY2(stored->has_value(), "each imported credential has a stored report");
            QCOMPARE(stored->value().report.value(QStringLiteral("file")).toString(), QFileInfo(o.file).fileName());
        }
    }

    void badInputIsRefusedAndNothingIsStoredOrChecked()
    {
        int checks = 0;
        session::ImportFlowOptions options;
        options.checking = [&](int done, int total, const QString&) { checks += done < total ? 1 : 0; };
        const auto report = session::importAndVerify(m_wallet->database(),
            { session::ImportInput::data("{\"issuer\":\"a\",\"issuer\":\"b\"}", QStringLiteral("test"), "x.json") },
            options);
        QVERIFY(report.ok());
        QCOMPARE(report->count(store::ImportStatus::Rejected), 1);
        QVERIFY(!report->outcomes.constFirst().error.isEmpty());
        QCOMPARE(checks, 0);
        auto rows = m_wallet->database().query(QStringLiteral("SELECT count(*) FROM credentials"));
        QVERIFY(rows.ok());
        QCOMPARE(rows->constFirst().at(0).toInt(), 0);
    }

    void networkOnlyWhenTheWalletAllowsIt()
    {
        net::Fetcher fetcher;
        fetcher.setOnline(true);
        QVERIFY(!session::networkUsable(m_wallet->database(), nullptr));
        QVERIFY(session::networkUsable(m_wallet->database(), &fetcher));
        QVERIFY(store::WalletSettings(m_wallet->database()).setNetworkAllowed(false).ok());
        QVERIFY(!session::networkUsable(m_wallet->database(), &fetcher));
        QVERIFY(store::WalletSettings(m_wallet->database()).setNetworkAllowed(true).ok());
        fetcher.setOnline(false);
        QVERIFY(!session::networkUsable(m_wallet->database(), &fetcher));
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<store::Wallet> m_wallet;
};

QTEST_GUILESS_MAIN(TestImportFlow)
#include "TestImportFlow.moc"
