// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"
#include "core/verify/Report.h"
#include "core/verify/Verifier.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ler::present {

/// A credential inside a checked presentation, as it names itself (claims, until its report says they hold).
struct PresentedCredential
{
    QString title; ///< the credential's own title; empty when it has none
    QString format; ///< model::sourceFormatName(); empty when the credential cannot be read
    QString issuer; ///< the issuer's name, else its id
    QString issuerId; ///< the identifier the issuer check ties the key to (a DID or URL); a name proves nothing
};

/// A presentation as the employer's side checked it: one report, and what the presentation says of itself.
struct CheckedPresentation
{
    /// One report for the whole presentation. Several presentations read from one set of QR codes (one code per
    /// credential) are reported as one: their checks merged (the worst of each), their credentials together, and a
    /// check that they belong together.
    verify::Report report;
    /// What the presentation states. These are claims until the report's checks say they hold.
    QString holder; ///< the holder's DID (VP holder or proof key, VP-JWT iss, or the SD-JWT's bound key as did:key)
    QString domain;
    QString challenge;
    QDateTime created;
    QDateTime expires;
    int presentations = 1; ///< signed presentations it was made of
    int codes = 0; ///< QR codes read; 0 when it came from a file
    /// Each presentation as a file verify reads: JSON, or the compact JWT or SD-JWT text.
    QList<QByteArray> documents;
    /// What each credential of report.credentials names itself, in the same order. For a file that is one
    /// credential (no presentation), that credential.
    QList<PresentedCredential> credentials;
};

/// Checks a presentation from a file's bytes or from the texts of scanned QR codes, for "Check a presentation" and
/// ler-wallet-cli verify. Synchronous and it may fetch (issuer keys, status lists): run it off the GUI thread.
class PresentationCheck
{
public:
    explicit PresentationCheck(verify::VerifierOptions options);

    /// A file: a VP (JSON-LD), a VP-JWT, an SD-JWT, or any credential the verifier reads.
    Result<CheckedPresentation> checkFile(const QByteArray& bytes, const QString& fileName = {}) const;
    /// The texts of QR codes read from one or more images (VPQR, multi-part in any order, plain text), as one
    /// presentation. An error when the codes cannot be put together (a damaged code, missing parts).
    Result<CheckedPresentation> checkQrTexts(const QStringList& texts, const QString& name = {}) const;

    /// The presentations QR codes carry, each as a file verify reads (what `qr decode` writes).
    static Result<QList<QByteArray>> presentationsFromQrTexts(const QStringList& texts);

private:
    verify::VerifierOptions m_options;
};

} // namespace ler::present
