// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/formats/ImportItem.h"
#include "core/model/SelfAssertedEntry.h"

namespace ler::formats {

// The data lives in model so the store needs no formats types; importers keep their names.
using SelfAssertedEntry = model::SelfAssertedEntry;

} // namespace ler::formats
