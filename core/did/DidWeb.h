// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QStringView>
#include <QUrl>

namespace ler::did {

/// The https URL of a did:web's DID document (did:web spec, "Read"): "did:web:example.com" ->
/// https://example.com/.well-known/did.json; "did:web:example.com%3A8443:user:alice" ->
/// https://example.com:8443/user/alice/did.json. Refuses anything that is not a plain host name with an optional
/// port and non-empty path segments, so a DID cannot point the fetcher at another scheme, user info or query.
Result<QUrl> didWebToUrl(QStringView did);

} // namespace ler::did
