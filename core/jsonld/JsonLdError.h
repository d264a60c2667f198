// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/jsonld/JsonLd.h"
#include "core/util/Result.h"

namespace ler::jsonld {

/// An error for a JSON-LD error code (the spec's names, e.g. "invalid @id value"): the message names the code, then
/// the detail; the reason is "jsonld/" and the code, so callers tell errors apart without reading the words.
inline Error jsonLdError(const char* code, const Text& detail = {}, ErrorCode category = ErrorCode::InvalidInput)
{
    // The code is the spec's name, kept in English in every language, as the standard's documents use it.
    const QString name = QString::fromLatin1(code);
    Text message = detail.isEmpty() ? Text::verbatim(name) : tx("ler::jsonld", "%1: %2").arg(name, detail);
    return { category, std::move(message), QLatin1String(kErrorReasonPrefix) + name };
}

/// An error for a safe mode event (see Options::safeMode); safeModeViolation reads the event and the value back.
inline Error safeModeError(const char* event, const QString& value)
{
    return { ErrorCode::InvalidInput,
        tx("ler::jsonld", "safe mode validation error: %1: %2").arg(QLatin1String(event), value),
        QLatin1String(kSafeModeReason) };
}

} // namespace ler::jsonld
