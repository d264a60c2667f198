// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace ler::store {
class Wallet;
}

namespace ler::ui {

class RecordDetailView;
class RecordListModel;

/// The unlocked wallet's main view: search, the list of records and the selected one in full.
/// Holds no wallet data after clear().
class WalletPage : public QWidget
{
    Q_OBJECT
public:
    explicit WalletPage(QWidget* parent = nullptr);
    /// Shows what the open wallet holds.
    void load(store::Wallet& wallet);
    /// Re-reads the list (after an import or a delete), keeping the search.
    void reload();
    /// Drops every piece of wallet data the view shows (on lock).
    void clear();
    /// The id of the selected record, or empty.
    QString selectedId() const;

Q_SIGNALS:
    void lockRequested();
    void importRequested();
    void addEntryRequested();
    void deleteRequested(const QString& id);
    void verifyRequested(const QString& id);

private:
    void showSelected();

    store::Wallet* m_wallet = nullptr;
    QLabel* m_summary;
    QLineEdit* m_search;
    QStackedWidget* m_body;
    QTableView* m_table;
    RecordListModel* m_model;
    RecordDetailView* m_detail;
    QLabel* m_folder;
};

} // namespace ler::ui
