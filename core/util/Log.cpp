// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/util/Log.h"

Q_LOGGING_CATEGORY(lcCrypto, "ler.crypto", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "ler.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSession, "ler.session", QtWarningMsg)
Q_LOGGING_CATEGORY(lcFormats, "ler.formats", QtWarningMsg)
Q_LOGGING_CATEGORY(lcVerify, "ler.verify", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNet, "ler.net", QtWarningMsg)
