// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/main/WalletPage.h"

#include "core/present/SharingHistory.h"
#include "core/session/WalletSession.h"
#include "core/store/CredentialRepository.h"
#include "core/store/Wallet.h"
#include "core/verify/WalletVerification.h"
#include "ui/present/SharingHistoryView.h"
#include "ui/records/PictureCache.h"
#include "ui/records/RecordCardDelegate.h"
#include "ui/records/RecordDetailPage.h"
#include "ui/records/RecordListModel.h"
#include "ui/records/RecordText.h"
#include "ui/text/Render.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <memory>

namespace ler::ui {

namespace {

enum Page
{
    RecordsPage,
    SkillsPage,
    CollectionsPage,
    SharedPage,
};

enum Body
{
    EmptyBody,
    ListBody,
    NoMatchBody,
};

struct SectionDef
{
    WalletPage::Section section;
    const char* name;
    QStringList kinds;
};

const QList<SectionDef>& sections()
{
    static const QList<SectionDef> list {
        { WalletPage::Section::All, QT_TRANSLATE_NOOP("ler::ui::WalletPage", "All records"), {} },
        { WalletPage::Section::Education,
            QT_TRANSLATE_NOOP("ler::ui::WalletPage", "Education"),
            { QStringLiteral("education"), QStringLiteral("course") } },
        { WalletPage::Section::Training,
            QT_TRANSLATE_NOOP("ler::ui::WalletPage", "Training"),
            { QStringLiteral("training") } },
        { WalletPage::Section::Work, QT_TRANSLATE_NOOP("ler::ui::WalletPage", "Work"), { QStringLiteral("work") } },
        { WalletPage::Section::Badges,
            QT_TRANSLATE_NOOP("ler::ui::WalletPage", "Badges and certifications"),
            { QStringLiteral("badge"), QStringLiteral("certification"), QStringLiteral("assessment") } },
        { WalletPage::Section::Licenses,
            QT_TRANSLATE_NOOP("ler::ui::WalletPage", "Licenses"),
            { QStringLiteral("license") } },
        { WalletPage::Section::Skills, QT_TRANSLATE_NOOP("ler::ui::WalletPage", "Skills"), {} },
        { WalletPage::Section::Collections, QT_TRANSLATE_NOOP("ler::ui::WalletPage", "Collections"), {} },
        { WalletPage::Section::Shared, QT_TRANSLATE_NOOP("ler::ui::WalletPage", "Shared"), {} },
    };
    return list;
}

QLabel* emptyLabel(const QString& objectName, const QString& text)
{
    auto* l = new QLabel(text);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setAlignment(Qt::AlignCenter);
    l->setTextFormat(Qt::RichText);
    l->setMargin(24);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    l->setFont(f);
    return l;
}

/// The intersection of two id filters (a search within a skill's records), in the first one's order.
std::optional<QStringList> both(const std::optional<QStringList>& a, const std::optional<QStringList>& b)
{
    if (!a) {
        return b;
    }
    if (!b) {
        return a;
    }
    QStringList out;
    const QSet<QString> keep(b->cbegin(), b->cend());
    for (const QString& id : *a) {
        if (keep.contains(id)) {
            out.append(id);
        }
    }
    return out;
}

} // namespace

WalletPage::WalletPage(session::WalletSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_sidebar(new QListWidget)
    , m_heading(new QLabel)
    , m_summary(new QLabel)
    , m_search(new QLineEdit)
    , m_searchTimer(new QTimer(this))
    , m_cardsButton(new QToolButton)
    , m_timelineButton(new QToolButton)
    , m_sort(new QComboBox)
    , m_issuerFilter(new QComboBox)
    , m_stateFilter(new QComboBox)
    , m_tagFilter(new QComboBox)
    , m_clearNarrow(new QPushButton)
    , m_pages(new QStackedWidget)
    , m_body(new QStackedWidget)
    , m_list(new QListView)
    , m_model(new RecordListModel(this))
    , m_pictures(new PictureCache(session, this))
    , m_delegate(new RecordCardDelegate(m_pictures, this))
    , m_detail(new RecordDetailPage)
    , m_empty(emptyLabel(QStringLiteral("emptyState"),
          tr("<p><b>Your wallet is empty.</b></p><p>Import badges, transcripts and certificates with "
             "<b>Import...</b> (Ctrl+I), drop files onto this window, or paste a credential with Ctrl+Shift+V.</p>"
             "<p>Add your own work history with <b>Add entry...</b></p>")))
    , m_noMatch(emptyLabel(QStringLiteral("noMatchState"), QString()))
    , m_skillsList(new QTreeWidget)
    , m_collectionsList(new QListWidget)
    , m_history(new SharingHistoryView(session))
    , m_folder(new QLabel)
{
    setObjectName(QStringLiteral("walletPage"));

    // The sidebar: one entry per section, reached with the arrow keys.
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Sections"));
    for (const SectionDef& s : sections()) {
        auto* item = new QListWidgetItem(tr(s.name));
        item->setData(Qt::UserRole, int(s.section));
        m_sidebar->addItem(item);
    }
    m_sidebar->setCurrentRow(0);
    m_sidebar->setFixedWidth(fontMetrics().averageCharWidth() * 36);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setTextElideMode(Qt::ElideMiddle);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            showSection(Section(m_sidebar->item(row)->data(Qt::UserRole).toInt()));
        }
    });

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("sectionHeading"));
    m_summary->setObjectName(QStringLiteral("walletSummary"));

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search titles, issuers, skills, courses... (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search your records"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &WalletPage::runSearch);
    m_search->installEventFilter(this);

    m_cardsButton->setObjectName(QStringLiteral("cardsButton"));
    m_cardsButton->setText(tr("Cards"));
    m_cardsButton->setCheckable(true);
    m_cardsButton->setChecked(true);
    m_cardsButton->setAutoRaise(true);
    m_timelineButton->setObjectName(QStringLiteral("timelineButton"));
    m_timelineButton->setText(tr("Timeline"));
    m_timelineButton->setCheckable(true);
    m_timelineButton->setAutoRaise(true);
    connect(m_cardsButton, &QToolButton::clicked, this, [this] { setTimeline(false); });
    connect(m_timelineButton, &QToolButton::clicked, this, [this] { setTimeline(true); });

    m_sort->setObjectName(QStringLiteral("sortBox"));
    m_sort->setAccessibleName(tr("Sort by"));
    const QList<std::tuple<QString, RecordSort, Qt::SortOrder>> sorts {
        { tr("Newest first"), RecordSort::DateIssued, Qt::DescendingOrder },
        { tr("Oldest first"), RecordSort::DateIssued, Qt::AscendingOrder },
        { tr("Recently added"), RecordSort::DateAdded, Qt::DescendingOrder },
        { tr("Kind"), RecordSort::Kind, Qt::AscendingOrder },
        { tr("Issuer"), RecordSort::Issuer, Qt::AscendingOrder },
        { tr("Verification state"), RecordSort::Verification, Qt::AscendingOrder },
        { tr("Best match"), RecordSort::Relevance, Qt::AscendingOrder },
    };
    for (const auto& [name, key, order] : sorts) {
        m_sort->addItem(name, QVariantList { int(key), int(order) });
    }
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this] {
        const QVariantList v = m_sort->currentData().toList();
        m_model->setSort(RecordSort(v.value(0).toInt()), Qt::SortOrder(v.value(1).toInt()));
    });

    m_issuerFilter->setObjectName(QStringLiteral("issuerFilter"));
    m_issuerFilter->setAccessibleName(tr("Show records from"));
    m_stateFilter->setObjectName(QStringLiteral("verificationFilter"));
    m_stateFilter->setAccessibleName(tr("Show records that are"));
    m_stateFilter->addItem(tr("Any state"), QString());
    for (const QString& s : { QStringLiteral("verified"),
             QStringLiteral("partly-verified"),
             QStringLiteral("not-verified"),
             QStringLiteral("unchecked"),
             QStringLiteral("unverifiable") }) {
        m_stateFilter->addItem(text::verificationWord(text::verificationOf(s)), s);
    }
    m_tagFilter->setObjectName(QStringLiteral("tagFilter"));
    m_tagFilter->setAccessibleName(tr("Show records tagged"));
    for (QComboBox* box : { m_issuerFilter, m_stateFilter, m_tagFilter }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setMaximumWidth(fontMetrics().averageCharWidth() * 32);
        connect(box, &QComboBox::currentIndexChanged, this, &WalletPage::applyFilter);
    }
    m_clearNarrow->setObjectName(QStringLiteral("clearNarrowButton"));
    m_clearNarrow->hide();
    connect(m_clearNarrow, &QPushButton::clicked, this, [this] {
        m_narrowIds.reset();
        m_collection.reset();
        m_narrowLabel.clear();
        applyFilter();
    });

    auto* importButton = new QPushButton(tr("&Import..."));
    importButton->setObjectName(QStringLiteral("importButton"));
    auto* addButton = new QPushButton(tr("Add &entry..."));
    addButton->setObjectName(QStringLiteral("addEntryButton"));
    auto* exportButton = new QPushButton(tr("Ré&sumé..."));
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setToolTip(tr("Make a résumé of the records you choose: LER-RS, JSON Resume or PDF."));
    connect(importButton, &QPushButton::clicked, this, &WalletPage::importRequested);
    connect(addButton, &QPushButton::clicked, this, &WalletPage::addEntryRequested);
    connect(exportButton, &QPushButton::clicked, this, &WalletPage::exportRequested);

    // The records: cards or a timeline, and the selected one in full.
    m_list->setObjectName(QStringLiteral("recordList"));
    m_list->setAccessibleName(tr("Your records"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMouseTracking(true);
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->installEventFilter(this);
    setTimeline(false);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &WalletPage::showSelected);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex& index) {
        const QString id = index.data(RecordListModel::IdRole).toString();
        if (index.data(RecordListModel::ChildCountRole).toInt() > 0) {
            m_model->setExpanded(id, !m_model->isExpanded(id));
            m_list->setCurrentIndex(m_model->index(m_model->rowOf(id)));
        }
    });
    connect(m_pictures, &PictureCache::ready, this, [this](const QString& id) {
        const int row = m_model->rowOf(id);
        if (row >= 0) {
            m_list->update(m_model->index(row));
        }
        if (m_detail->currentId() == id) {
            m_detail->setPicture(m_pictures->picture(id));
        }
    });

    connect(m_detail, &RecordDetailPage::verifyRequested, this, &WalletPage::verifyRequested);
    connect(m_detail, &RecordDetailPage::editRequested, this, &WalletPage::editRequested);
    connect(m_detail, &RecordDetailPage::deleteRequested, this, &WalletPage::deleteRequested);
    connect(m_detail, &RecordDetailPage::copyRequested, this, &WalletPage::copyRequested);
    connect(m_detail, &RecordDetailPage::saveOriginalRequested, this, &WalletPage::saveOriginalRequested);
    connect(m_detail, &RecordDetailPage::tagsEdited, this, &WalletPage::setTags);
    connect(m_detail, &RecordDetailPage::addToCollectionRequested, this, &WalletPage::addToCollection);
    connect(m_detail, &RecordDetailPage::newCollectionRequested, this, &WalletPage::newCollection);

    auto* splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("recordSplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    m_noMatch->setOpenExternalLinks(false);
    connect(m_noMatch, &QLabel::linkActivated, this, [this] {
        m_search->clear();
        m_issuerFilter->setCurrentIndex(0);
        m_stateFilter->setCurrentIndex(0);
        m_tagFilter->setCurrentIndex(0);
        m_narrowIds.reset();
        m_collection.reset();
        m_searchIds.reset();
        m_sidebar->setCurrentRow(0);
        applyFilter();
    });
    m_body->addWidget(m_empty);
    m_body->addWidget(splitter);
    m_body->addWidget(m_noMatch);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_cardsButton);
    filterRow->addWidget(m_timelineButton);
    filterRow->addSpacing(12);
    auto* sortLabel = new QLabel(tr("S&ort:"));
    sortLabel->setBuddy(m_sort);
    filterRow->addWidget(sortLabel);
    filterRow->addWidget(m_sort);
    auto* filterLabel = new QLabel(tr("Fi&lter:"));
    filterLabel->setBuddy(m_issuerFilter);
    filterRow->addSpacing(12);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_issuerFilter);
    filterRow->addWidget(m_stateFilter);
    filterRow->addWidget(m_tagFilter);
    filterRow->addWidget(m_clearNarrow);
    filterRow->addStretch(1);

    auto* recordsPage = new QWidget;
    auto* recordsLayout = new QVBoxLayout(recordsPage);
    recordsLayout->setContentsMargins(0, 0, 0, 0);
    recordsLayout->addLayout(filterRow);
    recordsLayout->addWidget(m_body, 1);

    // Skills: every skill with the records that back it; Enter or a double click lists them.
    m_skillsList->setObjectName(QStringLiteral("skillsList"));
    m_skillsList->setAccessibleName(tr("Your skills"));
    m_skillsList->setHeaderLabels({ tr("Skill"), tr("Framework and code"), tr("Records") });
    m_skillsList->setRootIsDecorated(false);
    m_skillsList->setUniformRowHeights(true);
    m_skillsList->setAlternatingRowColors(true);
    m_skillsList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_skillsList->header()->setStretchLastSection(false);
    connect(m_skillsList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        showSkillRecords(item->data(0, Qt::UserRole).toInt());
    });
    auto* skillsEmpty = emptyLabel(QStringLiteral("skillsEmptyState"),
        tr("<p><b>No skills yet.</b></p><p>Skills come from the badges and transcripts that name them (their "
           "alignments and competencies). Import such credentials to see your skills here.</p>"));
    auto* skillsStack = new QStackedWidget;
    skillsStack->setObjectName(QStringLiteral("skillsStack"));
    skillsStack->addWidget(skillsEmpty);
    skillsStack->addWidget(m_skillsList);

    // Collections: named groups of records ("For warehouse jobs").
    m_collectionsList->setObjectName(QStringLiteral("collectionsList"));
    m_collectionsList->setAccessibleName(tr("Your collections"));
    connect(m_collectionsList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        showCollectionRecords(item->data(Qt::UserRole).toLongLong(), item->data(Qt::UserRole + 1).toString());
    });
    auto* newCollectionButton = new QPushButton(tr("&New collection..."));
    newCollectionButton->setObjectName(QStringLiteral("newCollectionButton"));
    auto* renameButton = new QPushButton(tr("&Rename..."));
    auto* deleteCollectionButton = new QPushButton(tr("&Delete collection..."));
    deleteCollectionButton->setObjectName(QStringLiteral("deleteCollectionButton"));
    connect(newCollectionButton, &QPushButton::clicked, this, [this] { newCollection({}); });
    connect(renameButton, &QPushButton::clicked, this, &WalletPage::renameCollection);
    connect(deleteCollectionButton, &QPushButton::clicked, this, &WalletPage::deleteCollection);
    auto* collectionsHint = new QLabel(tr("Group records for a purpose, such as \"For warehouse jobs\". Add a "
                                          "record to a collection from its page; press Enter on a collection to "
                                          "see its records."));
    collectionsHint->setWordWrap(true);
    auto* collectionButtons = new QHBoxLayout;
    collectionButtons->addWidget(newCollectionButton);
    collectionButtons->addWidget(renameButton);
    collectionButtons->addWidget(deleteCollectionButton);
    collectionButtons->addStretch(1);
    auto* collectionsPage = new QWidget;
    auto* collectionsLayout = new QVBoxLayout(collectionsPage);
    collectionsLayout->setContentsMargins(0, 0, 0, 0);
    collectionsLayout->addWidget(collectionsHint);
    collectionsLayout->addLayout(collectionButtons);
    collectionsLayout->addWidget(m_collectionsList, 1);

    // Shared: the sharing history, as the presentation screens show it (it reads itself when shown).
    m_history->setObjectName(QStringLiteral("sharingHistory"));
    m_history->setAccessibleName(tr("What you shared"));

    m_pages->addWidget(recordsPage);
    m_pages->addWidget(skillsStack);
    m_pages->addWidget(collectionsPage);
    m_pages->addWidget(m_history);

    m_folder->setObjectName(QStringLiteral("walletPageFolder"));
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* lock = new QPushButton(QIcon::fromTheme(QStringLiteral("system-lock-screen")), tr("&Lock wallet"));
    lock->setObjectName(QStringLiteral("lockButton"));
    connect(lock, &QPushButton::clicked, this, &WalletPage::lockRequested);

    auto* headRow = new QHBoxLayout;
    auto* headWords = new QVBoxLayout;
    headWords->addWidget(m_heading);
    headWords->addWidget(m_summary);
    headRow->addLayout(headWords, 1);
    headRow->addWidget(importButton, 0, Qt::AlignBottom);
    headRow->addWidget(addButton, 0, Qt::AlignBottom);
    headRow->addWidget(exportButton, 0, Qt::AlignBottom);
    auto* foot = new QHBoxLayout;
    foot->addWidget(m_folder, 1);
    foot->addWidget(lock);
    auto* main = new QVBoxLayout;
    main->addLayout(headRow);
    main->addWidget(m_search);
    main->addWidget(m_pages, 1);
    main->addLayout(foot);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 8, 16, 8);
    layout->addWidget(m_sidebar);
    layout->addLayout(main, 1);
    setTabOrder(m_sidebar, m_search);
    setTabOrder(m_search, m_list);
    showSection(Section::All);
}

