// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ler::net {
class Fetcher;
enum class FetchKind;
} // namespace ler::net

namespace ler::verify {

/// What checking an Open Badges 2.0 assertion with its issuer found.
struct Ob2Check
{
    bool revoked = false;
    QString revocationReason; ///< the issuer's words, when it gave a reason
    QString message; ///< a plain sentence for the holder
    QJsonObject assertion; ///< the hosted copy (hosted) or the signed payload (signed)
    QJsonObject badgeClass; ///< embedded or fetched; empty when it could not be fetched
    QJsonObject issuer; ///< embedded or fetched; empty when it could not be fetched
    QStringList warnings; ///< linked documents that could not be fetched, in plain words
    QDateTime fetchedAt; ///< when the hosted assertion (hosted) or the key (signed) was fetched, UTC
    bool fromCache = false; ///< true when that document came from the cache
};

/// Open Badges 2.0 verification with the issuer's server ("Verification" in the OB 2.0 specification), through a
/// Fetcher. Synchronous: run it off the GUI thread. The fetcher must outlive the verifier.
class HostedAssertionVerifier
{
public:
    explicit HostedAssertionVerifier(const net::Fetcher& fetcher);

    /// Hosted verification: fetches the assertion at its id (Accept: application/ld+json, application/json) and
    /// compares it with the stored one (same id, recipient and badge). "revoked": true (or HTTP 410) gives a revoked
    /// result with revocationReason. Checks the issuer's hosted verification policy (allowedOrigins, startsWith,
    /// or by default the issuer id's host) when the issuer can be fetched. Errors: InvalidInput for a stored
    /// assertion without an id URL or marked as signed, the Fetcher's errors, VerificationFailed on a mismatch.
    Result<Ob2Check> verifyHosted(const QJsonObject& stored) const;

    /// Signed verification: compact JWS (RS256) whose payload is the assertion. The key is the PEM in the
    /// CryptographicKey document at verification.creator (or the issuer's publicKey), whose owner must be the
    /// issuer. The issuer's revocationList, when it has one, is consulted. Errors: as parseCompactJws, the
    /// Fetcher's errors, VerificationFailed when the signature does not hold or the key belongs to someone else.
    Result<Ob2Check> verifySigned(QByteArrayView compactJws) const;

private:
    void fetchLinked(Ob2Check& check) const;
    Result<QJsonObject> fetchObject(
        const QString& url, net::FetchKind kind, QDateTime* fetchedAt = nullptr, bool* fromCache = nullptr) const;
    Status checkRevocationList(Ob2Check& check) const;

    const net::Fetcher& m_fetcher;
};

} // namespace ler::verify
