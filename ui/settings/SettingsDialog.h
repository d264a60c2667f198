// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QDialog>
#include <chrono>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace ler::session {
class WalletSession;
}

namespace ler::ui {

/// Wallet settings (stored inside the encrypted wallet) and the app language (stored for this computer).
/// The wallet's settings are read and saved as session tasks; Save is enabled once they are shown.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(session::WalletSession& session, QWidget* parent = nullptr);

    /// The language setting for this computer: "" follows the system, otherwise "en" or "es".
    static QString languageSetting();

    /// True once the wallet's settings are shown.
    bool loaded() const { return m_loaded; }
    /// What the dialog shows (after accept(): what was saved).
    std::chrono::minutes autoLockAfter() const;
    std::chrono::seconds clipboardClearAfter() const;

Q_SIGNALS:
    /// The wallet's settings were read and shown.
    void settingsLoaded();

private:
    void load();
    void save();
    void finishSave();

    session::WalletSession& m_session;
    bool m_loaded = false;
    QPushButton* m_save = nullptr;
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