Result<WalletPage::Listing> WalletPage::read(store::Wallet& wallet)
{
    records::Library library(wallet.database());
    auto entries = library.entries();
    if (!entries) {
        return entries.error();
    }
    auto collections = library.collections();
    if (!collections) {
        return collections.error();
    }
    const int total = int(entries->size());
    return Listing { std::move(entries).value(), std::move(collections).value(), total };
}

void WalletPage::load(store::Wallet& wallet, const Result<Listing>& listing)
{
    m_wallet = &wallet;
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    m_searchIds.reset();
    m_folder->setText(tr("Wallet folder: %1").arg(QDir::toNativeSeparators(wallet.directory())));
    show(listing);
}

void WalletPage::reload()
{
    if (!m_wallet) {
        return;
    }
    auto listing = std::make_shared<Result<Listing>>(Error());
    m_session.runTask(
        [listing](store::Wallet& wallet) -> Status {
            *listing = read(wallet);
            return {};
        },
        this,
        [this, listing](const Status& s) {
            if (!m_wallet || !s) {
                return;
            }
            show(*listing);
            if (!m_search->text().trimmed().isEmpty()) {
                runSearch(); // the matches may have changed too
            }
            if (m_pages->currentIndex() == SharedPage) {
                m_history->reload();
            }
        });
}

