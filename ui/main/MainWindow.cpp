// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/main/MainWindow.h"

#include "core/formats/FolderScan.h"
#include "core/present/HolderKeys.h"
#include "core/session/ImportService.h"
#include "core/session/KnownWallets.h"
#include "core/session/WalletSession.h"
#include "core/store/CredentialRepository.h"
#include "core/store/WalletSettings.h"
#include "ui/backup/BackupController.h"
#include "ui/backup/RestoreDialog.h"
#include "ui/check/CheckPresentationWindow.h"
#include "ui/common/AppSettings.h"
#include "ui/common/ClipboardGuard.h"
#include "ui/common/IdleWatcher.h"
#include "ui/common/PrivacyMode.h"
#include "ui/common/SessionLockWatcher.h"
#include "ui/export/ExportDialog.h"
#include "ui/import/EntryDialog.h"
#include "ui/import/ImportController.h"
#include "ui/main/WalletPage.h"
#include "ui/present/PresentWizard.h"
#include "ui/present/QrCodesDialog.h"
#include "ui/present/SharingHistoryView.h"
#include "ui/records/RecordListModel.h"
#include "ui/settings/ChangePassphraseDialog.h"
#include "ui/settings/ReplaceKeyDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/text/Render.h"
#include "ui/unlock/ClientSessionController.h"
#include "ui/unlock/RecoveryCodeSheet.h"
#include "ui/unlock/UnlockPage.h"
#include "ui/unlock/WelcomePage.h"
#include "ui/verify/TrustDialog.h"
#include "ui/verify/VerifyController.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThreadPool>
#include <QToolBar>
#include <QVBoxLayout>

