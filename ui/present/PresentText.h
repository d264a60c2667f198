// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/present/Presentation.h"

#include <QString>

/// The words the sharing wizard uses for what core describes: warnings, how a record is shared, the preview.
namespace ler::ui::presenttext {

/// A record's warning, said to the person who shares it.
QString warning(present::RecordWarning warning);

/// How a record goes into the presentation, and why (shared whole because the issuer signed all of it...).
QString sharing(const present::PreviewRecord& record);

/// The dates a record states, in words ("issued 1 March 2024 · valid until 1 March 2026"), or empty.
QString dates(const present::PreviewRecord& record);

/// What the wallet found when it last checked the record.
QString verification(const present::PreviewRecord& record);

/// The whole preview as HTML: for whom, the challenge and expiry, each record with what is shown, hidden and
/// warned about. outputText says what will be made ("a PDF with QR codes").
QString previewHtml(const present::Preview& preview, const QString& outputText);

/// text with HTML special characters escaped.
QString escaped(const QString& text);

} // namespace ler::ui::presenttext