void WalletPage::show(const Result<Listing>& listing)
{
    const QString keep = selectedId();
    if (!listing) {
        Q_EMIT statusMessage(ler::text::render(listing.error()));
        return;
    }
    m_total = listing->total;
    m_collections = listing->collections;
    m_model->setEntries(listing->entries);
    m_skills = records::aggregateSkills(m_model->entries());
    fillFilterLists();
    fillSkills();
    fillCollections();
    applyFilter();
    if (!keep.isEmpty() && m_model->rowOf(keep) >= 0) {
        m_list->setCurrentIndex(m_model->index(m_model->rowOf(keep)));
        showSelected();
    } else {
        m_detail->showNothing();
    }
    Q_EMIT reloaded();
}

void WalletPage::clear()
{
    m_wallet = nullptr;
    ++m_searchGeneration;
    ++m_detailGeneration;
    m_model->clear();
    m_pictures->clear();
    m_detail->showNothing();
    m_skills.clear();
    m_collections.clear();
    m_skillsList->clear();
    m_collectionsList->clear();
    m_history->clear();
    m_summary->clear();
    m_folder->clear();
    m_total = 0;
    m_searchIds.reset();
    m_narrowIds.reset();
    m_collection.reset();
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    for (QComboBox* box : { m_issuerFilter, m_tagFilter }) {
        box->blockSignals(true);
        box->clear();
        box->blockSignals(false);
    }
    m_sidebar->setCurrentRow(0);
}