namespace ler::ui {

namespace {
const QString kFolderKey = QStringLiteral("walletFolder");
}

QString MainWindow::startFolder()
{
    const QList<session::KnownWallet> known = session::KnownWallets().list();
    if (!known.isEmpty() && known.constFirst().lastOpened.isValid()) {
        return known.constFirst().folder;
    }
    const QString remembered = appSettings()->value(kFolderKey).toString();
    return remembered.isEmpty() ? store::Wallet::defaultLocation() : remembered;
}

MainWindow::MainWindow(session::WalletSession& session, CreateWalletDialog::CostFunction cost, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_cost(std::move(cost))
    , m_pages(new QStackedWidget)
    , m_welcome(new WelcomePage)
    , m_unlock(new UnlockPage(session))
    , m_walletPage(new WalletPage(session))
    , m_idle(new IdleWatcher(this))
    , m_importer(new ImportController(session, this))
    , m_verifier(new VerifyController(session, this))
    , m_backup(nullptr)
    , m_client(nullptr)
    , m_lockWatcher(new SessionLockWatcher(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("LER Wallet"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/ler-wallet.svg")));
    resize(1000, 660);
    setAcceptDrops(true);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_unlock);
    m_pages->addWidget(m_walletPage);
    setCentralWidget(m_pages);
    m_backup = new BackupController(m_session, this, m_cost);
    m_client = new ClientSessionController(m_session, this);
    createMenus();
    for (QToolBar* banner : { m_client->banner(), m_backup->reminderBar() }) {
        addToolBarBreak(Qt::TopToolBarArea);
        addToolBar(Qt::TopToolBarArea, banner);
    }

    connect(m_welcome, &WelcomePage::createRequested, this, [this] {
        // The default folder on the first run; a folder of one's choice when that holds a wallet or in kiosk mode.
        if (m_session.walletExists() || PrivacyMode::instance().kiosk()) {
            newWalletInFolder();
        } else {
            createWallet();
        }
    });
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openWalletFolder);
    connect(m_welcome, &WelcomePage::checkRequested, this, &MainWindow::checkPresentation);
    connect(m_welcome, &WelcomePage::openKnownRequested, this, &MainWindow::openKnownWallet);
    connect(m_welcome, &WelcomePage::restoreRequested, this, &MainWindow::restoreWallet);
    connect(m_welcome, &WelcomePage::helpClientRequested, m_client, &ClientSessionController::start);
    connect(m_unlock, &UnlockPage::openOtherRequested, this, [this] {
        if (m_session.helpingClient()) {
            m_client->end();
        } else {
            showStartPage();
        }
    });
    connect(m_client, &ClientSessionController::createRequested, this, &MainWindow::createWallet);
    connect(m_client, &ClientSessionController::showFolderRequested, this, [this] {
        openKnownWallet(m_session.directory());
    });
    connect(m_client, &ClientSessionController::showStartRequested, this, &MainWindow::showStartPage);
    connect(m_backup, &BackupController::walletChanged, m_walletPage, &WalletPage::reload);
    // Lock when the desktop session locks or the computer goes to sleep.
    m_lockWatcher->watchDesktop();
    connect(m_lockWatcher, &SessionLockWatcher::lockRequested, this, [this] {
        if (m_session.state() == session::WalletSession::State::Unlocked) {
            statusBar()->showMessage(tr("Locked because the computer was locked or went to sleep."), 10000);
        }
        m_session.lock();
    });
    connect(m_walletPage, &WalletPage::lockRequested, &m_session, &session::WalletSession::lock);
    connect(m_walletPage, &WalletPage::importRequested, this, &MainWindow::importFiles);
    connect(m_walletPage, &WalletPage::addEntryRequested, this, &MainWindow::addEntry);
    connect(m_importer, &ImportController::imported, m_walletPage, &WalletPage::reload);
    connect(m_walletPage, &WalletPage::verifyRequested, m_verifier, &VerifyController::verifyOne);
    connect(m_walletPage, &WalletPage::deleteRequested, this, &MainWindow::deleteRecord);
    connect(m_walletPage, &WalletPage::editRequested, this, &MainWindow::editEntry);
    connect(m_walletPage, &WalletPage::exportRequested, this, &MainWindow::exportResume);
    connect(m_walletPage, &WalletPage::copyRequested, this, &MainWindow::copyText);
    connect(m_walletPage, &WalletPage::saveOriginalRequested, this, &MainWindow::saveOriginal);
    connect(m_walletPage, &WalletPage::statusMessage, this, [this](const QString& text) {
        statusBar()->showMessage(text, 8000);
    });
    connect(m_verifier, &VerifyController::verified, m_walletPage, &WalletPage::reload);
    connect(&m_session, &session::WalletSession::unlocked, this, &MainWindow::onUnlocked);
    connect(&m_session, &session::WalletSession::aboutToLock, this, &MainWindow::onAboutToLock);
    connect(&m_session, &session::WalletSession::stateChanged, this, [this] {
        updateActions();
        if (m_session.state() == session::WalletSession::State::Locked) {
            showCurrentPage();
        }
    });
    connect(m_idle, &IdleWatcher::idle, this, [this] {
        statusBar()->showMessage(tr("Locked after a period of inactivity."), 10000);
        m_session.lock();
    });
    showCurrentPage();
    if (m_session.wallet()) {
        readWallet(); // a session opened before the window
    }
}

MainWindow::~MainWindow()
{
    // An import may still run on the session's worker and use what this window owns.
    m_session.waitForTasks();
    QThreadPool::globalInstance()->waitForDone();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* importAction
        = file->addAction(tr("&Import files..."), QKeySequence(Qt::CTRL | Qt::Key_I), this, &MainWindow::importFiles);
    importAction->setObjectName(QStringLiteral("importAction"));
    QAction* folderAction = file->addAction(tr("Import a &folder..."), this, &MainWindow::importFolder);
    QAction* qrAction = file->addAction(tr("Import from a &QR code image..."), this, &MainWindow::importQrImage);
    QAction* urlAction = file->addAction(tr("Import from a &web address..."), this, &MainWindow::importUrl);
    QAction* pasteAction = file->addAction(
        tr("&Paste a credential"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), this, &MainWindow::pasteCredential);
    pasteAction->setObjectName(QStringLiteral("pasteAction"));
    QAction* entryAction = file->addAction(tr("Add your own &entry..."), this, &MainWindow::addEntry);
    QAction* deleteAction = file->addAction(tr("&Delete the selected record..."), QKeySequence::Delete, this, [this] {
        deleteRecord(m_walletPage->selectedId());
    });
    deleteAction->setObjectName(QStringLiteral("deleteAction"));
    QAction* exportAction
        = file->addAction(tr("Make a ré&sumé..."), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::exportResume);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    file->addSeparator();
    QAction* shareAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-send")),
        tr("&Share records..."),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
        this,
        [this] { shareRecords(); });
    shareAction->setObjectName(QStringLiteral("shareAction"));
    QAction* checkAction = file->addAction(tr("Chec&k a presentation..."), this, &MainWindow::checkPresentation);
    checkAction->setObjectName(QStringLiteral("checkPresentationAction"));
    file->addSeparator();
    file->addAction(tr("&New wallet in a folder..."), this, &MainWindow::newWalletInFolder);
    file->addAction(tr("&Open wallet folder..."), QKeySequence::Open, this, &MainWindow::openWalletFolder);
    file->addSeparator();
    m_lockAction = file->addAction(QIcon::fromTheme(QStringLiteral("system-lock-screen")),
        tr("&Lock wallet"),
        QKeySequence(Qt::CTRL | Qt::Key_L),
        &m_session,
        &session::WalletSession::lock);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* findAction
        = view->addAction(tr("&Search"), QKeySequence(Qt::CTRL | Qt::Key_F), m_walletPage, &WalletPage::focusSearch);
    findAction->setObjectName(QStringLiteral("findAction"));
    QAction* cardsAction = view->addAction(
        tr("As &cards"), QKeySequence(Qt::CTRL | Qt::Key_1), this, [this] { m_walletPage->setTimeline(false); });
    QAction* timelineAction = view->addAction(
        tr("As a &timeline"), QKeySequence(Qt::CTRL | Qt::Key_2), this, [this] { m_walletPage->setTimeline(true); });
    view->addSeparator();
    QList<QAction*> sectionActions;
    const QList<std::pair<QString, WalletPage::Section>> sections {
        { tr("&All records"), WalletPage::Section::All },
        { tr("&Education"), WalletPage::Section::Education },
        { tr("T&raining"), WalletPage::Section::Training },
        { tr("&Work"), WalletPage::Section::Work },
        { tr("&Badges and certifications"), WalletPage::Section::Badges },
        { tr("&Licenses"), WalletPage::Section::Licenses },
        { tr("S&kills"), WalletPage::Section::Skills },
        { tr("C&ollections"), WalletPage::Section::Collections },
        { tr("S&hared"), WalletPage::Section::Shared },
    };
    int n = 0;
    for (const auto& [name, section] : sections) {
        const WalletPage::Section target = section;
        QAction* a = view->addAction(name, this, [this, target] { m_walletPage->showSection(target); });
        a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + n++)));
        sectionActions.append(a);
    }
    QMenu* wallet = menuBar()->addMenu(tr("&Wallet"));
    m_walletActions = {
        exportAction,
        findAction,
        cardsAction,
        timelineAction,
        importAction,
        folderAction,
        qrAction,
        urlAction,
        pasteAction,
        entryAction,
        deleteAction,
        shareAction,
        wallet->addAction(tr("Sharing &history..."), this, &MainWindow::showSharingHistory),
        wallet->addAction(tr("Check &all records again"), m_verifier, &VerifyController::verifyAll),
        wallet->addAction(tr("&Trusted issuers and your identifiers..."), this, &MainWindow::showTrust),
        wallet->addAction(tr("Change &passphrase..."), this, &MainWindow::changePassphrase),
        wallet->addAction(tr("New &recovery code..."), this, &MainWindow::replaceRecoveryCode),
        wallet->addAction(tr("Replace the wallet &key..."), this, &MainWindow::replaceKey),
        wallet->addAction(tr("&Check wallet integrity"), this, &MainWindow::checkIntegrity),
        wallet->addAction(tr("&Settings..."), QKeySequence::Preferences, this, &MainWindow::showSettings),
    };
    wallet->addSeparator();
    QAction* copyId = wallet->addAction(tr("Cop&y your wallet ID"), this, &MainWindow::copyWalletId);
    copyId->setObjectName(QStringLiteral("copyWalletIdAction"));
    wallet->addAction(m_backup->backupAction());
    wallet->addAction(m_backup->restoreAction());
    m_walletActions << copyId << m_backup->backupAction() << m_backup->restoreAction();
    m_sectionActions = sectionActions;
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About LER Wallet"), this, &MainWindow::showAbout);

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_lockAction);
    bar->addAction(shareAction);
    updateActions();
}

