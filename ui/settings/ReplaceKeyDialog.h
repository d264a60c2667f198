// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/store/Wallet.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace ler::session {
class WalletSession;
}

namespace ler::ui {

class RecoveryCodePage;

class PassphraseFields;

/// Wallet > Replace the wallet key: says what it does and asks for the passphrase (and, if wanted, a new one),
/// runs the replacement as an exclusive session task with its steps shown, then shows the new recovery code
/// once, like the create-wallet dialog.
class ReplaceKeyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReplaceKeyDialog(session::WalletSession& session, QWidget* parent = nullptr);
    ~ReplaceKeyDialog() override;

    /// Closing is refused while the key is being replaced and until the new code was confirmed as saved.
    void reject() override;

private:
    QWidget* buildConfirmPage();
    QWidget* buildBusyPage();
    QWidget* buildDonePage();
    void updateReplaceButton();
    void fitContents();
    void start();
    void showStep(store::RekeyStep step);
    void finish(const Status& status, const QString& code);

    session::WalletSession& m_session;
    QStackedWidget* m_pages;
    QLineEdit* m_passphrase = nullptr;
    QCheckBox* m_newToo = nullptr;
    PassphraseFields* m_fields = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_replace = nullptr;
    QLabel* m_step = nullptr;
    QProgressBar* m_progress = nullptr;
    RecoveryCodePage* m_recovery = nullptr;
};

} // namespace ler::ui