QString WalletPage::selectedId() const
{
    const QModelIndex i = m_list->currentIndex();
    return i.isValid() ? i.data(RecordListModel::IdRole).toString() : QString();
}

QStringList WalletPage::shownIds() const
{
    QStringList ids;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (const records::Entry* e = m_model->entryAt(r); e && !e->isNested()) {
            ids.append(e->summary.id);
        }
    }
    return ids;
}

void WalletPage::focusSearch()
{
    if (m_pages->currentIndex() != RecordsPage) {
        m_sidebar->setCurrentRow(0);
    }
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void WalletPage::setTimeline(bool timeline)
{
    m_cardsButton->setChecked(!timeline);
    m_timelineButton->setChecked(timeline);
    m_delegate->setTimeline(timeline);
    m_model->setTimeline(timeline);
    if (timeline) {
        m_list->setViewMode(QListView::ListMode);
        m_list->setFlow(QListView::TopToBottom);
        m_list->setWrapping(false);
        m_list->setGridSize(QSize());
        m_list->setSpacing(0);
        m_list->setUniformItemSizes(false);
    } else {
        m_list->setViewMode(QListView::IconMode);
        m_list->setFlow(QListView::LeftToRight);
        m_list->setWrapping(true);
        m_list->setResizeMode(QListView::Adjust);
        m_list->setMovement(QListView::Static);
        m_list->setUniformItemSizes(true);
        m_list->setGridSize(RecordCardDelegate::cardSize(m_list->font()) + QSize(4, 4));
    }
    m_list->doItemsLayout();
}

void WalletPage::showSection(Section section)
{
    m_section = section;
    for (int row = 0; row < m_sidebar->count(); ++row) {
        if (m_sidebar->item(row)->data(Qt::UserRole).toInt() == int(section) && m_sidebar->currentRow() != row) {
            m_sidebar->setCurrentRow(row);
        }
    }
    switch (section) {
    case Section::Skills:
        m_pages->setCurrentIndex(SkillsPage);
        break;
    case Section::Collections:
        m_pages->setCurrentIndex(CollectionsPage);
        break;
    case Section::Shared:
        m_pages->setCurrentIndex(SharedPage);
        break;
    default:
        m_pages->setCurrentIndex(RecordsPage);
        // A section shows its part of the wallet, not what a skill or collection narrowed it to before.
        m_narrowIds.reset();
        m_collection.reset();
        m_narrowLabel.clear();
        break;
    }
    m_search->setEnabled(m_pages->currentIndex() == RecordsPage);
    applyFilter();
}

void WalletPage::applyFilter()
{
    RecordFilter f;
    for (const SectionDef& s : sections()) {
        if (s.section == m_section) {
            f.kinds = s.kinds;
        }
    }
    f.issuer = m_issuerFilter->currentData().toString();
    f.verification = m_stateFilter->currentData().toString();
    f.tag = m_tagFilter->currentData().toString();
    f.collection = m_collection;
    f.ids = both(m_searchIds, m_narrowIds);
    m_model->setFilter(f);
    if (m_searchIds && m_sort->currentIndex() == 0) {
        m_sort->setCurrentIndex(m_sort->count() - 1); // best match first while searching
    } else if (!m_searchIds && m_sort->currentIndex() == m_sort->count() - 1) {
        m_sort->setCurrentIndex(0);
    }
    m_clearNarrow->setVisible(!m_narrowLabel.isEmpty());
    m_clearNarrow->setText(tr("%1 ✕").arg(m_narrowLabel));
    m_clearNarrow->setAccessibleName(tr("Stop showing only %1").arg(m_narrowLabel));
    if (m_total == 0) {
        m_body->setCurrentIndex(EmptyBody);
    } else if (m_model->recordCount() == 0) {
        m_noMatch->setText(tr("<p><b>No records match.</b></p><p><a href='#clear'>Clear the search and filters</a> "
                              "to see all %n record(s).</p>",
            nullptr,
            m_total));
        m_body->setCurrentIndex(NoMatchBody);
    } else {
        m_body->setCurrentIndex(ListBody);
    }
    if (!selectedId().isEmpty() && m_model->rowOf(selectedId()) < 0) {
        m_detail->showNothing();
    }
    updateHeader();
}

void WalletPage::updateHeader()
{
    QString name;
    for (const SectionDef& s : sections()) {
        if (s.section == m_section) {
            name = tr(s.name);
        }
    }
    m_heading->setText(m_narrowLabel.isEmpty() ? name : m_narrowLabel);
    if (m_total == 0) {
        m_summary->setText(m_wallet ? tr("Nothing here yet.") : QString());
        return;
    }
    const QString all = tr("%n record(s) in your wallet.", nullptr, m_total);
    switch (m_pages->currentIndex()) {
    case SkillsPage:
        m_summary->setText(tr("%n skill(s) from your records.", nullptr, int(m_skills.size())));
        break;
    case CollectionsPage:
        m_summary->setText(tr("%n collection(s).", nullptr, int(m_collections.size())));
        break;
    case SharedPage:
        m_summary->setText(tr("What you shared, with whom and when."));
        break;
    default:
        m_summary->setText(m_model->filter() == RecordFilter()
                ? all
                : tr("%1 shown of %2", "records shown of all")
                      .arg(QLocale().toString(m_model->recordCount()), QLocale().toString(m_total)));
    }
}

void WalletPage::fillFilterLists()
{
    const QString issuer = m_issuerFilter->currentData().toString();
    const QString tag = m_tagFilter->currentData().toString();
    m_issuerFilter->blockSignals(true);
    m_issuerFilter->clear();
    m_issuerFilter->addItem(tr("Any issuer"), QString());
    for (const QString& i : m_model->issuers()) {
        m_issuerFilter->addItem(i, i);
    }
    m_issuerFilter->setCurrentIndex(std::max(0, m_issuerFilter->findData(issuer)));
    m_issuerFilter->blockSignals(false);
    m_tagFilter->blockSignals(true);
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("Any tag"), QString());
    for (const QString& t : m_model->tags()) {
        m_tagFilter->addItem(t, t);
    }
    m_tagFilter->setCurrentIndex(std::max(0, m_tagFilter->findData(tag)));
    m_tagFilter->setEnabled(m_tagFilter->count() > 1);
    m_tagFilter->blockSignals(false);
    updateSidebarCounts();
}

