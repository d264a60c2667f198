// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QObject>
#include <chrono>

namespace ler::ui {

/// Whether this run of the app may leave anything on the computer. Kiosk mode (`ler-wallet --kiosk`, for shared
/// computers) lasts the whole run; helping a client lasts while the client's wallet is open. In both nothing is
/// remembered: no wallet list entry, no app or Qt settings (file dialogs keep their last folder in Qt's settings),
/// no desktop "recent files" (the desktop's own file dialogs are not used), and the clipboard is cleared at the end.
class PrivacyMode : public QObject
{
    Q_OBJECT
public:
    static PrivacyMode& instance();

    void setKiosk(bool kiosk);
    bool kiosk() const { return m_kiosk; }
    void setHelpingClient(bool helping);
    bool helpingClient() const { return m_client; }

    /// Nothing of this run may stay on the computer.
    bool leavesNoTrace() const { return m_kiosk || m_client; }
    /// The start screen lists known wallets, and opened ones are added to it.
    bool remembersWallets() const { return !leavesNoTrace(); }
    /// The longest idle time before the wallet locks: short in kiosk mode.
    std::chrono::minutes maxAutoLock() const;

Q_SIGNALS:
    void changed();

private:
    PrivacyMode() = default;
    void apply();

    bool m_kiosk = false;
    bool m_client = false;
    bool m_applied = false;
};

} // namespace ler::ui
