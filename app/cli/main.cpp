// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "app/cli/Cli.h"
#include "core/util/Process.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

/// The PDF résumé needs fonts, so that one command gets a (windowless) GUI application.
bool needsFonts(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "export-ler") == 0) {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (needsFonts(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("ler-wallet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LER_VERSION));
    ler::installTranslations(app, QLocale::system());
    if (auto s = ler::hardenProcess(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 70;
    }
    ler::cli::Cli cli;
    return cli.run(QCoreApplication::arguments());
}
