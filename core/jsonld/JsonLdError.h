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

} // namespace ler::jsonld
