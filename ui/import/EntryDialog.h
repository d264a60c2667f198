// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/formats/SelfAssertedEntry.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ler::ui {

/// A form for the person's own entries (a job, training, a license, volunteer work). Such entries are
/// marked self-asserted everywhere they appear.
class EntryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EntryDialog(QWidget* parent = nullptr);
    /// The entry as typed; valid only after the dialog was accepted.
    formats::SelfAssertedEntry entry() const;
    /// Fills the form with an entry to edit, and titles the dialog for editing.
    void setEntry(const formats::SelfAssertedEntry& entry);

    /// Reads 2024-05-31, 2024-05 or 2024 (the first day of the month or year). Null when empty or invalid.
    static QDate parseDate(const QString& text, bool* ok);

private:
    void tryAccept();

    QComboBox* m_kind;
    QLineEdit* m_title;
    QLineEdit* m_organization;
    QPlainTextEdit* m_description;
    QLineEdit* m_start;
    QLineEdit* m_end;
    QLineEdit* m_location;
    QLineEdit* m_url;
    QLabel* m_error;
};

} // namespace ler::ui
