// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QObject>
#include <QString>

namespace ler::ui {

/// Tells when the wallet should lock because the person left the computer: the desktop session locked (systemd-logind
/// Session.Lock, or the screen saver's ActiveChanged(true) of org.freedesktop.ScreenSaver or org.gnome.ScreenSaver)
/// or the computer is about to sleep (logind Manager.PrepareForSleep(true)). Listens over D-Bus when the app was
/// built with Qt D-Bus and the buses are there; otherwise it never fires, and only the idle timer and Ctrl+L lock
/// (see docs/security.md).
class SessionLockWatcher : public QObject
{
    Q_OBJECT
public:
    enum class Reason
    {
        ScreenLocked,
        Sleep,
    };
    Q_ENUM(Reason)

    explicit SessionLockWatcher(QObject* parent = nullptr);

    /// Listens on the user's session bus and the system bus. False when D-Bus is not available.
    bool watchDesktop();
    /// Listens on the buses at these addresses instead (tests run a private bus). Either may be empty.
    bool watchBuses(const QString& systemAddress, const QString& sessionAddress);
    /// The app was built with D-Bus support.
    static bool supported();

Q_SIGNALS:
    void lockRequested(ler::ui::SessionLockWatcher::Reason reason);

private Q_SLOTS:
    void onScreenSaverActive(bool active);
    void onPrepareForSleep(bool sleeping);
    void onSessionLock();
    void onSessionPath(const QString& path);

private:
    QString m_systemName;
    QString m_sessionName;
};

} // namespace ler::ui
