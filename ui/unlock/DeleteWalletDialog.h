// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace ler::session {
class WalletDeletion;
}

namespace ler::ui {

/// Delete a wallet from the start screen: its passphrase first, then what would be lost (records, own entries,
/// sharing history, the wallet's key, when the last backup was made), then a deliberate confirmation.
class DeleteWalletDialog : public QDialog
{
    Q_OBJECT
public:
    DeleteWalletDialog(const QString& name, const QString& folder, QWidget* parent = nullptr);

private:
    void inspect();
    void showLoss(const QString& text);
    void showError(const QString& message);

    QString m_folder;
    session::WalletDeletion* m_deletion;
    QStackedWidget* m_pages;
    QLineEdit* m_passphrase;
    QLabel* m_error;
    QLabel* m_loss;
    QCheckBox* m_understood;
    QPushButton* m_delete;
};

} // namespace ler::ui
