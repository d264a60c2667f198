// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/util/Log.h"

Q_LOGGING_CATEGORY(lcCrypto, "ler.crypto", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "ler.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "ler.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFormats, "ler.formats", QtInfoMsg)
Q_LOGGING_CATEGORY(lcVerify, "ler.verify", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "ler.net", QtInfoMsg)
