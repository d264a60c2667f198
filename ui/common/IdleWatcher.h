// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>

namespace ler::ui {

/// Emits idle() after a stretch with no keyboard or mouse input anywhere in the application.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);
    void setTimeout(std::chrono::milliseconds timeout);
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    std::chrono::milliseconds timeout() const { return m_timer.intervalAsDuration(); }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace ler::ui
