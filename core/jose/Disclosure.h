// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>
#include <QStringView>
#include <optional>

namespace ler::jose {

/// Hash functions for SD-JWT digests ("_sd_alg", RFC 9901 section 4.1.1; names from the IANA Named Information
/// Hash Algorithm registry).
enum class SdHashAlgorithm
{
    Sha256,
    Sha384,
    Sha512,
};

/// "sha-256" etc. Anything else is Unsupported.
Result<SdHashAlgorithm> sdHashAlgorithmFromName(QStringView name);

/// The registry name ("sha-256").
QString sdHashAlgorithmName(SdHashAlgorithm alg);

/// base64url(hash(ASCII(text))): the digest of a disclosure, or the sd_hash of a presentation.
QByteArray sdDigest(SdHashAlgorithm alg, QByteArrayView text);

/// One SD-JWT disclosure (RFC 9901 section 4.2): [salt, name, value] for an object property or [salt, value] for an
/// array element. Digests are always taken over encoded, exactly as received.
struct Disclosure
{
    QByteArray encoded;
    QString salt;
    std::optional<QString> name; ///< absent for array elements
    QJsonValue value;

    bool isArrayElement() const { return !name.has_value(); }
};

/// Decodes and checks a disclosure: strict base64url, a JSON array of 2 or 3 elements, string salt and name.
Result<Disclosure> parseDisclosure(QByteArrayView encoded);

/// Encodes a new disclosure (compact JSON). The salt must come from a CSPRNG (at least 128 bits).
QByteArray makeDisclosure(const QString& salt, const std::optional<QString>& name, const QJsonValue& value);

} // namespace ler::jose
