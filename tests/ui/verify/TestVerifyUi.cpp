// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/session/WalletSession.h"
#include "support/TestVectors.h"
#include "support/UiTestHelpers.h"
#include "ui/import/ImportController.h"
#include "ui/main/MainWindow.h"
#include "ui/records/RecordListModel.h"
#include "ui/verify/TrustDialog.h"
#include "ui/verify/VerifyController.h"

#include <QAction>
#include <QDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace ler;
using namespace ler::ui;

namespace {

const QString kVectors = QStringLiteral(LER_TEST_DATA "/vectors/openbadges-eddsa/ob3");

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

using test::ob3VectorIssuerJwks;
using test::readFile;

} // namespace

class TestVerifyUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_tmp;
    std::unique_ptr<session::WalletSession> m_session;
    std::unique_ptr<MainWindow> m_window;

    QString verificationOf(const QString& title)
    {
        auto* list = m_window->findChild<QListView*>(QStringLiteral("recordList"));
        for (int r = 0; r < list->model()->rowCount(); ++r) {
            if (list->model()->index(r, 0).data(RecordListModel::TitleRole).toString().trimmed() == title) {
                return list->model()->index(r, 0).data(RecordListModel::VerificationRole).toString();
            }
        }
        return {};
    }

    void importAndWait(const QString& path)
    {
        test::whenModal([](QWidget* dialog) { static_cast<QDialog*>(dialog)->reject(); });
        QSignalSpy done(m_window->importer(), &ImportController::imported);
        m_window->importer()->importFiles({ path });
        QVERIFY(done.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->importer()->busy(), 5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        m_session = std::make_unique<session::WalletSession>();
        m_session->setDirectory(m_tmp.filePath(QStringLiteral("wallet")));
        QSignalSpy created(m_session.get(), &session::WalletSession::created);
        m_session->create(QStringLiteral("verify test passphrase"), [] { return crypto::KdfParams::cheapForTests(); });
        QVERIFY(created.wait(10000));
        m_window = std::make_unique<MainWindow>(*m_session, [] { return crypto::KdfParams::cheapForTests(); });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // The open wallet is read on the session's worker before its page shows.
        QTRY_COMPARE(
            m_window->findChild<QStackedWidget*>()->currentWidget()->objectName(), QStringLiteral("walletPage"));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }

    void trustDialogRefusesBadInput()
    {
        TrustDialog dialog(*m_session);
        QVERIFY2(dialog.busy(), "the lists are read on the session's worker first");
        QTRY_VERIFY(!dialog.busy());
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("trustError"));
        const QString bad = m_tmp.filePath(QStringLiteral("bad.json"));
        QVERIFY(writeFile(bad, "{\"keys\": 5}"));
        QSignalSpy fileDone(&dialog, &TrustDialog::trustedFileDone);
        dialog.addTrustedFile(bad);
        QTRY_COMPARE(fileDone.size(), 1);
        QCOMPARE(fileDone.first().first().toBool(), false);
        QVERIFY(!error->text().isEmpty());
        QTRY_VERIFY(!dialog.busy());
        QCOMPARE(dialog.findChild<QListWidget*>(QStringLiteral("trustedList"))->count(), 0);

        auto* ids = dialog.findChild<QListWidget*>(QStringLiteral("identifierList"));
        dialog.findChild<QLineEdit*>(QStringLiteral("newIdentifier"))->setText(QStringLiteral("not an address"));
        dialog.findChild<QPushButton*>(QStringLiteral("addIdentifier"))->click();
        QTRY_VERIFY(!dialog.busy());
        QCOMPARE(ids->count(), 0);
        QVERIFY(error->text().contains(QStringLiteral("not an e-mail")));
        dialog.findChild<QLineEdit*>(QStringLiteral("newIdentifier"))->setText(QStringLiteral("alex@example.org"));
        dialog.findChild<QPushButton*>(QStringLiteral("addIdentifier"))->click();
        QTRY_COMPARE(ids->count(), 1);
        QTRY_VERIFY(!dialog.busy());
        // The test badge was issued to someone else; keep the identifier list empty for the next steps.
        ids->setCurrentRow(0);
        dialog.findChild<QPushButton*>(QStringLiteral("removeIdentifier"))->click();
        QTRY_COMPARE(ids->count(), 0);
        QTRY_VERIFY(!dialog.busy());
    }

    void importedCredentialsAreChecked()
    {
        // Before its key is trusted, the https issuer cannot be looked up offline.
        importAndWait(kVectors + QStringLiteral("/signed-credential.json"));
        QTRY_VERIFY(!verificationOf(QStringLiteral("Teamwork Badge")).isEmpty());
        QVERIFY2(verificationOf(QStringLiteral("Teamwork Badge")) != QLatin1String("verified"),
            qPrintable(verificationOf(QStringLiteral("Teamwork Badge"))));

        TrustDialog dialog(*m_session);
        QTRY_VERIFY(!dialog.busy());
        const QString keys = m_tmp.filePath(QStringLiteral("example-university.json"));
        QVERIFY(writeFile(keys, ob3VectorIssuerJwks()));
        QSignalSpy fileDone(&dialog, &TrustDialog::trustedFileDone);
        dialog.addTrustedFile(keys);
        QTRY_COMPARE(fileDone.size(), 1);
        QCOMPARE(fileDone.first().first().toBool(), true);
        QTRY_COMPARE(dialog.findChild<QListWidget*>(QStringLiteral("trustedList"))->count(), 1);
        QTRY_VERIFY(!dialog.busy());
        test::shoot(&dialog, "20-trust");

        auto* list = m_window->findChild<QListView*>(QStringLiteral("recordList"));
        list->setCurrentIndex(list->model()->index(0, 0));
        QTRY_VERIFY(m_window->findChild<QPushButton*>(QStringLiteral("verifyButton"))->isVisible());
        QSignalSpy verified(m_window->verifier(), &VerifyController::verified);
        m_window->findChild<QPushButton*>(QStringLiteral("verifyButton"))->click();
        QVERIFY(verified.wait(20000));
        QTRY_COMPARE(verificationOf(QStringLiteral("Teamwork Badge")), QStringLiteral("verified"));
        auto* detail = m_window->findChild<QTextBrowser*>(QStringLiteral("recordDetail"));
        QTRY_VERIFY(detail->toPlainText().contains(QStringLiteral("Verified")));
        QVERIFY(detail->toPlainText().contains(QStringLiteral("Signature valid")));
        test::shoot(m_window.get(), "21-verified");
    }

    void tamperedCredentialIsFlagged()
    {
        QByteArray doc = readFile(kVectors + QStringLiteral("/signed-credential.json"));
        doc.replace("Teamwork Badge", "Leadership Badge");
        doc.replace("http://example.com/credentials/3527", "http://example.com/credentials/9999");
        const QString path = m_tmp.filePath(QStringLiteral("changed.json"));
        QVERIFY(writeFile(path, doc));
        importAndWait(path);
        QTRY_COMPARE(verificationOf(QStringLiteral("Leadership Badge")), QStringLiteral("not-verified"));
    }

    void checkAllAgain()
    {
        QSignalSpy verified(m_window->verifier(), &VerifyController::verified);
        m_window->verifier()->verifyAll();
        QVERIFY(verified.wait(20000));
        QTRY_COMPARE(verificationOf(QStringLiteral("Teamwork Badge")), QStringLiteral("verified"));
        QTRY_COMPARE(verificationOf(QStringLiteral("Leadership Badge")), QStringLiteral("not-verified"));
    }
};

QTEST_MAIN(TestVerifyUi)
#include "TestVerifyUi.moc"
