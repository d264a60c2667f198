// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>
#include <functional>

namespace ler::test {

/// Runs `f` on the next modal dialog once it is shown (exec() blocks the caller). With `objectName`, only on the
/// dialog of that name: a slow operation may show a progress dialog first (on a busy machine or under a sanitizer).
inline void whenModal(std::function<void(QWidget*)> f, const QString& objectName = {})
{
    auto* timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, [timer, f, objectName] {
        QWidget* w = QApplication::activeModalWidget();
        if (w && (objectName.isEmpty() || w->objectName() == objectName)) {
            timer->stop();
            timer->deleteLater();
            f(w);
        }
    });
    timer->start(20);
}

/// Saves a picture of `w` when LER_SCREENSHOT_DIR is set, for people to look at.
inline void shoot(QWidget* w, const char* name)
{
    const QString dir = qEnvironmentVariable("LER_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
    }
}

} // namespace ler::test
