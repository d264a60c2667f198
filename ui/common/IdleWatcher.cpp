// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/common/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace ler::ui {

IdleWatcher::IdleWatcher(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleWatcher::setTimeout(std::chrono::milliseconds timeout)
{
    m_timer.setInterval(timeout);
    if (m_timer.isActive()) {
        m_timer.start();
    }
}

void IdleWatcher::start()
{
    m_timer.start();
}

void IdleWatcher::stop()
{
    m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive()) {
            m_timer.start(); // restart the countdown
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ler::ui
