// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace ler::session {
class WalletSession;
}

namespace ler::ui {

class PassphraseFields;

/// Change the passphrase: the current one, then the new one twice. After opening with the recovery
/// code, the current passphrase is not asked for (it was forgotten).
class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePassphraseDialog(session::WalletSession& session, QWidget* parent = nullptr);

    /// While the keys are re-derived the dialog stays open: closing it would hide whether the change happened.
    void reject() override;
    bool isBusy() const { return m_busy; }

private:
    void apply();
    /// "Changing the passphrase..." with a busy indicator and the form disabled.
    void setBusy(bool busy);

    session::WalletSession& m_session;
    bool m_afterRecovery;
    QLineEdit* m_current = nullptr;
    PassphraseFields* m_fields;
    QLabel* m_status;
    QProgressBar* m_busyBar;
    QDialogButtonBox* m_buttons;
    bool m_busy = false;
};

} // namespace ler::ui
