// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/records/Library.h"
#include "core/records/Skills.h"
#include "core/util/Result.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;
class QTreeWidget;

namespace ler::session {
class WalletSession;
}
namespace ler::store {
class Wallet;
}

namespace ler::ui {

class PictureCache;
class RecordCardDelegate;
class RecordDetailPage;
class RecordListModel;
class SharingHistoryView;

/// The unlocked wallet's main view: a sidebar of sections (All, Education, Training, Work, Badges and
/// certifications, Licenses, Skills, Collections, Shared), the records as cards or a timeline with sorting,
/// filters and search as you type, and the selected record in full. All wallet work runs through the session;
/// holds no wallet data after clear().
class WalletPage : public QWidget
{
    Q_OBJECT
public:
    enum class Section
    {
        All,
        Education,
        Training,
        Work,
        Badges,
        Licenses,
        Skills,
        Collections,
        Shared,
    };
    Q_ENUM(Section)

    explicit WalletPage(session::WalletSession& session, QWidget* parent = nullptr);

    /// What the page lists: every record, the collections, and how many records the wallet holds.
    struct Listing
    {
        QList<records::Entry> entries;
        QList<records::Collection> collections;
        int total = 0;
    };
    /// Reads a listing. Touches only the database, so it runs on a worker thread (WalletSession::runTask).
    static Result<Listing> read(store::Wallet& wallet);

    /// Shows the open wallet with a listing already read.
    void load(store::Wallet& wallet, const Result<Listing>& listing);
    /// Reads the records again through the session (after an import, a check, an edit or a delete), keeping the
    /// search, filters and selection. Emits reloaded() when shown.
    void reload();
    /// Drops every piece of wallet data the view shows (on lock).
    void clear();
    /// The id of the selected record, or empty.
    QString selectedId() const;
    /// The records shown now, in order (for "export what I see").
    QStringList shownIds() const;
    void showSection(Section section);
    Section section() const { return m_section; }
    /// Puts the keyboard focus in the search field (Ctrl+F).
    void focusSearch();
    void setTimeline(bool timeline);
    RecordListModel* model() const { return m_model; }

Q_SIGNALS:
    void lockRequested();
    void importRequested();
    void addEntryRequested();
    void exportRequested();
    void deleteRequested(const QString& id);
    void editRequested(const QString& id);
    void verifyRequested(const QString& id);
    void copyRequested(const QString& text);
    void saveOriginalRequested(const QString& id, const QString& suggestedName);
    /// The list was read and shown again.
    void reloaded();
    void statusMessage(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void show(const Result<Listing>& listing);
    void applyFilter();
    void runSearch();
    void showSelected();
    void updateHeader();
    void updateSidebarCounts();
    void fillFilterLists();
    void fillSkills();
    void fillCollections();
    void showSkillRecords(int skillIndex);
    void showCollectionRecords(qint64 id, const QString& name);
    void setTags(const QString& id, const QStringList& tags);
    void addToCollection(const QString& id, qint64 collection);
    void newCollection(const QString& idToAdd);
    void renameCollection();
    void deleteCollection();
    /// Runs library work on the session's worker, then reloads; shows the error if it fails.
    void libraryTask(std::function<Status(records::Library&)> job, const QString& doneMessage = {});

    session::WalletSession& m_session;
    store::Wallet* m_wallet = nullptr;
    Section m_section = Section::All;
    QList<records::Collection> m_collections;
    QList<records::Skill> m_skills;
    std::optional<QStringList> m_searchIds;
    std::optional<QStringList> m_narrowIds; ///< a skill's records
    std::optional<qint64> m_collection;
    QString m_narrowLabel;
    quint64 m_searchGeneration = 0;
    quint64 m_detailGeneration = 0;
    int m_total = 0;

    QListWidget* m_sidebar;
    QLabel* m_heading;
    QLabel* m_summary;
    QLineEdit* m_search;
    QTimer* m_searchTimer;
    QToolButton* m_cardsButton;
    QToolButton* m_timelineButton;
    QComboBox* m_sort;
    QComboBox* m_issuerFilter;
    QComboBox* m_stateFilter;
    QComboBox* m_tagFilter;
    QPushButton* m_clearNarrow;
    QStackedWidget* m_pages;
    QStackedWidget* m_body;
    QListView* m_list;
    RecordListModel* m_model;
    PictureCache* m_pictures;
    RecordCardDelegate* m_delegate;
    RecordDetailPage* m_detail;
    QLabel* m_empty;
    QLabel* m_noMatch;
    QTreeWidget* m_skillsList;
    QListWidget* m_collectionsList;
    SharingHistoryView* m_history;
    QLabel* m_folder;
};

} // namespace ler::ui
