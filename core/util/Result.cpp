// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/util/Result.h"

namespace ler {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid-input");
    case ErrorCode::Unsupported:
        return QStringLiteral("unsupported");
    case ErrorCode::LimitExceeded:
        return QStringLiteral("limit-exceeded");
    case ErrorCode::WrongPassphrase:
        return QStringLiteral("wrong-passphrase");
    case ErrorCode::Locked:
        return QStringLiteral("locked");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Corrupt:
        return QStringLiteral("corrupt");
    case ErrorCode::Crypto:
        return QStringLiteral("crypto");
    case ErrorCode::Database:
        return QStringLiteral("database");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::AlreadyExists:
        return QStringLiteral("already-exists");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Network:
        return QStringLiteral("network");
    case ErrorCode::VerificationFailed:
        return QStringLiteral("verification-failed");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace ler
