// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/store/CredentialRepository.h"

#include <QAbstractTableModel>

namespace ler::ui {

/// The wallet's records as a table: title, issuer, issued, kind, verification. Newest first.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Title,
        Issuer,
        Issued,
        Kind,
        Verification,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit RecordListModel(QObject* parent = nullptr);

    void setRecords(QList<store::CredentialSummary> records);
    /// Forgets every record (on lock).
    void clear();
    const store::CredentialSummary* recordAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The kind in plain, translated words ("Badge", "Work"...).
    static QString kindText(const QString& kind);

private:
    QList<store::CredentialSummary> m_records;
};

} // namespace ler::ui
