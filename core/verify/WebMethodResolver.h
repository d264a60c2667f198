// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/verify/MethodResolver.h"

namespace ler::net {
class Fetcher;
}

namespace ler::verify {

/// A MethodResolver for did:web verification methods: resolves the DID part through DidWebResolver (so through
/// the Fetcher, with its cache and offline switch). Other methods are Unsupported, so it composes with firstOf();
/// an unreachable document is a Network error. The fetcher must outlive the resolver; call it off the GUI thread.
MethodResolver didWebMethodResolver(const net::Fetcher& fetcher);

} // namespace ler::verify
