// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ler::ui {

/// The start screen: the wallets known on this computer (name, folder, last opened), which can be opened, renamed,
/// taken off the list or deleted; and creating a wallet, opening a folder, restoring a backup, helping a client or
/// checking a presentation someone gave you (an employer needs no wallet of their own).
/// In kiosk mode and while helping a client no list is shown.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

    /// Reads the list again (after a wallet was opened, added or the mode changed).
    void refresh();
    /// The folder of the selected wallet, or empty.
    QString selectedFolder() const;

Q_SIGNALS:
    void createRequested();
    void openRequested();
    void openKnownRequested(const QString& folder);
    void restoreRequested();
    void helpClientRequested();
    /// "Check a presentation": an employer needs no wallet of their own.
    void checkRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void renameSelected();
    void forgetSelected();
    void deleteSelected();
    void updateButtons();

    QLabel* m_listTitle;
    QTreeWidget* m_list;
    QWidget* m_listButtons;
    QPushButton* m_open;
    QPushButton* m_rename;
    QPushButton* m_forget;
    QPushButton* m_delete;
};

} // namespace ler::ui
