// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace ler::session {
class WalletSession;
}

namespace ler::ui {

/// Asks for the passphrase (or, on request, the recovery code) and unlocks the session.
class UnlockPage : public QWidget
{
    Q_OBJECT
public:
    explicit UnlockPage(session::WalletSession& session, QWidget* parent = nullptr);

    /// Back to the passphrase form with empty fields, for the folder the session now points at.
    void reset();
    /// "Opening your wallet..." with a busy indicator, the form disabled. On while the key is derived (the
    /// session's Working state) and while the main window reads the records; off when unlocking fails or the
    /// wallet is shown.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void openOtherRequested();

private:
    void submit();
    void showFailure(const QString& message);

    session::WalletSession& m_session;
    QLabel* m_folder;
    QStackedWidget* m_modes;
    QLineEdit* m_passphrase;
    QLineEdit* m_recovery;
    QLabel* m_error;
    QPushButton* m_unlock;
    QPushButton* m_switchMode;
    QPushButton* m_other;
    QLabel* m_busyText;
    QProgressBar* m_busyBar;
    QWidget* m_busyRow = nullptr;
    bool m_busy = false;
};

} // namespace ler::ui