void MainWindow::updateActions()
{
    // While a new wallet shows its recovery code, locking would lose the code. While the records are read,
    // the wallet is not shown yet.
    const bool open = m_session.state() == session::WalletSession::State::Unlocked && !m_creating && !m_opening;
    m_lockAction->setEnabled(open);
    for (QAction* a : m_walletActions) {
        a->setEnabled(open);
    }
    for (QAction* a : std::as_const(m_sectionActions)) {
        a->setEnabled(open);
    }
}

void MainWindow::showCurrentPage()
{
    if (m_session.state() == session::WalletSession::State::Unlocked && m_session.wallet() && !m_opening) {
        m_pages->setCurrentWidget(m_walletPage);
    } else if (m_startRequested && !m_opening && m_session.state() == session::WalletSession::State::Locked) {
        m_pages->setCurrentWidget(m_welcome);
    } else if (m_session.walletExists() || m_opening) {
        if (m_pages->currentWidget() != m_unlock) {
            m_unlock->reset();
        }
        m_pages->setCurrentWidget(m_unlock);
    } else {
        m_pages->setCurrentWidget(m_welcome);
    }
}

void MainWindow::setAutoLockInterval(std::chrono::milliseconds interval)
{
    m_idle->setTimeout(interval);
}

void MainWindow::rememberFolder(const QString& dir)
{
    // A client's wallet, or any in kiosk mode, leaves no trace on this computer.
    if (!PrivacyMode::instance().remembersWallets() || m_session.helpingClient()) {
        return;
    }
    session::KnownWallets().touch(dir);
    appSettings()->setValue(kFolderKey, dir);
}

