// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"
#include "core/verify/Check.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ler::net {
class Fetcher;
enum class FetchKind;
} // namespace ler::net
namespace ler::jose {
struct Jws;
}

namespace ler::verify {

/// What checking an Open Badges 2.0 assertion with its issuer found: one check per report line, each saying only
/// what was done (a step that could not run is NotChecked with the reason).
struct Ob2Check
{
    /// reportid::kSignature: the JWS holds with the issuer's key (signed), or the issuer's web site holds the same
    /// badge as the local copy, BadgeClass and Issuer included (hosted).
    Check signatureCheck;
    /// reportid::kIssuer: the key (signed) or the hosting place (hosted) is the issuer's, by the issuer profile
    /// fetched from the issuer's own id.
    Check issuerCheck;
    /// reportid::kStatus: not revoked (hosted assertion or revocation list).
    Check statusCheck;

    bool revoked = false;
    QString revocationReason; ///< the issuer's words, when it gave a reason
    Text message; ///< revoked or confirmed, in a plain sentence, with the date of a cached copy
    QJsonObject assertion; ///< the hosted copy (hosted) or the signed payload (signed)
    QJsonObject badgeClass; ///< as the issuer holds it; empty when it could not be fetched
    QJsonObject issuer; ///< the profile fetched from the issuer's id; empty when it could not be fetched
    QList<Text> warnings; ///< linked documents that could not be fetched, in plain words
    QDateTime fetchedAt; ///< when the hosted assertion (hosted) or the key (signed) was fetched, UTC; may be invalid
    bool fromCache = false; ///< true when that document came from the cache
};

/// Open Badges 2.0 verification with the issuer's server ("Verification" in the OB 2.0 specification), through a
/// Fetcher. The issuer profile always comes from the issuer's own id, never from data inside the badge, and must
/// name itself with that id. Synchronous: run it off the GUI thread. The fetcher must outlive the verifier.
class HostedAssertionVerifier
{
public:
    explicit HostedAssertionVerifier(const net::Fetcher& fetcher);

    /// Hosted verification: fetches the assertion at its id (Accept: application/ld+json, application/json) and
    /// compares it with the stored one (id, recipient, badge, dates, evidence, narrative), and an embedded BadgeClass
    /// and Issuer with the issuer's. "revoked": true (or HTTP 410) gives a revoked result with revocationReason. The
    /// issuer's hosted verification policy (allowedOrigins, startsWith, or by default the issuer id's host) comes
    /// from the profile fetched from the issuer's id. Errors only for input that is not a hosted badge: InvalidInput
    /// for a stored assertion without an id URL or marked as signed.
    Result<Ob2Check> verifyHosted(const QJsonObject& stored) const;

    /// Signed verification: compact JWS (RS256) whose payload is the assertion. As OB 2.0 says: the issuer profile
    /// is fetched from its id and must list the key (verification.creator, or else each key it lists) in publicKey;
    /// the CryptographicKey is fetched from its own id and its owner must be the issuer id. The issuer's
    /// revocationList, when its profile names one, is consulted. Errors only for input that is not a signed badge:
    /// as parseCompactJws, Unsupported for another algorithm, InvalidInput when it does not say it is signed.
    Result<Ob2Check> verifySigned(QByteArrayView compactJws) const;

private:
    struct Fetched;
    /// An identity document (kind IssuerProfile or Key) must not come from another site through a redirect.
    Result<Fetched> fetchDocument(const QString& url, net::FetchKind kind) const;
    Check notFetched(const QString& id, const Text& message, const Error& error) const;
    bool fetchBadgeClass(Ob2Check& check, const QJsonValue& badge) const;
    bool fetchIssuer(Ob2Check& check, QDateTime& fetchedAt, bool& fromCache) const;
    /// Fetches the issuer's profile and checks the hosted assertion lives where it says; false without a profile.
    bool checkHostingPlace(Ob2Check& check, const QString& assertionId) const;
    void checkSignedKey(Ob2Check& check, const jose::Jws& jws) const;
    void checkRevocationList(Ob2Check& check) const;

    const net::Fetcher& m_fetcher;
};

} // namespace ler::verify
