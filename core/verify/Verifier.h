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
#include <memory>
#include <vector>

namespace ler::net {
class Fetcher;
}

/// The verification engine: reads any input the import formats accept (JSON-LD credentials with Data Integrity
/// proofs, VC-JWT and VC-JOSE, SD-JWT VC, Open Badges 2.0 hosted and signed, Open Badges 3.0, CLR 2.0 with its
/// nested credentials, baked images, presentations as JSON-LD or JWT, and unsigned PESC or CSV records) and
/// checks it as its standard says, into a Report. Offline is a normal state: a step that needs the network is
/// reported as not checked. Synchronous, and it may fetch: run it off the GUI thread.
namespace ler::verify {

class CredentialFamily;
class DataIntegrityFamily;
class JoseFamily;

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
    /// Imports with a registry that downloads what the input only points to (a baked badge's assertion URL).
    Result<formats::ImportBatch> importFetching(const QByteArray& bytes, const QString& fileName) const;

    Options m_options;
    /// The families every item is dispatched to, the first that handles it checking it; built once, in order.
    std::vector<std::shared_ptr<const CredentialFamily>> m_families;
    /// The two families verify() calls by name for what is read before importing (presentations, SD-JWTs).
    std::shared_ptr<const DataIntegrityFamily> m_dataIntegrity;
    std::shared_ptr<const JoseFamily> m_jose;
};

} // namespace ler::verify