void MainWindow::showStartPage()
{
    m_startRequested = true;
    showCurrentPage();
}

void MainWindow::openKnownWallet(const QString& folder)
{
    m_startRequested = false;
    m_session.setDirectory(folder);
    m_unlock->reset();
    showCurrentPage();
}

void MainWindow::restoreWallet()
{
    m_creating = true;
    updateActions();
    RestoreDialog dialog(m_session, RestoreDialog::Mode::NewWallet, m_cost, this);
    const int result = dialog.exec();
    m_creating = false;
    updateActions();
    if (result == QDialog::Accepted && m_session.wallet()) {
        m_startRequested = false;
        readWallet();
    }
    showCurrentPage();
}

void MainWindow::copyWalletId()
{
    auto did = std::make_shared<QString>();
    m_session.runTask(
        [did](store::Wallet& wallet) -> Status {
            auto identity = present::HolderKeys(wallet.database()).identity();
            if (!identity) {
                return identity.error();
            }
            *did = identity->did;
            return {};
        },
        this,
        [this, did](const Status& s) {
            if (!s) {
                QMessageBox::warning(this, tr("Your wallet ID"), ler::text::render(s.error()));
                return;
            }
            copyText(*did);
        });
}

void MainWindow::createWallet()
{
    m_creating = true;
    updateActions();
    CreateWalletDialog dialog(m_session, m_cost, this);
    const int result = dialog.exec();
    m_creating = false;
    updateActions();
    if (result == QDialog::Accepted && m_session.wallet()) {
        m_startRequested = false;
        readWallet();
    }
    showCurrentPage();
}

