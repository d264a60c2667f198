// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/present/HolderKeys.h"
#include "core/present/PresentationCheck.h"
#include "core/present/SharingHistory.h"
#include "core/session/WalletSession.h"
#include "media/PdfQrReader.h"
#include "media/QrReader.h"
#include "support/SessionTestHelpers.h"
#include "support/UiTestHelpers.h"
#include "tests/core/present/PresentTestKit.h"
#include "ui/present/PresentPages.h"
#include "ui/present/PresentWizard.h"
#include "ui/present/QrCodesDialog.h"
#include "ui/present/SharingHistoryView.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace ler;
using namespace ler::ui;

namespace {

const QString kDomain = QStringLiteral("hr.example.com");
const QString kChallenge = QStringLiteral("interview-7f3a");

verify::VerifierOptions expecting()
{
    verify::VerifierOptions o;
    o.offline = true;
    o.challenge = kChallenge;
    o.domain = kDomain;
    return o;
}

/// A badge by issuer whose validity ended in 2024: shared with a warning.
QJsonObject expiredBadge(const test::Issuer& issuer, const QString& subject)
{
    QJsonObject vc = test::readJsonFile(QStringLiteral("formats/openbadges3/valid/simple.json"));
    vc.remove(QStringLiteral("proof"));
    vc.insert(QStringLiteral("id"), QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    QJsonObject iss = vc.value(QStringLiteral("issuer")).toObject();
    iss.insert(QStringLiteral("id"), issuer.did());
    vc.insert(QStringLiteral("issuer"), iss);
    vc.insert(QStringLiteral("name"), QStringLiteral("Forklift Safety Badge"));
    vc.insert(QStringLiteral("validUntil"), QStringLiteral("2024-06-30T00:00:00Z"));
    QJsonObject s = vc.value(QStringLiteral("credentialSubject")).toObject();
    s.insert(QStringLiteral("id"), subject);
    vc.insert(QStringLiteral("credentialSubject"), s);
    return issuer.sign(vc);
}

} // namespace

/// The sharing wizard offscreen: pick, disclose, recipient, preview, then each output; the QR view and the history.
class TestPresentUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_tmp;
    std::unique_ptr<session::WalletSession> m_session;
    test::Issuer m_issuer;
    QString m_badge, m_sd, m_entry, m_expired, m_pesc, m_clr, m_course;

    QString add(const QByteArray& bytes, const QString& name = {})
    {
        const auto id = test::fromWallet(*m_session, [&](store::Wallet& wallet) {
            session::ImportService service(wallet.database());
            auto outcomes = service.runOne(session::ImportInput::data(bytes, QStringLiteral("test"), name));
            return outcomes && !outcomes->isEmpty() ? outcomes->constFirst().id : QString();
        });
        return id.value_or(QString());
    }

    int historyCount()
    {
        const auto n = test::fromWallet(*m_session, [](store::Wallet& wallet) {
            auto list = present::SharingHistory(wallet.database()).list();
            return list ? int(list->size()) : -1;
        });
        return n.value_or(-1);
    }

    /// A wizard on its first page with the records listed.
    std::unique_ptr<PresentWizard> openWizard()
    {
        auto wizard = std::make_unique<PresentWizard>(*m_session);
        QSignalSpy loaded(wizard->recordsPage(), &RecordPickPage::loaded);
        wizard->show();
        if (!loaded.wait(10000))
            return {};
        return wizard;
    }

