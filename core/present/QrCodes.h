// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/present/Presentation.h"
#include "core/qr/QrCapacity.h"

#include <QList>
#include <QString>
#include <optional>

namespace ler::present {

/// How the QR outputs (codes on screen, PNG/SVG files, the PDF) size their codes. docs/qr-format.md explains the
/// choice.
enum class QrChoice
{
    /// qr::QrPolicy{} (error correction M, up to version 30) for every code; what does not fit is split into parts of
    /// the multi-part format.
    Robust,
    /// qr::QrPolicy::verifierPlus() (L, up to version 40) for every code, as @digitalcredentials/vpqr makes them.
    VerifierPlus,
    /// Robust, except that a VPQR code which Robust would split is made at L up to version 40 instead: VerifierPlus
    /// and the Learner Credential Wallet read one VPQR code, never our parts. The default of every output.
    Auto,
};

/// "robust", "verifierplus", "auto".
QString qrChoiceName(QrChoice choice);
std::optional<QrChoice> qrChoiceFromName(const QString& name);

/// One QR code of a presentation, before it is drawn.
struct QrCodeSpec
{
    enum class Kind
    {
        Vpqr, ///< a complete JSON-LD presentation in one VPQR code
        Text, ///< a complete SD-JWT or VP-JWT presentation as plain text
        Part, ///< one part of the multi-part format (docs/qr-format.md)
    };
    Kind kind = Kind::Vpqr;
    QString payload;
    qr::QrPolicy policy; ///< what the code is drawn under
    QList<int> records; ///< the records it carries: indexes into the plan's preview records
    int part = 0; ///< Part: its index in its set (1-based)
    int parts = 0; ///< Part: how many parts the set has
};

/// The QR codes that carry a presentation plan, in the order they are shown ("2 of 5" is the place in codes), and
/// the signed presentations inside them.
struct QrCodes
{
    QList<QrCodeSpec> codes;
    QList<Presentation> presentations;

    /// One presentation standing for all of them in the sharing history: the first one's recipient and dates,
    /// every record, and bytes (what the history hashes) set to the payloads, one a line.
    Presentation combined() const;
};

} // namespace ler::present
