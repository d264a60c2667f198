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

    /// A fetcher that is online only when the open wallet allows the network; null when it does not.
    static std::shared_ptr<net::Fetcher> fetcherFor(session::WalletSession& session);

Q_SIGNALS:
    /// After any verification, so views can reload.
    void verified();

private:
    session::WalletSession& m_session;
    QWidget* m_window;
    bool m_busy = false;
};

} // namespace ler::ui
