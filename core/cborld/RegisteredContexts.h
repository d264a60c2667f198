// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QString>
#include <optional>

namespace ler::cborld {

/// The context URLs CBOR-LD 4.3.4 writes as small integers (its registry as of that version). Other URLs are
/// written as text.
std::optional<quint64> registeredContextId(const QString& url);

/// The URL of a registered id; empty if the id is not registered.
QString registeredContextUrl(quint64 id);

} // namespace ler::cborld
