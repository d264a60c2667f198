// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/session/WalletSession.h"
#include "core/verify/WalletVerification.h"
#include "support/SessionTestHelpers.h"
#include "support/TestVectors.h"
#include "ui/verify/TrustDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ler;
using namespace ler::ui;

/// Trusted issuers and the person's identifiers: read and changed on the session's worker.
class TestTrustDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<session::WalletSession> m_session;

private Q_SLOTS:
    void initTestCase()
    {
        m_session = std::make_unique<session::WalletSession>();
        m_session->setDirectory(m_tmp.filePath(QStringLiteral("wallet")));
        QSignalSpy created(m_session.get(), &session::WalletSession::created);
        m_session->create(QStringLiteral("cobalt harbor 52 lilac"), [] { return crypto::KdfParams::cheapForTests(); });
        QVERIFY(created.wait(10000));
    }

    void cleanupTestCase() { m_session.reset(); }

    void identifiersAreReadAndChangedInTheWallet()
    {
        QVERIFY(test::onWallet(*m_session, [](store::Wallet& wallet) {
            return verify::WalletVerification(wallet.database()).addIdentifier(QStringLiteral("sam@example.org"));
        }));

        TrustDialog dialog(*m_session);
        auto* add = dialog.findChild<QPushButton*>(QStringLiteral("addIdentifier"));
        QVERIFY2(dialog.busy() && !add->isEnabled(), "nothing can be changed before the lists are shown");
        dialog.show();
        QTRY_VERIFY(!dialog.busy());
        QVERIFY(add->isEnabled());
        auto* ids = dialog.findChild<QListWidget*>(QStringLiteral("identifierList"));
        QCOMPARE(ids->count(), 1);
        QCOMPARE(ids->item(0)->text(), QStringLiteral("sam@example.org"));

        auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("newIdentifier"));
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("trustError"));
        QSignalSpy reloaded(&dialog, &TrustDialog::reloaded);
        // Refused by the wallet: said in the dialog, kept in the field to correct, nothing stored.
        field->setText(QStringLiteral("not an address"));
        add->click();
        QVERIFY(reloaded.wait(10000));
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(field->text(), QStringLiteral("not an address"));
        QCOMPARE(ids->count(), 1);

        field->setText(QStringLiteral("alex@example.org"));
        add->click();
        QVERIFY2(!add->isEnabled(), "one change at a time");
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(ids->count(), 2);
        QVERIFY(field->text().isEmpty());
        QVERIFY2(error->text().isEmpty(), "a change that worked clears the last error");

        ids->setCurrentRow(0); // sam
        dialog.findChild<QPushButton*>(QStringLiteral("removeIdentifier"))->click();
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(ids->count(), 1);
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const auto stored = test::fromWallet(*m_session,
            [](store::Wallet& wallet) { return verify::WalletVerification(wallet.database()).identifiers(); });
        QVERIFY(stored && *stored);
        QCOMPARE(**stored, QStringList { QStringLiteral("alex@example.org") });
    }

    void aTrustedKeyFileIsStored()
    {
        const QString path = m_tmp.filePath(QStringLiteral("example-university.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(test::ob3VectorIssuerJwks());
        f.close();

        TrustDialog dialog(*m_session);
        QTRY_VERIFY(!dialog.busy());
        QSignalSpy done(&dialog, &TrustDialog::trustedFileDone);
        dialog.addTrustedFile(path);
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.first().first().toBool(), true);
        QTRY_COMPARE(dialog.findChild<QListWidget*>(QStringLiteral("trustedList"))->count(), 1);

        const auto stored = test::fromWallet(*m_session,
            [](store::Wallet& wallet) { return verify::WalletVerification(wallet.database()).trustedEntries(); });
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->size(), 1);
        QCOMPARE((*stored)->constFirst().label, QStringLiteral("example-university"));

        // A file that cannot be read stores nothing and says so at once.
        QTRY_VERIFY(!dialog.busy());
        dialog.addTrustedFile(m_tmp.filePath(QStringLiteral("missing.json")));
        QCOMPARE(done.size(), 2);
        QCOMPARE(done.last().first().toBool(), false);
    }
};

QTEST_MAIN(TestTrustDialog)
#include "TestTrustDialog.moc"
