// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/Kdf.h"

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace ler::session {
class WalletSession;
}

namespace ler::ui {

class RecoveryCodePage;

class PassphraseFields;

/// Restore a backup: into a new wallet (from the start screen; the session opens it, and its new recovery code is
/// shown once) or added to the open wallet (Wallet > Restore from a backup). The whole backup is checked before
/// anything is written; a wrong passphrase or a damaged file says so and changes nothing.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        NewWallet,
        Merge,
    };
    using CostFunction = std::function<crypto::KdfParams()>;
    RestoreDialog(session::WalletSession& session, Mode mode, CostFunction cost, QWidget* parent = nullptr);

    /// A new wallet's recovery code, once shown (tests).
    QString recoveryCode() const;
    /// Once a new wallet exists, the dialog closes only when its recovery code was noted.
    void reject() override;

private:
    QWidget* buildForm();
    QWidget* buildRecoveryPage();
    void chooseFile();
    void chooseFolder();
    void start();
    void startMerge(const QString& file);
    void showError(const QString& message);
    void showRecoveryCode(const QString& code);
    void updateButton();

    session::WalletSession& m_session;
    Mode m_mode;
    CostFunction m_cost;
    QStackedWidget* m_pages;
    QLineEdit* m_file = nullptr;
    QLineEdit* m_backupPass = nullptr;
    QLineEdit* m_folder = nullptr;
    PassphraseFields* m_fields = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_restore = nullptr;
    QLabel* m_done = nullptr;
    RecoveryCodePage* m_recovery = nullptr;
    bool m_running = false;
};

} // namespace ler::ui
