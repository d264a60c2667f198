// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/Kdf.h"

#include <QDialog>
#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace ler::session {
class WalletSession;
}

namespace ler::ui {

class RecoveryCodePage;

class PassphraseFields;

/// Create a wallet: choose a passphrase, wait while the key is made, then see the recovery code once
/// and confirm it was saved (or print it).
class CreateWalletDialog : public QDialog
{
    Q_OBJECT
public:
    using CostFunction = std::function<crypto::KdfParams()>;
    CreateWalletDialog(session::WalletSession& session, CostFunction cost, QWidget* parent = nullptr);

    /// The recovery code being shown (empty before the wallet exists). For tests.
    QString recoveryCode() const;

    /// Once the wallet exists, the dialog closes only through "Open my wallet": the code must not be lost.
    void reject() override;

private:
    void createWallet();
    void showRecoveryCode(const QString& code);
    void showError(const QString& message);
    QWidget* buildPassphrasePage();
    QWidget* buildBusyPage();
    QWidget* buildRecoveryPage();

    session::WalletSession& m_session;
    CostFunction m_cost;
    QStackedWidget* m_pages;
    PassphraseFields* m_fields = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_create = nullptr;
    RecoveryCodePage* m_recovery = nullptr;
};

} // namespace ler::ui
