// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/unlock/CreateWalletDialog.h"

#include "core/session/WalletSession.h"
#include "ui/common/PassphraseFields.h"
#include "ui/text/Render.h"
#include "ui/unlock/RecoveryCodePage.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ler::ui {

CreateWalletDialog::CreateWalletDialog(session::WalletSession& session, CostFunction cost, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_cost(std::move(cost))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("createWalletDialog"));
    setWindowTitle(tr("Create a wallet"));
    setMinimumWidth(520);
    m_pages->addWidget(buildPassphrasePage());
    m_pages->addWidget(buildBusyPage());
    m_pages->addWidget(buildRecoveryPage());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    connect(&m_session, &session::WalletSession::created, this, &CreateWalletDialog::showRecoveryCode);
    connect(&m_session, &session::WalletSession::createFailed, this, [this](const ler::Error& e) {
        showError(ler::text::render(e));
    });
}

QWidget* CreateWalletDialog::buildPassphrasePage()
{
    auto* page = new QWidget;
    auto* intro = new QLabel(tr("Your wallet keeps your badges, transcripts and other records encrypted on this "
                                "computer. Choose a passphrase to lock it. You will need it every time you open "
                                "the wallet."));
    intro->setWordWrap(true);
    auto* where = new QLabel(tr("Wallet folder: %1").arg(QDir::toNativeSeparators(m_session.directory())));
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fields = new PassphraseFields;
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("createError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* cancel = new QPushButton(tr("Cancel"));
    m_create = new QPushButton(tr("&Create wallet"));
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    m_create->setEnabled(false);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &CreateWalletDialog::createWallet);
    connect(m_fields, &PassphraseFields::validChanged, m_create, &QPushButton::setEnabled);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_create);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(where);
    layout->addSpacing(8);
    layout->addWidget(m_fields);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addLayout(buttons);
    return page;
}

QWidget* CreateWalletDialog::buildBusyPage()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("createBusy"));
    page->setCursor(Qt::BusyCursor);
    auto* label = new QLabel(tr("Creating your wallet. Making the key strong takes a few seconds..."));
    label->setWordWrap(true);
    auto* bar = new QProgressBar;
    bar->setObjectName(QStringLiteral("createProgress"));
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(label);
    layout->addWidget(bar);
    layout->addStretch();
    return page;
}

QString CreateWalletDialog::recoveryCode() const
{
    return m_recovery->code();
}

QWidget* CreateWalletDialog::buildRecoveryPage()
{
    m_recovery = new RecoveryCodePage({ tr("<h2>Your recovery code</h2>"),
                                          tr("If you forget your passphrase, this code is the only way back into "
                                             "your wallet. Write it down or print it now, and keep it away from this "
                                             "computer. It will not be shown again."),
                                          tr("I have written down or printed my recovery code"),
                                          tr("&Open my wallet") },
        [this] { return m_session.directory(); });
    connect(m_recovery, &RecoveryCodePage::finished, this, &QDialog::accept);
    return m_recovery;
}

void CreateWalletDialog::reject()
{
    if (m_pages->currentIndex() == 0) {
        QDialog::reject();
    }
}

void CreateWalletDialog::createWallet()
{
    if (!m_fields->valid()) {
        return;
    }
    m_error->hide();
    m_pages->setCurrentIndex(1);
    m_session.create(m_fields->passphrase(), m_cost);
    m_fields->clear();
}

void CreateWalletDialog::showRecoveryCode(const QString& code)
{
    m_recovery->setCode(code);
    m_pages->setCurrentIndex(2);
}

void CreateWalletDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    m_pages->setCurrentIndex(0);
}

} // namespace ler::ui