void WalletPage::updateSidebarCounts()
{
    for (int row = 0; row < m_sidebar->count(); ++row) {
        QListWidgetItem* item = m_sidebar->item(row);
        const Section s = Section(item->data(Qt::UserRole).toInt());
        const SectionDef* def = nullptr;
        for (const SectionDef& d : sections()) {
            if (d.section == s) {
                def = &d;
            }
        }
        int n = -1;
        if (s == Section::All) {
            n = m_total;
        } else if (s == Section::Skills) {
            n = int(m_skills.size());
        } else if (s == Section::Collections) {
            n = int(m_collections.size());
        } else if (def && !def->kinds.isEmpty()) {
            n = int(std::count_if(m_model->entries().cbegin(), m_model->entries().cend(), [&](const records::Entry& e) {
                return def->kinds.contains(e.summary.kind);
            }));
        }
        const QString name = def ? tr(def->name) : QString();
        item->setText(n >= 0 && m_wallet ? tr("%1  (%2)").arg(name, QLocale().toString(n)) : name);
        item->setData(Qt::AccessibleTextRole, n >= 0 ? tr("%1, %n record(s)", nullptr, n).arg(name) : name);
    }
}

void WalletPage::fillSkills()
{
    m_skillsList->clear();
    for (int i = 0; i < m_skills.size(); ++i) {
        const records::Skill& s = m_skills.at(i);
        QStringList where;
        if (!s.framework.isEmpty()) {
            where.append(s.framework);
        }
        if (!s.code.isEmpty()) {
            where.append(s.code);
        }
        auto* item = new QTreeWidgetItem(
            { s.name, where.join(QStringLiteral(" · ")), QLocale().toString(qlonglong(s.recordIds.size())) });
        item->setData(0, Qt::UserRole, i);
        item->setToolTip(0, tr("Press Enter or double-click to see the records that back this skill."));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        m_skillsList->addTopLevelItem(item);
    }
    m_skillsList->resizeColumnToContents(1);
    m_skillsList->resizeColumnToContents(2);
    if (auto* stack = qobject_cast<QStackedWidget*>(m_skillsList->parentWidget())) {
        stack->setCurrentIndex(m_skills.isEmpty() ? 0 : 1);
    }
}

