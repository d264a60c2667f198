// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QByteArray>
#include <optional>

/// Checks raw JSON text for what QJsonDocument accepts but RFC 8259 and I-JSON (RFC 7493) do not, before it is
/// parsed: Qt takes "\0" as "0", lets raw control characters into strings and keeps one of two values with the same
/// name, so two readers of the same bytes could see different credentials.
namespace ler::codec {

struct JsonTextProblem
{
    enum class Kind
    {
        TooDeep, ///< More nested arrays/objects than allowed (checked without recursion).
        Unbalanced, ///< A closing bracket with nothing open.
        ControlCharacter, ///< A raw byte below 0x20 inside a string.
        BadEscape, ///< A backslash escape RFC 8259 does not define, or \u without four hex digits.
        DuplicateKey, ///< The same member name twice in one object (compared after unescaping).
    };
    Kind kind;
    qsizetype offset; ///< Byte offset in the text where the problem starts.
};

/// The first problem found, or none. Malformed text of other kinds (a missing comma...) is left to the parser.
std::optional<JsonTextProblem> findJsonTextProblem(const QByteArray& json, int maxDepth);

} // namespace ler::codec
