// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ler::session {
class WalletSession;
}

namespace ler::verify {
class WalletVerification;
}

namespace ler::ui {

/// The person's own identifiers (so the wallet can say "issued to you") and the issuer keys they or a
/// counselor chose to trust, for issuers that cannot be looked up offline. Reads and changes run as session
/// tasks; the buttons wait while one runs.
class TrustDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TrustDialog(session::WalletSession& session, QWidget* parent = nullptr);

    /// Adds trusted keys from a JSON file (JWKS, issuer metadata or DID document). trustedFileDone() says how it
    /// ended; when the file is not usable a message is shown in the dialog and nothing is stored.
    void addTrustedFile(const QString& path);
    /// True while the lists are being read or a change is being saved.
    bool busy() const { return m_busy; }

Q_SIGNALS:
    /// The lists show what the wallet holds now.
    void reloaded();
    /// After addTrustedFile(): whether the keys were stored.
    void trustedFileDone(bool added);

private:
    void reload();
    void addIdentifier();
    /// Runs `change` on the session's worker, shows its error if it fails, then reads the lists again.
    void change(std::function<Status(verify::WalletVerification&)> change, std::function<void(bool)> after = {});
    void setBusy(bool busy);
    void showError(const QString& message);

    session::WalletSession& m_session;
    bool m_busy = false;
    QListWidget* m_identifiers;
    QLineEdit* m_newIdentifier;
    QListWidget* m_trusted;
    QLabel* m_error;
    QList<QPushButton*> m_buttons;
};

} // namespace ler::ui
