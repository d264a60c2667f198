// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

/// Reading the QR codes of PDF files (pages rendered with QtPdf, codes read with ZXing), so a presentation PDF the
/// wallet printed can be checked from the file itself, and of images, whichever a file is.
namespace ler::media {

/// PDFs with more pages than this are refused before any page is drawn.
inline constexpr int kMaxPdfPages = 50;

/// True if bytes start like a PDF ("%PDF-").
bool looksLikePdf(QByteArrayView bytes);
/// True if bytes start like an image Qt reads (PNG, JPEG, GIF, BMP, WebP).
bool looksLikeImage(QByteArrayView bytes);

/// True if a file is to be read for its QR codes: a PDF, or an image that is not a baked badge (a badge image is a
/// credential itself, which the import formats read).
bool isQrSource(const QByteArray& bytes, const QString& name);

/// Renders every page of a PDF held in memory and reads its QR codes, page after page. Refuses what is not a PDF, a
/// PDF that needs a password or has more than kMaxPdfPages pages, and a PDF without a readable code, with a plain
/// message (callers put the file's name before it).
Result<QStringList> readQrCodesFromPdf(const QByteArray& pdf);

/// The QR codes of a PDF or an image held in memory.
Result<QStringList> readQrCodesFromData(const QByteArray& bytes);

/// The QR codes of a file that is a PDF or an image (at most 64 MiB).
Result<QStringList> readQrCodesFromAnyFile(const QString& path);

} // namespace ler::media
