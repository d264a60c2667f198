// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/store/VerificationStore.h"
#include "core/util/Result.h"
#include "core/verify/Report.h"
#include "core/verify/Verifier.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>
#include <optional>

namespace ler::net {
class Fetcher;
}
namespace ler::store {
class SqlCipherDatabase;
}

namespace ler::verify {

/// A verification result as stored, with the time it was made.
struct StoredReport
{
    QDateTime verifiedAt;
    QString outcome; ///< outcomeName()
    QJsonObject report; ///< Report::toJson()
};

/// A credential just stored by an import, with the item the import parsed it into.
struct ImportedCredential
{
    QString id; ///< Its wallet id.
    formats::ImportItem item;
    QString formatId; ///< The import format id of the batch it came in.
    QString source; ///< The file it came from, as stored.
};

/// An issuer key the person (or a counselor) chose to trust.
struct TrustedEntry
{
    qint64 id = 0;
    QString label;
    QDateTime addedAt;
};

/// Verifies the credentials stored in a wallet and keeps every result with its time; holds the person's own
/// identifiers (for "issued to you") and the issuer keys they trust. Not a QObject: run it on a worker thread
/// while nothing else uses the database.
class WalletVerification
{
public:
    explicit WalletVerification(store::SqlCipherDatabase& db);

    /// The network path for did:web, status lists, hosted badges...; null (the default) means offline.
    void setFetcher(const net::Fetcher* fetcher) { m_fetcher = fetcher; }
    /// The time to verify against (tests); invalid means now.
    void setNow(const QDateTime& now) { m_now = now; }

    /// Verifies one stored credential (with what is nested in it) and stores the result.
    Result<Report> verifyCredential(const QString& id);
    /// Verifies each credential in `ids` as verifyCredential() does, storing the reports in one transaction per
    /// `perCommit` credentials instead of one each (the commit is the costliest part of storing a report), and
    /// reading the wallet's identifiers and trusted keys once. `each` gets every result (its index in `ids`) and
    /// returns false to stop; what was checked until then is kept. A database error stops it and is returned: the
    /// reports of the unfinished batch are not kept, and nothing else changes. Returns how many were checked.
    Result<int> verifyMany(const QStringList& ids,
        const std::function<bool(qsizetype index, const Result<Report>& result)>& each = {},
        int perCommit = 100);
    /// Verifies credentials as an import stores them, from the items it parsed: what was just read is not read
    /// back from the database and parsed again. Stores and reports as verifyMany() does.
    Result<int> verifyImported(const QList<ImportedCredential>& imported,
        const std::function<bool(qsizetype index, const Result<Report>& result)>& each = {},
        int perCommit = 100);
    /// Verifies every stored top-level credential that carries something to check. `progress` gets
    /// (done, total); `cancel` is checked between credentials. Returns how many were verified.
    Result<int> verifyAll(
        const std::function<void(int done, int total)>& progress = {}, const std::atomic<bool>* cancel = nullptr);
    /// The latest stored result for a credential, if it was ever verified.
    Result<std::optional<StoredReport>> latest(const QString& id);

    Result<QStringList> identifiers();
    /// Adds an e-mail address, DID or web address the person is known by. Blank or odd input is refused.
    Status addIdentifier(const QString& value);
    /// Removes an identifier; one that is not there is already removed, so that succeeds.
    Status removeIdentifier(const QString& value);

    Result<QList<TrustedEntry>> trustedEntries();
    /// Adds trusted issuer keys: a JWKS, JWT VC issuer metadata or a DID document (see TrustedIssuers). The JSON
    /// is checked before anything is stored.
    Status addTrusted(const QByteArray& json, const QString& label);
    /// Removes a trusted key set; an id that is not there succeeds too.
    Status removeTrusted(qint64 id);

private:
    Status store(const QString& id, const Report& report);
    /// The options every check of this wallet uses: its identifiers, trusted keys, fetcher and time.
    Verifier::Options options();
    Result<Report> verifyWith(const QString& id, const Verifier& verifier);
    /// Stores the report of credential id, and the reports of what is nested in it under their own ids.
    Status storeWithNested(const QString& id, const Report& report);
    /// Runs check(i, verifier) for i in [0, count), storing in one transaction per perCommit (see verifyMany).
    Result<int> verifyEach(qsizetype count,
        const std::function<Result<Report>(qsizetype, const Verifier&)>& check,
        const std::function<bool(qsizetype, const Result<Report>&)>& each,
        int perCommit);

    store::SqlCipherDatabase& m_db; ///< For the transactions of verifyEach().
    store::VerificationStore m_store; ///< All SQL of verification.
    const net::Fetcher* m_fetcher = nullptr;
    QDateTime m_now;
};

} // namespace ler::verify
