// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/unlock/ClientDialog.h"

#include "core/store/Wallet.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ler::ui {

ClientDialog::ClientDialog(QWidget* parent)
    : QDialog(parent)
    , m_open(new QRadioButton(tr("&Open the client's wallet")))
    , m_create(new QRadioButton(tr("C&reate a wallet for the client")))
    , m_folder(new QLineEdit)
    , m_name(new QLineEdit)
    , m_error(new QLabel)
    , m_start(new QPushButton(tr("&Start helping")))
{
    setObjectName(QStringLiteral("clientDialog"));
    setWindowTitle(tr("Help a client"));
    setMinimumWidth(560);
    auto* intro = new QLabel(tr("Open a client's wallet from their folder, such as a USB stick, or make one there. "
                                "While it is open the window says whose wallet it is. When you close or lock it, or "
                                "it locks by itself, nothing of it stays on this computer: it is not added to the "
                                "list of wallets, no settings are kept and the clipboard is cleared."));
    intro->setWordWrap(true);
    m_open->setObjectName(QStringLiteral("clientOpen"));
    m_create->setObjectName(QStringLiteral("clientCreate"));
    m_open->setChecked(true);
    m_folder->setObjectName(QStringLiteral("clientFolder"));
    auto* choose = new QPushButton(tr("C&hoose..."));
    choose->setObjectName(QStringLiteral("chooseClientFolder"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    m_name->setObjectName(QStringLiteral("clientName"));
    m_name->setMaxLength(100);
    m_name->setPlaceholderText(tr("As the client wants it shown"));
    auto* nameHint = new QLabel(tr("The name is kept only inside the client's wallet. When you open a wallet that "
                                   "already has one, you may leave this empty."));
    nameHint->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("clientError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_start->setObjectName(QStringLiteral("startClientButton"));
    m_start->setDefault(true);
    auto* cancel = new QPushButton(tr("Cancel"));

    auto* form = new QFormLayout;
    form->addRow(tr("Wallet folder:"), folderRow);
    form->addRow(tr("Client's name:"), m_name);
    form->addRow(QString(), nameHint);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_start);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_open);
    layout->addWidget(m_create);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(choose, &QPushButton::clicked, this, &ClientDialog::chooseFolder);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, &ClientDialog::check);
}

bool ClientDialog::createWallet() const
{
    return m_create->isChecked();
}

QString ClientDialog::folder() const
{
    return QDir::cleanPath(QDir::fromNativeSeparators(m_folder->text().trimmed()));
}

QString ClientDialog::clientName() const
{
    return m_name->text().simplified();
}

void ClientDialog::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("The client's wallet folder"), m_folder->text());
    if (!dir.isEmpty()) {
        m_folder->setText(QDir::toNativeSeparators(dir));
    }
}

void ClientDialog::check()
{
    QString problem;
    if (m_folder->text().trimmed().isEmpty()) {
        problem = tr("Choose the folder of the client's wallet.");
    } else if (createWallet() && store::Wallet::existsAt(folder())) {
        problem = tr("This folder already holds a wallet. Choose to open it instead.");
    } else if (createWallet() && clientName().isEmpty()) {
        problem = tr("Write the client's name, so the window can say whose wallet it is.");
    } else if (!createWallet() && !store::Wallet::existsAt(folder())) {
        problem = tr("There is no wallet in this folder. Check the folder, or choose to create one.");
    }
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    accept();
}

} // namespace ler::ui
