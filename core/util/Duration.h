// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QString>
#include <QtGlobal>

namespace ler {

/// A duration as people type it on the command line: a whole number and a unit, "30d", "12h", "45m", "90s" or
/// "2w"; "none" (when allowNone) means no limit and gives -1. Zero, negative, fractional and longer than 100 years
/// are refused.
Result<qint64> parseDurationSeconds(const QString& text, bool allowNone);

/// A duration in plain words, rounded down to its largest unit: "41 days", "3 hours", "12 minutes", "30 seconds".
Text durationInWords(qint64 seconds);

} // namespace ler
