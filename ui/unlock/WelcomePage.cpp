// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/unlock/WelcomePage.h"

#include "core/session/KnownWallets.h"
#include "core/store/Wallet.h"
#include "ui/common/PrivacyMode.h"
#include "ui/unlock/DeleteWalletDialog.h"

#include <QDir>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ler::ui {

namespace {

QPushButton* bigButton(const QString& text, const char* name)
{
    auto* b = new QPushButton(text);
    b->setObjectName(QLatin1String(name));
    b->setMinimumHeight(40);
    b->setMinimumWidth(260);
    return b;
}

} // namespace

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_listTitle(new QLabel(tr("<b>Your wallets on this computer</b>")))
    , m_list(new QTreeWidget)
    , m_listButtons(new QWidget)
    , m_open(new QPushButton(tr("&Open")))
    , m_rename(new QPushButton(tr("Re&name...")))
    , m_forget(new QPushButton(tr("&Forget")))
    , m_delete(new QPushButton(tr("&Delete...")))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/ler-wallet.svg")).pixmap(72, 72));
    icon->setAlignment(Qt::AlignCenter);
    auto* title = new QLabel(tr("<h1>Welcome to LER Wallet</h1>"));
    title->setAlignment(Qt::AlignCenter);
    auto* text = new QLabel(tr("Keep your badges, transcripts, certificates and work history in one private place, "
                               "check that they are genuine, and share just what you choose with employers and "
                               "schools."));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(560);
    // Aligned layout items get no height-for-width: reserve the wrapped height.
    text->setMinimumHeight(text->heightForWidth(560));

    m_list->setObjectName(QStringLiteral("knownWallets"));
    m_list->setHeaderLabels({ tr("Name"), tr("Folder"), tr("Last opened") });
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->setMinimumWidth(620);
    m_list->setMaximumHeight(180);
    m_open->setObjectName(QStringLiteral("openKnownButton"));
    m_rename->setObjectName(QStringLiteral("renameKnownButton"));
    m_forget->setObjectName(QStringLiteral("forgetKnownButton"));
    m_delete->setObjectName(QStringLiteral("deleteKnownButton"));
    auto* listButtons = new QHBoxLayout(m_listButtons);
    listButtons->setContentsMargins(0, 0, 0, 0);
    listButtons->addWidget(m_open);
    listButtons->addStretch();
    listButtons->addWidget(m_rename);
    listButtons->addWidget(m_forget);
    listButtons->addWidget(m_delete);

    QPushButton* create = bigButton(tr("&Create a new wallet"), "createWalletButton");
    QPushButton* open = bigButton(tr("Open a wallet &folder..."), "openWalletButton");
    QPushButton* restore = bigButton(tr("&Restore a wallet from a backup..."), "restoreBackupButton");
    QPushButton* client = bigButton(tr("&Help a client..."), "helpClientButton");
    client->setToolTip(tr("Open or create a client's wallet in any folder, such as their USB stick. Nothing of it "
                          "stays on this computer."));
    QPushButton* check = bigButton(tr("C&heck a presentation someone gave you..."), "checkPresentationButton");
    connect(check, &QPushButton::clicked, this, &WelcomePage::checkRequested);
    connect(create, &QPushButton::clicked, this, &WelcomePage::createRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(restore, &QPushButton::clicked, this, &WelcomePage::restoreRequested);
    connect(client, &QPushButton::clicked, this, &WelcomePage::helpClientRequested);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!selectedFolder().isEmpty())
            Q_EMIT openKnownRequested(selectedFolder());
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (!selectedFolder().isEmpty())
            Q_EMIT openKnownRequested(selectedFolder());
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &WelcomePage::updateButtons);
    connect(m_rename, &QPushButton::clicked, this, &WelcomePage::renameSelected);
    connect(m_forget, &QPushButton::clicked, this, &WelcomePage::forgetSelected);
    connect(m_delete, &QPushButton::clicked, this, &WelcomePage::deleteSelected);
    connect(&PrivacyMode::instance(), &PrivacyMode::changed, this, &WelcomePage::refresh);

    auto* actions = new QGridLayout;
    actions->addWidget(create, 0, 0);
    actions->addWidget(open, 0, 1);
    actions->addWidget(restore, 1, 0);
    actions->addWidget(client, 1, 1);
    actions->addWidget(check, 2, 0, 1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addWidget(m_listTitle, 0, Qt::AlignHCenter);
    layout->addWidget(m_list, 0, Qt::AlignHCenter);
    layout->addWidget(m_listButtons);
    layout->setAlignment(m_listButtons, Qt::AlignHCenter);
    m_listButtons->setFixedWidth(620);
    layout->addSpacing(16);
    layout->addLayout(actions);
    layout->setAlignment(actions, Qt::AlignHCenter);
    layout->addStretch(3);
    refresh();
}

