// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/session/WalletSession.h"
#include "ui/present/PresentPages.h"
#include "ui/text/RecordTitle.h"
#include "ui/text/Render.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>
#include <functional>

namespace ler::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

enum Column
{
    Title,
    Issuer,
    Issued,
    Checked,
    Columns
};

} // namespace

RecordPickPage::RecordPickPage(PresentWizard& wizard)
    : m_wizard(wizard)
    , m_search(new QLineEdit)
    , m_view(new QTreeView)
    , m_model(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("recordPickPage"));
    setTitle(tr("Choose what to share"));
    setSubTitle(tr("Tick the records the recipient should see. A transcript can go whole, or tick only the courses "
                   "you want from it."));
    m_search->setObjectName(QStringLiteral("recordSearch"));
    m_search->setPlaceholderText(tr("Search your records"));
    m_search->setClearButtonEnabled(true);
    m_model->setHorizontalHeaderLabels({ tr("Record"), tr("Issuer"), tr("Issued"), tr("Checked by your wallet") });
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setRecursiveFilteringEnabled(true);
    m_view->setObjectName(QStringLiteral("recordPickView"));
    m_view->setModel(m_filter);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_status->setWordWrap(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, [this](const QString& text) {
        m_filter->setFilterFixedString(text.trimmed());
        m_view->expandAll();
    });
    connect(m_model, &QStandardItemModel::itemChanged, this, &RecordPickPage::itemChanged);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
}

void RecordPickPage::initializePage()
{
    if (m_loaded)
        return;
    m_status->setText(tr("Reading your records..."));
    auto records = std::make_shared<QList<store::CredentialSummary>>();
    m_wizard.session().runTask(
        [records](store::Wallet& wallet) -> Status {
            auto list = store::CredentialRepository(wallet.database()).list();
            if (!list)
                return list.error();
            *records = *list;
            return {};
        },
        this,
        [this, records](const Status& status) {
            if (!status) {
                m_status->setText(ler::text::render(status.error()));
            } else {
                fill(*records);
            }
            Q_EMIT loaded();
        });
}

void RecordPickPage::fill(const QList<store::CredentialSummary>& records)
{
    m_loaded = true;
    m_updating = true;
    m_model->removeRows(0, m_model->rowCount());
    QHash<QString, QStandardItem*> byId;
    for (const store::CredentialSummary& r : records) {
        auto* title = new QStandardItem(ler::text::recordTitle(r));
        title->setData(r.id, kIdRole);
        title->setCheckable(true);
        title->setCheckState(Qt::Unchecked);
        QList<QStandardItem*> row { title,
            new QStandardItem(r.selfAsserted ? tr("You (your own entry)") : r.issuer),
            new QStandardItem(r.issued.left(10)),
            new QStandardItem(ler::text::render(r.verificationText())) };
        if (!present::canBePresented(r.format)) {
            const QString why = r.format == QLatin1String("openbadges2")
                ? tr("An Open Badges 2.0 badge is not a verifiable credential, so it cannot go into a presentation. "
                     "Share the badge's own file instead (export).")
                : tr("A transcript without a signature cannot go into a presentation. Share its file instead "
                     "(export).");
            for (QStandardItem* item : row) {
                item->setEnabled(false);
                item->setToolTip(why);
            }
        }
        QStandardItem* parent = r.parentId.isEmpty() ? nullptr : byId.value(r.parentId);
        if (parent)
            parent->appendRow(row);
        else
            m_model->appendRow(row);
        byId.insert(r.id, title);
    }
    m_updating = false;
    m_view->expandAll();
    m_view->resizeColumnToContents(Issuer);
    m_view->setColumnWidth(Issuer, std::min(m_view->columnWidth(Issuer), 220));
    m_view->resizeColumnToContents(Issued);
    m_view->resizeColumnToContents(Checked);
    m_status->setText(records.isEmpty() ? tr("Your wallet holds no records yet. Import some first.") : QString());
    Q_EMIT completeChanged();
}

void RecordPickPage::itemChanged(QStandardItem* item)
{
    if (m_updating || item->column() != Title)
        return;
    m_updating = true;
    const bool on = item->checkState() == Qt::Checked;
    // A transcript goes whole or as chosen courses, never both.
    for (int i = 0; i < item->rowCount(); ++i) {
        QStandardItem* child = item->child(i, Title);
        if (!child->isEnabled())
            continue;
        if (on)
            child->setCheckState(Qt::Unchecked);
        child->setCheckable(!on);
        child->setToolTip(on ? tr("Shared with the whole transcript.") : QString());
    }
    if (on && item->parent())
        item->parent()->setCheckState(Qt::Unchecked);
    m_updating = false;
    Q_EMIT completeChanged();
}

QStringList RecordPickPage::chosenIds() const
{
    QStringList out;
    std::function<void(QStandardItem*)> walk = [&](QStandardItem* parent) {
        for (int i = 0; i < parent->rowCount(); ++i) {
            QStandardItem* item = parent->child(i, Title);
            if (item->isEnabled() && item->checkState() == Qt::Checked)
                out.append(item->data(kIdRole).toString());
            walk(item);
        }
    };
    walk(m_model->invisibleRootItem());
    return out;
}

bool RecordPickPage::setChosen(const QString& id, bool chosen)
{
    const QModelIndexList found
        = m_model->match(m_model->index(0, Title), kIdRole, id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return false;
    QStandardItem* item = m_model->itemFromIndex(found.constFirst());
    if (!item->isEnabled() || !item->isCheckable())
        return false;
    item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    return true;
}

bool RecordPickPage::isComplete() const
{
    return !chosenIds().isEmpty();
}

} // namespace ler::ui
