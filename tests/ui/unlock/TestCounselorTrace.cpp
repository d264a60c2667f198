// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "app/common/Process.h"
#include "core/present/PresentationService.h"
#include "core/present/SharingHistory.h"
#include "core/session/WalletSession.h"
#include "core/store/CredentialRepository.h"
#include "core/store/WalletSettings.h"
#include "support/TestWalletHelpers.h"
#include "support/UiTestHelpers.h"
#include "ui/common/ClipboardGuard.h"
#include "ui/common/PrivacyMode.h"
#include "ui/import/ImportController.h"
#include "ui/main/MainWindow.h"
#include "ui/unlock/ClientSessionController.h"
#include "ui/unlock/RecoveryCodeSheet.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDirIterator>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <cstdio>
#include <functional>

using namespace ler;

namespace {

const QString kClient = QStringLiteral("Zenobia Quillfeather");
const QString kClientPass = QStringLiteral("harbor violet 58 candle");

/// Runs `f` on the next modal widget for which `match` holds (exec() blocks the caller).
void onModal(std::function<bool(QWidget*)> match, std::function<void(QWidget*)> f)
{
    auto* timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, [timer, match, f] {
        QWidget* w = QApplication::activeModalWidget();
        if (w && w->isVisible() && match(w)) {
            timer->stop();
            timer->deleteLater();
            f(w);
        }
    });
    timer->start(20);
}

bool named(QWidget* w, const char* name)
{
    return w->objectName() == QLatin1String(name);
}

/// Answers Qt's own (not the desktop's) folder dialog with `folder`.
void pickFolder(const QString& folder)
{
    onModal([](QWidget* w) { return qobject_cast<QFileDialog*>(w) != nullptr; },
        [folder](QWidget* w) {
            auto* dialog = qobject_cast<QFileDialog*>(w);
            dialog->setDirectory(folder);
            dialog->selectFile(folder);
            // selectFile() fills the name field only once the dialog's file model has read the folder, which on a
            // busy machine comes later; typing the whole path, as a person can, does not wait for it.
            if (auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit")))
                name->setText(folder);
            QMetaObject::invokeMethod(dialog, "accept");
        });
}

bool waitFor(const std::function<bool()>& condition, int ms = 20000)
{
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > ms)
            return false;
        QTest::qWait(20);
    }
    return true;
}

QWidget* currentPage(ui::MainWindow& w)
{
    return w.findChild<QStackedWidget*>()->currentWidget();
}

/// Imports through the window's import controller and closes its report.
bool importFiles(ui::MainWindow& window, const QStringList& files)
{
    bool reported = false;
    onModal([](QWidget* w) { return w->inherits("ler::ui::ImportResultDialog"); },
        [&reported](QWidget* w) {
            reported = true;
            qobject_cast<QDialog*>(w)->accept();
        });
    window.importer()->importFiles(files);
    return waitFor([&] { return reported && !window.importer()->busy(); });
}

int fail(const char* what)
{
    std::fprintf(stdout, "SCENARIO-FAILED %s\n", what);
    std::fflush(stdout);
    return 1;
}

