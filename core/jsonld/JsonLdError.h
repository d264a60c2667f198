// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

namespace ler::jsonld {

/// An error whose message starts with the JSON-LD error code (the spec's names, e.g. "invalid @id value").
inline Error jsonLdError(const char* code, const QString& detail = {}, ErrorCode category = ErrorCode::InvalidInput)
{
    QString message = QString::fromLatin1(code);
    if (!detail.isEmpty())
        message += QStringLiteral(": ") + detail;
    return { category, message };
}

/// The start of every safe mode error message; the event and the value follow, separated by ": ".
inline constexpr char kSafeModeError[] = "safe mode validation error";

/// An error for a safe mode event (see Options::safeMode).
inline Error safeModeError(const char* event, const QString& value)
{
    return { ErrorCode::InvalidInput,
        QStringLiteral("%1: %2: %3").arg(QLatin1String(kSafeModeError), QLatin1String(event), value) };
}

} // namespace ler::jsonld
