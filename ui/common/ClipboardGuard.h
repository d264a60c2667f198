// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace ler::ui {

/// Puts text the app copies on the clipboard and takes it off again: after the wallet's chosen time
/// (WalletSettings::clipboardClearAfter; 0 means not by time), when the wallet locks and when the app quits. Only what
/// the app put there is cleared: text the person copied since stays. Clipboard managers are asked not to keep it.
class ClipboardGuard : public QObject
{
    Q_OBJECT
public:
    static ClipboardGuard& instance();

    void setClearAfter(std::chrono::milliseconds after);
    std::chrono::milliseconds clearAfter() const { return m_after; }
    /// Copies `text` and starts the countdown.
    void copy(const QString& text);
    /// Clears the clipboard now if it still holds what the app put there.
    void clearNow();
    /// The clipboard holds what the app copied last.
    bool holdsCopy() const;

Q_SIGNALS:
    void cleared();

private:
    ClipboardGuard();

    QTimer m_timer;
    std::chrono::milliseconds m_after { std::chrono::seconds(30) };
    QByteArray m_digest; ///< SHA-256 of what was copied, to recognise it without keeping it
};

} // namespace ler::ui