    /// From the first page to the preview, with these records, ticked claims and output.
    bool driveToPreview(PresentWizard& wizard,
        const QStringList& ids,
        const QList<std::pair<QString, QString>>& claims,
        PresentWizard::Output output,
        present::PresentationFormat format = present::PresentationFormat::VpJson,
        const char* shots = nullptr)
    {
        for (const QString& id : ids) {
            if (!wizard.recordsPage()->setChosen(id, true))
                return false;
        }
        if (shots)
            test::shoot(&wizard, (QByteArray(shots) + "-1-pick").constData());
        QSignalSpy disclosed(wizard.disclosurePage(), &DisclosurePage::loaded);
        wizard.next();
        if (!disclosed.wait(10000))
            return false;
        for (const auto& [id, path] : claims) {
            if (!wizard.disclosurePage()->setDisclosed(id, path, true))
                return false;
        }
        if (shots) {
            QCoreApplication::processEvents(); // widgets added to a shown page appear on the next pass
            test::shoot(&wizard, (QByteArray(shots) + "-2-disclose").constData());
        }
        wizard.next();
        if (wizard.currentId() != PresentWizard::RecipientPageId)
            return false;
        wizard.recipientPage()->domain()->setText(kDomain);
        wizard.recipientPage()->challenge()->setText(kChallenge);
        wizard.recipientPage()->setOutput(output, format);
        if (shots)
            test::shoot(&wizard, (QByteArray(shots) + "-3-recipient").constData());
        QSignalSpy ready(wizard.previewPage(), &PreviewPage::ready);
        wizard.next();
        if (!ready.wait(10000))
            return false;
        if (shots)
            test::shoot(&wizard, (QByteArray(shots) + "-4-preview").constData());
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        m_session = std::make_unique<session::WalletSession>();
        m_session->setDirectory(m_tmp.filePath(QStringLiteral("wallet")));
        QSignalSpy created(m_session.get(), &session::WalletSession::created);
        m_session->create(QStringLiteral("present test passphrase"), [] { return crypto::KdfParams::cheapForTests(); });
        QVERIFY(created.wait(10000));
        const auto holder = test::fromWallet(
            *m_session, [](store::Wallet& wallet) { return present::HolderKeys(wallet.database()).identity(); });
        QVERIFY(holder && *holder);
        const auto& me = **holder;
        m_badge = add(test::compact(test::badgeV2(m_issuer, me.did)));
        m_sd = add(test::sdJwtCredential(m_issuer, { { QStringLiteral("jwk"), me.publicJwk() } }).compact);
        m_expired = add(test::compact(expiredBadge(m_issuer, me.did)));
        formats::SelfAssertedEntry entry;
        entry.kind = model::RecordKind::Work;
        entry.title = QStringLiteral("Volunteer tutor");
        entry.organization = QStringLiteral("City Library");
        entry.start = QDate(2021, 9, 1);
        const auto added = test::fromWallet(*m_session,
            [&entry](store::Wallet& wallet) { return session::ImportService(wallet.database()).addEntry(entry); });
        QVERIFY(added && *added);
        m_entry = (*added)->id;
        m_pesc = add(test::readFile(QStringLiteral(LER_TEST_DATA "/formats/pesc/valid/SampleCollegeTranscript.xml")),
            QStringLiteral("transcript.xml"));
        m_clr = add(test::compact(test::transcript(m_issuer, me.did)));
        const auto children = test::fromWallet(*m_session, [this](store::Wallet& wallet) {
            return wallet.database().query(
                QStringLiteral("SELECT id FROM credentials WHERE parent_id = ?1"), { m_clr });
        });
        QVERIFY(children && *children && !(*children)->isEmpty());
        m_course = (*children)->constFirst().at(0).toString();
        for (const QString& id : { m_badge, m_sd, m_expired, m_entry, m_pesc, m_clr, m_course })
            QVERIFY(!id.isEmpty());
    }

    void cleanupTestCase() { m_session.reset(); }

    void pickSearchAndRecordsThatCannotBeShared()
    {
        auto wizard = openWizard();
        QVERIFY(wizard);
        QVERIFY(!wizard->recordsPage()->isComplete());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        // An unsigned transcript is listed but cannot be ticked.
        QVERIFY(!wizard->recordsPage()->setChosen(m_pesc, true));
        auto* search = wizard->findChild<QLineEdit*>(QStringLiteral("recordSearch"));
        search->setText(QStringLiteral("forklift"));
        const QAbstractItemModel* shown = wizard->recordsPage()->view()->model();
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("Forklift Safety Badge"));
        search->clear();
        QVERIFY(shown->rowCount() >= 5);
        QVERIFY(wizard->recordsPage()->setChosen(m_badge, true));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QCOMPARE(wizard->recordsPage()->chosenIds(), QStringList { m_badge });

