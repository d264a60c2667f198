// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QObject>
#include <QString>

class QLabel;
class QMainWindow;
class QToolBar;

namespace ler::session {
class WalletSession;
}

namespace ler::ui {

/// "Help a client" and kiosk mode: starts a client session (PrivacyMode and the session's helpingClient), says in
/// the window whose wallet is open, and when a client's wallet (or any wallet in kiosk mode) locks, for whatever
/// reason, ends it: the clipboard is cleared, the folder is forgotten and the start screen comes back.
class ClientSessionController : public QObject
{
    Q_OBJECT
public:
    ClientSessionController(session::WalletSession& session, QMainWindow* window);

    /// The window puts banner() in its top tool bar area, on its own row.
    /// Asks which client wallet to open or create, then starts the session.
    void start();
    /// Starts helping with the wallet in `folder` (tests and start() use it). `create`: no wallet there yet.
    void begin(const QString& folder, const QString& clientName, bool create);
    /// Ends the client session (locking the wallet first if it is open).
    void end();
    QToolBar* banner() const { return m_banner; }

Q_SIGNALS:
    /// The window should run its create-wallet flow for the session's folder.
    void createRequested();
    /// The window should show the page for the session's folder (unlock), or the start screen.
    void showFolderRequested();
    void showStartRequested();

private:
    void onUnlocked();
    void onLocked();
    void updateBanner();
    void finish();

    session::WalletSession& m_session;
    QMainWindow* m_window;
    QToolBar* m_banner;
    QLabel* m_bannerText;
    QString m_previousFolder;
    QString m_baseTitle;
    bool m_wasOpen = false;
};

} // namespace ler::ui
