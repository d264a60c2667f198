// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace ler::formats {

/// The rough shape of an input, found once and shared by every importer's sniff().
enum class InputShape
{
    Unknown,
    Json,
    Token,
    Png,
    Xml,
    Text
};

/// A quick look at an input: its shape and, for JSON and tokens, the decoded top-level object.
struct InputProbe
{
    QByteArray bytes; ///< The input itself (shared, not copied).
    InputShape shape = InputShape::Unknown;
    QJsonObject json; ///< The JSON object, or a token's payload.
    QJsonObject header; ///< A token's header.
    bool sdJwt = false; ///< A token in the SD-JWT '~' form.
    QStringList credentialTypes; ///< "type" of the credential (for a VC-JWT, of its `vc` claim).
    QString xmlRoot; ///< Local name of the XML root element.
    QString xmlNamespace; ///< Namespace of the XML root element.
    std::optional<Error> error; ///< Set when the input looks like JSON or a token but does not decode.

    /// Probes bytes: parses JSON or a token's parts at most once, for every importer's sniff() to share.
    static InputProbe of(const QByteArray& bytes);
    /// True for a PNG file signature.
    static bool isPng(const QByteArray& bytes);
    /// True when the first non-space character (after any byte-order mark) is '<'.
    static bool looksLikeXml(const QByteArray& bytes);
};

} // namespace ler::formats