        // A transcript goes whole or as chosen courses, never both.
        QVERIFY(wizard->recordsPage()->setChosen(m_course, true));
        QCOMPARE(wizard->recordsPage()->chosenIds(), (QStringList { m_badge, m_course }));
        QVERIFY(wizard->recordsPage()->setChosen(m_clr, true));
        QCOMPARE(wizard->recordsPage()->chosenIds(), (QStringList { m_badge, m_clr }));
        QVERIFY(!wizard->recordsPage()->setChosen(m_course, true));
        QVERIFY(wizard->recordsPage()->setChosen(m_clr, false));
        QVERIFY(wizard->recordsPage()->setChosen(m_course, true));
        QCOMPARE(wizard->recordsPage()->chosenIds(), (QStringList { m_badge, m_course }));
    }

    void fileOutputPreviewsThenSaves()
    {
        auto wizard = openWizard();
        QVERIFY(wizard);
        const int before = historyCount();
        QVERIFY(driveToPreview(*wizard,
            { m_badge, m_sd, m_expired, m_entry },
            { { m_sd, QStringLiteral("achievement.grade") } },
            PresentWizard::Output::File,
            present::PresentationFormat::VpJson,
            "30-wizard"));

        // The disclosure step said plainly what is shared whole and why.
        auto* badgeBox = wizard->findChild<QGroupBox*>(QStringLiteral("record-") + m_badge);
        QVERIFY(badgeBox);
        QVERIFY(badgeBox->findChild<QLabel*>()->text().contains(QStringLiteral("whole")));
        QVERIFY(wizard->findChild<QGroupBox*>(QStringLiteral("record-") + m_entry)
                    ->findChild<QLabel*>()
                    ->text()
                    .contains(QStringLiteral("self-asserted")));

        // The preview says exactly what the recipient will see, before anything is written.
        const QString text = wizard->previewPage()->text()->toPlainText();
        for (const QString& expected : { kDomain,
                 kChallenge,
                 QStringLiteral("achievement.grade: A"),
                 QStringLiteral("given_name"),
                 QStringLiteral("It has expired."),
                 QStringLiteral("Volunteer tutor"),
                 QStringLiteral("Shared whole") }) {
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in\n") + text));
        }
        QVERIFY(!text.contains(QStringLiteral("Rivera")) || text.contains(QStringLiteral("Hidden")));
        QCOMPARE(historyCount(), before);
        QCOMPARE(wizard->button(QWizard::FinishButton)->text(), QStringLiteral("Save the file..."));

        const QString out = m_tmp.filePath(QStringLiteral("shared.json"));
        QVERIFY(!QFile::exists(out));
        PresentWizard::setNextSavePath(out);
        QSignalSpy shared(wizard.get(), &PresentWizard::shared);
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(shared.wait(20000));
        QCOMPARE(shared.at(0).at(1).toString(), out);
        QCOMPARE(historyCount(), before + 1);
        auto checked = present::PresentationCheck(expecting()).checkFile(test::readFile(out));
        QVERIFY(checked);
        QCOMPARE(checked->report.credentials.size(), 4);
        QCOMPARE(checked->report.check(QStringLiteral("key-binding"))->status, verify::Check::Passed);
        const QByteArray bytes = test::readFile(out);
        QVERIFY(!bytes.contains("Rivera")); // the family name was not ticked
    }

    void aFormatThatCannotCarryTheChoiceIsRefusedInThePreview()
    {
        auto wizard = openWizard();
        QVERIFY(wizard);
        QVERIFY(driveToPreview(
            *wizard, { m_badge, m_sd }, {}, PresentWizard::Output::File, present::PresentationFormat::SdJwt));
        QVERIFY(!wizard->previewPage()->isComplete());
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("previewStatus"))->text().contains(QStringLiteral("SD-JWT")));
    }

    void pdfOutputCarriesVerifiableCodes()
    {
        auto wizard = openWizard();
        QVERIFY(wizard);
        QVERIFY(driveToPreview(*wizard, { m_badge, m_entry }, {}, PresentWizard::Output::Pdf));
        const QString out = m_tmp.filePath(QStringLiteral("shared.pdf"));
        PresentWizard::setNextSavePath(out);
        QSignalSpy shared(wizard.get(), &PresentWizard::shared);
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(shared.wait(20000));
        auto codes = media::readQrCodesFromPdf(test::readFile(out));
        QVERIFY2(codes, codes ? "" : qPrintable(codes.error().message.untranslated()));
        QCOMPARE(codes->size(), 2);
        auto checked = present::PresentationCheck(expecting()).checkQrTexts(*codes);
        QVERIFY(checked);
        QCOMPARE(checked->report.credentials.size(), 2);
        QCOMPARE(checked->report.check(QStringLiteral("codes-together"))->status, verify::Check::Passed);
    }

    void screenOutputShowsScannableCodes()
    {
        auto wizard = openWizard();
        QVERIFY(wizard);
        QVERIFY(driveToPreview(*wizard, { m_badge, m_expired, m_entry }, {}, PresentWizard::Output::Screen));
        QCOMPARE(wizard->button(QWizard::FinishButton)->text(), QStringLiteral("Show the QR codes"));
        QSignalSpy ready(wizard.get(), &PresentWizard::codesReady);
        QSignalSpy shared(wizard.get(), &PresentWizard::shared);
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(shared.wait(20000));
        QCOMPARE(ready.size(), 1);
        const auto preview = ready.at(0).at(0).value<present::Preview>();
        const auto codes = ready.at(0).at(1).value<present::QrCodes>();
        QCOMPARE(codes.codes.size(), 3);

        QrCodesDialog dialog(preview, codes);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.captionText().startsWith(QStringLiteral("1 of 3")));
        auto* next = dialog.findChild<QPushButton*>(QStringLiteral("qrNext"));
        auto* previous = dialog.findChild<QPushButton*>(QStringLiteral("qrPrevious"));
        QVERIFY(!previous->isEnabled());
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(dialog.current(), i);
            QVERIFY2(dialog.captionText().startsWith(QStringLiteral("%1 of 3").arg(i + 1)),
                qPrintable(dialog.captionText()));
            // What is on screen is what the code holds: read it back from the pixels.
            QVERIFY(dialog.view()->moduleSize() >= 3);
            auto read = media::readQrCodes(dialog.view()->grab().toImage());
            QVERIFY2(read, read ? "" : qPrintable(read.error().message.untranslated()));
            QCOMPARE(read->value(0), codes.codes.at(i).payload);
            if (i == 1)
                test::shoot(&dialog, "33-qr-dialog");
            if (i < 2)
                next->click();
        }
        QVERIFY(!next->isEnabled());
        previous->click();
        QCOMPARE(dialog.current(), 1);

        dialog.findChild<QPushButton*>(QStringLiteral("qrFullScreen"))->click();
        QTRY_VERIFY(dialog.windowState() & Qt::WindowFullScreen);
        // A window system makes it as large as the screen; the offscreen one may not.
        if (!QTest::qWaitFor([&dialog] { return dialog.size() == dialog.screen()->size(); }, 2000))
            qInfo("this window system kept the window at its size");
        QCOMPARE(dialog.findChild<QPushButton*>(QStringLiteral("qrFullScreen"))->text(),
            QStringLiteral("Leave &full screen"));
        test::shoot(&dialog, "34-qr-full-screen");
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QTRY_VERIFY(!(dialog.windowState() & Qt::WindowFullScreen));
        QVERIFY(dialog.isVisible()); // Escape left full screen, it did not close the codes

        const QString folder = m_tmp.filePath(QStringLiteral("screen-codes"));
        auto written = dialog.saveAll(folder, false);
        QVERIFY(written);
        QCOMPARE(written->size(), 3);
        for (int i = 0; i < 3; ++i) {
            auto read = media::readQrCodesFromFile(written->at(i));
            QVERIFY(read);
            QCOMPARE(read->value(0), codes.codes.at(i).payload);
        }
        QVERIFY(!dialog.saveAll(folder, true)); // a folder that has codes already is refused

        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = m_tmp.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printed);
        QVERIFY(dialog.print(printer));
        auto fromPrint = media::readQrCodesFromPdf(test::readFile(printed));
        QVERIFY2(fromPrint, fromPrint ? "" : qPrintable(fromPrint.error().message.untranslated()));
        QCOMPARE(fromPrint->size(), 3);
    }

    void historyListsAndDeletes()
    {
        SharingHistoryView view(*m_session);
        QSignalSpy loaded(&view, &SharingHistoryView::loaded);
        view.resize(800, 400);
        view.show();
        QVERIFY(loaded.wait(10000));
        const QList<qint64> ids = view.entryIds();
        QCOMPARE(ids.size(), historyCount());
        QVERIFY(ids.size() >= 3);
        const QString shownAs = view.table()->item(0, 2)->text();
        QCOMPARE(shownAs, QStringLiteral("QR codes on screen")); // the newest first
        QVERIFY(view.table()->item(0, 1)->text() == kDomain);
        test::shoot(&view, "35-history");
        QSignalSpy removed(&view, &SharingHistoryView::removed);
        loaded.clear();
        view.remove(ids.at(0), false);
        QVERIFY(removed.wait(10000));
        QVERIFY(removed.at(0).at(1).toBool());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view.entryIds(), ids.mid(1));
        QCOMPARE(historyCount(), int(ids.size()) - 1);
    }
};

QTEST_MAIN(TestPresentUi)
#include "TestPresentUi.moc"
