// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// Reads the badge out of one PNG file under a hard memory limit, for TestPngMemory. Usage: PngMemoryChild FILE MB.
// Prints "ok <format> <bytes>" or "error <code> <reason, or -> <message>". Running out of memory aborts the process,
// which the test sees as a crash.
#include "core/formats/BakedPngImporter.h"

#include <QFile>
#include <cstdio>
#include <sys/resource.h>

#if defined(__SANITIZE_ADDRESS__)
#define LER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LER_ASAN 1
#endif
#endif

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fputs("usage: PngMemoryChild FILE MB\n", stderr);
        return 2;
    }
#ifndef LER_ASAN
    // ASan reserves terabytes of address space for its shadow memory, so there the test limits resident memory
    // through ASAN_OPTIONS=hard_rss_limit_mb instead.
    const rlim_t limit = rlim_t(std::atol(argv[2])) * 1024 * 1024;
    const rlimit cap { limit, limit };
    if (setrlimit(RLIMIT_AS, &cap) != 0) {
        std::perror("setrlimit");
        return 2;
    }
#endif
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fputs("cannot open the file\n", stderr);
        return 2;
    }
    const QByteArray bytes = file.readAll();
    const auto baked = ler::formats::BakedPngImporter::extract(bytes);
    if (baked) {
        std::printf("ok %s %lld\n", qPrintable(baked->second), static_cast<long long>(baked->first.size()));
    } else {
        const QString reason = baked.error().reason;
        std::printf("error %s %s %s\n",
            qPrintable(ler::errorCodeName(baked.error().code)),
            reason.isEmpty() ? "-" : qPrintable(reason),
            baked.error().message.untranslated().toUtf8().constData());
    }
    return 0;
}
