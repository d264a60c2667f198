// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QJsonValue>
#include <QString>

/// The canonical JSON form (RFC 8785, JCS) used for rdf:JSON literals: sorted keys, no white space, ECMAScript
/// number formatting. Kept inside jsonld so that JSON literals do not depend on the signature-suite code.
namespace ler::jsonld::canonicalJson {

/// Serializes value in JCS canonical form.
QString serialize(const QJsonValue& value);

/// Formats a number the way ECMAScript's Number.prototype.toString does (shortest round trip).
QString formatNumber(double value);

} // namespace ler::jsonld::canonicalJson
