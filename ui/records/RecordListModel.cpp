// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/records/RecordListModel.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace ler::ui {

RecordListModel::RecordListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void RecordListModel::setRecords(QList<store::CredentialSummary> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

void RecordListModel::clear()
{
    setRecords({});
}

const store::CredentialSummary* RecordListModel::recordAt(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int RecordListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RecordListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecordListModel::kindText(const QString& kind)
{
    static const QHash<QString, const char*> names {
        { QStringLiteral("education"), QT_TR_NOOP("Education") },
        { QStringLiteral("training"), QT_TR_NOOP("Training") },
        { QStringLiteral("work"), QT_TR_NOOP("Work") },
        { QStringLiteral("badge"), QT_TR_NOOP("Badge") },
        { QStringLiteral("certification"), QT_TR_NOOP("Certification") },
        { QStringLiteral("license"), QT_TR_NOOP("License") },
        { QStringLiteral("course"), QT_TR_NOOP("Course") },
        { QStringLiteral("assessment"), QT_TR_NOOP("Assessment") },
        { QStringLiteral("other"), QT_TR_NOOP("Other") },
    };
    const char* name = names.value(kind, nullptr);
    return name ? tr(name) : kind;
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const
{
    const store::CredentialSummary* r = recordAt(index.row());
    if (!r) {
        return {};
    }
    if (role == IdRole) {
        return r->id;
    }
    if (role == Qt::FontRole && index.column() == Title && !r->parentId.isEmpty()) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    if (role == Qt::ToolTipRole && r->selfAsserted) {
        return tr("You entered this yourself; no one else has vouched for it.");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Title:
        return r->parentId.isEmpty() ? r->title : QStringLiteral("    ↳ ") + r->title;
    case Issuer:
        return r->selfAsserted ? tr("%1 (self-asserted)").arg(r->issuer) : r->issuer;
    case Issued: {
        const QDateTime when = QDateTime::fromString(r->issued, Qt::ISODate);
        return when.isValid() ? QLocale().toString(when.date(), QLocale::ShortFormat) : QString();
    }
    case Kind:
        return kindText(r->kind);
    case Verification:
        return r->verificationText();
    default:
        return {};
    }
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Title:
        return tr("Title");
    case Issuer:
        return tr("Issued by");
    case Issued:
        return tr("Issued");
    case Kind:
        return tr("Kind");
    case Verification:
        return tr("Checked");
    default:
        return {};
    }
}

} // namespace ler::ui
