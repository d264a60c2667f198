// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ler::store {

class SqlCipherDatabase;

/// One stored verification result.
struct StoredReportRow
{
    QDateTime verifiedAt;
    QString outcome; ///< The verifier's outcome name ("verified"...).
    QJsonObject report;
};

/// One issuer key set the person chose to trust.
struct TrustedKeyRow
{
    qint64 id = 0;
    QString issuer;
    QString kid; ///< With issuer, unique in the wallet.
    QJsonObject jwk; ///< The key set or DID document as added.
    QString label;
    QDateTime addedAt;
};

/// What a credential was imported from, as a verifier reads it again.
struct CredentialOriginal
{
    QByteArray original; ///< The exact bytes imported.
    QString source;
};

/// Owns the tables of verification: stored reports (verification_results), the person's own identifiers
/// (identifiers) and the issuer keys they trust (trusted_issuer_keys). It also reads, never writes, what a
/// verifier needs of the credentials table. Works on the caller's thread; refused input changes nothing.
class VerificationStore
{
public:
    explicit VerificationStore(SqlCipherDatabase& db);

    /// Stores one report of credential `credentialId` made at `at` with outcome name `outcome`.
    Status addReport(
        const QString& credentialId, const QJsonObject& report, const QString& outcome, const QDateTime& at);
    /// The latest report of a credential (by time, then by order stored), if there is one.
    Result<std::optional<StoredReportRow>> latestReport(const QString& credentialId);
    /// True when exactly this report (time and outcome as stored text, report as stored JSON text) is stored.
    Result<bool> hasReport(
        const QString& credentialId, const QString& verifiedAt, const QString& outcome, const QString& reportJson);

    /// The imported bytes and source of a credential; empty when there is no such credential.
    Result<std::optional<CredentialOriginal>> credentialOriginal(const QString& id);
    /// The ids of the credentials nested in `id`, in the order they were stored.
    Result<QStringList> childIds(const QString& id);
    /// The top-level credentials that carry something to check (not self-asserted), in stored order.
    Result<QStringList> checkableIds();

    /// The identifiers, in the order added.
    Result<QStringList> identifiers();
    /// Adds an identifier of `type` ("email", "did" or "url"); one already there is kept as it is.
    Status addIdentifier(const QString& type, const QString& value, const QDateTime& at);
    /// Removes `value`, also when it was stored in lower case. NotFound when nothing matches.
    Status removeIdentifier(const QString& value);

    /// The trusted keys, in the order added.
    Result<QList<TrustedKeyRow>> trustedKeys();
    /// Adds a key set; one with the same issuer and kid already there is kept as it is.
    Status addTrustedKey(
        const QString& issuer, const QString& kid, const QJsonObject& jwk, const QString& label, const QDateTime& at);
    /// NotFound when no key has this id.
    Status removeTrustedKey(qint64 id);

private:
    SqlCipherDatabase& m_db;
};

} // namespace ler::store
