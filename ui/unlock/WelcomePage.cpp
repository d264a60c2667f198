// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/unlock/WelcomePage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ler::ui {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/ler-wallet.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    auto* title = new QLabel(tr("<h1>Welcome to LER Wallet</h1>"));
    title->setAlignment(Qt::AlignCenter);
    auto* text = new QLabel(tr("Keep your badges, transcripts, certificates and work history in one private place, "
                               "check that they are genuine, and share just what you choose with employers and "
                               "schools."));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(520);
    // Aligned layout items get no height-for-width: reserve the wrapped height.
    text->setMinimumHeight(text->heightForWidth(520));

    auto* create = new QPushButton(tr("&Create a new wallet"));
    create->setObjectName(QStringLiteral("createWalletButton"));
    create->setDefault(true);
    create->setMinimumHeight(40);
    auto* open = new QPushButton(tr("&Open a wallet folder..."));
    open->setObjectName(QStringLiteral("openWalletButton"));
    open->setMinimumHeight(40);
    auto* check = new QPushButton(tr("C&heck a presentation someone gave you..."));
    check->setObjectName(QStringLiteral("checkPresentationButton"));
    check->setMinimumHeight(40);
    connect(check, &QPushButton::clicked, this, &WelcomePage::checkRequested);
    connect(create, &QPushButton::clicked, this, &WelcomePage::createRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(24);
    for (QPushButton* b : { create, open }) {
        b->setMinimumWidth(280);
        layout->addWidget(b, 0, Qt::AlignHCenter);
    }
    layout->addSpacing(16);
    check->setMinimumWidth(280);
    layout->addWidget(check, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace ler::ui
