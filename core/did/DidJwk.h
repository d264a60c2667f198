// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringView>

namespace ler::did {

/// The public JWK encoded in a did:jwk (base64url of the JWK's UTF-8 JSON). Private members are refused.
Result<QJsonObject> jwkFromDidJwk(QStringView did);

/// "did:jwk:" + base64url(compact JSON of jwk).
QString didJwkFromJwk(const QJsonObject& jwk);

/// The DID document of a did:jwk (did:jwk spec): one JsonWebKey2020 method "#0"; relationships follow the JWK's
/// "use" member ("sig": no keyAgreement; "enc": keyAgreement only; absent: all).
Result<QJsonObject> resolveDidJwk(QStringView did);

} // namespace ler::did