void WalletPage::fillCollections()
{
    const int row = m_collectionsList->currentRow();
    m_collectionsList->clear();
    for (const records::Collection& c : std::as_const(m_collections)) {
        auto* item = new QListWidgetItem(tr("%1 — %n record(s)", nullptr, c.size).arg(c.name));
        item->setData(Qt::UserRole, c.id);
        item->setData(Qt::UserRole + 1, c.name);
        m_collectionsList->addItem(item);
    }
    if (m_collections.isEmpty()) {
        auto* hint = new QListWidgetItem(tr("No collections yet. Make one with New collection..."));
        hint->setFlags(Qt::NoItemFlags);
        m_collectionsList->addItem(hint);
    }
    m_collectionsList->setCurrentRow(std::min(row, m_collectionsList->count() - 1));
}

void WalletPage::showSkillRecords(int skillIndex)
{
    if (skillIndex < 0 || skillIndex >= m_skills.size()) {
        return;
    }
    const records::Skill skill = m_skills.at(skillIndex);
    m_sidebar->blockSignals(true);
    m_sidebar->setCurrentRow(0);
    m_sidebar->blockSignals(false);
    m_section = Section::All;
    m_pages->setCurrentIndex(RecordsPage);
    m_search->setEnabled(true);
    m_collection.reset();
    m_narrowIds = skill.recordIds;
    m_narrowLabel = tr("Skill: %1").arg(skill.name);
    applyFilter();
    m_list->setFocus();
    if (m_model->rowCount() > 0) {
        m_list->setCurrentIndex(m_model->index(
            m_model->rowOf(skill.recordIds.value(0)) >= 0 ? m_model->rowOf(skill.recordIds.value(0)) : 0));
    }
}

