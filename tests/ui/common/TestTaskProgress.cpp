// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/common/TaskProgress.h"

#include <QApplication>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QWidget>
#include <thread>

using namespace ler::ui;

/// The one progress dialog of long tasks: progress from the worker's thread, Cancel, and closing that is no Cancel.
class TestTaskProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsProgressSentFromAnotherThread()
    {
        QWidget window;
        QObject context;
        TaskProgress progress(&context,
            &window,
            QStringLiteral("Import"),
            QStringLiteral("Importing..."),
            QStringLiteral("testProgress"));
        auto* dialog = window.findChild<QProgressDialog*>(QStringLiteral("testProgress"));
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Import"));
        std::thread worker([report = progress.progress()] { report(3, 10); });
        worker.join();
        QTRY_COMPARE(dialog->value(), 3);
        QCOMPARE(dialog->maximum(), 10);
        QVERIFY(!progress.cancelled());
    }

    void cancelIsSeenByTheTaskAndClosingIsNotCancel()
    {
        QWidget window;
        QObject context;
        {
            TaskProgress progress(&context,
                &window,
                QStringLiteral("Check"),
                QStringLiteral("Checking..."),
                QStringLiteral("closedProgress"));
            auto flag = progress.cancel();
            QPointer<QProgressDialog> dialog = window.findChild<QProgressDialog*>(QStringLiteral("closedProgress"));
            QVERIFY(dialog);
            progress.close();
            QVERIFY(!flag->load());
            QTRY_VERIFY(!dialog); // deleted once the event loop runs
        }
        TaskProgress progress(&context,
            &window,
            QStringLiteral("Check"),
            QStringLiteral("Checking..."),
            QStringLiteral("cancelledProgress"));
        auto flag = progress.cancel();
        auto* dialog = window.findChild<QProgressDialog*>(QStringLiteral("cancelledProgress"));
        QVERIFY(dialog);
        auto* cancelButton = dialog->findChild<QPushButton*>();
        QVERIFY(cancelButton);
        QCOMPARE(cancelButton->text(), QStringLiteral("Cancel"));
        cancelButton->click();
        QVERIFY(flag->load());
        QVERIFY(progress.cancelled());
        // The task may keep its flag after the dialog and its owner are gone.
        progress.close();
        QVERIFY(flag->load());
    }
};

QTEST_MAIN(TestTaskProgress)
#include "TestTaskProgress.moc"
