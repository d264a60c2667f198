// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "app/common/Process.h"
#include "core/export/JsonSchema.h"
#include "core/session/WalletSession.h"
#include "core/verify/WalletVerification.h"
#include "support/SampleWallet.h"
#include "support/SessionTestHelpers.h"
#include "support/UiTestHelpers.h"
#include "ui/common/Theme.h"
#include "ui/export/ExportDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/main/WalletPage.h"
#include "ui/records/RecordListModel.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace ler;
using namespace ler::ui;
using ler::test::shoot;
using ler::test::whenModal;

namespace {

/// A badge picture like the ones issuers make: a coloured hexagon with the badge's initials.
QString badgePicture(int n, const test::SampleBadge& b)
{
    static const QList<QColor> colours { QColor(0x1a, 0x73, 0xe8),
        QColor(0xd9, 0x30, 0x25),
        QColor(0x18, 0x80, 0x38),
        QColor(0xf2, 0x99, 0x00),
        QColor(0x8e, 0x24, 0xaa),
        QColor(0x00, 0x89, 0x7b),
        QColor(0x5d, 0x40, 0x37) };
    QImage image(128, 128, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QPolygonF hex;
    for (int i = 0; i < 6; ++i) {
        const double a = (60.0 * i - 90.0) * M_PI / 180.0;
        hex << QPointF(64 + 60 * std::cos(a), 64 + 60 * std::sin(a));
    }
    const QColor c = colours.at(n % colours.size());
    p.setBrush(c);
    p.setPen(QPen(c.darker(140), 6));
    p.drawPolygon(hex);
    QFont f;
    f.setPixelSize(40);
    f.setBold(true);
    p.setFont(f);
    p.setPen(Qt::white);
    QString initials;
    for (const QString& w : QString::fromLatin1(b.title).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (w.at(0).isUpper() && initials.size() < 2) {
            initials += w.at(0);
        }
    }
    p.drawText(QRect(0, 0, 128, 128), Qt::AlignCenter, initials);
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

} // namespace

class TestMainView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_tmp;
    std::unique_ptr<session::WalletSession> m_session;
    std::unique_ptr<MainWindow> m_window;

    WalletPage* page() { return m_window->walletPage(); }
    RecordListModel* model() { return page()->model(); }
    QListView* list() { return m_window->findChild<QListView*>(QStringLiteral("recordList")); }
    QLineEdit* search() { return m_window->findChild<QLineEdit*>(QStringLiteral("searchField")); }

    QStringList titles()
    {
        QStringList out;
        for (int r = 0; r < model()->rowCount(); ++r) {
            if (model()->entryAt(r)) {
                out.append(model()->index(r).data(RecordListModel::TitleRole).toString());
            }
        }
        return out;
    }

    int rowOfTitle(const QString& title)
    {
        for (int r = 0; r < model()->rowCount(); ++r) {
            if (model()->index(r).data(RecordListModel::TitleRole).toString() == title) {
                return r;
            }
        }
        return -1;
    }

    void select(const QString& title)
    {
        const int row = rowOfTitle(title);
        QVERIFY2(row >= 0, qPrintable(title));
        list()->setCurrentIndex(model()->index(row));
        QTRY_COMPARE(m_window->findChild<QLabel*>(QStringLiteral("detailTitle"))->text(), title);
    }

    void reloadAndWait()
    {
        QSignalSpy reloaded(page(), &WalletPage::reloaded);
        page()->reload();
        QVERIFY(reloaded.wait(10000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_session = std::make_unique<session::WalletSession>();
        m_session->setDirectory(m_tmp.filePath(QStringLiteral("wallet")));
        QSignalSpy created(m_session.get(), &session::WalletSession::created);
        m_session->create(
            QStringLiteral("main view test passphrase"), [] { return crypto::KdfParams::cheapForTests(); });
        QVERIFY(created.wait(10000));
        test::SampleOptions options;
        options.picture = badgePicture;
        const auto n = test::fromWallet(
            *m_session, [&options](store::Wallet& wallet) { return test::fillSampleWallet(wallet, options); });
        QVERIFY(n);
        QVERIFY2(*n, *n ? "" : qPrintable(n->error().message.untranslated()));
        m_window = std::make_unique<MainWindow>(*m_session, [] { return crypto::KdfParams::cheapForTests(); });
        m_window->resize(1280, 820);
        m_window->show();
        m_window->showCurrentPage();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->centralWidget()->findChild<WalletPage*>(), page());
        // The open wallet is read on the session's worker before its page shows.
        QTRY_COMPARE(m_window->findChild<QStackedWidget*>()->currentWidget(), static_cast<QWidget*>(page()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }

    void titlesAreMadeForPeople()
    {
        const QStringList all = titles();
        QVERIFY2(all.contains(QStringLiteral("Personal ID: Erika Mustermann")), qPrintable(all.join(" | ")));
        QVERIFY2(!all.contains(QStringLiteral("urn:eudi:pid:de:1")), "a type URI is no title");
        QVERIFY(all.contains(QStringLiteral("College transcript")));
        const int ventura = rowOfTitle(QStringLiteral("College transcript"));
        QVERIFY(ventura >= 0);
        const QString issuer = model()->index(ventura).data(RecordListModel::IssuerRole).toString();
        QVERIFY2(!model()->index(ventura).data(RecordListModel::TitleRole).toString().contains(issuer),
            "the institution is named once, in the issuer line");
        const int own = rowOfTitle(QStringLiteral("Warehouse lead"));
        QVERIFY(own >= 0);
        QVERIFY(model()
                    ->index(own)
                    .data(RecordListModel::IssuerRole)
                    .toString()
                    .contains(QStringLiteral("your own entry")));
        QVERIFY(model()
                    ->index(own)
                    .data(RecordListModel::VerificationTextRole)
                    .toString()
                    .contains(QStringLiteral("own entry")));
    }

    void verificationSaysWhenItWasChecked()
    {
        const int row = rowOfTitle(QStringLiteral("Customer Service Excellence"));
        QVERIFY(row >= 0);
        const QString line = model()->index(row).data(RecordListModel::VerificationTextRole).toString();
        QVERIFY2(line.startsWith(QStringLiteral("Verified on ")), qPrintable(line));
        QVERIFY2(line.contains(QString::number(QDate::currentDate().year())), qPrintable(line));
    }

    void nestedCoursesFoldUnderTheirTranscript()
    {
        QVERIFY(!titles().contains(QStringLiteral("Health Careers 1")));
        int clr = -1;
        for (int r = 0; r < model()->rowCount(); ++r) {
            if (model()->index(r).data(RecordListModel::ChildCountRole).toInt() == 6) {
                clr = r;
            }
        }
        QVERIFY(clr >= 0);
        const int before = model()->recordCount();
        list()->setFocus();
        list()->setCurrentIndex(model()->index(clr));
        QTest::keyClick(list(), Qt::Key_Plus);
        QCOMPARE(model()->recordCount(), before + 6);
        QVERIFY(titles().contains(QStringLiteral("Health Careers 1")));
        shoot(m_window.get(), "30-expanded");
        QTest::keyClick(list(), Qt::Key_Minus);
        QCOMPARE(model()->recordCount(), before);
        // A search finds a course inside a folded transcript, and shows it with the transcript.
        QTest::keyClicks(search(), QStringLiteral("anatomy"));
        QTRY_VERIFY(titles().contains(QStringLiteral("Human Anatomy and Physiology")));
        search()->clear();
        QTRY_COMPARE(model()->recordCount(), before);
    }

    void sectionsSortingAndFilters()
    {
        page()->showSection(WalletPage::Section::Work);
        QVERIFY(model()->recordCount() >= 4);
        for (int r = 0; r < model()->rowCount(); ++r) {
            QCOMPARE(model()->index(r).data(RecordListModel::KindNameRole).toString(), QStringLiteral("work"));
        }
        page()->showSection(WalletPage::Section::Licenses);
        QVERIFY(titles().contains(QStringLiteral("Commercial Driver License, Class B")));
        page()->showSection(WalletPage::Section::All);

        auto* sort = m_window->findChild<QComboBox*>(QStringLiteral("sortBox"));
        sort->setCurrentIndex(sort->findText(QStringLiteral("Issuer")));
        QString last;
        for (int r = 0; r < model()->rowCount(); ++r) {
            const records::Entry* e = model()->entryAt(r);
            if (!e || e->isNested()) {
                continue;
            }
            const QString issuer
                = (e->record.issuer.name.isEmpty() ? e->summary.issuer : e->record.issuer.name).toCaseFolded();
            QVERIFY2(QString::localeAwareCompare(last, issuer) <= 0, qPrintable(last + " > " + issuer));
            last = issuer;
        }
        sort->setCurrentIndex(sort->findText(QStringLiteral("Verification state")));
        QCOMPARE(model()->entryAt(0)->summary.verification, QStringLiteral("verified"));
        sort->setCurrentIndex(0);

        auto* state = m_window->findChild<QComboBox*>(QStringLiteral("verificationFilter"));
        state->setCurrentIndex(state->findData(QStringLiteral("not-verified")));
        QVERIFY(model()->recordCount() >= 1);
        for (int r = 0; r < model()->rowCount(); ++r) {
            QCOMPARE(
                model()->index(r).data(RecordListModel::VerificationRole).toString(), QStringLiteral("not-verified"));
        }
        state->setCurrentIndex(0);
        auto* issuer = m_window->findChild<QComboBox*>(QStringLiteral("issuerFilter"));
        issuer->setCurrentIndex(issuer->findText(QStringLiteral("Red Oak Health Alliance")));
        QCOMPARE(model()->recordCount(), 3);
        issuer->setCurrentIndex(0);

        // The timeline: newest first, a header per year.
        page()->setTimeline(true);
        QCOMPARE(
            model()->index(0).data(RecordListModel::RowTypeRole).toInt(), int(RecordListModel::RowType::YearHeader));
        int previous = 99999;
        for (int r = 0; r < model()->rowCount(); ++r) {
            if (model()->index(r).data(RecordListModel::RowTypeRole).toInt()
                == int(RecordListModel::RowType::YearHeader)) {
                const int year = model()->index(r).data(RecordListModel::YearRole).toInt();
                QVERIFY2(year < previous, "each year once, newest first");
                previous = year;
            }
        }
        QVERIFY2(!(model()->flags(model()->index(0)) & Qt::ItemIsSelectable), "headers are skipped by the keyboard");
        page()->setTimeline(false);
    }

    void keyboardOnly()
    {
        // Ctrl+F goes to the search field, Down into the results, arrows move, the detail follows.
        m_window->activateWindow();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search()->hasFocus());
        QTest::keyClicks(search(), QStringLiteral("safety"));
        QTRY_VERIFY(model()->recordCount() >= 2 && model()->recordCount() < 10);
        QTest::keyClick(search(), Qt::Key_Down);
        QVERIFY(list()->hasFocus());
        QVERIFY(list()->currentIndex().isValid());
        const QString first = list()->currentIndex().data(RecordListModel::TitleRole).toString();
        QTRY_COMPARE(m_window->findChild<QLabel*>(QStringLiteral("detailTitle"))->text(), first);
        QTest::keyClick(list(), Qt::Key_Right);
        QTRY_VERIFY(m_window->findChild<QLabel*>(QStringLiteral("detailTitle"))->text() != first);
        shoot(m_window.get(), "31-search");
        // Every action has a shortcut or a mnemonic, and is enabled while the wallet is open.
        for (const char* name : { "importAction", "exportAction", "findAction", "lockAction", "deleteAction" }) {
            auto* a = m_window->findChild<QAction*>(QLatin1String(name));
            QVERIFY2(a && a->isEnabled() && !a->shortcut().isEmpty(), name);
        }
        QCOMPARE(m_window->findChild<QAction*>(QStringLiteral("lockAction"))->shortcut(),
            QKeySequence(Qt::CTRL | Qt::Key_L));
        QCOMPARE(m_window->findChild<QAction*>(QStringLiteral("importAction"))->shortcut(),
            QKeySequence(Qt::CTRL | Qt::Key_I));
        // Controls have accessible names.
        for (QWidget* w : { static_cast<QWidget*>(search()),
                 static_cast<QWidget*>(list()),
                 m_window->findChild<QWidget*>(QStringLiteral("sidebar")),
                 m_window->findChild<QWidget*>(QStringLiteral("sortBox")) }) {
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
        search()->clear();
        QTRY_VERIFY(model()->recordCount() > 20);
    }

    void tagsAndCollections()
    {
        select(QStringLiteral("Certified Logistics Associate"));
        auto* tags = m_window->findChild<QLineEdit*>(QStringLiteral("tagsField"));
        tags->setFocus();
        tags->setText(QStringLiteral("warehouse, logistics"));
        QSignalSpy reloaded(page(), &WalletPage::reloaded);
        QTest::keyClick(tags, Qt::Key_Return);
        QVERIFY(reloaded.wait(10000));
        auto* tagFilter = m_window->findChild<QComboBox*>(QStringLiteral("tagFilter"));
        QVERIFY(tagFilter->findData(QStringLiteral("warehouse")) > 0);
        tagFilter->setCurrentIndex(tagFilter->findData(QStringLiteral("warehouse")));
        QCOMPARE(titles(), QStringList { QStringLiteral("Certified Logistics Associate") });
        tagFilter->setCurrentIndex(0);

        // A new collection with this record in it, made from the record's page.
        whenModal([](QWidget* w) {
            auto* input = qobject_cast<QInputDialog*>(w);
            QVERIFY(input);
            input->setTextValue(QStringLiteral("For warehouse jobs"));
            input->accept();
        });
        select(QStringLiteral("Certified Logistics Associate"));
        QSignalSpy again(page(), &WalletPage::reloaded);
        auto* collect = m_window->findChild<QWidget*>(QStringLiteral("collectionButton"));
        QVERIFY(collect);
        const auto actions = collect->findChild<QMenu*>()->actions();
        actions.last()->trigger();
        QVERIFY(again.wait(10000));
        page()->showSection(WalletPage::Section::Collections);
        auto* collections = m_window->findChild<QListWidget*>(QStringLiteral("collectionsList"));
        QCOMPARE(collections->count(), 1);
        QVERIFY(collections->item(0)->text().startsWith(QStringLiteral("For warehouse jobs")));
        shoot(m_window.get(), "32-collections");
        collections->setCurrentRow(0);
        Q_EMIT collections->itemActivated(collections->item(0));
        QCOMPARE(titles(), QStringList { QStringLiteral("Certified Logistics Associate") });
        page()->showSection(WalletPage::Section::All);
        QVERIFY(model()->recordCount() > 20);
    }

    void skillsListTheirRecords()
    {
        page()->showSection(WalletPage::Section::Skills);
        auto* skills = m_window->findChild<QTreeWidget*>(QStringLiteral("skillsList"));
        QVERIFY(skills->topLevelItemCount() > 10);
        QTreeWidgetItem* safety = nullptr;
        for (int i = 0; i < skills->topLevelItemCount(); ++i) {
            if (skills->topLevelItem(i)->text(0) == QLatin1String("Workplace safety")) {
                safety = skills->topLevelItem(i);
            }
        }
        QVERIFY(safety);
        QVERIFY2(safety->text(1).contains(QStringLiteral("ce-5b6e7a1c")), "a CTID is shown with its framework");
        QVERIFY(safety->text(1).contains(QStringLiteral("Credential Engine Registry")));
        shoot(m_window.get(), "33-skills");
        Q_EMIT skills->itemActivated(safety, 0);
        QCOMPARE(model()->recordCount(), 3);
        QVERIFY(titles().contains(QStringLiteral("Forklift Operator Safety")));
        m_window->findChild<QPushButton*>(QStringLiteral("clearNarrowButton"))->click();
        QVERIFY(model()->recordCount() > 20);
    }

    void deleteAsksFirst()
    {
        select(QStringLiteral("Cashier"));
        auto* del = m_window->findChild<QAction*>(QStringLiteral("deleteAction"));
        whenModal([](QWidget* w) {
            QCOMPARE(w->objectName(), QStringLiteral("deleteConfirmation"));
            static_cast<QMessageBox*>(w)->button(QMessageBox::Cancel)->click();
        });
        del->trigger();
        QTest::qWait(50);
        QVERIFY2(titles().contains(QStringLiteral("Cashier")), "cancel keeps the record");
        whenModal([](QWidget* w) {
            auto* box = static_cast<QMessageBox*>(w);
            for (QAbstractButton* b : box->buttons()) {
                if (box->buttonRole(b) == QMessageBox::DestructiveRole) {
                    b->click();
                }
            }
        });
        QSignalSpy reloaded(page(), &WalletPage::reloaded);
        del->trigger();
        QVERIFY(reloaded.wait(10000));
        QVERIFY(!titles().contains(QStringLiteral("Cashier")));
    }

    void jsonResumeExportListsWhatItLeavesOutAndValidates()
    {
        const QString path = m_tmp.filePath(QStringLiteral("resume.json"));
        ExportDialog dialog(*m_session, model()->entries(), page()->shownIds(), m_window.get());
        dialog.setOutputPath(path);
        dialog.show();
        dialog.findChild<QRadioButton*>(QStringLiteral("formatJsonResume"))->setChecked(true);
        QTRY_COMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("givenName"))->text(), QStringLiteral("Erika"));
        shoot(&dialog, "34-export");
        QString listed;
        whenModal([&listed](QWidget* w) {
            QCOMPARE(w->objectName(), QStringLiteral("omissionsBox"));
            listed = static_cast<QMessageBox*>(w)->text();
            static_cast<QMessageBox*>(w)->button(QMessageBox::Save)->click();
        });
        QSignalSpy saved(&dialog, &ExportDialog::saved);
        dialog.findChild<QPushButton*>(QStringLiteral("saveExportButton"))->click();
        QVERIFY(saved.wait(10000));
        QVERIFY2(listed.contains(QStringLiteral("signature")), qPrintable(listed));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        exports::SchemaSet schemas;
        const QUrl uri(QStringLiteral("https://jsonresume.example/schema.json"));
        QVERIFY(schemas.addFile(QStringLiteral(LER_TEST_DATA "/jsonresume/schema.json"), uri));
        const QStringList errors = schemas.validate(QJsonDocument::fromJson(f.readAll()).object(), uri);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    }

    void pdfResumeHasTextAndCodes()
    {
        const QString path = m_tmp.filePath(QStringLiteral("resume.pdf"));
        ExportDialog dialog(*m_session, model()->entries(), page()->shownIds(), m_window.get());
        dialog.setOutputPath(path);
        dialog.findChild<QRadioButton*>(QStringLiteral("formatPdf"))->setChecked(true);
        QSignalSpy saved(&dialog, &ExportDialog::saved);
        dialog.findChild<QPushButton*>(QStringLiteral("saveExportButton"))->click();
        QVERIFY(saved.wait(20000));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY2(pdf.contains("/Font"), "a text layer, not a picture of text");
        QVERIFY2(pdf.contains("/Subtype /Image") || pdf.contains("/Subtype/Image"), "verification codes are drawn");
    }

    /// Pictures of every view for people to look at (LER_SCREENSHOT_DIR), light and dark, English and Spanish.
    void screenshots()
    {
        if (qEnvironmentVariableIsEmpty("LER_SCREENSHOT_DIR")) {
            QSKIP("set LER_SCREENSHOT_DIR to take screenshots");
        }
        m_window->statusBar()->clearMessage();
        installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)); // as the app does
        reloadAndWait();
        for (const char* language : { "en", "es" }) {
            if (QLatin1String(language) == QLatin1String("es")) {
                QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
                installTranslations(*qApp, QLocale(QLocale::Spanish, QLocale::Spain));
                // As a Spanish-speaking person sees it: reports made and widgets built in Spanish.
                const auto checked = test::fromWallet(*m_session, [](store::Wallet& wallet) {
                    return verify::WalletVerification(wallet.database()).verifyAll().ok();
                });
                QVERIFY(checked && *checked);
                m_window = std::make_unique<MainWindow>(*m_session, [] { return crypto::KdfParams::cheapForTests(); });
                m_window->resize(1280, 820);
                m_window->show();
                m_window->showCurrentPage();
                QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
                reloadAndWait();
            }
            for (const Theme theme : { Theme::Light, Theme::Dark }) {
                applyTheme(theme);
                const QString tag = QLatin1String(language) + QLatin1Char('-') + themeName(theme);
                page()->showSection(WalletPage::Section::All);
                select(QStringLiteral("Phlebotomy Technician"));
                QTest::qWait(300);
                shoot(m_window.get(), qPrintable(QStringLiteral("main-cards-") + tag));
                page()->setTimeline(true);
                QTest::qWait(200);
                shoot(m_window.get(), qPrintable(QStringLiteral("main-timeline-") + tag));
                page()->setTimeline(false);
                page()->showSection(WalletPage::Section::Skills);
                shoot(m_window.get(), qPrintable(QStringLiteral("skills-") + tag));
                page()->showSection(WalletPage::Section::Shared);
                QTest::qWait(200);
                shoot(m_window.get(), qPrintable(QStringLiteral("shared-") + tag));
                page()->showSection(WalletPage::Section::Badges);
                select(QStringLiteral("Customer Service Excellence"));
                m_window->findChild<QPushButton*>(QStringLiteral("showOriginalButton"))->setChecked(true);
                QTest::qWait(200);
                shoot(m_window.get(), qPrintable(QStringLiteral("detail-") + tag));
                m_window->findChild<QPushButton*>(QStringLiteral("showOriginalButton"))->setChecked(false);
                ExportDialog dialog(*m_session, model()->entries(), page()->shownIds(), m_window.get());
                dialog.show();
                QTest::qWait(300);
                shoot(&dialog, qPrintable(QStringLiteral("export-") + tag));
            }
        }
        applyTheme(Theme::System);
    }
};

QTEST_MAIN(TestMainView)
#include "TestMainView.moc"
