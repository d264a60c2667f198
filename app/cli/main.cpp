// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "app/cli/Cli.h"
#include "core/util/Process.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
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
