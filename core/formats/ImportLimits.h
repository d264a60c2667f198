// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QtGlobal>

namespace ler::formats {

/// Hard limits checked before and while parsing, so hostile files are refused before they cost much.
struct ImportLimits
{
    static constexpr qint64 maxFileBytes = 20 * 1024 * 1024; ///< Per file.
    /// The badge text of a baked PNG, all its openbadges/openbadgecredential chunks together, after inflating.
    static constexpr qint64 maxBakedTextBytes = 8 * 1024 * 1024;
    static constexpr int maxJsonDepth = 100; ///< Nested arrays and objects.
    static constexpr int maxXmlDepth = 256; ///< Nested XML elements.
    static constexpr int maxItems = 1000; ///< Nested credentials, CSV rows, disclosures, PNG text chunks, courses.
    static constexpr int maxFolderFiles = 100000; ///< Files one folder import takes (credentialFilesIn).
};

} // namespace ler::formats
