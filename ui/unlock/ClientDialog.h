// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace ler::ui {

/// "Help a client": a counselor opens a client's wallet from any folder (a USB stick, say) or creates one there.
class ClientDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ClientDialog(QWidget* parent = nullptr);

    bool createWallet() const;
    QString folder() const;
    QString clientName() const;

private:
    void chooseFolder();
    void check();

    QRadioButton* m_open;
    QRadioButton* m_create;
    QLineEdit* m_folder;
    QLineEdit* m_name;
    QLabel* m_error;
    QPushButton* m_start;
};

} // namespace ler::ui