/// The counselor's session, run in a process whose HOME, TMPDIR and XDG folders are fresh (see noTraceIsLeft()).
/// `normal` opens the same wallet as the person's own, the control that shows traces are found when there are some.
int runScenario(const QString& usb, const QString& exports, bool normal)
{
    QApplication::setApplicationName(QStringLiteral("ler-wallet"));
    QApplication::setApplicationDisplayName(QStringLiteral("LER Wallet"));
    if (!hardenProcess())
        return fail("harden");
    const QString folder = QDir(usb).filePath(QStringLiteral("Zenobia-Quillfeather"));
    session::WalletSession session;
    ui::MainWindow window(session, [] { return crypto::KdfParams::cheapForTests(); });
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return fail("window");
    auto* banner = window.findChild<QToolBar*>(QStringLiteral("clientBanner"));
    const QString data = QStringLiteral(LER_TEST_DATA "/formats/");

    if (normal) {
        window.openKnownWallet(folder);
        auto* field = window.findChild<QLineEdit*>(QStringLiteral("unlockPassphrase"));
        QTest::keyClicks(field, kClientPass);
        QTest::keyClick(field, Qt::Key_Return);
        if (!waitFor([&] { return currentPage(window)->objectName() == QLatin1String("walletPage"); }))
            return fail("normal open");
        session.lock();
        window.close();
        std::fprintf(stdout, "SCENARIO-OK\n");
        return 0;
    }

    // 1. Help a client: create a wallet for them in their folder (chosen with Qt's folder dialog).
    onModal([](QWidget* w) { return named(w, "clientDialog"); },
        [&](QWidget* w) {
            w->findChild<QRadioButton*>(QStringLiteral("clientCreate"))->setChecked(true);
            pickFolder(folder);
            QTest::mouseClick(w->findChild<QPushButton*>(QStringLiteral("chooseClientFolder")), Qt::LeftButton);
            w->findChild<QLineEdit*>(QStringLiteral("clientName"))->setText(kClient);
            onModal([](QWidget* c) { return named(c, "createWalletDialog"); },
                [](QWidget* c) {
                    c->findChild<QLineEdit*>(QStringLiteral("passphrase"))->setText(kClientPass);
                    c->findChild<QLineEdit*>(QStringLiteral("passphraseAgain"))->setText(kClientPass);
                    QTest::mouseClick(c->findChild<QPushButton*>(QStringLiteral("createButton")), Qt::LeftButton);
                    auto* saved = c->findChild<QCheckBox*>(QStringLiteral("savedCheck"));
                    waitFor([&] { return saved->isVisible(); });
                    saved->setChecked(true);
                    QTest::mouseClick(c->findChild<QPushButton*>(QStringLiteral("finishButton")), Qt::LeftButton);
                });
            QTest::mouseClick(w->findChild<QPushButton*>(QStringLiteral("startClientButton")), Qt::LeftButton);
        });
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("helpClientButton")), Qt::LeftButton);
    if (!session.wallet() || !session.helpingClient())
        return fail("client wallet created");
    if (!banner->isVisible() || !window.windowTitle().contains(kClient))
        return fail("the window says whose wallet it is");
    ler::test::shoot(&window, "70-client-wallet");

    // 2. Import, present (recorded as shared by a counselor), print to PDF, copy the wallet ID.
    if (!importFiles(window,
            { data + QStringLiteral("openbadges3/valid/simple.json"),
                data + QStringLiteral("clr2/valid/simple.json"),
                data + QStringLiteral("csv/valid/entries.csv") }))
        return fail("import");
    const QString presentationFile = QDir(exports).filePath(QStringLiteral("for-employer.json"));
    bool shared = false;
    const bool counselor = session.helpingClient();
    session.runTask(
        [presentationFile, counselor](store::Wallet& wallet) -> Status {
            auto list = store::CredentialRepository(wallet.database()).list();
            if (!list || list->isEmpty())
                return Error(ErrorCode::NotFound, Text::verbatim(QStringLiteral("no records")));
            present::PresentationService service(wallet.database());
            present::PresentationRequest request;
            for (const store::CredentialSummary& c : *list)
                if (c.parentId.isEmpty())
                    request.records.append({ c.id, {} });
            request.recipient.domain = QStringLiteral("jobs.example.com");
            request.sharedBy = counselor ? present::SharedBy::CounselorWithClient : present::SharedBy::Holder;
            auto plan = service.prepare(request);
            if (!plan)
                return plan.error();
            auto made = service.share(*plan, [&](const present::Presentation& p) -> Status {
                QSaveFile out(presentationFile);
                if (!out.open(QIODevice::WriteOnly) || out.write(p.bytes) != p.bytes.size() || !out.commit())
                    return Error(ErrorCode::Io, Text::verbatim(QStringLiteral("write")));
                return {};
            });
            return made ? Status() : Status(made.error());
        },
        &window,
        [&shared](const Status& s) {
            shared = s.ok();
            if (!s)
                std::fprintf(stdout, "present: %s\n", qPrintable(s.error().message.untranslated()));
        });
    if (!waitFor([&] { return shared; }))
        return fail("present");
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(QDir(exports).filePath(QStringLiteral("recovery-sheet.pdf")));
        ui::RecoveryCodeSheet::render(&printer, QStringLiteral("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"), folder);
        QPrinter summary(QPrinter::HighResolution);
        summary.setOutputFormat(QPrinter::PdfFormat);
        summary.setOutputFileName(QDir(exports).filePath(QStringLiteral("presentation.pdf")));
        QTextDocument doc;
        QFile written(presentationFile);
        if (!written.open(QIODevice::ReadOnly))
            return fail("read the presentation");
        doc.setPlainText(QString::fromUtf8(written.readAll()));
        doc.print(&summary);
    }
    window.findChild<QAction*>(QStringLiteral("copyWalletIdAction"))->trigger();
    if (!waitFor([] { return QApplication::clipboard()->text().startsWith(QLatin1String("did:key:")); }))
        return fail("copy the wallet ID");

    // 3. End the session: locked, the clipboard cleared, the folder forgotten.
    banner->actions().constLast()->trigger();
    if (!waitFor([&] {
            return !session.helpingClient() && currentPage(window)->objectName() == QLatin1String("welcomePage");
        }))
        return fail("end the session");
    if (!QApplication::clipboard()->text().isEmpty())
        return fail("clipboard cleared");
    if (session.directory().startsWith(usb) || banner->isVisible() || window.windowTitle().contains(kClient))
        return fail("nothing of the client is shown");

    // 4. Help the same client again: open their wallet; the name comes from inside it. Then it locks by itself.
    onModal([](QWidget* w) { return named(w, "clientDialog"); },
        [&](QWidget* w) {
            w->findChild<QRadioButton*>(QStringLiteral("clientOpen"))->setChecked(true);
            w->findChild<QLineEdit*>(QStringLiteral("clientFolder"))->setText(folder);
            QTest::mouseClick(w->findChild<QPushButton*>(QStringLiteral("startClientButton")), Qt::LeftButton);
        });
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("helpClientButton")), Qt::LeftButton);
    auto* field = window.findChild<QLineEdit*>(QStringLiteral("unlockPassphrase"));
    QTest::keyClicks(field, kClientPass);
    QTest::keyClick(field, Qt::Key_Return);
    if (!waitFor([&] { return session.wallet() && window.windowTitle().contains(kClient); }))
        return fail("the name is read from the client's wallet");
    ler::test::shoot(&window, "71-client-wallet-opened");
    if (!importFiles(window, { data + QStringLiteral("pesc/valid/SampleCollegeTranscript.xml") }))
        return fail("second import");
    window.setAutoLockInterval(std::chrono::milliseconds(300));
    if (!waitFor([&] {
            return !session.wallet() && !session.helpingClient()
                && currentPage(window)->objectName() == QLatin1String("welcomePage");
        }))
        return fail("idle lock ends the session");
    ler::test::shoot(&window, "72-after-client");
    window.close();
    session.lock();
    std::fprintf(stdout, "SCENARIO-OK\n");
    std::fflush(stdout);
    return 0;
}

} // namespace

