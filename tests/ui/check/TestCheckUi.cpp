// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/present/HolderKeys.h"
#include "core/present/PresentationService.h"
#include "core/session/WalletSession.h"
#include "media/PresentationCodes.h"
#include "media/PresentationPdf.h"
#include "support/UiTestHelpers.h"
#include "tests/core/present/PresentTestKit.h"
#include "ui/check/CheckPresentationWindow.h"
#include "ui/main/MainWindow.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTextBrowser>

using namespace ler;
using namespace ler::ui;

namespace {

const QString kDomain = QStringLiteral("hr.example.com");
const QString kChallenge = QStringLiteral("interview-7f3a");

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

/// "Check a presentation" offscreen, with no wallet open: files, PDFs and QR images made by the wallet's own code.
class TestCheckUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_tmp;
    test::TestWallet m_w;
    test::Issuer m_issuer;
    QString m_holder;
    QString m_vp, m_withEntry, m_pdf, m_old, m_lone;
    QStringList m_images;

    /// Runs a check of files in a fresh window and returns the report's text.
    QString check(CheckPresentationWindow& window, const QStringList& files, const QString& challenge = kChallenge)
    {
        window.clearFiles();
        window.addFiles(files);
        window.challenge()->setText(challenge);
        window.domain()->setText(kDomain);
        window.online()->setChecked(false);
        QSignalSpy checked(&window, &CheckPresentationWindow::checked);
        window.findChild<QPushButton*>(QStringLiteral("checkButton"))->click();
        if (!checked.wait(30000))
            return QStringLiteral("(no report)");
        return window.report()->toPlainText();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        QVERIFY(m_w.wallet);
        auto holder = present::HolderKeys(m_w.db()).identity();
        QVERIFY(holder);
        m_holder = holder->did;
        const QString badge = m_w.add(test::compact(test::badgeV2(m_issuer, m_holder)));
        const QString badge11 = m_w.add(test::compact(test::badgeV11(m_issuer, m_holder)));
        const QString entry = m_w.addEntry(QStringLiteral("Volunteer tutor"));
        QVERIFY(!badge.isEmpty() && !badge11.isEmpty() && !entry.isEmpty());

        present::PresentationService service(m_w.db());
        const present::Recipient recipient { kDomain, kChallenge, {} };
        auto plan
            = service.prepare({ { { badge, {} }, { badge11, {} } }, recipient, present::PresentationFormat::VpJson });
        QVERIFY(plan);
        m_vp = m_tmp.filePath(QStringLiteral("two-badges.json"));
        QVERIFY(writeFile(m_vp, service.make(*plan)->bytes));
        auto mixed
            = service.prepare({ { { badge, {} }, { entry, {} } }, recipient, present::PresentationFormat::VpJson });
        QVERIFY(mixed);
        m_withEntry = m_tmp.filePath(QStringLiteral("with-entry.json"));
        QVERIFY(writeFile(m_withEntry, service.make(*mixed)->bytes));

        auto codes = service.makeQrCodes(*plan);
        QVERIFY(codes);
        auto pdf = media::presentationPdf(plan->preview, *codes);
        QVERIFY(pdf);
        m_pdf = m_tmp.filePath(QStringLiteral("shared.pdf"));
        QVERIFY(writeFile(m_pdf, *pdf));
        auto images = media::saveCodes(
            plan->preview, *codes, m_tmp.filePath(QStringLiteral("codes")), media::CodeFileFormat::Png);
        QVERIFY(images);
        m_images = *images;

        service.setNow(QDateTime::currentDateTimeUtc().addDays(-41));
        auto old = service.prepare({ { { badge, {} } }, recipient, present::PresentationFormat::VpJson });
        QVERIFY(old);
        m_old = m_tmp.filePath(QStringLiteral("old.json"));
        QVERIFY(writeFile(m_old, service.make(*old)->bytes));

        m_lone = m_tmp.filePath(QStringLiteral("badge.json"));
        QVERIFY(writeFile(m_lone, test::compact(test::badgeV2(m_issuer, m_holder))));
    }

    void aVerifiedPresentationFile()
    {
        CheckPresentationWindow window;
        window.show();
        const QString text = check(window, { m_vp });
        QVERIFY2(text.contains(QStringLiteral("Verified")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("NOT verified")));
        QVERIFY(text.contains(QStringLiteral("Presented and signed by the wallet")));
        QVERIFY(text.contains(m_holder));
        QVERIFY(text.contains(QStringLiteral("Made for: ") + kDomain));
        QVERIFY(text.contains(QStringLiteral("Teamwork Badge")));
        // The issuer's own name is only a claim: the identifier its key is tied to is shown beside it.
        QVERIFY2(text.contains(QStringLiteral("(identified as %1").arg(m_issuer.did().left(20))), qPrintable(text));
        // A did:key anyone can make: the name beside it is said to be unconfirmed.
        QVERIFY2(text.contains(QStringLiteral("anyone can make an identifier like this one")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("You gave no challenge")));
        QVERIFY(text.contains(QStringLiteral("It answers your challenge ") + kChallenge));
        test::shoot(&window, "40-check-verified");
    }