void MainWindow::openWalletFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a wallet folder"), m_session.directory());
    if (dir.isEmpty()) {
        return;
    }
    if (!store::Wallet::existsAt(dir)) {
        const auto answer = QMessageBox::question(this,
            tr("No wallet here"),
            tr("There is no wallet in %1. Create a new wallet in this folder?").arg(QDir::toNativeSeparators(dir)));
        if (answer != QMessageBox::Yes) {
            return;
        }
        m_session.setDirectory(dir);
        createWallet();
        return;
    }
    m_session.setDirectory(dir);
    rememberFolder(dir);
    m_startRequested = false;
    m_unlock->reset();
    showCurrentPage();
}

void MainWindow::newWalletInFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose an empty folder for the new wallet"));
    if (dir.isEmpty()) {
        return;
    }
    if (store::Wallet::existsAt(dir)) {
        QMessageBox::information(this,
            tr("A wallet is already here"),
            tr("%1 already holds a wallet. Open it instead.").arg(QDir::toNativeSeparators(dir)));
        return;
    }
    m_session.setDirectory(dir);
    createWallet();
}

void MainWindow::onUnlocked()
{
    if (!m_session.wallet() || m_creating) {
        return;
    }
    readWallet();
}

void MainWindow::readWallet()
{
    // The key is derived; reading the list of a large wallet takes a moment more. It is read on a worker
    // while the unlock page keeps saying that the wallet is opening, so the window stays responsive.
    m_opening = true;
    showCurrentPage(); // the unlock page, saying that the wallet is opening
    m_unlock->setBusy(true);
    updateActions();
    auto opened = std::make_shared<Opened>();
    m_session.runTask(
        [opened](store::Wallet& wallet) -> Status {
            opened->listing = WalletPage::read(wallet);
            const store::WalletSettings settings(wallet.database());
            opened->autoLock = settings.autoLockAfter();
            opened->clipboardClear = settings.clipboardClearAfter();
            return {};
        },
        this,
        [this, opened](const Status&) { showWallet(*opened); });
}

void MainWindow::showWallet(const Opened& opened)
{
    m_opening = false;
    m_unlock->setBusy(false);
    updateActions();
    store::Wallet* wallet = m_session.wallet();
    if (!wallet) {
        showCurrentPage();
        return;
    }
    rememberFolder(wallet->directory());
    m_startRequested = false;
    m_walletPage->load(*wallet, opened.listing);
    m_idle->setTimeout(std::min(opened.autoLock, PrivacyMode::instance().maxAutoLock()));
    m_idle->start();
    ClipboardGuard::instance().setClearAfter(opened.clipboardClear);
    m_backup->checkReminder();
    showCurrentPage();
    if (wallet->openedWithRecoveryCode()) {
        QMessageBox::information(this,
            tr("Opened with your recovery code"),
            tr("Choose a new passphrase now, so you can open the wallet next time."));
        changePassphrase();
    }
}

void MainWindow::onAboutToLock()
{
    m_idle->stop();
    ClipboardGuard::instance().clearNow(); // only what the wallet put there
    // Dialogs may show wallet data: close them before the keys go.
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* dialog = qobject_cast<QDialog*>(w); dialog && dialog->isVisible()) {
            dialog->done(QDialog::Rejected);
        }
    }
    m_walletPage->clear();
    m_unlock->reset();
}

void MainWindow::importFiles()
{
    QStringList patterns;
    for (const QString& suffix : formats::credentialFileSuffixes()) {
        patterns.append(QStringLiteral("*.") + suffix);
    }
    const QStringList files = QFileDialog::getOpenFileNames(this,
        tr("Import credentials"),
        QString(),
        tr("Credentials (%1)").arg(patterns.join(QLatin1Char(' '))) + QStringLiteral(";;") + tr("All files (*)"));
    if (!files.isEmpty()) {
        m_importer->importFiles(files);
    }
}

void MainWindow::importFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import every credential in a folder"));
    if (!dir.isEmpty()) {
        m_importer->importFolder(dir);
    }
}

