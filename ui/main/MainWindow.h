// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "ui/main/WalletPage.h"
#include "ui/unlock/CreateWalletDialog.h"

#include <QMainWindow>
#include <QTimer>
#include <chrono>

class QAction;
class QStackedWidget;

namespace ler::session {
class WalletSession;
}

namespace ler::ui {

class BackupController;
class ClientSessionController;
class CheckPresentationWindow;
class IdleWatcher;
class ImportController;
class SessionLockWatcher;
class VerifyController;
class UnlockPage;
class WelcomePage;

/// Owns the pages (welcome, unlock, wallet) and the menus; all wallet logic lives in the session.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `cost` makes the Argon2id parameters for new wallets: KdfParams::calibrate in the product.
    MainWindow(session::WalletSession& session, CreateWalletDialog::CostFunction cost, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Shows the page that fits the session's state.
    void showCurrentPage();
    /// The start screen (known wallets, create, restore, help a client) while no wallet is open.
    void showStartPage();
    /// Opens the unlock page of the wallet in `folder`.
    void openKnownWallet(const QString& folder);
    /// Restore a backup into a new wallet (from the start screen).
    void restoreWallet();
    /// For tests: the idle time before auto-lock, overriding the wallet setting until the next unlock.
    void setAutoLockInterval(std::chrono::milliseconds interval);
    IdleWatcher* idleWatcher() const { return m_idle; }
    ImportController* importer() const { return m_importer; }
    VerifyController* verifier() const { return m_verifier; }
    BackupController* backups() const { return m_backup; }
    ClientSessionController* clientSessions() const { return m_client; }
    SessionLockWatcher* lockWatcher() const { return m_lockWatcher; }
    /// The "Check a presentation" window, once opened (it needs no wallet).
    CheckPresentationWindow* checkWindow() const { return m_check; }
    /// Opens the sharing wizard (File > Share records); returns it, or nullptr while the wallet is locked.
    QDialog* shareRecords();
    /// Opens "Check a presentation".
    void checkPresentation();

    /// The folder the app opens at start: the last one used, or the default location.
    static QString startFolder();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void importFiles();
    void importFolder();
    void importQrImage();
    void importUrl();
    void pasteCredential();
    void addEntry();
    void deleteRecord(const QString& id);
    void editEntry(const QString& id);
    void copyText(const QString& text);
    void saveOriginal(const QString& id, const QString& suggestedName);
    void exportResume();
    void createWallet();
    void openWalletFolder();
    void newWalletInFolder();
    void onUnlocked();
    /// What the window needs to show an open wallet, read in one session task.
    struct Opened
    {
        Result<WalletPage::Listing> listing = Error();
        std::chrono::minutes autoLock { 10 };
        std::chrono::seconds clipboardClear { 30 };
    };
    /// Reads the open wallet on the session's worker (the unlock page stays busy meanwhile), then shows it.
    void readWallet();
    /// Shows the open wallet's page with its listing; ends the unlock page's busy state.
    void showWallet(const Opened& opened);
    void onAboutToLock();
    void changePassphrase();
    void replaceRecoveryCode();
    void replaceKey();
    void checkIntegrity();
    void showSettings();
    void showTrust();
    void showAbout();
    void showSharingHistory();
    void updateActions();
    void rememberFolder(const QString& dir);
    void copyWalletId();

    session::WalletSession& m_session;
    CreateWalletDialog::CostFunction m_cost;
    QStackedWidget* m_pages;
    WelcomePage* m_welcome;
    UnlockPage* m_unlock;
    WalletPage* m_walletPage;

public:
    WalletPage* walletPage() const { return m_walletPage; }

private:
    IdleWatcher* m_idle;
    ImportController* m_importer;
    VerifyController* m_verifier;
    BackupController* m_backup;
    ClientSessionController* m_client;
    SessionLockWatcher* m_lockWatcher;
    CheckPresentationWindow* m_check = nullptr;
    bool m_creating = false;
    bool m_startRequested = false; ///< show the start screen while locked, even when the folder holds a wallet
    bool m_opening = false; ///< unlocked, the records are being read

    QList<QAction*> m_walletActions;
    QList<QAction*> m_sectionActions;
    QAction* m_lockAction = nullptr;
};

} // namespace ler::ui
