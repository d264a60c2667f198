// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/formats/ImportLimits.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace ler::formats {

/// Checks on untrusted input shared by all importers.
class InputGuard
{
public:
    /// Refuses empty input and input over ImportLimits::maxFileBytes.
    static Status checkSize(qint64 size);
    /// Before any parser runs: refuses JSON nested deeper than maxDepth, and what QJsonDocument would quietly
    /// accept (raw control characters or undefined escapes in strings, a name twice in one object).
    static Status checkJsonText(const QByteArray& json, int maxDepth = ImportLimits::maxJsonDepth);
    /// Text check, then parse; the top level must be an object.
    static Result<QJsonObject> parseJsonObject(const QByteArray& json);
    /// Text check, then parse any JSON value (object, array, string...).
    static Result<QJsonValue> parseJsonValue(const QByteArray& json);
    /// True when the first non-space byte (after a UTF-8 BOM) opens a JSON object or array.
    static bool looksLikeJson(const QByteArray& bytes);
    /// Decodes base64url (padding optional); fails on any other character.
    static Result<QByteArray> decodeBase64Url(const QByteArray& text);
};

} // namespace ler::formats
