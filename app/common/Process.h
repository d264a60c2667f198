// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QLocale>

class QCoreApplication;

namespace ler {

/// Before any secret exists: no core dumps, no ptrace attach by other users' tools, crypto self-test.
/// The app refuses to start when this fails.
Status hardenProcess();

/// Loads LER Wallet's and Qt's own translations for `locale` (English is built in).
void installTranslations(QCoreApplication& app, const QLocale& locale);

} // namespace ler
