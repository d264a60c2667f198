// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/present/HolderKeys.h"
#include "core/present/Presentation.h"
#include "core/present/PresentationBuilder.h"
#include "core/present/QrCodes.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QList>
#include <functional>

namespace ler::store {
class SqlCipherDatabase;
struct StoredCredential;
} // namespace ler::store

namespace ler::present {

/// A checked request: what will be signed, and the preview of it.
struct PresentationPlan
{
    PresentationRequest request; ///< with the challenge filled in
    Preview preview;
    QList<Shareable> items; ///< one per previewed record, in the same order
    HolderIdentity holder;
};

/// A presentation that was written and recorded in the sharing history.
struct SharedPresentation
{
    Presentation presentation;
    qint64 historyId = 0;
};

/// Making a presentation, once for every front end (the CLI now, the GUI wizard later): check what the person
/// picked, preview exactly what the recipient will see, sign, and record it in the sharing history. Works on the
/// caller's thread while nothing else uses the database (run it as a WalletSession task from the GUI).
class PresentationService
{
public:
    explicit PresentationService(store::SqlCipherDatabase& db);

    /// The time to sign with and check dates against (tests); invalid means now.
    void setNow(const QDateTime& now) { m_now = now; }

    /// Checks the request (records exist and can be shared, disclosures name claims of SD-JWT records, the format
    /// fits) and describes the result. Bad input fails with a clear message and writes nothing; a valid request
    /// makes the wallet's own key if it has none yet.
    Result<PresentationPlan> prepare(const PresentationRequest& request);
    /// How one record can be shared, before the recipient is known: whole, selective (with every claim that can be
    /// shown or hidden, all hidden) or self-asserted, with its dates, verification and warnings. Fails with the
    /// message prepare() gives for a record that cannot go into a presentation.
    Result<PreviewRecord> describe(const QString& recordId);
    /// prepare() for the outputs made of QR codes (codes on screen, PNG/SVG/text files, the PDF), whatever
    /// request.format says: an SD-JWT presentation when the only record is an SD-JWT bound to this wallet (text codes
    /// that SD-JWT tools read), else a JSON-LD presentation, which goes one VPQR code per record.
    Result<PresentationPlan> prepareForCodes(PresentationRequest request);
    /// Signs the presentation of a plan. Records nothing.
    Result<Presentation> make(const PresentationPlan& plan);
    /// One JSON-LD presentation per record of a plan, each complete on its own and signed with the plan's
    /// challenge, domain and expiry (for outputs that carry one credential per QR code). Records nothing.
    Result<QList<Presentation>> makeOnePerRecord(const PresentationPlan& plan);
    /// A JSON-LD presentation of some of a plan's records (indexes into plan.items), signed like make().
    Result<Presentation> makeOf(const PresentationPlan& plan, const QList<int>& indexes);
    /// The QR codes of a plan, signed. A JSON-LD plan gets one VPQR code per record, each a presentation complete on
    /// its own with the plan's challenge; the records that fit no code go together into one presentation written
    /// as parts of the multi-part format, after the others. An SD-JWT or VP-JWT plan is its text in one code or in
    /// parts. Records nothing.
    Result<QrCodes> makeQrCodes(const PresentationPlan& plan, QrChoice choice = QrChoice::Auto);
    /// make(), then write() (e.g. a QSaveFile) and the history entry, all or nothing: when writing fails no entry is
    /// kept, and when the entry cannot be stored undo() is called to remove what write() made.
    Result<SharedPresentation> share(const PresentationPlan& plan,
        const std::function<Status(const Presentation&)>& write,
        const std::function<void()>& undo = {});
    /// Records something already made from a plan (QR codes, a PDF: made stands for it, see QrCodes::combined) as
    /// output ("pdf", "qr-png", "qr"...) and writes it, all or nothing as in share(). Returns the history entry's id.
    Result<qint64> record(const Presentation& made,
        const QString& output,
        const std::function<Status()>& write,
        const std::function<void()>& undo = {});

private:
    QDateTime now() const;
    /// Signs items of a plan as one presentation in format.
    Result<Presentation> build(const PresentationPlan& plan, const QList<int>& indexes, PresentationFormat format);
    Result<PreviewRecord> previewOf(const QString& id, Shareable& shareable, const QStringList& disclose);
    /// The stored verification of a record and the warnings it gives.
    Status addVerification(PreviewRecord& preview, const store::StoredCredential& stored);

    store::SqlCipherDatabase& m_db;
    QDateTime m_now;
};

} // namespace ler::present
