// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/export/Resume.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ler::media {

/// What the PDF résumé made of each record.
struct ResumePdfReport
{
    QByteArray pdf;
    int pages = 0;
    QStringList withQr; ///< records printed with a verification QR code
    QStringList withoutQr; ///< records that carry no JSON-LD credential, or one too large for a code
};

/// A printable résumé (A4, a real text layer) of the chosen records: the person, then work, education, badges and
/// certifications, licenses and skills. Each record says who issued it and its verification state; each JSON-LD
/// credential small enough gets a QR code holding the credential itself as VPQR (what VerifierPlus and the Learner
/// Credential Wallet scan), so an employer can check it from paper. Needs a QGuiApplication (fonts).
Result<ResumePdfReport> makeResumePdf(const exports::ResumeInput& input);

/// makeResumePdf() written to `path` atomically.
Result<ResumePdfReport> writeResumePdf(const exports::ResumeInput& input, const QString& path);

} // namespace ler::media
