// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/present/PresentPages.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ler::ui {

RecipientPage::RecipientPage(PresentWizard& wizard)
    : QWizardPage(&wizard)
    , m_domain(new QLineEdit)
    , m_challenge(new QLineEdit)
    , m_expiry(new QComboBox)
    , m_outputs(new QButtonGroup(this))
    , m_fileFormat(new QComboBox)
{
    setObjectName(QStringLiteral("recipientPage"));
    setTitle(tr("Who is it for?"));
    setSubTitle(tr("The presentation names its recipient, so a copy passed on to anyone else is refused when they "
                   "check it."));
    m_domain->setObjectName(QStringLiteral("recipientDomain"));
    m_domain->setPlaceholderText(tr("for example jobs.example.com"));
    m_challenge->setObjectName(QStringLiteral("recipientChallenge"));
    m_challenge->setPlaceholderText(tr("leave empty if you were not given one; your wallet makes one"));
    m_expiry->setObjectName(QStringLiteral("expiry"));
    m_expiry->addItem(tr("1 day"), 1);
    m_expiry->addItem(tr("1 week"), 7);
    m_expiry->addItem(tr("30 days"), 30);
    m_expiry->addItem(tr("90 days"), 90);
    m_expiry->addItem(tr("No end date (the recipient decides how old is too old)"), 0);
    m_expiry->setCurrentIndex(2);

    auto* form = new QFormLayout;
    form->addRow(tr("Recipient (their web domain):"), m_domain);
    form->addRow(tr("Their challenge code:"), m_challenge);
    auto* hint = new QLabel(tr("An employer may give you a challenge code with their request. Type it exactly: it "
                               "proves the presentation was made for this request."));
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
    form->addRow(tr("Valid for:"), m_expiry);

    auto* file = new QRadioButton(tr("A file to send by email or upload:"));
    file->setObjectName(QStringLiteral("outputFile"));
    auto* pdf = new QRadioButton(tr("A PDF to print or send, with a summary and QR codes"));
    pdf->setObjectName(QStringLiteral("outputPdf"));
    auto* screen = new QRadioButton(tr("QR codes on this screen, for the employer to scan with a phone"));
    screen->setObjectName(QStringLiteral("outputScreen"));
    m_outputs->addButton(file, int(PresentWizard::Output::File));
    m_outputs->addButton(pdf, int(PresentWizard::Output::Pdf));
    m_outputs->addButton(screen, int(PresentWizard::Output::Screen));
    file->setChecked(true);
    m_fileFormat->setObjectName(QStringLiteral("fileFormat"));
    m_fileFormat->addItem(
        tr("Verifiable Presentation (JSON), read by most verifiers"), int(present::PresentationFormat::VpJson));
    m_fileFormat->addItem(tr("Verifiable Presentation as a JWT"), int(present::PresentationFormat::VpJwt));
    m_fileFormat->addItem(tr("SD-JWT (one SD-JWT credential only)"), int(present::PresentationFormat::SdJwt));
    connect(file, &QRadioButton::toggled, m_fileFormat, &QComboBox::setEnabled);

    auto* outputs = new QVBoxLayout;
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(file);
    fileRow->addWidget(m_fileFormat, 1);
    outputs->addLayout(fileRow);
    outputs->addWidget(pdf);
    outputs->addWidget(screen);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("<b>How will you share it?</b>")));
    layout->addLayout(outputs);
    layout->addStretch(1);
}

present::Recipient RecipientPage::recipient() const
{
    present::Recipient r;
    r.domain = m_domain->text().trimmed();
    r.challenge = m_challenge->text().trimmed();
    const int days = m_expiry->currentData().toInt();
    if (days > 0)
        r.expires = QDateTime::currentDateTimeUtc().addDays(days);
    return r;
}

PresentWizard::Output RecipientPage::output() const
{
    return PresentWizard::Output(m_outputs->checkedId());
}

present::PresentationFormat RecipientPage::fileFormat() const
{
    return present::PresentationFormat(m_fileFormat->currentData().toInt());
}

void RecipientPage::setOutput(PresentWizard::Output output, present::PresentationFormat format)
{
    m_outputs->button(int(output))->setChecked(true);
    m_fileFormat->setCurrentIndex(m_fileFormat->findData(int(format)));
}

} // namespace ler::ui
