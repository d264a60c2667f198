// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QObject>
#include <QStringList>
#include <memory>

class QWidget;

namespace ler::net {
class Fetcher;
}
namespace ler::session {
class WalletSession;
}
namespace ler::store {
class Wallet;
}

namespace ler::ui {

/// Checks stored credentials off the GUI thread: one, a list (after an import), or all of them with a
/// progress bar and Cancel. Uses the network only when the wallet's settings allow it.
class VerifyController : public QObject
{
    Q_OBJECT
public:
    VerifyController(session::WalletSession& session, QWidget* window);

    void verifyOne(const QString& id);
    void verifyAll();
    bool busy() const { return m_busy; }

    /// The fetcher when the wallet allows the network, else null. Called by the task on the session's worker,
    /// which is where the wallet's settings are read.
    static const net::Fetcher* allowedFetcher(store::Wallet& wallet, const net::Fetcher& fetcher);

Q_SIGNALS:
    /// After any verification, so views can reload.
    void verified();

private:
    session::WalletSession& m_session;
    QWidget* m_window;
    bool m_busy = false;
};

} // namespace ler::ui
