// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QPointer>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

class QObject;
class QProgressDialog;
class QWidget;

namespace ler::ui {

/// The progress dialog with Cancel of one long task run on the session's worker (importing, checking every
/// record). The dialog shows after 300 ms, so a quick task never flashes one.
///
/// Made on the GUI thread; progress() and cancel() are what the task is handed, and may be used from its thread.
/// Only close() touches the dialog, so the last copy may go on any thread; the dialog is the window's child.
class TaskProgress
{
public:
    /// `context` receives the progress updates (a controller that outlives the task); `objectName` lets tests find
    /// the dialog.
    TaskProgress(QObject* context,
        QWidget* window,
        const QString& title,
        const QString& label,
        const QString& objectName,
        int maximum = 1);
    TaskProgress(const TaskProgress&) = delete;
    TaskProgress& operator=(const TaskProgress&) = delete;

    /// Reports `done` of `total` to the dialog, from any thread.
    std::function<void(int done, int total)> progress() const;
    /// Set once the person pressed Cancel; the task stops when it sees it. Shared, so the task may keep it for as
    /// long as it runs.
    std::shared_ptr<const std::atomic<bool>> cancel() const { return m_cancel; }
    bool cancelled() const { return m_cancel->load(); }
    /// Closes the dialog; closing it is not taken as Cancel.
    void close();

private:
    QObject* m_context;
    QPointer<QProgressDialog> m_dialog;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
};

} // namespace ler::ui
