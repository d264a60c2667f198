// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/present/PresentWizard.h"

#include "core/session/WalletSession.h"
#include "media/PresentationPdf.h"
#include "ui/present/PresentPages.h"
#include "ui/text/RecordTitle.h"
#include "ui/text/Render.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QSaveFile>
#include <QStandardPaths>

namespace ler::ui {

namespace {

QString s_nextSavePath;

QString suffixOf(present::PresentationFormat format)
{
    switch (format) {
    case present::PresentationFormat::VpJwt:
        return QStringLiteral("jwt");
    case present::PresentationFormat::SdJwt:
        return QStringLiteral("sd-jwt");
    case present::PresentationFormat::VpJson:
        break;
    }
    return QStringLiteral("json");
}

Status writeFile(const QString& path, const QByteArray& bytes)
{
    // Unbuffered: Qt 6.4's QSaveFile::commit() misses a write error of its last flush (a full disk).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(bytes) != bytes.size()
        || !file.commit()) {
        return Error(
            ErrorCode::Io, tx("ler::ui::PresentWizard", "Could not write %1.").arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

} // namespace

PresentWizard::PresentWizard(session::WalletSession& session, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_records(new RecordPickPage(*this))
    , m_disclosure(new DisclosurePage(*this))
    , m_recipient(new RecipientPage(*this))
    , m_preview(new PreviewPage(*this))
{
    setObjectName(QStringLiteral("presentWizard"));
    setWindowTitle(tr("Share records"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(RecordsPageId, m_records);
    setPage(DisclosurePageId, m_disclosure);
    setPage(RecipientPageId, m_recipient);
    setPage(PreviewPageId, m_preview);
    resize(820, 620);
}

PresentWizard::~PresentWizard() = default;

void PresentWizard::setNextSavePath(const QString& path)
{
    s_nextSavePath = path;
}

present::PresentationRequest PresentWizard::request() const
{
    present::PresentationRequest r;
    const QHash<QString, QStringList> disclosed = m_disclosure->disclosed();
    for (const QString& id : m_records->chosenIds())
        r.records.append({ id, disclosed.value(id) });
    r.recipient = m_recipient->recipient();
    r.format = m_recipient->fileFormat();
    return r;
}

PresentWizard::Output PresentWizard::output() const
{
    return m_recipient->output();
}

QString PresentWizard::askSavePath()
{
    if (!s_nextSavePath.isEmpty())
        return std::exchange(s_nextSavePath, QString());
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = m_plan->preview.domain.isEmpty()
        ? tr("presentation")
        : tr("presentation for %1").arg(QString(m_plan->preview.domain).replace(QLatin1Char('/'), QLatin1Char('-')));
    if (output() == Output::Pdf) {
        return QFileDialog::getSaveFileName(
            this, tr("Save the PDF"), QDir(folder).filePath(name + QStringLiteral(".pdf")), tr("PDF (*.pdf)"));
    }
    const QString suffix = suffixOf(m_plan->request.format);
    return QFileDialog::getSaveFileName(this,
        tr("Save the presentation"),
        QDir(folder).filePath(name + QLatin1Char('.') + suffix),
        tr("Presentation (*.%1)").arg(suffix));
}

void PresentWizard::accept()
{
    if (m_done) {
        QWizard::accept();
        return;
    }
    if (m_sharing || !m_plan)
        return;
    QString path;
    if (output() != Output::Screen) {
        path = askSavePath();
        if (path.isEmpty())
            return;
    }
    share(path);
}

void PresentWizard::share(const QString& path)
{
    m_sharing = true;
    button(QWizard::FinishButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    m_preview->setStatus(tr("Signing and saving..."), false);
    const present::PresentationPlan plan = *m_plan;
    const Output output = this->output();
    auto historyId = std::make_shared<qint64>(0);
    auto codes = std::make_shared<present::QrCodes>();
    m_session.runTask(
        [plan, output, path, historyId, codes](store::Wallet& wallet) -> Status {
            present::PresentationService service(wallet.database());
            if (output == Output::File) {
                auto shared = service.share(
                    plan,
                    [&path](const present::Presentation& p) { return writeFile(path, p.bytes); },
                    [&path] { QFile::remove(path); });
                if (!shared)
                    return shared.error();
                *historyId = shared->historyId;
                return {};
            }
            auto made = service.makeQrCodes(plan);
            if (!made)
                return made.error();
            *codes = *made;
            present::Presentation summary = made->combined();
            std::function<Status()> write = [] { return Status(); };
            if (output == Output::Pdf) {
                auto pdf = media::presentationPdf(ler::text::withTitles(plan.preview), *made);
                if (!pdf)
                    return pdf.error();
                summary.bytes = *pdf;
                write = [path, pdf = *pdf] { return writeFile(path, pdf); };
            }
            auto id = service.record(
                summary, output == Output::Pdf ? QStringLiteral("pdf") : QStringLiteral("qr"), write, [path] {
                    if (!path.isEmpty())
                        QFile::remove(path);
                });
            if (!id)
                return id.error();
            *historyId = *id;
            return {};
        },
        this,
        [this, historyId, codes, path, output](const Status& status) {
            if (status && output == Output::Screen)
                Q_EMIT codesReady(ler::text::withTitles(m_plan->preview), *codes);
            finishSharing(status, *historyId, path);
        });
}

void PresentWizard::finishSharing(const Status& status, qint64 historyId, const QString& where)
{
    m_sharing = false;
    button(QWizard::BackButton)->setEnabled(true);
    button(QWizard::FinishButton)->setEnabled(true);
    if (!status) {
        m_preview->setStatus(ler::text::render(status.error()), true);
        Q_EMIT shareFailed(ler::text::render(status.error()));
        return;
    }
    m_done = true;
    m_preview->setStatus(where.isEmpty()
            ? tr("Done. It is in your sharing history.")
            : tr("Saved to %1. It is in your sharing history.").arg(QDir::toNativeSeparators(where)),
        false);
    Q_EMIT shared(historyId, where);
    QWizard::accept();
}

} // namespace ler::ui
