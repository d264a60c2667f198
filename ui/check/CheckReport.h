// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/present/PresentationCheck.h"

#include <QString>

/// The employer's report of a checked presentation, in words: who presented it, what is verified, what is only
/// self-asserted, what was not verified and what was not checked, and why.
namespace ler::ui::checkreport {

/// What the employer gave to check against.
struct Expected
{
    QString challenge;
    QString domain;
};

/// One checked input (a file, or a set of QR images) as HTML. source names it ("offer.pdf", "3 QR images").
QString html(const present::CheckedPresentation& checked, const Expected& expected, const QString& source);

/// An input that could not be read at all, as HTML.
QString errorHtml(const QString& source, const QString& message);

} // namespace ler::ui::checkreport
