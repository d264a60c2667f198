// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QLoggingCategory>

// One category per module, so a field report can switch one on with QT_LOGGING_RULES.
// Messages name sizes, counts and reasons; never a secret, a passphrase or credential content.
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSession)
Q_DECLARE_LOGGING_CATEGORY(lcFormats)
Q_DECLARE_LOGGING_CATEGORY(lcVerify)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
