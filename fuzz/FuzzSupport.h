// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

/// Shared by the libFuzzer targets in fuzz/: each target is one Fuzz<Name>.cpp defining LLVMFuzzerTestOneInput.
namespace ler::fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

/// Silences Qt's messages: parsers warn on bad input, which is every other input here, and output slows fuzzing.
void quietQt();

/// Stops the run as a crash, naming the property that did not hold, so libFuzzer keeps the input.
[[noreturn]] void invariantBroken(const char* what, const char* file, int line);

/// Bad input must give an error a person can act on; ErrorCode::Internal means a bug was reached.
void requireNotInternal(const Error& error, const char* file, int line);

} // namespace ler::fuzz

#define LER_FUZZ_REQUIRE(cond)                                                                                         \
    do {                                                                                                               \
        if (!(cond))                                                                                                   \
            ::ler::fuzz::invariantBroken(#cond, __FILE__, __LINE__);                                                   \
    } while (0)

/// For a Result or Status that failed: its error must not be ErrorCode::Internal.
#define LER_FUZZ_NOT_INTERNAL(result)                                                                                  \
    do {                                                                                                               \
        if (!(result))                                                                                                 \
            ::ler::fuzz::requireNotInternal((result).error(), __FILE__, __LINE__);                                     \
    } while (0)

/// Every target calls quietQt() once before the first input.
#define LER_FUZZ_INIT()                                                                                                \
    extern "C" int LLVMFuzzerInitialize(int*, char***)                                                                 \
    {                                                                                                                  \
        ::ler::fuzz::quietQt();                                                                                        \
        return 0;                                                                                                      \
    }
