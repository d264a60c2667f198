// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QByteArray>
#include <QJsonDocument>
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

/// The same JSON text with a byte order mark (U+FEFF) that starts a string written as the escape "\ufeff". Qt's
/// parser drops a raw one there, so "\xEF\xBB\xBFx" would read as "x": a credential signed with it would not verify,
/// and one reader's names would differ from another's. The escape means the same character to every reader.
QByteArray keepInitialByteOrderMarks(const QByteArray& json);

/// QJsonDocument::fromJson after keepInitialByteOrderMarks: how JSON from outside is parsed.
QJsonDocument parseJsonDocument(const QByteArray& json, QJsonParseError* error = nullptr);

} // namespace ler::codec
