// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/import/ImportController.h"

#include "core/formats/FolderScan.h"
#include "core/net/Fetcher.h"
#include "core/qr/QrPayload.h"
#include "core/session/ImportFlow.h"
#include "core/session/WalletSession.h"
#include "core/store/WalletSettings.h"
#include "media/QrReader.h"
#include "ui/common/TaskProgress.h"
#include "ui/import/ImportResultDialog.h"
#include "ui/text/Render.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMessageBox>
#include <atomic>

namespace ler::ui {

ImportController::ImportController(session::WalletSession& session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{ }

void ImportController::importFiles(const QStringList& paths)
{
    QList<session::ImportInput> inputs;
    for (const QString& p : paths) {
        inputs.append(session::ImportInput::file(p));
    }
    importInputs(inputs);
}

void ImportController::importFolder(const QString& dir)
{
    const auto files = formats::credentialFilesIn(dir);
    if (!files) {
        showError(ler::text::render(files.error()));
        return;
    }
    if (files->isEmpty()) {
        showError(tr("No credential files were found in %1.").arg(QDir::toNativeSeparators(dir)));
        return;
    }
    importFiles(*files);
}

void ImportController::importText(const QString& text, const QString& source)
{
    const QByteArray bytes = text.trimmed().toUtf8();
    if (bytes.isEmpty()) {
        showError(tr("There is no text to import. Copy a credential (JSON, JWT or SD-JWT) first."));
        return;
    }
    importInputs({ session::ImportInput::data(bytes, source) });
}

void ImportController::importQrImage(const QString& path)
{
    auto codes = media::readQrCodesFromFile(path);
    if (!codes) {
        showError(ler::text::render(codes.error()));
        return;
    }
    // VPQR codes and parts of our multi-part format are decoded first; any other text is imported as it is.
    auto contents = qr::decodeQrTexts(*codes);
    if (!contents) {
        showError(ler::text::render(contents.error()));
        return;
    }
    QList<session::ImportInput> inputs;
    for (const qr::QrContent& content : *contents) {
        const QByteArray data
            = content.isJson ? QJsonDocument(content.document).toJson(QJsonDocument::Compact) : content.text.toUtf8();
        inputs.append(session::ImportInput::data(data, QStringLiteral("qr"), QFileInfo(path).fileName()));
    }
    importInputs(inputs);
}

void ImportController::importUrl(const QUrl& url)
{
    if (!url.isValid() || url.scheme().isEmpty()) {
        showError(tr("That is not a web address. It should start with https://"));
        return;
    }
    importInputs({}, store::UpdatePolicy::Keep, url);
}

void ImportController::importInputs(
    QList<session::ImportInput> inputs, store::UpdatePolicy policy, const QUrl& download)
{
    if (m_busy || (inputs.isEmpty() && download.isEmpty()) || !m_session.wallet()) {
        return;
    }
    // Everything fetched goes through the one Fetcher, and only when the person allows the network: the task reads
    // that setting on the session's worker, the one place the database is used.
    auto fetcher = std::make_shared<net::Fetcher>();
    m_busy = true;
    auto progress = std::make_shared<TaskProgress>(
        this, m_window, tr("Import"), tr("Importing..."), QStringLiteral("importProgress"), int(inputs.size()));
    auto report = std::make_shared<store::ImportReport>();
    m_session.runTask(
        [inputs, policy, report, onProgress = progress->progress(), cancel = progress->cancel(), fetcher, download](
            store::Wallet& wallet) mutable -> Status {
            fetcher->setOnline(store::WalletSettings(wallet.database()).networkAllowed());
            if (!download.isEmpty()) {
                auto body = fetcher->fetch(download, QByteArrayLiteral("application/ld+json, application/json"));
                if (!body) {
                    store::ImportOutcome failed;
                    failed.file = download.toDisplayString();
                    failed.error = body.error().message;
                    report->outcomes.append(failed);
                    report->inputs = 1;
                    return {};
                }
                inputs.append(session::ImportInput::data(body->body, QStringLiteral("url"), download.fileName()));
            }
            session::ImportFlowOptions options;
            options.policy = policy;
            options.cancel = cancel.get();
            options.fetcher = fetcher.get();
            options.progress = onProgress;
            auto result = session::importAndVerify(wallet.database(), inputs, options);
            if (!result) {
                return result.error();
            }
            *report = *result;
            return {};
        },
        this,
        [this, report, inputs, progress](const Status& status) {
            m_busy = false;
            progress->close();
            if (!status) {
                showError(ler::text::render(status.error()));
                return;
            }
            Q_EMIT imported(*report);
            showReport(*report, inputs);
        });
}

void ImportController::showReport(const store::ImportReport& report, const QList<session::ImportInput>& inputs)
{
    ImportResultDialog dialog(report, m_window);
    if (dialog.exec() != ImportResultDialog::UpdateRequested) {
        return;
    }
    // Import again, replacing the stored versions, only the inputs that had newer versions.
    QSet<QString> labels;
    for (const auto& o : report.outcomes) {
        if (o.status == store::ImportStatus::UpdateAvailable) {
            labels.insert(o.file);
        }
    }
    QList<session::ImportInput> again;
    for (const auto& in : inputs) {
        if (labels.contains(in.label)) {
            again.append(in);
        }
    }
    importInputs(again, store::UpdatePolicy::Replace);
}

void ImportController::showError(const QString& message)
{
    QMessageBox::warning(m_window, tr("Import"), message);
}

} // namespace ler::ui