class TestCounselorTrace : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
    };

    /// Runs the scenario with fresh HOME, TMPDIR, XDG folders and runtime folder below `root`.
    Run scenario(const QString& root, bool normal)
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        const QString home = root + QStringLiteral("/home");
        e.insert(QStringLiteral("HOME"), home);
        e.insert(QStringLiteral("TMPDIR"), root + QStringLiteral("/tmp"));
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        e.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
        e.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        e.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
        e.insert(QStringLiteral("XDG_RUNTIME_DIR"), root + QStringLiteral("/runtime"));
        e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        e.remove(QStringLiteral("XDG_CONFIG_DIRS"));
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(QCoreApplication::applicationFilePath(),
            { normal ? QStringLiteral("--scenario-normal") : QStringLiteral("--scenario"),
                root + QStringLiteral("/usb"),
                root + QStringLiteral("/exports") });
        p.waitForFinished(240000);
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

    static QStringList filesBelow(const QString& dir)
    {
        QStringList out;
        QDirIterator it(
            dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!QFileInfo(path).isDir())
                out.append(QDir(dir).relativeFilePath(path));
        }
        return out;
    }

    static QStringList namesContaining(const QString& dir, const QString& needle)
    {
        QStringList out;
        QDirIterator it(
            dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(needle, Qt::CaseInsensitive))
                out.append(path);
        }
        return out;
    }

    /// Every trace of the client below `dir`: in file names or file contents, by either part of the name.
    static QStringList traces(const QString& dir)
    {
        QStringList out;
        for (const QString& part : kClient.split(QLatin1Char(' '))) {
            out += namesContaining(dir, part);
            out += ler::test::filesContaining(dir, part.toUtf8());
            out += ler::test::filesContaining(dir, part.toLower().toUtf8());
            // Also as UTF-16 (a QString written as is).
            QByteArray utf16(reinterpret_cast<const char*>(part.utf16()), part.size() * 2);
            out += ler::test::filesContaining(dir, utf16);
        }
        out.removeDuplicates();
        return out;
    }

    QTemporaryDir m_root;

    void makeRoot(const QString& root)
    {
        for (const char* d : { "home", "tmp", "runtime", "usb/Zenobia-Quillfeather", "exports" })
            QVERIFY(QDir().mkpath(root + QLatin1Char('/') + QLatin1String(d)));
        QFile::setPermissions(
            root + QStringLiteral("/runtime"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

private Q_SLOTS:
    void noTraceIsLeft()
    {
        const QString root = m_root.filePath(QStringLiteral("counselor"));
        makeRoot(root);
        const QDateTime started = QDateTime::currentDateTime().addSecs(-1);
        const Run run = scenario(root, false);
        QVERIFY2(run.code == 0 && run.out.contains("SCENARIO-OK"), run.out + run.err);

        // What the session made where it should: the client's wallet and the chosen exports.
        QVERIFY(QFile::exists(root + QStringLiteral("/usb/Zenobia-Quillfeather/wallet.keys")));
        QCOMPARE(filesBelow(root + QStringLiteral("/exports")).size(), 3);
        for (const QString& f : filesBelow(root + QStringLiteral("/exports")))
            QVERIFY2(QFileInfo(root + QStringLiteral("/exports/") + f).size() > 0, qPrintable(f));

        // Nothing anywhere else: no file at all in HOME (settings, wallet list, Qt's file dialog history, caches,
        // thumbnails, logs, recent files), in TMPDIR or in the runtime folder.
        for (const char* place : { "home", "tmp", "runtime" }) {
            const QStringList files = filesBelow(root + QLatin1Char('/') + QLatin1String(place));
            QVERIFY2(files.isEmpty(),
                qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(place), files.join(QStringLiteral(", ")))));
            const QStringList found = traces(root + QLatin1Char('/') + QLatin1String(place));
            QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));
        }
        // Nor in the real temporary folder, should something ignore TMPDIR.
        QStringList inTmp;
        QDirIterator it(QDir::tempPath(), QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.startsWith(m_root.path()))
                continue;
            const QFileInfo info(path);
            if (info.lastModified() < started || info.size() > 64 * 1024 * 1024)
                continue;
            QFile f(path);
            if (path.contains(QLatin1String("Quillfeather"))
                || (f.open(QIODevice::ReadOnly) && f.readAll().contains("Quillfeather")))
                inTmp.append(path);
        }
        QVERIFY2(inTmp.isEmpty(), qPrintable(inTmp.join(QStringLiteral(", "))));

        // The presentations made while helping are marked so in the client's own history.
        auto wallet = store::Wallet::open(root + QStringLiteral("/usb/Zenobia-Quillfeather"), kClientPass.toUtf8());
        QVERIFY(wallet);
        auto history = present::SharingHistory((*wallet)->database()).list();
        QVERIFY(history && history->size() == 1);
        QCOMPARE(history->constFirst().sharedBy, present::SharedBy::CounselorWithClient);
        QCOMPARE(store::WalletSettings((*wallet)->database()).ownerName(), kClient);
        QVERIFY(store::CredentialRepository((*wallet)->database()).count().value() >= 4);
    }

    void theTestFindsTracesWhenThereAreSome()
    {
        // The control: the same wallet opened as the person's own is remembered in HOME, and the checks above see it.
        const QString root = m_root.filePath(QStringLiteral("counselor"));
        QVERIFY2(
            QFile::exists(root + QStringLiteral("/usb/Zenobia-Quillfeather/wallet.keys")), "runs after noTraceIsLeft");
        QVERIFY(QDir(root + QStringLiteral("/home")).removeRecursively());
        QVERIFY(QDir().mkpath(root + QStringLiteral("/home")));
        const Run run = scenario(root, true);
        QVERIFY2(run.code == 0 && run.out.contains("SCENARIO-OK"), run.out + run.err);
        QVERIFY(!filesBelow(root + QStringLiteral("/home")).isEmpty());
        QVERIFY2(!traces(root + QStringLiteral("/home")).isEmpty(), "the wallet list names the folder");
    }
};

int main(int argc, char* argv[])
{
    if (argc == 4 && (qstrcmp(argv[1], "--scenario") == 0 || qstrcmp(argv[1], "--scenario-normal") == 0)) {
        QApplication app(argc, argv);
        return runScenario(QString::fromLocal8Bit(argv[2]),
            QString::fromLocal8Bit(argv[3]),
            qstrcmp(argv[1], "--scenario-normal") == 0);
    }
    QApplication app(argc, argv);
    TestCounselorTrace test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestCounselorTrace.moc"
