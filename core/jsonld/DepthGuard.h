// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

namespace ler::jsonld {

/// Counts recursion depth for the limits in Options; the counter goes back down on every return path.
struct DepthGuard
{
    int& depth;
    explicit DepthGuard(int& d)
        : depth(d)
    {
        ++depth;
    }
    ~DepthGuard() { --depth; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;
};

} // namespace ler::jsonld
