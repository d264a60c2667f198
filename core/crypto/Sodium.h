// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

namespace ler::crypto {

/// Initialises libsodium once (thread-safe, idempotent). False means the library is unusable.
bool ensureSodium();

/// Initialises libsodium and runs known-answer tests (SHA-256, Ed25519 from RFC 8032,
/// XChaCha20-Poly1305 from draft-irtf-cfrg-xchacha). The app refuses to start when this fails.
Status selfTest();

} // namespace ler::crypto
