// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/model/ImportItem.h"

namespace ler::formats {

// The data lives in model so the store needs no formats types; importers keep their names.
using ImportItem = model::ImportItem;
using ImportBatch = model::ImportBatch;

} // namespace ler::formats
