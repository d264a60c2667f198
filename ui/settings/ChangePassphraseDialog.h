// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

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

private:
    void apply();

    session::WalletSession& m_session;
    bool m_afterRecovery;
    QLineEdit* m_current = nullptr;
    PassphraseFields* m_fields;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
};

} // namespace ler::ui
