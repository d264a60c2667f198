// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "app/cli/Cli.h"
#include "app/common/Process.h"
#include "ui/text/Render.h"

#include <QGuiApplication>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

/// Only present and export-ler draw text (PDFs, the captions beside QR codes), which needs a QGuiApplication; every
/// other command runs on a QCoreApplication. Those words elsewhere on the line only cost a slower start.
bool drawsText(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "present") == 0 || std::strcmp(argv[i], "export-ler") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (drawsText(argc, argv)) {
        // A command-line program never opens a window, so it never talks to a display server either.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("ler-wallet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LER_VERSION));
    ler::installTranslations(*app, QLocale::system());
    if (auto s = ler::hardenProcess(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(ler::text::render(s.error())));
        return 70;
    }
    ler::cli::Cli cli;
    return cli.run(QCoreApplication::arguments());
}
