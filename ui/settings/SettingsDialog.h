// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace ler::store {
class Wallet;
}

namespace ler::ui {

/// Wallet settings (stored inside the encrypted wallet) and the app language (stored for this computer).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(store::Wallet& wallet, QWidget* parent = nullptr);

    /// The language setting for this computer: "" follows the system, otherwise "en" or "es".
    static QString languageSetting();

private:
    void save();

    store::Wallet& m_wallet;
    QSpinBox* m_autoLock;
    QSpinBox* m_reminderRecords;
    QSpinBox* m_reminderDays;
    QCheckBox* m_network;
    QComboBox* m_language;
    QSpinBox* m_clipboard;
    QComboBox* m_theme;
    QLabel* m_error;
};

} // namespace ler::ui
