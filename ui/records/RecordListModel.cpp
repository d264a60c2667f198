// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/records/RecordListModel.h"

#include "ui/records/RecordText.h"

#include <QCollator>
#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <limits>

namespace ler::ui {

namespace {

int verificationRank(const QString& outcome)
{
    switch (text::verificationOf(outcome)) {
    case text::Verification::Verified:
        return 0;
    case text::Verification::PartlyVerified:
        return 1;
    case text::Verification::Unchecked:
        return 2;
    case text::Verification::NothingToCheck:
        return 3;
    case text::Verification::NotVerified:
        return 4;
    }
    return 5;
}

QString issuerName(const records::Entry& e)
{
    return e.record.issuer.name.isEmpty() ? e.summary.issuer : e.record.issuer.name;
}

} // namespace

RecordListModel::RecordListModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void RecordListModel::setEntries(QList<records::Entry> entries)
{
    m_entries = std::move(entries);
    m_titles.clear();
    m_when.clear();
    m_issuerKey.clear();
    m_kindText.clear();
    m_titles.reserve(m_entries.size());
    m_index.clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        const records::Entry& e = m_entries.at(i);
        m_titles.append(text::title(e.record));
        const QDateTime when = text::timelineDate(e);
        m_when.append(when.isValid() ? when.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
        m_issuerKey.append(issuerName(e).toCaseFolded());
        m_kindText.append(text::kind(e.summary.kind));
        m_index.insert(e.summary.id, i);
    }
    // Expanded transcripts stay expanded across a reload, as long as they are still there.
    QSet<QString> kept;
    for (const QString& id : std::as_const(m_expanded)) {
        if (m_index.contains(id)) {
            kept.insert(id);
        }
    }
    m_expanded = kept;
    rebuild();
}

void RecordListModel::clear()
{
    m_expanded.clear();
    m_filter = RecordFilter();
    setEntries({});
}

const records::Entry* RecordListModel::entry(const QString& id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_entries.at(*it);
}

const records::Entry* RecordListModel::entryAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).type != RowType::Record) {
        return nullptr;
    }
    return &m_entries.at(m_rows.at(row).entry);
}

int RecordListModel::rowOf(const QString& id) const
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend()) {
        return -1;
    }
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).type == RowType::Record && m_rows.at(r).entry == *it) {
            return r;
        }
    }
    return -1;
}

void RecordListModel::setFilter(const RecordFilter& filter)
{
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    rebuild();
}

void RecordListModel::setSort(RecordSort sort, Qt::SortOrder order)
{
    if (sort == m_sort && order == m_order) {
        return;
    }
    m_sort = sort;
    m_order = order;
    rebuild();
}

void RecordListModel::setTimeline(bool timeline)
{
    if (timeline == m_timeline) {
        return;
    }
    m_timeline = timeline;
    rebuild();
}

void RecordListModel::setExpanded(const QString& id, bool expanded)
{
    if (expanded == m_expanded.contains(id)) {
        return;
    }
    if (expanded) {
        m_expanded.insert(id);
    } else {
        m_expanded.remove(id);
    }
    rebuild();
}

QStringList RecordListModel::issuers() const
{
    QStringList out;
    QSet<QString> seen;
    for (const records::Entry& e : m_entries) {
        const QString name = issuerName(e);
        if (!name.isEmpty() && !e.summary.selfAsserted && !seen.contains(name)) {
            seen.insert(name);
            out.append(name);
        }
    }
    QCollator c;
    c.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(out.begin(), out.end(), c);
    return out;
}

QStringList RecordListModel::tags() const
{
    QStringList out;
    for (const records::Entry& e : m_entries) {
        for (const QString& t : e.tags) {
            if (!out.contains(t, Qt::CaseInsensitive)) {
                out.append(t);
            }
        }
    }
    QCollator c;
    c.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(out.begin(), out.end(), c);
    return out;
}

bool RecordListModel::passes(const records::Entry& e) const
{
    if (!m_filter.kinds.isEmpty() && !m_filter.kinds.contains(e.summary.kind)) {
        return false;
    }
    if (!m_filter.issuer.isEmpty() && issuerName(e) != m_filter.issuer) {
        return false;
    }
    if (!m_filter.verification.isEmpty() && e.summary.verification != m_filter.verification) {
        return false;
    }
    if (!m_filter.tag.isEmpty() && !e.tags.contains(m_filter.tag, Qt::CaseInsensitive)) {
        return false;
    }
    if (m_filter.collection && !e.collections.contains(*m_filter.collection)) {
        return false;
    }
    if (m_filter.ids && !m_rank.contains(e.summary.id)) {
        return false;
    }
    return true;
}

bool RecordListModel::lessThan(int a, int b) const
{
    const records::Entry& x = m_entries.at(a);
    const records::Entry& y = m_entries.at(b);
    // Returns whether x goes before y in ascending order; the caller flips it for descending.
    int c = 0;
    switch (m_timeline ? RecordSort::DateIssued : m_sort) {
    case RecordSort::DateIssued:
        c = m_when.at(a) < m_when.at(b) ? -1 : (m_when.at(b) < m_when.at(a) ? 1 : 0);
        break;
    case RecordSort::DateAdded:
        c = x.summary.addedAt.compare(y.summary.addedAt);
        break;
    case RecordSort::Kind:
        c = QString::localeAwareCompare(m_kindText.at(a), m_kindText.at(b));
        break;
    case RecordSort::Issuer:
        c = QString::localeAwareCompare(m_issuerKey.at(a), m_issuerKey.at(b));
        break;
    case RecordSort::Verification:
        c = verificationRank(x.summary.verification) - verificationRank(y.summary.verification);
        break;
    case RecordSort::Relevance: {
        const qsizetype rx = m_rank.value(x.summary.id, a);
        const qsizetype ry = m_rank.value(y.summary.id, b);
        c = rx < ry ? -1 : (rx > ry ? 1 : 0);
        break;
    }
    }
    if (c == 0) {
        c = QString::localeAwareCompare(m_titles.at(a), m_titles.at(b));
        return c < 0; // ties by title, always A to Z
    }
    const bool timelineOrder = m_timeline || m_sort == RecordSort::Relevance;
    const bool descending = m_timeline ? true : (timelineOrder ? false : m_order == Qt::DescendingOrder);
    return descending ? c > 0 : c < 0;
}

