// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/session/WalletSession.h"
#include "ui/present/PresentPages.h"
#include "ui/present/PresentText.h"
#include "ui/text/Render.h"

#include <QCoreApplication>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ler::ui {

namespace {

QString outputText(PresentWizard::Output output, present::PresentationFormat format)
{
    switch (output) {
    case PresentWizard::Output::Pdf:
        return QCoreApplication::translate("ler::ui::PreviewPage",
            "You will save a PDF: this summary, the QR codes that carry the signed presentation, and a short guide "
            "for the employer.");
    case PresentWizard::Output::Screen:
        return QCoreApplication::translate("ler::ui::PreviewPage",
            "Your wallet will show the QR codes on this screen; you can also save or print them there.");
    case PresentWizard::Output::File:
        break;
    }
    if (format == present::PresentationFormat::SdJwt)
        return QCoreApplication::translate("ler::ui::PreviewPage", "You will save an SD-JWT file.");
    if (format == present::PresentationFormat::VpJwt)
        return QCoreApplication::translate("ler::ui::PreviewPage", "You will save a presentation as a JWT file.");
    return QCoreApplication::translate("ler::ui::PreviewPage", "You will save a presentation as a JSON file.");
}

QString finishText(PresentWizard::Output output)
{
    switch (output) {
    case PresentWizard::Output::Pdf:
        return QCoreApplication::translate("ler::ui::PreviewPage", "Save the PDF...");
    case PresentWizard::Output::Screen:
        return QCoreApplication::translate("ler::ui::PreviewPage", "Show the QR codes");
    case PresentWizard::Output::File:
        break;
    }
    return QCoreApplication::translate("ler::ui::PreviewPage", "Save the file...");
}

} // namespace

PreviewPage::PreviewPage(PresentWizard& wizard)
    : m_wizard(wizard)
    , m_text(new QTextBrowser)
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("previewPage"));
    setTitle(tr("Check what you share"));
    setSubTitle(tr("Nothing is signed or saved until you go on from here."));
    setFinalPage(true);
    m_text->setObjectName(QStringLiteral("previewText"));
    m_text->setOpenLinks(false);
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_status);
}

void PreviewPage::setStatus(const QString& text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_status->setText(text);
}

void PreviewPage::initializePage()
{
    m_wizard.setPlan(std::nullopt);
    const quint64 generation = ++m_generation;
    const present::PresentationRequest request = m_wizard.request();
    const PresentWizard::Output output = m_wizard.output();
    const bool codes = output != PresentWizard::Output::File;
    setButtonText(QWizard::FinishButton, finishText(output));
    m_text->clear();
    setStatus(tr("Preparing the preview..."), false);
    auto plan = std::make_shared<Result<present::PresentationPlan>>(Error());
    m_wizard.session().runTask(
        [request, codes, plan](store::Wallet& wallet) -> Status {
            present::PresentationService service(wallet.database());
            *plan = codes ? service.prepareForCodes(request) : service.prepare(request);
            return {};
        },
        this,
        [this, generation, plan, output](const Status& status) {
            if (generation != m_generation)
                return;
            const Status ok = !status ? status : (plan->ok() ? Status() : Status(plan->error()));
            if (!ok) {
                setStatus(ler::text::render(ok.error()), true);
            } else {
                m_wizard.setPlan(plan->value());
                m_text->setHtml(
                    presenttext::previewHtml(plan->value().preview, outputText(output, plan->value().request.format)));
                setStatus(QString(), false);
            }
            Q_EMIT completeChanged();
            Q_EMIT ready();
        });
}

void PreviewPage::cleanupPage()
{
    ++m_generation;
    m_wizard.setPlan(std::nullopt);
}

bool PreviewPage::isComplete() const
{
    return m_wizard.plan().has_value();
}

} // namespace ler::ui