    void selfAssertedAndNotCheckedAreSaidApart()
    {
        CheckPresentationWindow window;
        window.show();
        const QString text = check(window, { m_withEntry });
        QVERIFY2(text.contains(QStringLiteral("Partly verified")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Only self-asserted")));
        QVERIFY(text.contains(QStringLiteral("Volunteer tutor")));
        // The badge is verified, the entry is the person's own word.
        const qsizetype verified = text.indexOf(QStringLiteral("Verified records"));
        const qsizetype self = text.indexOf(QStringLiteral("Only self-asserted"));
        QVERIFY(verified >= 0 && self > verified);
        QVERIFY(text.mid(verified, self - verified).contains(QStringLiteral("Teamwork Badge")));
        QVERIFY(text.mid(self).contains(QStringLiteral("Volunteer tutor")));
        test::shoot(&window, "41-check-self-asserted");
    }

    void anotherChallengeIsNotVerified()
    {
        CheckPresentationWindow window;
        window.show();
        const QString text = check(window, { m_vp }, QStringLiteral("some-other-request"));
        QVERIFY2(text.contains(QStringLiteral("NOT verified")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("another challenge")));
        const QString none = check(window, { m_vp }, QString());
        QVERIFY2(none.contains(QStringLiteral("You gave no challenge")), qPrintable(none));
    }

    void aPdfAndQrImagesVerifyAsOnePresentation()
    {
        CheckPresentationWindow window;
        window.show();
        const QString fromPdf = check(window, { m_pdf });
        QVERIFY2(fromPdf.contains(QStringLiteral("Verified")) && !fromPdf.contains(QStringLiteral("NOT verified")),
            qPrintable(fromPdf));
        QVERIFY(fromPdf.contains(QStringLiteral("Read from 2 QR code(s)")));
        QStringList reversed = m_images;
        std::reverse(reversed.begin(), reversed.end());
        const QString fromImages = check(window, reversed);
        QVERIFY2(fromImages.contains(QStringLiteral("Read from 2 QR code(s)")), qPrintable(fromImages));
        QVERIFY(!fromImages.contains(QStringLiteral("NOT verified")));
        test::shoot(&window, "42-check-qr-images");
        // One image alone is still a whole presentation of its record.
        const QString one = check(window, { m_images.constFirst() });
        QVERIFY(one.contains(QStringLiteral("Read from 1 QR code(s)")));
    }

    void aLoneCredentialIsNoPresentation()
    {
        CheckPresentationWindow window;
        window.show();
        const QString text = check(window, { m_lone });
        QVERIFY2(text.contains(QStringLiteral("not a presentation")), qPrintable(text));
    }

    void maxAgeIsAnAppSetting()
    {
        CheckPresentationWindow::setMaxAgeSetting(30);
        CheckPresentationWindow window;
        window.show();
        QCOMPARE(window.maxAgeDays()->value(), 30);
        const QString stale = check(window, { m_old });
        QVERIFY2(stale.contains(QStringLiteral("NOT verified")) && stale.contains(QStringLiteral("41 day")),
            qPrintable(stale));
        window.maxAgeDays()->setValue(0);
        QCOMPARE(CheckPresentationWindow::maxAgeSetting(), 0);
        const QString anyAge = check(window, { m_old });
        QVERIFY2(!anyAge.contains(QStringLiteral("NOT verified")), qPrintable(anyAge));
        window.maxAgeDays()->setValue(60);
        CheckPresentationWindow again;
        QCOMPARE(again.maxAgeDays()->value(), 60);
    }

    void theReportIsSavedAsPdf()
    {
        CheckPresentationWindow window;
        window.show();
        QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("checkSaveReport"))->isEnabled());
        check(window, { m_withEntry });
        QVERIFY(window.findChild<QPushButton*>(QStringLiteral("checkSaveReport"))->isEnabled());
        const QString path = m_tmp.filePath(QStringLiteral("report.pdf"));
        CheckPresentationWindow::setNextSavePath(path);
        window.findChild<QPushButton*>(QStringLiteral("checkSaveReport"))->click();
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QString text;
        for (int page = 0; page < pdf.pageCount(); ++page)
            text += pdf.getAllText(page).text();
        for (const QString& expected : { QStringLiteral("Presentation check report"),
                 QStringLiteral("Partly verified"),
                 QStringLiteral("Only self-asserted"),
                 QStringLiteral("Volunteer tutor") })
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in\n") + text));
    }

    void openedFromTheWelcomePageWithoutAWallet()
    {
        session::WalletSession session;
        session.setDirectory(m_tmp.filePath(QStringLiteral("no-wallet-here")));
        MainWindow window(session, [] { return crypto::KdfParams::cheapForTests(); });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(session.state(), session::WalletSession::State::Locked);
        QVERIFY(!window.checkWindow());
        auto* button = window.findChild<QPushButton*>(QStringLiteral("checkPresentationButton"));
        QVERIFY(button && button->isVisible());
        test::shoot(&window, "43-welcome-with-check");
        button->click();
        QVERIFY(window.checkWindow());
        QVERIFY(window.checkWindow()->isVisible());
        auto* action = window.findChild<QAction*>(QStringLiteral("checkPresentationAction"));
        QVERIFY(action && action->isEnabled()); // in the File menu, with no wallet open
    }
};

QTEST_MAIN(TestCheckUi)
#include "TestCheckUi.moc"
