// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/present/SharingHistory.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ler::session {
class WalletSession;
}

namespace ler::ui {

/// What the person shared, with whom and when, newest first, and deleting entries. A plain widget, so the main view
/// can embed it (a "Shared" panel) as well as show it in a window. It asks the session for everything.
class SharingHistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit SharingHistoryView(session::WalletSession& session, QWidget* parent = nullptr);

    /// Reads the history again (after sharing, or when the view is shown).
    void reload();
    /// Drops every entry shown (on lock).
    void clear();
    QTableWidget* table() const { return m_table; }
    /// The ids of the entries shown, in order.
    QList<qint64> entryIds() const;
    /// Deletes the entry with this id after asking (confirm false: without asking; tests).
    void remove(qint64 id, bool confirm = true);

Q_SIGNALS:
    /// The list was read (or failed to; the view then says why).
    void loaded();
    /// An entry was deleted (or deleting failed; the view says why).
    void removed(qint64 id, bool ok);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showEntries(const QList<present::HistoryEntry>& entries);
    qint64 selectedId() const;

    session::WalletSession& m_session;
    QTableWidget* m_table;
    QLabel* m_status;
    QPushButton* m_delete;
};

} // namespace ler::ui
