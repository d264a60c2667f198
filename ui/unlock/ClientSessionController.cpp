// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/unlock/ClientSessionController.h"

#include "core/session/WalletSession.h"
#include "core/store/Wallet.h"
#include "core/store/WalletSettings.h"
#include "ui/common/ClipboardGuard.h"
#include "ui/common/PrivacyMode.h"
#include "ui/unlock/ClientDialog.h"

#include <QDir>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>
#include <QToolBar>
#include <memory>

namespace ler::ui {

ClientSessionController::ClientSessionController(session::WalletSession& session, QMainWindow* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_banner(new QToolBar(tr("Helping a client"), window))
    , m_bannerText(new QLabel)
{
    m_banner->setObjectName(QStringLiteral("clientBanner"));
    m_banner->setMovable(false);
    m_banner->setFloatable(false);
    m_banner->setStyleSheet(QStringLiteral("QToolBar#clientBanner { background: #dbeafe; border: 0; padding: 4px; }"
                                           "QToolBar#clientBanner QLabel { color: #0b2a55; }"));
    m_bannerText->setObjectName(QStringLiteral("clientBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setMinimumWidth(640);
    m_bannerText->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_banner->addWidget(m_bannerText);
    QAction* endAction = m_banner->addAction(tr("End the session"), this, &ClientSessionController::end);
    endAction->setObjectName(QStringLiteral("endClientSession"));
    m_banner->hide();

    connect(&m_session, &session::WalletSession::unlocked, this, &ClientSessionController::onUnlocked);
    connect(&m_session, &session::WalletSession::aboutToLock, this, [this] { m_wasOpen = true; });
    connect(&m_session, &session::WalletSession::stateChanged, this, [this](session::WalletSession::State s) {
        if (s == session::WalletSession::State::Locked && m_wasOpen) {
            m_wasOpen = false;
            // Not from inside the session's own signal: finishing changes its folder, which locks again.
            QTimer::singleShot(0, this, &ClientSessionController::onLocked);
        }
    });
    connect(&m_session, &session::WalletSession::helpingClientChanged, this, &ClientSessionController::updateBanner);
}

void ClientSessionController::start()
{
    // No trace from here on: the folder dialogs must not remember the client's folder.
    PrivacyMode::instance().setHelpingClient(true);
    ClientDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted) {
        PrivacyMode::instance().setHelpingClient(false);
        return;
    }
    begin(dialog.folder(), dialog.clientName(), dialog.createWallet());
}

void ClientSessionController::begin(const QString& folder, const QString& clientName, bool create)
{
    PrivacyMode::instance().setHelpingClient(true);
    if (!m_session.helpingClient()) {
        m_previousFolder = m_session.directory();
    }
    m_session.setDirectory(folder);
    m_session.setHelpingClient(true, clientName);
    updateBanner();
    if (create) {
        Q_EMIT createRequested();
        if (!m_session.wallet() && !store::Wallet::existsAt(folder)) {
            end(); // the counselor cancelled the new wallet
        }
    } else {
        Q_EMIT showFolderRequested();
    }
}

void ClientSessionController::end()
{
    if (m_session.wallet()) {
        m_session.lock(); // finishes through onLocked()
        return;
    }
    finish();
}

void ClientSessionController::onUnlocked()
{
    if (!m_session.helpingClient() || !m_session.wallet()) {
        return;
    }
    // The name lives inside the client's wallet: kept when the counselor typed one, read when not.
    auto stored = std::make_shared<QString>();
    const QString typed = m_session.clientName();
    m_session.runTask(
        [typed, stored](store::Wallet& wallet) -> Status {
            store::WalletSettings settings(wallet.database());
            if (!typed.isEmpty() && settings.ownerName() != typed) {
                return settings.setOwnerName(typed);
            }
            *stored = settings.ownerName();
            return {};
        },
        this,
        [this, stored](const Status&) {
            if (m_session.helpingClient() && m_session.clientName().isEmpty() && !stored->isEmpty()) {
                m_session.setHelpingClient(true, *stored);
            }
        });
}

void ClientSessionController::onLocked()
{
    if (m_session.helpingClient() || PrivacyMode::instance().kiosk()) {
        finish();
    }
}

void ClientSessionController::finish()
{
    ClipboardGuard::instance().clearNow();
    const bool kiosk = PrivacyMode::instance().kiosk();
    if (m_session.helpingClient() || kiosk) {
        m_session.setHelpingClient(false);
        // The client's folder is forgotten: the next person sees the start screen, not their wallet.
        m_session.setDirectory(
            kiosk || m_previousFolder.isEmpty() ? store::Wallet::defaultLocation() : m_previousFolder);
        m_previousFolder.clear();
    }
    PrivacyMode::instance().setHelpingClient(false);
    updateBanner();
    Q_EMIT showStartRequested();
}

void ClientSessionController::updateBanner()
{
    if (m_baseTitle.isEmpty()) {
        m_baseTitle = m_window->windowTitle();
    }
    if (!m_session.helpingClient()) {
        m_banner->hide();
        m_window->setWindowTitle(m_baseTitle);
        return;
    }
    const QString name = m_session.clientName();
    const QString folder = QDir::toNativeSeparators(m_session.directory()).toHtmlEscaped();
    m_bannerText->setText(name.isEmpty()
            ? tr("<b>You are helping a client.</b> This is their wallet, from %1. Nothing of it stays on this "
                 "computer when you close it.")
                  .arg(folder)
            : tr("<b>You are helping %1.</b> This is %1's wallet, from %2. Nothing of it stays on this computer "
                 "when you close it.")
                  .arg(name.toHtmlEscaped(), folder));
    m_window->setWindowTitle(name.isEmpty() ? tr("A client's wallet - LER Wallet")
                                            : tr("%1's wallet (helping a client) - LER Wallet").arg(name));
    m_banner->show();
}

} // namespace ler::ui
