// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/common/PrivacyMode.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

namespace ler::ui {

namespace {

// A path below a file cannot be created, so QSettings writes there fail quietly and read nothing.
const QString kNowhere = QStringLiteral("/dev/null/ler-wallet-writes-no-settings");

} // namespace

PrivacyMode& PrivacyMode::instance()
{
    static PrivacyMode mode;
    return mode;
}

void PrivacyMode::setKiosk(bool kiosk)
{
    m_kiosk = kiosk;
    apply();
}

void PrivacyMode::setHelpingClient(bool helping)
{
    m_client = helping;
    apply();
}

std::chrono::minutes PrivacyMode::maxAutoLock() const
{
    return m_kiosk ? std::chrono::minutes(3) : std::chrono::minutes(240);
}

void PrivacyMode::apply()
{
    const bool on = leavesNoTrace();
    if (on != m_applied) {
        // Qt's file dialogs save their history and last folder in the user's QtProject settings, and the desktop's
        // own dialogs add "recent files" entries: while no trace may be left, Qt's dialogs are used and Qt's user
        // settings go nowhere.
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs, on);
        const QString path = on ? kNowhere : QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        for (QSettings::Format f : { QSettings::NativeFormat, QSettings::IniFormat }) {
            QSettings::setPath(f, QSettings::UserScope, path);
        }
        m_applied = on;
    }
    Q_EMIT changed();
}

} // namespace ler::ui
