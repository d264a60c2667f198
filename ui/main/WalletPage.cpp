// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/main/WalletPage.h"

#include "core/store/Wallet.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ler::ui {

WalletPage::WalletPage(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel)
    , m_folder(new QLabel)
{
    setObjectName(QStringLiteral("walletPage"));
    auto* title = new QLabel(tr("<h1>Your Learning and Employment Record</h1>"));
    m_summary->setObjectName(QStringLiteral("walletSummary"));
    m_summary->setWordWrap(true);
    m_folder->setObjectName(QStringLiteral("walletPageFolder"));
    m_folder->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* lock = new QPushButton(QIcon::fromTheme(QStringLiteral("system-lock-screen")), tr("&Lock wallet"));
    lock->setObjectName(QStringLiteral("lockButton"));
    connect(lock, &QPushButton::clicked, this, &WalletPage::lockRequested);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addStretch();
    layout->addWidget(m_folder);
    layout->addWidget(lock, 0, Qt::AlignLeft);
}

void WalletPage::load(store::Wallet& wallet)
{
    auto count = wallet.database().scalar(QStringLiteral("SELECT count(*) FROM credentials WHERE parent_id IS NULL"));
    const int n = count ? count->toInt() : 0;
    m_summary->setText(n == 0 ? tr("Your wallet is empty. Badges, transcripts, certificates and your own work "
                                   "history will be listed here.")
                              : tr("Your wallet holds %n record(s).", nullptr, n));
    m_folder->setText(tr("Wallet folder: %1").arg(QDir::toNativeSeparators(wallet.directory())));
}

void WalletPage::clear()
{
    m_summary->clear();
    m_folder->clear();
}

} // namespace ler::ui
