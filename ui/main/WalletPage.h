// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/store/CredentialRepository.h"
#include "core/util/Result.h"

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

    /// What the page lists: the records matching a search (all for an empty one) and how many the wallet holds.
    struct Listing
    {
        QList<store::CredentialSummary> records;
        int total = 0;
    };
    /// Reads a listing. Touches only the database, so it may run on a worker thread (WalletSession::runTask):
    /// a wallet of 10,000 records takes most of a second.
    static Result<Listing> read(store::Wallet& wallet, const QString& query = {});

    /// Shows what the open wallet holds.
    void load(store::Wallet& wallet);
    /// Shows the open wallet with a listing already read (read() without a query).
    void load(store::Wallet& wallet, const Result<Listing>& listing);
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
    void show(const Result<Listing>& listing);

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
