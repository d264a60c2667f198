// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

class QXmlStreamReader;

namespace ler::formats {

/// Safety rules for untrusted XML read with QXmlStreamReader: no DTD (so no entity bombs and no external
/// entities), no entity references, bounded nesting.
class XmlSafety
{
public:
    /// Checks the reader's current token. allowSvgDoctype accepts only the bare public SVG 1.0/1.1 DOCTYPE
    /// (no internal subset, no declarations), which many SVG editors write; it is never fetched.
    static Status check(const QXmlStreamReader& xml, qsizetype depth, bool allowSvgDoctype);
    /// A plain error for a reader that stopped with an error.
    static Error readError(const QXmlStreamReader& xml);
};

} // namespace ler::formats
