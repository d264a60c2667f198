// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QUrl>
#include <functional>

namespace ler::formats {

/// Downloads a web resource a credential refers to (an Open Badges 2.0 BadgeClass or Issuer, a hosted assertion).
/// Importers never fetch on their own: without a fetcher, such addresses are listed in ImportItem::notFetched.
/// A fetcher should refuse responses larger than ImportLimits::maxFileBytes.
using ResourceFetcher = std::function<Result<QByteArray>(const QUrl& url)>;

} // namespace ler::formats
