// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/common/TaskProgress.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace ler::ui {

TaskProgress::TaskProgress(QObject* context,
    QWidget* window,
    const QString& title,
    const QString& label,
    const QString& objectName,
    int maximum)
    : m_context(context)
{
    auto* dialog = new QProgressDialog(
        label, QCoreApplication::translate("ler::ui::TaskProgress", "Cancel"), 0, qMax(1, maximum), window);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setValue(0);
    auto cancel = m_cancel;
    QObject::connect(dialog, &QProgressDialog::canceled, context, [cancel] { cancel->store(true); });
    m_dialog = dialog;
}

std::function<void(int, int)> TaskProgress::progress() const
{
    QObject* context = m_context;
    QPointer<QProgressDialog> dialog = m_dialog;
    return [context, dialog](int done, int total) {
        QMetaObject::invokeMethod(
            context,
            [dialog, done, total] {
                if (dialog) {
                    dialog->setMaximum(total);
                    dialog->setValue(done);
                }
            },
            Qt::QueuedConnection);
    };
}

void TaskProgress::close()
{
    if (!m_dialog)
        return;
    m_dialog->disconnect(m_context); // closing a progress dialog emits canceled()
    m_dialog->close();
    m_dialog->deleteLater();
    m_dialog = nullptr;
}

} // namespace ler::ui
