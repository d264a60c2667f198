// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/unlock/RecoveryCodePage.h"

#include "core/crypto/SecretBytes.h"
#include "ui/unlock/RecoveryCodeSheet.h"

#include <QCheckBox>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ler::ui {

RecoveryCodePage::RecoveryCodePage(const Words& words, std::function<QString()> folder, QWidget* parent)
    : QWidget(parent)
    , m_folder(std::move(folder))
{
    auto* title = new QLabel(words.title);
    auto* intro = new QLabel(words.intro);
    intro->setWordWrap(true);
    m_codeLabel = new QLabel;
    m_codeLabel->setObjectName(QStringLiteral("recoveryCode"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSize(mono.pointSize() + 6);
    mono.setBold(true);
    m_codeLabel->setFont(mono);
    m_codeLabel->setAlignment(Qt::AlignCenter);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_codeLabel->setStyleSheet(QStringLiteral("padding: 12px; border: 1px solid palette(mid);"));
    m_codeLabel->setWordWrap(true);

    auto* print = new QPushButton(tr("&Print..."));
    print->setObjectName(QStringLiteral("printButton"));
    connect(print, &QPushButton::clicked, this, [this] {
        RecoveryCodeSheet::print(this, m_code, QDir::toNativeSeparators(m_folder ? m_folder() : QString()));
    });
    m_saved = new QCheckBox(words.saved);
    m_saved->setObjectName(QStringLiteral("savedCheck"));
    m_finish = new QPushButton(words.finish);
    m_finish->setObjectName(QStringLiteral("finishButton"));
    m_finish->setEnabled(false);
    connect(m_saved, &QCheckBox::toggled, m_finish, &QPushButton::setEnabled);
    connect(m_finish, &QPushButton::clicked, this, &RecoveryCodePage::finished);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(print);
    buttons->addStretch();
    buttons->addWidget(m_finish);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_codeLabel);
    layout->addWidget(m_saved);
    layout->addStretch();
    layout->addLayout(buttons);
}

RecoveryCodePage::~RecoveryCodePage()
{
    crypto::wipe(m_code);
}

void RecoveryCodePage::setCode(const QString& code)
{
    crypto::wipe(m_code);
    m_code = code;
    // Two rows of four groups, spaced: easier to copy by hand than one long dashed line.
    const QStringList groups = code.split(QLatin1Char('-'));
    m_codeLabel->setText(
        groups.mid(0, 4).join(QLatin1Char(' ')) + QLatin1Char('\n') + groups.mid(4).join(QLatin1Char(' ')));
    m_saved->setChecked(false);
}

} // namespace ler::ui