void RecordListModel::rebuild()
{
    beginResetModel();
    m_rank.clear();
    if (m_filter.ids) {
        for (qsizetype i = 0; i < m_filter.ids->size(); ++i) {
            m_rank.insert(m_filter.ids->at(i), i);
        }
    }
    m_rows.clear();
    m_recordRows = 0;
    QHash<QString, QList<int>> children;
    QList<int> tops;
    for (int i = 0; i < m_entries.size(); ++i) {
        const records::Entry& e = m_entries.at(i);
        if (e.isNested() && m_index.contains(e.summary.parentId)) {
            children[e.summary.parentId].append(i);
        } else {
            tops.append(i);
        }
    }
    const bool narrowing = m_filter.ids.has_value() || !m_filter.tag.isEmpty() || m_filter.collection.has_value();
    QList<int> shown;
    QHash<int, QList<int>> shownChildren;
    for (int t : std::as_const(tops)) {
        const QList<int> kids = children.value(m_entries.at(t).summary.id);
        QList<int> matching;
        if (narrowing) {
            for (int k : kids) {
                if (passes(m_entries.at(k))) {
                    matching.append(k);
                }
            }
        }
        if (!passes(m_entries.at(t)) && matching.isEmpty()) {
            continue;
        }
        shown.append(t);
        shownChildren.insert(t, m_expanded.contains(m_entries.at(t).summary.id) ? kids : matching);
    }
    std::stable_sort(shown.begin(), shown.end(), [this](int a, int b) { return lessThan(a, b); });
    int lastYear = 0;
    for (int t : std::as_const(shown)) {
        if (m_timeline) {
            const qint64 ms = m_when.at(t);
            const int year = ms == std::numeric_limits<qint64>::min()
                ? -1
                : QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date().year();
            if (m_rows.isEmpty() || year != lastYear) {
                m_rows.append(Row { RowType::YearHeader, -1, year });
                lastYear = year;
            }
        }
        m_rows.append(Row { RowType::Record, t, 0 });
        for (int k : shownChildren.value(t)) {
            m_rows.append(Row { RowType::Record, k, 0 });
        }
    }
    for (const Row& r : std::as_const(m_rows)) {
        m_recordRows += r.type == RowType::Record ? 1 : 0;
    }
    endResetModel();
}

int RecordListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

Qt::ItemFlags RecordListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return Qt::NoItemFlags;
    }
    // Year headers are not selectable, so the keyboard skips over them.
    return m_rows.at(index.row()).type == RowType::Record ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                                          : Qt::ItemIsEnabled;
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    if (role == RowTypeRole) {
        return int(row.type);
    }
    if (row.type == RowType::YearHeader) {
        if (role == YearRole) {
            return row.year;
        }
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            return row.year > 0 ? QString::number(row.year)
                                : QCoreApplication::translate("ler::ui::RecordListModel", "No date");
        }
        return {};
    }
    const records::Entry& e = m_entries.at(row.entry);
    switch (role) {
    case IdRole:
        return e.summary.id;
    case Qt::DisplayRole:
    case TitleRole:
        return m_titles.at(row.entry);
    case IssuerRole:
        return text::issuer(e);
    case KindRole:
        return text::kind(e.summary.kind);
    case KindNameRole:
        return e.summary.kind;
    case DateRole: {
        const QDateTime issued = e.issued();
        if (issued.isValid()) {
            return text::longDate(issued);
        }
        const model::RecordDates& d = e.record.dates;
        if (d.activityStart.isValid()) {
            const QString start = QLocale().toString(d.activityStart, QStringLiteral("MMM yyyy"));
            const QString end = d.activityEnd.isValid()
                ? QLocale().toString(d.activityEnd, QStringLiteral("MMM yyyy"))
                : QCoreApplication::translate("ler::ui::RecordListModel", "now");
            return QStringLiteral("%1 – %2").arg(start, end);
        }
        return QString();
    }
    case VerificationRole:
        return e.summary.verification;
    case VerificationTextRole:
        return text::verificationLine(e);
    case SelfAssertedRole:
        return e.summary.selfAsserted;
    case NestedRole:
        return e.isNested();
    case ChildCountRole:
        return e.children;
    case ExpandedRole:
        return m_expanded.contains(e.summary.id);
    case TagsRole:
        return e.tags;
    case PictureRole:
        return e.record.achievement.image.isEmpty() ? e.record.issuer.image : e.record.achievement.image;
    case SourceFormatRole:
        return model::sourceFormatName(e.record.sourceFormat);
    case Qt::ToolTipRole:
        return text::verificationLine(e);
    case Qt::AccessibleTextRole:
        return QCoreApplication::translate("ler::ui::RecordListModel", "%1, %2, %3, %4")
            .arg(m_titles.at(row.entry), text::kind(e.summary.kind), text::issuer(e), text::verificationLine(e));
    default:
        return {};
    }
}

} // namespace ler::ui
