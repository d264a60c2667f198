// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/formats/ImportItem.h"
#include "core/util/Result.h"
#include "core/verify/Report.h"
#include "core/verify/TrustedIssuers.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace ler::net {
class Fetcher;
}
namespace ler::crypto {
class PublicKey;
}
namespace ler::jose {
struct SdJwt;
struct VerifiedSdJwt;
} // namespace ler::jose

/// The verification engine: reads any input the import formats accept (JSON-LD credentials with Data Integrity
/// proofs, VC-JWT and VC-JOSE, SD-JWT VC, Open Badges 2.0 hosted and signed, Open Badges 3.0, CLR 2.0 with its
/// nested credentials, baked images, presentations as JSON-LD or JWT, and unsigned PESC or CSV records) and
/// checks it as its standard says, into a Report. Offline is a normal state: a step that needs the network is
/// reported as not checked. Synchronous, and it may fetch: run it off the GUI thread.
namespace ler::verify {

struct Ob2Check;
struct JwtCredential;

/// What the verifier expects, trusts and may use.
struct VerifierOptions
{
    /// Never use the network. A fetcher that is itself offline (Fetcher::setOnline(false)) is still asked, since it
    /// answers only from its cache; the report then gives the date of the saved copy.
    bool offline = false;
    const net::Fetcher* fetcher = nullptr; ///< did:web, issuer metadata, status lists, hosted badges; may be null
    TrustedIssuers trustedIssuers; ///< keys and DID documents the person trusts
    QString challenge; ///< expected presentation challenge / SD-JWT key binding nonce
    QString domain; ///< expected presentation domain / SD-JWT key binding audience
    QStringList identifiers; ///< the person's emails, DIDs and URLs, for the recipient check
    QDateTime now; ///< the time to check against; invalid means the current time
    int clockSkewSeconds = 300; ///< tolerated clock difference
    /// A holder's proof (presentation proof, VP-JWT, SD-JWT key binding) without an expiry of its own fails when it
    /// is older than this; 0 or less means no limit. An expiry the holder set is honoured instead.
    qint64 maxAgeSeconds = kDefaultMaxAgeSeconds;

    static constexpr qint64 kDefaultMaxAgeSeconds = 30 * 24 * 3600;
};

class Verifier
{
public:
    using Options = VerifierOptions;

    explicit Verifier(Options options = {});

    /// Verifies one file's bytes. An error means the input could not be read as any supported format.
    Result<Report> verify(const QByteArray& bytes, const QString& fileName = {}) const;
    /// Verifies an imported item (and its nested items) of the given import format id.
    Report verifyItem(const formats::ImportItem& item, const QString& formatId) const;

private:
    /// What verify() already decoded of its input, so an item made from the same bytes is not decoded again.
    struct Decoded;
    Report verifyItem(const formats::ImportItem& item, const QString& formatId, const Decoded* decoded) const;
    /// Imports with a registry that downloads what the input only points to (a baked badge's assertion URL).
    Result<formats::ImportBatch> importFetching(const QByteArray& bytes, const QString& fileName) const;
    Report verifyJsonLd(const QJsonObject& document, const QString& format) const;
    Report verifyPresentationLd(const QJsonObject& presentation) const;
    /// A presented credential may not itself be a presentation (allowPresentation false).
    Report verifyJwt(const QByteArray& token, bool allowPresentation = true) const;
    /// The same for a token already parsed (parsed may be null).
    Report verifyJwt(const QByteArray& token, bool allowPresentation, const JwtCredential* parsed) const;
    Report verifySdJwt(const QByteArray& token) const;
    Report verifySdJwt(const Result<jose::SdJwt>& sd) const;
    Report verifyOpenBadge2(const formats::ImportItem& item) const;
    Report unsigned_(const QString& format) const;
    Report verifyEmbedded(const QJsonValue& entry) const;
    QList<Report> presentedCredentials(const QJsonValue& list) const;
    /// Ties the presented credentials (presentation.credentials, from list) to the holder who signed the
    /// presentation: issued by the holder, one is self-asserted; issued to a DID that is not the holder's, its
    /// key-binding check is not passed (nothing shows the presenter is its subject); issued to the holder, it passes.
    static void bindToHolder(Report& presentation, const QJsonValue& list, const QString& holder);
    /// The key-binding failure of a holder proof made at created that the holder let expire at expires (invalid:
    /// none), or that is older than the maximum age; nothing when it is fresh.
    std::optional<Check> staleHolderProof(const QDateTime& created, const QDateTime& expires) const;

    void addProofChecks(Report& report, const QJsonObject& document, bool presentation) const;
    void addCredentialChecks(Report& report, const QJsonObject& credential) const;
    /// issuer is the credential's issuer id: a status list counts only when it is the list's issuer too.
    void addStatusCheck(Report& report, const QJsonObject& credential, const QString& issuer) const;
    /// The proof of a status list credential, and that its issuer and key are the credential's issuer's. Errors:
    /// VerificationFailed when something does not hold, NotFound when the key could not be tied to the issuer.
    Status verifyStatusList(const QJsonObject& list, const QString& issuer) const;
    void addJwtPresentationBinding(Report& report, const QJsonObject& claims) const;
    void addSdJwtChecks(
        Report& report, const jose::SdJwt& sd, const crypto::PublicKey& key, const QString& issuer) const;
    void addSdJwtKeyBinding(Report& report, const jose::SdJwt& sd, const jose::VerifiedSdJwt& verified) const;
    void addOpenBadge2Result(Report& report, const Result<Ob2Check>& checked) const;
    QDateTime now() const;
    /// The fetcher to use, or null when nothing may be fetched.
    const net::Fetcher* fetcher() const;
    static Check offlineCheck(const QString& id);

    Options m_options;
};

} // namespace ler::verify
