// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/main/WalletPage.h"

#include "core/store/CredentialRepository.h"
#include "core/store/Wallet.h"
#include "core/verify/WalletVerification.h"
#include "ui/records/RecordDetailView.h"
#include "ui/records/RecordListModel.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ler::ui {

WalletPage::WalletPage(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel)
    , m_search(new QLineEdit)
    , m_body(new QStackedWidget)
    , m_table(new QTableView)
    , m_model(new RecordListModel(this))
    , m_detail(new RecordDetailView)
    , m_folder(new QLabel)
{
    setObjectName(QStringLiteral("walletPage"));
    auto* title = new QLabel(tr("<h1>Your Learning and Employment Record</h1>"));
    m_summary->setObjectName(QStringLiteral("walletSummary"));
    m_summary->setWordWrap(true);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search titles, issuers, skills..."));
    m_search->setClearButtonEnabled(true);
    auto* importButton = new QPushButton(tr("&Import..."));
    importButton->setObjectName(QStringLiteral("importButton"));
    auto* addButton = new QPushButton(tr("Add &entry..."));
    addButton->setObjectName(QStringLiteral("addEntryButton"));
    connect(importButton, &QPushButton::clicked, this, &WalletPage::importRequested);
    connect(addButton, &QPushButton::clicked, this, &WalletPage::addEntryRequested);
    connect(m_search, &QLineEdit::textChanged, this, &WalletPage::reload);

    m_table->setObjectName(QStringLiteral("recordTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(RecordListModel::Title, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    auto* again = new QPushButton(tr("&Check again"));
    again->setObjectName(QStringLiteral("verifyButton"));
    again->setToolTip(tr("Check the selected record's signature, issuer, dates and status now."));
    connect(again, &QPushButton::clicked, this, [this] { Q_EMIT verifyRequested(selectedId()); });
    again->setEnabled(false);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, again, [again](const QModelIndex& current) {
            again->setEnabled(current.isValid());
        });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WalletPage::showSelected);

    auto* empty = new QLabel(tr("Your wallet is empty.\n\nImport badges, transcripts and certificates with "
                                "Import..., drop files onto this window, or paste a credential with Ctrl+Shift+V. "
                                "Add your own work history with Add entry..."));
    empty->setObjectName(QStringLiteral("emptyState"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setStyleSheet(QStringLiteral("color: #555; font-size: 12pt;"));
    auto* splitter = new QSplitter;
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_body->addWidget(empty);
    m_body->addWidget(splitter);

    m_folder->setObjectName(QStringLiteral("walletPageFolder"));
    m_folder->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* lock = new QPushButton(QIcon::fromTheme(QStringLiteral("system-lock-screen")), tr("&Lock wallet"));
    lock->setObjectName(QStringLiteral("lockButton"));
    connect(lock, &QPushButton::clicked, this, &WalletPage::lockRequested);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(importButton);
    bar->addWidget(addButton);
    bar->addWidget(again);
    auto* foot = new QHBoxLayout;
    foot->addWidget(m_folder, 1);
    foot->addWidget(lock);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 12);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addLayout(bar);
    layout->addWidget(m_body, 1);
    layout->addLayout(foot);
}

Result<WalletPage::Listing> WalletPage::read(store::Wallet& wallet, const QString& query)
{
    store::CredentialRepository repo(wallet.database());
    auto records = query.isEmpty() ? repo.list() : repo.search(query);
    if (!records) {
        return records.error();
    }
    auto total = repo.count();
    if (!total) {
        return total.error();
    }
    return Listing { std::move(records).value(), *total };
}

void WalletPage::load(store::Wallet& wallet)
{
    load(wallet, read(wallet));
}

void WalletPage::load(store::Wallet& wallet, const Result<Listing>& listing)
{
    m_wallet = &wallet;
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    m_folder->setText(tr("Wallet folder: %1").arg(QDir::toNativeSeparators(wallet.directory())));
    show(listing);
}

void WalletPage::reload()
{
    if (m_wallet) {
        show(read(*m_wallet, m_search->text().trimmed()));
    }
}

void WalletPage::show(const Result<Listing>& listing)
{
    const QString keep = selectedId();
    m_model->setRecords(listing ? listing->records : QList<store::CredentialSummary>());
    const int n = listing ? listing->total : 0;
    m_summary->setText(n == 0 ? QString() : tr("%n record(s) in your wallet.", nullptr, n));
    m_body->setCurrentIndex(n == 0 ? 0 : 1);
    m_detail->showNothing();
    for (int row = 0; row < m_model->rowCount() && !keep.isEmpty(); ++row) {
        if (m_model->recordAt(row)->id == keep) {
            m_table->selectRow(row);
            break;
        }
    }
}

void WalletPage::clear()
{
    m_wallet = nullptr;
    m_model->clear();
    m_detail->showNothing();
    m_summary->clear();
    m_folder->clear();
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
}

QString WalletPage::selectedId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? m_model->data(i, RecordListModel::IdRole).toString() : QString();
}

void WalletPage::showSelected()
{
    const QString id = selectedId();
    if (!m_wallet || id.isEmpty()) {
        m_detail->showNothing();
        return;
    }
    auto c = store::CredentialRepository(m_wallet->database()).get(id);
    auto report = verify::WalletVerification(m_wallet->database()).latest(id);
    if (c) {
        m_detail->showRecord(*c, report ? *report : std::nullopt);
    } else {
        m_detail->setPlainText(c.error().message);
    }
}

} // namespace ler::ui
