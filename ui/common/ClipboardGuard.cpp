// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/common/ClipboardGuard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace ler::ui {

namespace {

QByteArray digestOf(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

ClipboardGuard& ClipboardGuard::instance()
{
    static ClipboardGuard* guard = [] {
        auto* g = new ClipboardGuard;
        // Nothing copied outlives the app.
        QObject::connect(qApp, &QCoreApplication::aboutToQuit, g, &ClipboardGuard::clearNow);
        return g;
    }();
    return *guard;
}

ClipboardGuard::ClipboardGuard()
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearNow);
}

void ClipboardGuard::setClearAfter(std::chrono::milliseconds after)
{
    m_after = after;
    if (m_timer.isActive()) {
        if (m_after.count() > 0) {
            m_timer.start(m_after);
        } else {
            m_timer.stop();
        }
    }
}

void ClipboardGuard::copy(const QString& text)
{
    auto* mime = new QMimeData;
    mime->setText(text);
    // KDE's Klipper and others leave out what is marked so.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);
    m_digest = digestOf(text);
    if (m_after.count() > 0) {
        m_timer.start(m_after);
    }
}

bool ClipboardGuard::holdsCopy() const
{
    return !m_digest.isEmpty() && digestOf(QGuiApplication::clipboard()->text(QClipboard::Clipboard)) == m_digest;
}

void ClipboardGuard::clearNow()
{
    m_timer.stop();
    if (holdsCopy()) {
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
        Q_EMIT cleared();
    }
    m_digest.clear();
}

} // namespace ler::ui