void WalletPage::showCollectionRecords(qint64 id, const QString& name)
{
    m_sidebar->blockSignals(true);
    m_sidebar->setCurrentRow(0);
    m_sidebar->blockSignals(false);
    m_section = Section::All;
    m_pages->setCurrentIndex(RecordsPage);
    m_search->setEnabled(true);
    m_narrowIds.reset();
    m_collection = id;
    m_narrowLabel = tr("Collection: %1").arg(name);
    applyFilter();
    m_list->setFocus();
}

void WalletPage::runSearch()
{
    const QString text = m_search->text().trimmed();
    const quint64 generation = ++m_searchGeneration;
    if (text.isEmpty() || !m_wallet) {
        m_searchIds.reset();
        applyFilter();
        return;
    }
    auto ids = std::make_shared<QStringList>();
    m_session.runTask(
        [ids, text](store::Wallet& wallet) -> Status {
            auto found = records::Library(wallet.database()).search(text);
            if (!found) {
                return found.error();
            }
            *ids = *found;
            return {};
        },
        this,
        [this, ids, generation](const Status& s) {
            if (generation != m_searchGeneration || !m_wallet) {
                return; // typed on since, or locked
            }
            m_searchIds = s ? *ids : QStringList();
            applyFilter();
        });
}

void WalletPage::showSelected()
{
    const QString id = selectedId();
    const quint64 generation = ++m_detailGeneration;
    if (!m_wallet || id.isEmpty()) {
        m_detail->showNothing();
        return;
    }
    struct Loaded
    {
        std::optional<store::StoredCredential> credential;
        std::optional<verify::StoredReport> report;
        Error error;
    };
    auto loaded = std::make_shared<Loaded>();
    m_session.runTask(
        [id, loaded](store::Wallet& wallet) -> Status {
            auto c = store::CredentialRepository(wallet.database()).get(id);
            if (!c) {
                loaded->error = c.error();
                return c.error();
            }
            loaded->credential = *c;
            if (auto report = verify::WalletVerification(wallet.database()).latest(id); report && *report) {
                loaded->report = **report;
            }
            return {};
        },
        this,
        [this, loaded, id, generation](const Status&) {
            if (generation != m_detailGeneration || !m_wallet) {
                return;
            }
            if (!loaded->credential) {
                m_detail->showNothing();
                Q_EMIT statusMessage(ler::text::render(loaded->error));
                return;
            }
            m_detail->showRecord(*loaded->credential, loaded->report, m_model->entry(id), m_collections);
            m_detail->setPicture(m_pictures->picture(id));
        });
}