void WelcomePage::showEvent(QShowEvent* event)
{
    refresh();
    QWidget::showEvent(event);
}

void WelcomePage::refresh()
{
    const QString selected = selectedFolder();
    m_list->clear();
    QList<session::KnownWallet> wallets;
    if (PrivacyMode::instance().remembersWallets()) {
        wallets = session::KnownWallets().list();
    }
    for (const session::KnownWallet& w : wallets) {
        auto* item = new QTreeWidgetItem(m_list,
            { w.name,
                QDir::toNativeSeparators(w.folder),
                w.lastOpened.isValid() ? QLocale().toString(w.lastOpened.toLocalTime(), QLocale::ShortFormat)
                                       : tr("not yet") });
        item->setData(0, Qt::UserRole, w.folder);
        if (!store::Wallet::existsAt(w.folder)) {
            item->setToolTip(1, tr("No wallet is in this folder now (a USB stick that is not plugged in?)."));
            item->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        if (w.folder == selected) {
            m_list->setCurrentItem(item);
        }
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    const bool any = m_list->topLevelItemCount() > 0;
    m_listTitle->setVisible(any);
    m_list->setVisible(any);
    m_listButtons->setVisible(any);
    updateButtons();
}

QString WelcomePage::selectedFolder() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void WelcomePage::updateButtons()
{
    const bool selected = !selectedFolder().isEmpty();
    for (QPushButton* b : { m_open, m_rename, m_forget, m_delete }) {
        b->setEnabled(selected);
    }
    m_delete->setEnabled(selected && store::Wallet::existsAt(selectedFolder()));
}

void WelcomePage::renameSelected()
{
    const QString folder = selectedFolder();
    session::KnownWallets known;
    const auto wallet = known.find(folder);
    if (!wallet) {
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this,
        tr("Rename a wallet"),
        tr("A name for the wallet in %1:").arg(QDir::toNativeSeparators(folder)),
        QLineEdit::Normal,
        wallet->name,
        &ok);
    if (ok) {
        known.rename(folder, name);
        refresh();
    }
}

void WelcomePage::forgetSelected()
{
    const QString folder = selectedFolder();
    if (folder.isEmpty()) {
        return;
    }
    const auto answer = QMessageBox::question(this,
        tr("Forget a wallet"),
        tr("Take this wallet off the list? The wallet itself stays in %1; open its folder to see it again.")
            .arg(QDir::toNativeSeparators(folder)));
    if (answer == QMessageBox::Yes) {
        session::KnownWallets().forget(folder);
        refresh();
    }
}

void WelcomePage::deleteSelected()
{
    const QString folder = selectedFolder();
    const auto wallet = session::KnownWallets().find(folder);
    if (!wallet) {
        return;
    }
    DeleteWalletDialog dialog(wallet->name, folder, this);
    if (dialog.exec() == QDialog::Accepted) {
        session::KnownWallets().forget(folder);
        refresh();
    }
}

} // namespace ler::ui
