// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/present/PresentationService.h"

#include <QWizard>
#include <optional>

namespace ler::session {
class WalletSession;
}

namespace ler::ui {

class DisclosurePage;
class PreviewPage;
class RecipientPage;
class RecordPickPage;

/// Making a presentation, in four steps: pick records, pick what to show inside them, say who it is for, then read
/// exactly what the recipient will see before anything is signed or written. The last step shares it as a file, a
/// PDF, or QR codes on screen. Every step asks the wallet through WalletSession::runTask; nothing here touches the
/// database.
class PresentWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        RecordsPageId,
        DisclosurePageId,
        RecipientPageId,
        PreviewPageId,
    };

    /// What the person makes of the presentation.
    enum class Output
    {
        File, ///< a VP (JSON), VP-JWT or SD-JWT file
        Pdf, ///< a printable PDF with the QR codes
        Screen, ///< QR codes shown on screen, to save or print from there
    };

    PresentWizard(session::WalletSession& session, QWidget* parent = nullptr);
    ~PresentWizard() override;

    session::WalletSession& session() { return m_session; }
    RecordPickPage* recordsPage() const { return m_records; }
    DisclosurePage* disclosurePage() const { return m_disclosure; }
    RecipientPage* recipientPage() const { return m_recipient; }
    PreviewPage* previewPage() const { return m_preview; }

    /// The request the pages describe so far.
    present::PresentationRequest request() const;
    Output output() const;
    /// The plan the preview shows; empty until it is ready.
    const std::optional<present::PresentationPlan>& plan() const { return m_plan; }
    void setPlan(std::optional<present::PresentationPlan> plan) { m_plan = std::move(plan); }

    /// For tests and scripts: the path the next save dialog answers with, without showing it (used once).
    static void setNextSavePath(const QString& path);

    void accept() override;

Q_SIGNALS:
    /// The presentation was made, written where it goes (a file path, or empty for the screen) and recorded.
    void shared(qint64 historyId, const QString& where);
    /// Sharing failed; nothing was written or recorded.
    void shareFailed(const QString& message);
    /// QR codes to show on screen, once shared.
    void codesReady(const present::Preview& preview, const present::QrCodes& codes);

private:
    QString askSavePath();
    void share(const QString& path);
    void finishSharing(const Status& status, qint64 historyId, const QString& where);

    session::WalletSession& m_session;
    RecordPickPage* m_records;
    DisclosurePage* m_disclosure;
    RecipientPage* m_recipient;
    PreviewPage* m_preview;
    std::optional<present::PresentationPlan> m_plan;
    bool m_sharing = false;
    bool m_done = false;
};

} // namespace ler::ui
