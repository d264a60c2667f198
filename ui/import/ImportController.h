// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/session/ImportService.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QProgressDialog;
class QWidget;

namespace ler::session {
class WalletSession;
}

namespace ler::ui {

/// Runs imports off the GUI thread with a progress bar and Cancel, then shows what was imported,
/// what was already there and what was rejected (with the reason).
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(session::WalletSession& session, QWidget* window);

    void importFiles(const QStringList& paths);
    /// Every file below `dir` whose name suggests a credential (formats::credentialFilesIn).
    void importFolder(const QString& dir);
    void importText(const QString& text, const QString& source);
    /// Reads the QR codes in an image file and imports what they hold.
    void importQrImage(const QString& path);
    /// Downloads a hosted credential (an Open Badges 2.0 assertion URL) and imports it.
    void importUrl(const QUrl& url);
    void importInputs(QList<session::ImportInput> inputs,
        store::UpdatePolicy policy = store::UpdatePolicy::Keep,
        const QUrl& download = {});

    bool busy() const { return m_busy; }

Q_SIGNALS:
    /// After every import, so views can reload.
    void imported(const ler::store::ImportReport& report);

private:
    void showReport(const store::ImportReport& report, const QList<session::ImportInput>& inputs);
    void showError(const QString& message);

    session::WalletSession& m_session;
    QWidget* m_window;
    bool m_busy = false;
};

} // namespace ler::ui
