// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/unlock/DeleteWalletDialog.h"

#include "core/session/WalletDeletion.h"
#include "ui/text/Render.h"

#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ler::ui {

DeleteWalletDialog::DeleteWalletDialog(const QString& name, const QString& folder, QWidget* parent)
    : QDialog(parent)
    , m_folder(folder)
    , m_deletion(new session::WalletDeletion(this))
    , m_pages(new QStackedWidget)
    , m_passphrase(new QLineEdit)
    , m_error(new QLabel)
    , m_loss(new QLabel)
    , m_understood(new QCheckBox(tr("I understand that this cannot be undone")))
    , m_delete(new QPushButton(tr("&Delete the wallet")))
{
    setObjectName(QStringLiteral("deleteWalletDialog"));
    setWindowTitle(tr("Delete a wallet"));
    setMinimumWidth(540);

    auto* ask = new QWidget;
    auto* askText = new QLabel(tr("<p>Delete the wallet <b>%1</b> in %2?</p><p>Type its passphrase to continue: you "
                                  "will then see what would be lost.</p>")
                                   .arg(name.toHtmlEscaped(), QDir::toNativeSeparators(folder).toHtmlEscaped()));
    askText->setWordWrap(true);
    m_passphrase->setObjectName(QStringLiteral("deletePassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("deleteError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    auto* cancel = new QPushButton(tr("Cancel"));
    auto* next = new QPushButton(tr("C&ontinue"));
    next->setObjectName(QStringLiteral("deleteContinue"));
    next->setDefault(true);
    next->setEnabled(false);
    connect(m_passphrase, &QLineEdit::textChanged, next, [next](const QString& t) { next->setEnabled(!t.isEmpty()); });
    connect(next, &QPushButton::clicked, this, &DeleteWalletDialog::inspect);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto* askButtons = new QHBoxLayout;
    askButtons->addStretch();
    askButtons->addWidget(cancel);
    askButtons->addWidget(next);
    auto* askLayout = new QVBoxLayout(ask);
    askLayout->addWidget(askText);
    askLayout->addWidget(m_passphrase);
    askLayout->addWidget(m_error);
    askLayout->addStretch();
    askLayout->addLayout(askButtons);

    auto* busy = new QWidget;
    auto* busyText = new QLabel(tr("Opening the wallet..."));
    auto* bar = new QProgressBar;
    bar->setRange(0, 0);
    auto* busyLayout = new QVBoxLayout(busy);
    busyLayout->addStretch();
    busyLayout->addWidget(busyText);
    busyLayout->addWidget(bar);
    busyLayout->addStretch();

    auto* confirm = new QWidget;
    m_loss->setObjectName(QStringLiteral("deleteLoss"));
    m_loss->setWordWrap(true);
    m_understood->setObjectName(QStringLiteral("deleteUnderstood"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setEnabled(false);
    m_delete->setStyleSheet(
        QStringLiteral("QPushButton:enabled { color: white; background: #b00020; padding: 4px 12px; }"));
    connect(m_understood, &QCheckBox::toggled, m_delete, &QPushButton::setEnabled);
    auto* keep = new QPushButton(tr("&Keep the wallet"));
    connect(keep, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_delete, &QPushButton::clicked, m_deletion, &session::WalletDeletion::confirm);
    auto* confirmButtons = new QHBoxLayout;
    confirmButtons->addStretch();
    confirmButtons->addWidget(keep);
    confirmButtons->addWidget(m_delete);
    auto* confirmLayout = new QVBoxLayout(confirm);
    confirmLayout->addWidget(m_loss);
    confirmLayout->addWidget(m_understood);
    confirmLayout->addStretch();
    confirmLayout->addLayout(confirmButtons);

    m_pages->addWidget(ask);
    m_pages->addWidget(busy);
    m_pages->addWidget(confirm);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    connect(m_deletion, &session::WalletDeletion::failed, this, [this](const ler::Error& e) {
        showError(ler::text::render(e));
    });
    connect(m_deletion, &session::WalletDeletion::deleted, this, &QDialog::accept);
    connect(m_deletion, &session::WalletDeletion::inspected, this, [this](const store::WalletInventory& inv) {
        QStringList lost;
        lost << tr("%1 records, %2 of them your own entries").arg(inv.records).arg(inv.ownEntries);
        lost << tr("%1 entries of your sharing history").arg(inv.presentations);
        if (inv.hasOwnKey) {
            lost << tr("your wallet's own key: presentations you made with it can no longer be shown to be yours");
        }
        const QString backup = inv.lastBackup.isValid()
            ? tr("Your last backup of it was made on %1; what was added since is lost.")
                  .arg(QLocale().toString(inv.lastBackup.toLocalTime(), QLocale::LongFormat))
            : tr("You have never made a backup of it: nothing of it can be brought back.");
        showLoss(tr("<p>Deleting this wallet loses, for good:</p><ul><li>%1</li></ul><p>%2</p><p>Only the wallet's "
                    "own files are deleted; anything else in its folder stays.</p>")
                     .arg(lost.join(QStringLiteral("</li><li>")), backup));
    });
}

void DeleteWalletDialog::inspect()
{
    m_error->hide();
    m_pages->setCurrentIndex(1);
    m_deletion->inspect(m_folder, m_passphrase->text());
    m_passphrase->clear();
}

void DeleteWalletDialog::showLoss(const QString& text)
{
    m_loss->setText(text);
    m_understood->setChecked(false);
    m_pages->setCurrentIndex(2);
}

void DeleteWalletDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    m_pages->setCurrentIndex(0);
}

} // namespace ler::ui
