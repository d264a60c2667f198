// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/present/Presentation.h"
#include "core/store/CredentialRepository.h"
#include "ui/present/PresentWizard.h"

#include <QHash>
#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTextBrowser;
class QTreeView;
class QVBoxLayout;

namespace ler::ui {

/// Step 1: the records to share, with search and checkboxes. A transcript (CLR) is shared whole, or its chosen
/// courses; records that cannot go into a presentation are shown, greyed, with the reason.
class RecordPickPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RecordPickPage(PresentWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;

    /// The chosen record ids, in the order listed.
    QStringList chosenIds() const;
    /// Ticks or unticks a record (tests, and "share this record" from elsewhere).
    bool setChosen(const QString& id, bool chosen);
    QTreeView* view() const { return m_view; }

Q_SIGNALS:
    /// The wallet's records are listed (or failed to load; the page then says why).
    void loaded();

private:
    void fill(const QList<store::CredentialSummary>& records);
    void itemChanged(QStandardItem* item);

    PresentWizard& m_wizard;
    QLineEdit* m_search;
    QTreeView* m_view;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLabel* m_status;
    bool m_loaded = false;
    bool m_updating = false;
};

/// Step 2: what to show inside each record. SD-JWT claims get ticks (the rest stay hidden); records signed as a
/// whole say so and why; the person's own entries say they go in as self-asserted.
class DisclosurePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DisclosurePage(PresentWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;

    /// The ticked claims of each SD-JWT record.
    QHash<QString, QStringList> disclosed() const;
    /// Ticks a claim of a record (tests).
    bool setDisclosed(const QString& id, const QString& path, bool shown);

Q_SIGNALS:
    void loaded();

private:
    void fill(const QList<QString>& ids, const QList<Result<present::PreviewRecord>>& records);

    PresentWizard& m_wizard;
    QWidget* m_content;
    QVBoxLayout* m_list;
    QLabel* m_status;
    QHash<QString, QList<QCheckBox*>> m_claims; ///< record id -> its claim boxes (objectName = claim path)
    QStringList m_shownFor; ///< the ids the page was built for
    bool m_loaded = false;
    bool m_failed = false;
};

/// Step 3: who the presentation is for, the employer's challenge if they gave one, how long it stays valid, and
/// what to make of it.
class RecipientPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RecipientPage(PresentWizard& wizard);

    present::Recipient recipient() const;
    PresentWizard::Output output() const;
    /// The file format, when the output is a file.
    present::PresentationFormat fileFormat() const;

    QLineEdit* domain() const { return m_domain; }
    QLineEdit* challenge() const { return m_challenge; }
    QComboBox* expiry() const { return m_expiry; }
    void setOutput(
        PresentWizard::Output output, present::PresentationFormat format = present::PresentationFormat::VpJson);

private:
    QLineEdit* m_domain;
    QLineEdit* m_challenge;
    QComboBox* m_expiry;
    QButtonGroup* m_outputs;
    QComboBox* m_fileFormat;
};

/// Step 4: exactly what the recipient will see, in words, before anything is signed or written. Finishing shares it.
class PreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PreviewPage(PresentWizard& wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    QTextBrowser* text() const { return m_text; }
    /// Shows work in progress or an error under the preview.
    void setStatus(const QString& text, bool error);

Q_SIGNALS:
    /// The preview is shown (or the request was refused; the page then says why).
    void ready();

private:
    PresentWizard& m_wizard;
    QTextBrowser* m_text;
    QLabel* m_status;
    quint64 m_generation = 0; ///< a preview that arrives after the page was left is dropped
};

} // namespace ler::ui