void MainWindow::importQrImage()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import from a QR code image"), QString(), tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"));
    if (!file.isEmpty()) {
        m_importer->importQrImage(file);
    }
}

void MainWindow::importUrl()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this,
        tr("Import from a web address"),
        tr("The web address of a hosted badge (https://...):"),
        QLineEdit::Normal,
        QString(),
        &ok);
    if (ok && !text.trimmed().isEmpty()) {
        m_importer->importUrl(QUrl::fromUserInput(text.trimmed()));
    }
}

void MainWindow::pasteCredential()
{
    if (!m_session.wallet()) {
        return;
    }
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    if (mime && mime->hasUrls()) {
        QStringList files;
        for (const QUrl& url : mime->urls()) {
            if (url.isLocalFile()) {
                files.append(url.toLocalFile());
            }
        }
        if (!files.isEmpty()) {
            m_importer->importFiles(files);
            return;
        }
    }
    m_importer->importText(QApplication::clipboard()->text(), QStringLiteral("clipboard"));
}

void MainWindow::addEntry()
{
    if (!m_session.wallet()) {
        return;
    }
    EntryDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || !m_session.wallet()) {
        return;
    }
    const formats::SelfAssertedEntry entry = dialog.entry();
    auto title = std::make_shared<QString>();
    m_session.runTask(
        [entry, title](store::Wallet& wallet) -> Status {
            auto outcome = session::ImportService(wallet.database()).addEntry(entry);
            if (!outcome) {
                return outcome.error();
            }
            *title = outcome->title;
            return {};
        },
        this,
        [this, title](const Status& s) {
            if (!s) {
                QMessageBox::warning(this, tr("Add your own entry"), ler::text::render(s.error()));
                return;
            }
            m_walletPage->reload();
            statusBar()->showMessage(tr("Added \"%1\" as a self-asserted entry.").arg(*title), 8000);
        });
}

void MainWindow::editEntry(const QString& id)
{
    if (!m_session.wallet()) {
        return;
    }
    // The list holds a shortened record: read the entry in full for the form.
    auto record = std::make_shared<model::Record>();
    m_session.runTask(
        [id, record](store::Wallet& wallet) -> Status {
            auto c = store::CredentialRepository(wallet.database()).get(id);
            if (!c) {
                return c.error();
            }
            *record = c->record;
            return {};
        },
        this,
        [this, id, record](const Status& s) {
            if (!s || !record->selfAsserted || !m_session.wallet()) {
                return;
            }
            formats::SelfAssertedEntry current;
            current.kind = record->kind;
            current.title = record->title;
            current.organization = record->issuer.name;
            current.description = record->description;
            current.start = record->dates.activityStart;
            current.end = record->dates.activityEnd;
            current.location = record->location;
            current.url = record->links.value(0);
            EntryDialog dialog(this);
            dialog.setEntry(current);
            if (dialog.exec() != QDialog::Accepted || !m_session.wallet()) {
                return;
            }
            const formats::SelfAssertedEntry changed = dialog.entry();
            m_session.runTask(
                [id, changed](store::Wallet& wallet) {
                    return store::CredentialRepository(wallet.database()).updateSelfAsserted(id, changed);
                },
                this,
                [this](const Status& done) {
                    if (!done) {
                        QMessageBox::warning(this, tr("Edit your entry"), ler::text::render(done.error()));
                        return;
                    }
                    m_walletPage->reload();
                    statusBar()->showMessage(tr("Your entry was saved."), 8000);
                });
        });
}

void MainWindow::copyText(const QString& text)
{
    // ClipboardGuard clears it after the wallet's clipboard time (set when the wallet is shown), on lock and on quit.
    ClipboardGuard::instance().copy(text);
    const int seconds
        = int(std::chrono::duration_cast<std::chrono::seconds>(ClipboardGuard::instance().clearAfter()).count());
    if (seconds > 0) {
        statusBar()->showMessage(tr("Copied. The clipboard is cleared in %n second(s).", nullptr, seconds), 8000);
    } else {
        statusBar()->showMessage(tr("Copied."), 8000);
    }
}

