// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "fuzz/FuzzSupport.h"

#include <QtGlobal>
#include <cstdio>
#include <cstdlib>

namespace ler::fuzz {

void quietQt()
{
    // Fatal messages still abort after the handler returns, so Q_ASSERT failures remain crashes.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
}

void invariantBroken(const char* what, const char* file, int line)
{
    std::fprintf(stderr, "invariant broken at %s:%d: %s\n", file, line, what);
    std::abort();
}

void requireNotInternal(const Error& error, const char* file, int line)
{
    if (error.code == ErrorCode::Internal) {
        std::fprintf(stderr, "internal error at %s:%d: %s\n", file, line, qPrintable(error.message.untranslated()));
        std::abort();
    }
}

} // namespace ler::fuzz
