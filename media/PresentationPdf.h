// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/present/PresentationService.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QPageSize>

class QPagedPaintDevice;

/// The printable PDF of a presentation (QPdfWriter): what was shared in words, with the verification state of each
/// record and its warnings, the QR codes that carry it, and how an employer checks it. Text is real text, codes are
/// vector squares. Drawing text needs a QGuiApplication.
namespace ler::media {

/// The paper a PDF uses by default: US Letter where the locale measures in inches, else A4.
QPageSize::PageSizeId defaultPaper();

/// Paints the presentation document (as the PDF has it) on a paged device: a QPrinter set to full page, for printing
/// the codes of the app's QR view.
Status paintPresentation(QPagedPaintDevice& device, const present::Preview& preview, const present::QrCodes& codes);

/// The PDF of a presentation whose codes were made from preview's plan.
Result<QByteArray> presentationPdf(
    const present::Preview& preview, const present::QrCodes& codes, QPageSize::PageSizeId paper = defaultPaper());

} // namespace ler::media
