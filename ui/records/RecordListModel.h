// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/records/Library.h"

#include <QAbstractListModel>
#include <QSet>
#include <optional>

namespace ler::ui {

/// Which records the list shows. Empty members do not filter.
struct RecordFilter
{
    QStringList kinds; ///< model::kindName()s (the sidebar's section)
    QString issuer;
    QString
        verification; ///< a stored outcome: "verified", "partly-verified", "not-verified", "unchecked", "unverifiable"
    QString tag;
    std::optional<qint64> collection;
    /// Only these records (a search's or a skill's), in this order of relevance; nullopt shows all.
    std::optional<QStringList> ids;

    bool operator==(const RecordFilter&) const = default;
};

/// How the list is ordered.
enum class RecordSort
{
    DateIssued,
    DateAdded,
    Kind,
    Issuer,
    Verification,
    Relevance, ///< the order of RecordFilter::ids (search results)
};

/// The wallet's records as a flat list for the card and timeline views: filtered, sorted, with the records nested
/// in a transcript folded under it (shown when it is expanded, or when a search finds them), and, on the timeline,
/// a header row before each year. Rebuilt in memory from the entries, so a 10,000-record wallet filters as you
/// type.
class RecordListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        RowTypeRole, ///< RowType
        TitleRole,
        IssuerRole,
        KindRole, ///< words
        KindNameRole, ///< model::kindName()
        DateRole, ///< the date shown, in words
        VerificationRole, ///< the stored outcome (text::verificationOf)
        VerificationTextRole, ///< the state with when it was checked
        SelfAssertedRole,
        NestedRole, ///< a record nested in another
        ChildCountRole, ///< records nested in it
        ExpandedRole,
        YearRole, ///< header rows: the year
        TagsRole,
        PictureRole, ///< the achievement's picture reference ("data:", a web address, or empty)
        SourceFormatRole,
    };
    enum class RowType
    {
        Record,
        YearHeader,
    };

    explicit RecordListModel(QObject* parent = nullptr);

    void setEntries(QList<records::Entry> entries);
    /// Forgets every record (on lock).
    void clear();
    const QList<records::Entry>& entries() const { return m_entries; }
    /// The entry with this id, or nullptr.
    const records::Entry* entry(const QString& id) const;
    /// The entry shown at a row (nullptr for headers).
    const records::Entry* entryAt(int row) const;
    /// The row showing this record, or -1.
    int rowOf(const QString& id) const;

    void setFilter(const RecordFilter& filter);
    const RecordFilter& filter() const { return m_filter; }
    void setSort(RecordSort sort, Qt::SortOrder order);
    RecordSort sortKey() const { return m_sort; }
    /// Timeline: newest first, grouped by year, whatever the sort.
    void setTimeline(bool timeline);
    bool timeline() const { return m_timeline; }
    void setExpanded(const QString& id, bool expanded);
    bool isExpanded(const QString& id) const { return m_expanded.contains(id); }

    /// Records shown (headers not counted).
    int recordCount() const { return m_recordRows; }
    /// Distinct issuers and tags, for the filter lists.
    QStringList issuers() const;
    QStringList tags() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Row
    {
        RowType type = RowType::Record;
        int entry = -1;
        int year = 0;
    };
    void rebuild();
    bool passes(const records::Entry& e) const;
    bool lessThan(int a, int b) const;

    QList<records::Entry> m_entries;
    QList<QString> m_titles; ///< display titles, made once per entry
    // Sort keys, made once per entry so sorting 10,000 records parses no dates.
    QList<qint64> m_when; ///< timeline date, ms since the epoch (or the minimum)
    QList<QString> m_issuerKey;
    QList<QString> m_kindText;
    QHash<QString, qsizetype> m_rank; ///< search rank by id, while a search is shown
    QHash<QString, int> m_index;
    QList<Row> m_rows;
    RecordFilter m_filter;
    RecordSort m_sort = RecordSort::DateIssued;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    bool m_timeline = false;
    QSet<QString> m_expanded;
    int m_recordRows = 0;
};

} // namespace ler::ui
