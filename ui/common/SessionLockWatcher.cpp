// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/common/SessionLockWatcher.h"

#ifdef LER_HAVE_DBUS
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QUuid>
#include <unistd.h>
#endif

namespace ler::ui {

namespace {

#ifdef LER_HAVE_DBUS
const QString kLogin1 = QStringLiteral("org.freedesktop.login1");
const QString kLogin1Path = QStringLiteral("/org/freedesktop/login1");
const QString kLogin1Manager = QStringLiteral("org.freedesktop.login1.Manager");
const QString kLogin1Session = QStringLiteral("org.freedesktop.login1.Session");

/// The screen savers that announce ActiveChanged(bool): freedesktop (KDE, Xfce, LXQt...) and GNOME.
struct ScreenSaver
{
    const char* path;
    const char* interface;
};
const ScreenSaver kScreenSavers[] = {
    { "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver" },
    { "/ScreenSaver", "org.freedesktop.ScreenSaver" },
    { "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver" },
};

QDBusConnection connectionNamed(const QString& name)
{
    return QDBusConnection(name);
}
#endif

} // namespace

SessionLockWatcher::SessionLockWatcher(QObject* parent)
    : QObject(parent)
{ }

bool SessionLockWatcher::supported()
{
#ifdef LER_HAVE_DBUS
    return true;
#else
    return false;
#endif
}

bool SessionLockWatcher::watchDesktop()
{
#ifdef LER_HAVE_DBUS
    bool any = false;
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected()) {
        m_systemName = system.name();
        any = true;
    }
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        m_sessionName = session.name();
        any = true;
    }
    if (!any) {
        return false;
    }
    return watchBuses({}, {});
#else
    return false;
#endif
}

bool SessionLockWatcher::watchBuses(const QString& systemAddress, const QString& sessionAddress)
{
#ifdef LER_HAVE_DBUS
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    if (!systemAddress.isEmpty()) {
        m_systemName = QDBusConnection::connectToBus(systemAddress, QStringLiteral("ler-system-") + tag).name();
    }
    if (!sessionAddress.isEmpty()) {
        m_sessionName = QDBusConnection::connectToBus(sessionAddress, QStringLiteral("ler-session-") + tag).name();
    }
    bool watching = false;
    QDBusConnection session = connectionNamed(m_sessionName);
    if (!m_sessionName.isEmpty() && session.isConnected()) {
        for (const ScreenSaver& s : kScreenSavers) {
            watching |= session.connect(QString(),
                QLatin1String(s.path),
                QLatin1String(s.interface),
                QStringLiteral("ActiveChanged"),
                this,
                SLOT(onScreenSaverActive(bool)));
        }
    }
    QDBusConnection system = connectionNamed(m_systemName);
    if (!m_systemName.isEmpty() && system.isConnected()) {
        watching |= system.connect(QString(),
            kLogin1Path,
            kLogin1Manager,
            QStringLiteral("PrepareForSleep"),
            this,
            SLOT(onPrepareForSleep(bool)));
        // Our session's object, to hear its Lock signal (loginctl lock-session, the desktop's lock).
        auto call = system.asyncCall(
            QDBusMessage::createMethodCall(kLogin1, kLogin1Path, kLogin1Manager, QStringLiteral("GetSessionByPID"))
            << quint32(::getpid()));
        auto* watcher = new QDBusPendingCallWatcher(call, this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
            QDBusPendingReply<QDBusObjectPath> reply = *w;
            if (reply.isValid()) {
                onSessionPath(reply.value().path());
            }
            w->deleteLater();
        });
    }
    return watching;
#else
    Q_UNUSED(systemAddress);
    Q_UNUSED(sessionAddress);
    return false;
#endif
}

void SessionLockWatcher::onSessionPath(const QString& path)
{
#ifdef LER_HAVE_DBUS
    connectionNamed(m_systemName)
        .connect(QString(), path, kLogin1Session, QStringLiteral("Lock"), this, SLOT(onSessionLock()));
#else
    Q_UNUSED(path);
#endif
}

void SessionLockWatcher::onScreenSaverActive(bool active)
{
    if (active) {
        Q_EMIT lockRequested(Reason::ScreenLocked);
    }
}

void SessionLockWatcher::onPrepareForSleep(bool sleeping)
{
    if (sleeping) {
        Q_EMIT lockRequested(Reason::Sleep);
    }
}

void SessionLockWatcher::onSessionLock()
{
    Q_EMIT lockRequested(Reason::ScreenLocked);
}

} // namespace ler::ui
