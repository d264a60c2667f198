// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/FolderScan.h"
#include "core/qr/Vpqr.h"
#include "core/session/WalletSession.h"
#include "core/store/CredentialRepository.h"
#include "core/store/WalletSettings.h"
#include "media/QrImage.h"
#include "media/QrReader.h"
#include "support/LoopbackHttpServer.h"
#include "support/SessionTestHelpers.h"
#include "support/UiTestHelpers.h"
#include "ui/import/EntryDialog.h"
#include "ui/import/ImportController.h"
#include "ui/main/MainWindow.h"
#include "ui/records/RecordListModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <functional>

using namespace ler;
using namespace ler::ui;
using ler::test::shoot;
using ler::test::whenModal;

namespace {

const QString kData = QStringLiteral(LER_TEST_DATA "/formats");

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// A QR code image of `text`, drawn small (4 pixels a module) as a person would photograph or screenshot it.
QImage qrImage(const QByteArray& text)
{
    auto symbol = media::QrSymbol::encode(QString::fromUtf8(text), qr::EccLevel::Low);
    if (!symbol) {
        return {};
    }
    media::QrRenderOptions options;
    options.moduleSize = 4;
    return media::renderQr(*symbol, options);
}

/// Answers the import result dialog: records what it listed, then closes it.
struct Outcomes
{
    QStringList statuses;
    QString summary;
};

void collectOutcomes(Outcomes* out, const char* shot = nullptr)
{
    whenModal(
        [out, shot](QWidget* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("importResultDialog"));
            out->summary = dialog->findChild<QLabel*>(QStringLiteral("importSummary"))->text();
            auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("importOutcomes"));
            for (int i = 0; i < list->topLevelItemCount(); ++i) {
                out->statuses << list->topLevelItem(i)->text(0);
            }
            if (shot) {
                shoot(dialog, shot);
            }
            static_cast<QDialog*>(dialog)->reject();
        },
        QStringLiteral("importResultDialog"));
}

} // namespace

class TestImportUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_tmp;
    std::unique_ptr<session::WalletSession> m_session;
    std::unique_ptr<MainWindow> m_window;

    QListView* table() { return m_window->findChild<QListView*>(QStringLiteral("recordList")); }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        m_session = std::make_unique<session::WalletSession>();
        m_session->setDirectory(m_tmp.filePath(QStringLiteral("wallet")));
        QSignalSpy created(m_session.get(), &session::WalletSession::created);
        m_session->create(QStringLiteral("import test passphrase"), [] { return crypto::KdfParams::cheapForTests(); });
        QVERIFY(created.wait(10000));
        m_window = std::make_unique<MainWindow>(*m_session, [] { return crypto::KdfParams::cheapForTests(); });
        m_window->show();
        m_window->showCurrentPage();
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

    void importFilesShowsEveryOutcome()
    {
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("emptyState"))->isVisible());
        QFile broken(m_tmp.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"@context\": [");
        broken.close();
        Outcomes out;
        collectOutcomes(&out, "10-import-result");
        QSignalSpy done(m_window->importer(), &ImportController::imported);
        m_window->importer()->importFiles({ kData + QStringLiteral("/openbadges3/valid/simple.json"),
            kData + QStringLiteral("/clr2/valid/simple.json"),
            broken.fileName(),
            kData + QStringLiteral("/openbadges3/valid/simple.json") });
        QVERIFY(done.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!out.statuses.isEmpty(), 5000);
        QVERIFY2(out.statuses.contains(QStringLiteral("Imported")), qPrintable(out.statuses.join(',')));
        QVERIFY2(out.statuses.contains(QStringLiteral("Already in your wallet")), qPrintable(out.statuses.join(',')));
        QVERIFY2(out.statuses.contains(QStringLiteral("Not imported")), qPrintable(out.statuses.join(',')));
        QVERIFY(!out.summary.isEmpty());

        QTRY_VERIFY(table()->isVisible());
        QTRY_VERIFY2(table()->model()->rowCount() >= 2, "the badge and the CLR are listed (its credentials folded)");
        table()->setCurrentIndex(table()->model()->index(0, 0));
        auto* title = m_window->findChild<QLabel*>(QStringLiteral("detailTitle"));
        QTRY_COMPARE(title->text(), table()->model()->index(0, 0).data(RecordListModel::TitleRole).toString());
        QVERIFY(!title->text().isEmpty());
        shoot(m_window.get(), "11-records");
    }

    void searchFilters()
    {
        auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("searchField"));
        const int all = table()->model()->rowCount();
        search->setText(QStringLiteral("zzzznothing"));
        QTRY_COMPARE(table()->model()->rowCount(), 0);
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("noMatchState"))->isVisible());
        search->clear();
        QTRY_COMPARE(table()->model()->rowCount(), all);
    }

    void pasteFromClipboard()
    {
        QApplication::clipboard()->setText(
            QString::fromUtf8(readFile(kData + QStringLiteral("/openbadges3/valid/velocity.jwt"))));
        Outcomes out;
        collectOutcomes(&out);
        QSignalSpy done(m_window->importer(), &ImportController::imported);
        m_window->findChild<QAction*>(QStringLiteral("pasteAction"))->trigger();
        QVERIFY(done.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(out.statuses, QStringList { QStringLiteral("Imported") }, 5000);
    }

    void newerVersionIsOfferedAndApplied()
    {
        // The JWT form of a credential already imported as JSON: same id, other content.
        QApplication::clipboard()->setText(
            QString::fromUtf8(readFile(kData + QStringLiteral("/openbadges3/valid/simple.jwt"))));
        QStringList second;
        whenModal([&second](QWidget* dialog) {
            auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("importOutcomes"));
            QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Newer version"));
            Outcomes* after = new Outcomes;
            QObject::connect(dialog, &QObject::destroyed, [after, &second] {
                QTimer::singleShot(0, [after, &second] {
                    collectOutcomes(after);
                    QTimer::singleShot(3000, [after, &second] {
                        second = after->statuses;
                        delete after;
                    });
                });
            });
            dialog->findChild<QPushButton*>(QStringLiteral("useNewerVersions"))->click();
        });
        m_window->findChild<QAction*>(QStringLiteral("pasteAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(second, QStringList { QStringLiteral("Updated") }, 20000);
    }

    void pasteRejectsJunk()
    {
        QApplication::clipboard()->setText(QStringLiteral("not a credential at all"));
        Outcomes bad;
        collectOutcomes(&bad);
        m_window->findChild<QAction*>(QStringLiteral("pasteAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(bad.statuses, QStringList { QStringLiteral("Not imported") }, 20000);
    }

    void importFromQrImage()
    {
        const QByteArray jwt = readFile(kData + QStringLiteral("/openbadges2/valid/simple.jwt")).trimmed();
        const QString png = m_tmp.filePath(QStringLiteral("qr.png"));
        QVERIFY(qrImage(jwt).save(png));
        auto decoded = media::readQrCodesFromFile(png);
        QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error().message.untranslated()));
        QCOMPARE(decoded->first().toUtf8(), jwt);
        Outcomes out;
        collectOutcomes(&out);
        QSignalSpy done(m_window->importer(), &ImportController::imported);
        m_window->importer()->importQrImage(png);
        QVERIFY(done.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(out.statuses, QStringList { QStringLiteral("Imported") }, 5000);

        // A VPQR code, as VerifierPlus and the Learner Credential Wallet show them, imports the credential inside.
        const QJsonObject ob3 = QJsonDocument::fromJson(
            readFile(QStringLiteral(
                LER_TEST_DATA "/vectors/openbadges-eddsa/ob3-validator-samples/simple-did-key-method.json")))
                                    .object();
        auto vpqr = qr::encodeVpqr(ob3);
        QVERIFY(vpqr);
        const QString vpqrPng = m_tmp.filePath(QStringLiteral("vpqr.png"));
        QVERIFY(qrImage(vpqr->toLatin1()).save(vpqrPng));
        Outcomes fromVpqr;
        collectOutcomes(&fromVpqr);
        QSignalSpy vpqrDone(m_window->importer(), &ImportController::imported);
        m_window->importer()->importQrImage(vpqrPng);
        QVERIFY(vpqrDone.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(fromVpqr.statuses, QStringList { QStringLiteral("Imported") }, 5000);

        QImage blank(200, 200, QImage::Format_RGB32);
        blank.fill(Qt::white);
        auto none = media::readQrCodes(blank);
        QVERIFY(!none);
        QCOMPARE(none.error().reason, QStringLiteral("qr/none-found"));
    }

    void importFromWebAddress()
    {
        // The badge is served from 127.0.0.1: without the testing switch the import refuses it before connecting.
        testnet::LoopbackHttpServer server;
        server.route(QStringLiteral("/badges/robotics.json"),
            testnet::Route::json(
                readFile(kData + QStringLiteral("/openbadges2/valid/assertion-with-endorsements.json"))));
        {
            const testnet::ForbidLoopback forbid;
            Outcomes refused;
            collectOutcomes(&refused);
            QSignalSpy done(m_window->importer(), &ImportController::imported);
            m_window->importer()->importUrl(server.url(QStringLiteral("/badges/robotics.json")));
            QVERIFY(done.wait(20000));
            QTRY_COMPARE_WITH_TIMEOUT(refused.statuses, QStringList { QStringLiteral("Not imported") }, 5000);
            QCOMPARE(server.connectionCount(), 0);
        }
        const testnet::AllowLoopback allow;
        QVERIFY(server.isListening());
        Outcomes out;
        collectOutcomes(&out);
        QSignalSpy done(m_window->importer(), &ImportController::imported);
        m_window->importer()->importUrl(server.url(QStringLiteral("/badges/robotics.json")));
        QVERIFY(done.wait(20000));
        // The same assertion id came in earlier as a signed badge, so the fetched copy is offered as another version.
        QTRY_COMPARE_WITH_TIMEOUT(out.statuses, QStringList { QStringLiteral("Newer version") }, 5000);

        // With the network switched off in settings nothing is fetched, and the person is told why.
        QVERIFY(test::onWallet(*m_session,
            [](store::Wallet& wallet) { return store::WalletSettings(wallet.database()).setNetworkAllowed(false); }));
        Outcomes offline;
        collectOutcomes(&offline);
        m_window->importer()->importUrl(server.url(QStringLiteral("/badges/robotics.json")));
        QVERIFY(done.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(offline.statuses, QStringList { QStringLiteral("Not imported") }, 5000);
        QVERIFY(test::onWallet(*m_session,
            [](store::Wallet& wallet) { return store::WalletSettings(wallet.database()).setNetworkAllowed(true); }));
    }

    void dropFilesOnTheWindow()
    {
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(kData + QStringLiteral("/csv/valid/reordered.csv")) });
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY2(enter.isAccepted(), "an unlocked wallet accepts dropped files");
        Outcomes out;
        collectOutcomes(&out);
        QSignalSpy done(m_window->importer(), &ImportController::imported);
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(done.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!out.statuses.isEmpty(), 5000);
        QVERIFY2(!out.statuses.contains(QStringLiteral("Not imported")), qPrintable(out.statuses.join(',')));
    }

    void folderImportWithCancel()
    {
        const auto found = formats::credentialFilesIn(kData);
        QVERIFY(found);
        const QStringList& files = *found;
        QVERIFY2(files.size() > 20, "the folder walk finds the sample files");
        QVERIFY(!files.contains(kData + QStringLiteral("/SOURCES.md")));
        Outcomes out;
        collectOutcomes(&out);
        QSignalSpy done(m_window->importer(), &ImportController::imported);
        m_window->importer()->importFolder(kData + QStringLiteral("/pesc/valid"));
        QVERIFY(done.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(out.statuses.size(), 4, 5000);
    }

    void selfAssertedEntry()
    {
        // Rows named by title, not a count of all rows: the list may still be taking in the folder import.
        const auto entries = [this] {
            int n = 0;
            for (int r = 0; r < table()->model()->rowCount(); ++r) {
                const QModelIndex i = table()->model()->index(r, 0);
                n += i.data(RecordListModel::TitleRole).toString() == QLatin1String("Forklift operator")
                    && i.data(RecordListModel::IssuerRole)
                           .toString()
                           .contains(QStringLiteral("your own entry"), Qt::CaseInsensitive);
            }
            return n;
        };
        QCOMPARE(entries(), 0);
        whenModal([](QWidget* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("entryDialog"));
            auto* buttons = dialog->findChild<QDialogButtonBox*>();
            buttons->button(QDialogButtonBox::Save)->click();
            QVERIFY2(dialog->isVisible(), "an entry without a title is not saved");
            dialog->findChild<QLineEdit*>(QStringLiteral("entryTitle"))->setText(QStringLiteral("Forklift operator"));
            dialog->findChild<QLineEdit*>(QStringLiteral("entryStart"))->setText(QStringLiteral("2021-13"));
            buttons->button(QDialogButtonBox::Save)->click();
            QVERIFY2(dialog->isVisible(), "an impossible date is refused");
            dialog->findChild<QLineEdit*>(QStringLiteral("entryStart"))->setText(QStringLiteral("2021-03"));
            shoot(dialog, "12-entry");
            buttons->button(QDialogButtonBox::Save)->click();
        });
        m_window->findChild<QPushButton*>(QStringLiteral("addEntryButton"))->click();
        // Listed once and marked self-asserted.
        QTRY_COMPARE(entries(), 1);
    }

    void lockForgetsTheList()
    {
        m_session->lock();
        // A lock asked for while the session's worker still runs a task (re-reading the list after the entry
        // was added) happens when that task ends.
        QTRY_COMPARE(m_session->state(), session::WalletSession::State::Locked);
        QCOMPARE(table()->model()->rowCount(), 0);
        QVERIFY(m_window->findChild<QTextBrowser*>(QStringLiteral("recordDetail"))
                    ->toPlainText()
                    .contains(QStringLiteral("Pick a record")));
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(kData + QStringLiteral("/csv/valid/entries.csv")) });
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.ignore();
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY2(!enter.isAccepted(), "a locked wallet takes no files");
    }
};

QTEST_MAIN(TestImportUi)
#include "TestImportUi.moc"