void MainWindow::saveOriginal(const QString& id, const QString& suggestedName)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the original"), suggestedName);
    if (path.isEmpty() || !m_session.wallet()) {
        return;
    }
    m_session.runTask(
        [id, path](store::Wallet& wallet) -> Status {
            auto bytes = store::CredentialRepository(wallet.database()).exportOriginal(id);
            if (!bytes) {
                return bytes.error();
            }
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
                return Error(ErrorCode::Io,
                    tx("ler::ui::MainWindow", "The file %1 could not be written.").arg(QDir::toNativeSeparators(path)));
            }
            return {};
        },
        this,
        [this, path](const Status& s) {
            if (!s) {
                QMessageBox::warning(this, tr("Save the original"), ler::text::render(s.error()));
            } else {
                statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), 8000);
            }
        });
}

void MainWindow::exportResume()
{
    if (!m_session.wallet()) {
        return;
    }
    ExportDialog dialog(m_session, m_walletPage->model()->entries(), m_walletPage->shownIds(), this);
    dialog.exec();
}

void MainWindow::deleteRecord(const QString& id)
{
    if (id.isEmpty() || !m_session.wallet() || m_importer->busy()) {
        return;
    }
    const records::Entry* e = m_walletPage->model()->entry(id);
    if (!e) {
        return;
    }
    const QString title
        = m_walletPage->model()
              ->data(m_walletPage->model()->index(m_walletPage->model()->rowOf(id)), RecordListModel::TitleRole)
              .toString();
    const QString question = e->children > 0
        ? tr("Delete \"%1\" from your wallet? The %n credential(s) inside it go too. This cannot be undone.",
            nullptr,
            e->children)
              .arg(title.isEmpty() ? e->record.title : title)
        : tr("Delete \"%1\" from your wallet? This cannot be undone.").arg(title.isEmpty() ? e->record.title : title);
    QMessageBox box(QMessageBox::Warning, tr("Delete record"), question, QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("deleteConfirmation"));
    QPushButton* yes = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton*>(yes) || !m_session.wallet()) {
        return;
    }
    m_session.runTask([id](store::Wallet& wallet) { return store::CredentialRepository(wallet.database()).remove(id); },
        this,
        [this](const Status& s) {
            if (!s) {
                QMessageBox::warning(this, tr("Delete record"), ler::text::render(s.error()));
            } else {
                statusBar()->showMessage(tr("The record was deleted."), 8000);
            }
            m_walletPage->reload();
        });
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_session.wallet() && event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    if (!m_session.wallet()) {
        return;
    }
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (!url.isLocalFile()) {
            continue;
        }
        const QString path = url.toLocalFile();
        if (QFileInfo(path).isDir()) {
            if (auto found = formats::credentialFilesIn(path)) {
                files += *found;
            }
        } else {
            files.append(path);
        }
    }
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        m_importer->importFiles(files);
    }
}

void MainWindow::changePassphrase()
{
    ChangePassphraseDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted) {
        statusBar()->showMessage(tr("The passphrase was changed."), 8000);
    }
}

void MainWindow::replaceRecoveryCode()
{
    const auto answer = QMessageBox::question(this,
        tr("New recovery code"),
        tr("Make a new recovery code? The old one stops working at once. You will see the new code once."));
    if (answer != QMessageBox::Yes) {
        return;
    }
    auto code = std::make_shared<QString>();
    m_session.runTask(
        [code](store::Wallet& w) -> Status {
            auto r = w.replaceRecoveryCode();
            if (!r) {
                return r.error();
            }
            *code = *r;
            return {};
        },
        this,
        [this, code](const Status& s) {
            if (!s) {
                QMessageBox::warning(this, tr("New recovery code"), ler::text::render(s.error()));
                return;
            }
            QMessageBox box(QMessageBox::Information,
                tr("Your new recovery code"),
                tr("Write it down or print it now; it will not be shown again.\n\n%1").arg(*code),
                QMessageBox::Ok,
                this);
            QPushButton* print = box.addButton(tr("Print..."), QMessageBox::ActionRole);
            box.exec();
            if (box.clickedButton() == static_cast<QAbstractButton*>(print)) {
                RecoveryCodeSheet::print(this, *code, QDir::toNativeSeparators(m_session.directory()));
            }
            crypto::wipe(*code);
        });
}

