// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "app/common/Process.h"

#include "core/crypto/Sodium.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace ler {

Status hardenProcess()
{
    const rlimit none { 0, 0 };
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    umask(077); // wallet files, exports and backups are the user's alone
    return crypto::selfTest();
}

void installTranslations(QCoreApplication& app, const QLocale& locale)
{
    auto* own = new QTranslator(&app);
    // A language we have no translation for, or the C locale of a bare session, gets the English one: it holds
    // the plural forms ("1 record", "3 records") that the source text only writes as "record(s)".
    if (own->load(locale, QStringLiteral("ler-wallet"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(
            QLocale(QLocale::English), QStringLiteral("ler-wallet"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale,
            QStringLiteral("qtbase"),
            QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
}

} // namespace ler
