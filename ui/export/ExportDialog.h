// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/export/Resume.h"
#include "core/records/Library.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace ler::session {
class WalletSession;
}

namespace ler::ui {

/// Making a résumé for an employer's system: the person picks the format (LER-RS, LER-RS signed by the wallet,
/// JSON Resume, PDF), the records (nothing else leaves the wallet), checks what is said about them, and ticks any
/// sensitive fact they want to include. Before a JSON Resume is saved, it lists what that format cannot carry.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(session::WalletSession& session,
        const QList<records::Entry>& entries,
        const QStringList& preselected,
        QWidget* parent = nullptr);

    /// Tests: where to write, instead of asking with a file dialog.
    void setOutputPath(const QString& path) { m_outputPath = path; }
    QStringList chosenIds() const;
    exports::ResumeFormat format() const;

Q_SIGNALS:
    /// The file was written.
    void saved(const QString& path);

private:
    void save();
    void write(const QString& path, const exports::ResumeInput& input);
    exports::Person personFromForm() const;
    void fillProfile(const exports::Person& person);

    session::WalletSession& m_session;
    QString m_outputPath;
    QMap<exports::ResumeFormat, QRadioButton*> m_formats;
    QListWidget* m_records;
    QLineEdit* m_given;
    QLineEdit* m_family;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QLineEdit* m_location;
    QLineEdit* m_headline;
    QPlainTextEdit* m_summary;
    QMap<exports::Sensitive, QCheckBox*> m_sensitive;
    QLabel* m_note;
    QLabel* m_error;
    QPushButton* m_save;
};

} // namespace ler::ui
