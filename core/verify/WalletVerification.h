// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"
#include "core/verify/Report.h"

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
    /// Verifies every stored top-level credential that carries something to check. `progress` gets
    /// (done, total); `cancel` is checked between credentials. Returns how many were verified.
    Result<int> verifyAll(
        const std::function<void(int done, int total)>& progress = {}, const std::atomic<bool>* cancel = nullptr);
    /// The latest stored result for a credential, if it was ever verified.
    Result<std::optional<StoredReport>> latest(const QString& id);

    Result<QStringList> identifiers();
    /// Adds an e-mail address, DID or web address the person is known by. Blank or odd input is refused.
    Status addIdentifier(const QString& value);
    Status removeIdentifier(const QString& value);

    Result<QList<TrustedEntry>> trustedEntries();
    /// Adds trusted issuer keys: a JWKS, JWT VC issuer metadata or a DID document (see TrustedIssuers). The JSON
    /// is checked before anything is stored.
    Status addTrusted(const QByteArray& json, const QString& label);
    Status removeTrusted(qint64 id);

private:
    Status store(const QString& id, const Report& report);

    store::SqlCipherDatabase& m_db;
    const net::Fetcher* m_fetcher = nullptr;
    QDateTime m_now;
};

} // namespace ler::verify
