// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace ler::ui {

/// "Check a presentation", the employer's side. Needs no wallet: it opens a presentation file (JSON, VP-JWT,
/// SD-JWT), a PDF made by LER Wallet, or pictures of its QR codes, checks the holder's proof against the challenge
/// and domain the employer expects and every credential inside, and shows one report in words, which can be saved
/// as a PDF. The checking runs on a worker thread.
class CheckPresentationWindow : public QWidget
{
    Q_OBJECT
public:
    explicit CheckPresentationWindow(QWidget* parent = nullptr);
    ~CheckPresentationWindow() override;

    /// Adds files to check (as the "Add files" button and dropping files do).
    void addFiles(const QStringList& paths);
    void clearFiles();
    QStringList files() const { return m_files; }
    QLineEdit* challenge() const { return m_challenge; }
    QLineEdit* domain() const { return m_domain; }
    QSpinBox* maxAgeDays() const { return m_maxAge; }
    QCheckBox* online() const { return m_online; }
    QTextBrowser* report() const { return m_report; }
    bool busy() const { return m_busy; }

    /// Checks the files with the expectations given. Images and PDFs together are one presentation; every other
    /// file is checked on its own.
    void check();
    /// Writes the report shown as a PDF (with a real text layer).
    bool saveReport(const QString& path);

    /// The app setting: presentations older than this many days (when they set no expiry) fail; 0 is no limit.
    static int maxAgeSetting();
    static void setMaxAgeSetting(int days);
    /// For tests and scripts: the path the next save dialog answers with (used once).
    static void setNextSavePath(const QString& path);

Q_SIGNALS:
    /// The report of the last check is shown.
    void checked();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void chooseFiles();
    void saveAsked();
    void showReport(const QString& html, bool anyVerified);
    void updateButtons();

    QStringList m_files;
    QListWidget* m_list;
    QLineEdit* m_challenge;
    QLineEdit* m_domain;
    QSpinBox* m_maxAge;
    QCheckBox* m_online;
    QPushButton* m_check;
    QPushButton* m_save;
    QLabel* m_status;
    QTextBrowser* m_report;
    QString m_html; ///< the report shown
    bool m_busy = false;
};

} // namespace ler::ui
