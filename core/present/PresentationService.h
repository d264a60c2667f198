// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/present/HolderKeys.h"
#include "core/present/Presentation.h"
#include "core/present/PresentationBuilder.h"
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
    /// Signs the presentation of a plan. Records nothing.
    Result<Presentation> make(const PresentationPlan& plan);
    /// One JSON-LD presentation per record of a plan, each complete on its own and signed with the plan's
    /// challenge, domain and expiry (for outputs that carry one credential per QR code). Records nothing.
    Result<QList<Presentation>> makeOnePerRecord(const PresentationPlan& plan);
    /// make(), then write() (e.g. a QSaveFile) and the history entry, all or nothing: when writing fails no entry is
    /// kept, and when the entry cannot be stored undo() is called to remove what write() made.
    Result<SharedPresentation> share(const PresentationPlan& plan,
        const std::function<Status(const Presentation&)>& write,
        const std::function<void()>& undo = {});

private:
    QDateTime now() const;
    Result<PreviewRecord> previewOf(const QString& id, Shareable& shareable, const QStringList& disclose);
    /// The stored verification of a record and the warnings it gives.
    Status addVerification(PreviewRecord& preview, const store::StoredCredential& stored);

    store::SqlCipherDatabase& m_db;
    QDateTime m_now;
};

} // namespace ler::present