void WalletPage::libraryTask(std::function<Status(records::Library&)> job, const QString& doneMessage)
{
    m_session.runTask(
        [job](store::Wallet& wallet) -> Status {
            records::Library library(wallet.database());
            return job(library);
        },
        this,
        [this, doneMessage](const Status& s) {
            if (!s) {
                QMessageBox::warning(this, tr("Your records"), ler::text::render(s.error()));
            } else if (!doneMessage.isEmpty()) {
                Q_EMIT statusMessage(doneMessage);
            }
            reload();
        });
}

void WalletPage::setTags(const QString& id, const QStringList& tags)
{
    libraryTask([id, tags](records::Library& l) { return l.setTags(id, tags); }, tr("The tags were saved."));
}

void WalletPage::addToCollection(const QString& id, qint64 collection)
{
    libraryTask([id, collection](records::Library& l) { return l.addToCollection(collection, { id }); },
        tr("Added to the collection."));
}

void WalletPage::newCollection(const QString& idToAdd)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this,
        tr("New collection"),
        tr("Name of the collection (for example \"For warehouse jobs\"):"),
        QLineEdit::Normal,
        QString(),
        &ok);
    if (!ok || name.trimmed().isEmpty()) {
        return;
    }
    libraryTask(
        [name, idToAdd](records::Library& l) -> Status {
            auto id = l.createCollection(name);
            if (!id) {
                return id.error();
            }
            return idToAdd.isEmpty() ? Status() : l.addToCollection(*id, { idToAdd });
        },
        tr("The collection \"%1\" was made.").arg(name.simplified()));
}

void WalletPage::renameCollection()
{
    QListWidgetItem* item = m_collectionsList->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled)) {
        return;
    }
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    bool ok = false;
    const QString name = QInputDialog::getText(this,
        tr("Rename collection"),
        tr("New name:"),
        QLineEdit::Normal,
        item->data(Qt::UserRole + 1).toString(),
        &ok);
    if (ok) {
        libraryTask([id, name](records::Library& l) { return l.renameCollection(id, name); });
    }
}

void WalletPage::deleteCollection()
{
    QListWidgetItem* item = m_collectionsList->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled)) {
        return;
    }
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    const auto answer = QMessageBox::question(this,
        tr("Delete collection"),
        tr("Delete the collection \"%1\"? Its records stay in your wallet.")
            .arg(item->data(Qt::UserRole + 1).toString()));
    if (answer == QMessageBox::Yes) {
        libraryTask([id](records::Library& l) { return l.deleteCollection(id); });
    }
}

bool WalletPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_search && key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        // From the search field straight into the results.
        m_list->setFocus();
        if (!m_list->currentIndex().isValid()) {
            for (int r = 0; r < m_model->rowCount(); ++r) {
                if (m_model->entryAt(r)) {
                    m_list->setCurrentIndex(m_model->index(r));
                    break;
                }
            }
        }
        return true;
    }
    if (watched == m_list) {
        const QModelIndex current = m_list->currentIndex();
        const QString id = current.data(RecordListModel::IdRole).toString();
        const bool hasChildren = current.data(RecordListModel::ChildCountRole).toInt() > 0;
        if ((key->key() == Qt::Key_Plus || key->key() == Qt::Key_Asterisk) && hasChildren) {
            m_model->setExpanded(id, true);
            m_list->setCurrentIndex(m_model->index(m_model->rowOf(id)));
            return true;
        }
        if (key->key() == Qt::Key_Minus) {
            const records::Entry* e = m_model->entry(id);
            const QString parent = e && e->isNested() ? e->summary.parentId : id;
            m_model->setExpanded(parent, false);
            if (m_model->rowOf(parent) >= 0) {
                m_list->setCurrentIndex(m_model->index(m_model->rowOf(parent)));
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ler::ui
