// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/present/PresentationService.h"
#include "core/util/Result.h"
#include "media/QrCard.h"
#include "media/QrImage.h"

#include <QString>
#include <QStringList>

/// The QR codes of a presentation as people see them: drawn, captioned ("2 of 5") and saved one file per code.
/// Shared by ler-wallet-cli present, the PDF and the app's QR view.
namespace ler::media {

/// How codes are saved in a folder.
enum class CodeFileFormat
{
    Png, ///< part-01.png...: the code with its caption below
    Svg, ///< part-01.svg...: the same, as vector graphics
    Text, ///< part-01.txt...: the payload itself, for another QR program
};

/// The symbol of one code, drawn under the code's policy.
Result<QrSymbol> symbolFor(const present::QrCodeSpec& code);

/// The caption of codes.codes[index]: "2 of 5", the titles of the records it carries, and a note on who reads it.
QrCaption captionFor(const present::Preview& preview, const present::QrCodes& codes, int index);

/// "part-01.png": the file name of the code at index (0-based).
QString codeFileName(int index, CodeFileFormat format);

/// Whether folder can take the codes of a presentation: it is a folder (or can be made) and holds no part-* file.
Status checkCodeFolder(const QString& folder);

/// Writes every code into folder (made when missing) as part-01..., in order. Refuses a folder that already holds
/// part-* files, so codes of two presentations are never mixed. On failure nothing written is left behind, nor a
/// folder it made.
/// Returns the paths written.
Result<QStringList> saveCodes(
    const present::Preview& preview, const present::QrCodes& codes, const QString& folder, CodeFileFormat format);

/// Removes what saveCodes wrote, and folder (when given) if that leaves it empty: undoing a share.
void removeCodes(const QStringList& paths, const QString& folder = {});

} // namespace ler::media
