// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Text.h"

#include <QString>
#include <utility>
#include <variant>

namespace ler {

/// What went wrong, as a category the caller can act on.
enum class ErrorCode
{
    InvalidInput, ///< The input is malformed or of the wrong shape.
    Unsupported, ///< Well-formed, but a format, algorithm or version we do not handle.
    LimitExceeded, ///< Too large, too deep or too much work; refused before harm is done.
    WrongPassphrase, ///< No keyslot opens with the given passphrase or recovery code.
    Locked, ///< The wallet must be unlocked first.
    Io, ///< Reading or writing a file failed.
    Corrupt, ///< Stored data fails its integrity check.
    Crypto, ///< A cryptographic primitive failed (not a wrong key).
    Database, ///< SQLCipher reported an error.
    NotFound, ///< The thing asked for does not exist.
    AlreadyExists, ///< Creating something that is already there.
    Cancelled, ///< The user or caller stopped the operation.
    Network, ///< A fetch failed, timed out or was not allowed.
    VerificationFailed, ///< A signature, digest or other check did not hold.
    Internal, ///< A bug: an invariant did not hold.
};

/// An error: its category, a sentence for people (rendered in their language by ui/text, when shown) and, where
/// tools and tests need to tell one refusal from another, a stable reason ("qr/none-found"). The sentence names no
/// secret and no credential content.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    Text message;
    QString reason; ///< Stable id, never translated; may be empty.

    Error() = default;
    Error(ErrorCode c, Text m, QString why = {})
        : code(c)
        , message(std::move(m))
        , reason(std::move(why))
    { }
};

/// A value or an Error. Callers must look: every function returning it is [[nodiscard]] by type.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_v(std::move(value))
    { }
    Result(Error error)
        : m_v(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_v); }
    T& value() & { return std::get<T>(m_v); }
    T&& value() && { return std::get<T>(std::move(m_v)); }
    const T* operator->() const { return &std::get<T>(m_v); }
    T* operator->() { return &std::get<T>(m_v); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }

    const Error& error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

/// Result for operations that return nothing on success.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

/// Short names for the most common error codes.
inline Error invalidInput(Text message, QString reason = {})
{
    return { ErrorCode::InvalidInput, std::move(message), std::move(reason) };
}

/// The English name of an error code, for logs and JSON output.
QString errorCodeName(ErrorCode code);

} // namespace ler