void MainWindow::replaceKey()
{
    // Auto-lock would close the dialog, and with it the new recovery code, while it is on screen.
    m_idle->stop();
    ReplaceKeyDialog dialog(m_session, this);
    const int result = dialog.exec();
    if (m_session.wallet() && !m_session.wallet()->database().isOpen()) {
        // The new key was saved but the switch did not finish: opening the wallet again completes it.
        m_session.lock();
        return;
    }
    if (m_session.wallet()) {
        m_idle->start();
    }
    if (result == QDialog::Accepted) {
        statusBar()->showMessage(tr("The wallet key was replaced."), 8000);
    }
}

void MainWindow::checkIntegrity()
{
    auto report = std::make_shared<store::IntegrityReport>();
    statusBar()->showMessage(tr("Checking the wallet..."));
    m_session.runTask(
        [report](store::Wallet& w) -> Status {
            *report = w.checkIntegrity();
            return {};
        },
        this,
        [this, report](const Status&) {
            statusBar()->clearMessage();
            QStringList lines;
            for (const auto& f : report->findings) {
                lines << (f.passed ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + ler::text::render(f.detail);
            }
            if (report->passed()) {
                QMessageBox::information(
                    this, tr("Wallet check"), tr("Your wallet is intact.") + QStringLiteral("\n\n") + lines.join('\n'));
            } else {
                QMessageBox::warning(this,
                    tr("Wallet check"),
                    tr("Your wallet has problems. Restore it from a backup if you have one.") + QStringLiteral("\n\n")
                        + lines.join('\n'));
            }
        });
}

void MainWindow::showTrust()
{
    if (!m_session.wallet()) {
        return;
    }
    TrustDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    if (!m_session.wallet()) {
        return;
    }
    SettingsDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted && m_session.wallet()) {
        // Accepted only after the task saved them: the dialog holds what the wallet now has.
        m_idle->setTimeout(std::min(dialog.autoLockAfter(), PrivacyMode::instance().maxAutoLock()));
        ClipboardGuard::instance().setClearAfter(dialog.clipboardClearAfter());
    }
}

QDialog* MainWindow::shareRecords()
{
    if (!m_session.wallet())
        return nullptr;
    auto* wizard = new PresentWizard(m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &PresentWizard::codesReady, this, [this](const present::Preview& p, const present::QrCodes& c) {
        (new QrCodesDialog(p, c, this))->show();
    });
    connect(wizard, &PresentWizard::shared, this, [this](qint64, const QString& where) {
        statusBar()->showMessage(where.isEmpty()
                ? tr("Shared. It is in your sharing history.")
                : tr("Saved %1. It is in your sharing history.").arg(QDir::toNativeSeparators(where)),
            10000);
    });
    wizard->open();
    return wizard;
}

void MainWindow::checkPresentation()
{
    if (!m_check)
        m_check = new CheckPresentationWindow(this);
    m_check->show();
    m_check->raise();
    m_check->activateWindow();
}

void MainWindow::showSharingHistory()
{
    if (!m_session.wallet())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("sharingHistoryDialog"));
    dialog.setWindowTitle(tr("Sharing history"));
    auto* view = new SharingHistoryView(m_session);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog.resize(820, 480);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this,
        tr("About LER Wallet"),
        tr("<h3>LER Wallet %1</h3><p>Keeps your Learning and Employment Record (badges, "
           "transcripts, certificates and work history) encrypted on this computer, checks "
           "that credentials are genuine, and shares only what you choose.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace ler::ui
