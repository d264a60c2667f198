// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/InputGuard.h"

#include "core/codec/Base64Url.h"
#include "core/codec/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace ler::formats {

namespace {

qsizetype skipBomAndSpace(const QByteArray& bytes)
{
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n'))
        ++i;
    return i;
}

} // namespace

Status InputGuard::checkSize(qint64 size)
{
    if (size <= 0)
        return invalidInput(tx("ler::formats", "The file is empty."), QStringLiteral("formats/empty-file"));
    if (size > ImportLimits::maxFileBytes) {
        return Error(ErrorCode::LimitExceeded,
            tx("ler::formats",
                "The file is too large to import (%1 MB); the limit "
                "is %2 MB.")
                .arg((size + 1024 * 1024 - 1) / (1024 * 1024))
                .arg(ImportLimits::maxFileBytes / (1024 * 1024)),
            QStringLiteral("formats/file-too-large"));
    }
    return {};
}

Status InputGuard::checkJsonText(const QByteArray& json, int maxDepth)
{
    const auto problem = codec::findJsonTextProblem(json, maxDepth);
    if (!problem)
        return {};
    using Kind = codec::JsonTextProblem::Kind;
    switch (problem->kind) {
    case Kind::TooDeep:
        return Error(ErrorCode::LimitExceeded,
            tx("ler::formats",
                "The JSON data is nested too deeply (more "
                "than %1 levels) to be a credential.")
                .arg(maxDepth),
            QStringLiteral("formats/json-too-deep"));
    case Kind::DuplicateKey:
        return invalidInput(
            tx("ler::formats",
                "The JSON data gives the same name twice in one object (near character %1), so it could be read two "
                "ways. It is not accepted.")
                .arg(problem->offset),
            QStringLiteral("formats/json-duplicate-name"));
    case Kind::ControlCharacter:
    case Kind::BadEscape:
    case Kind::Unbalanced:
        break;
    }
    return invalidInput(tx("ler::formats",
                            "The data is not valid JSON (error near "
                            "character %1).")
                            .arg(problem->offset),
        QStringLiteral("formats/not-json"));
}

Result<QJsonValue> InputGuard::parseJsonValue(const QByteArray& input)
{
    // The check and the parser read the same text, in which a string's leading byte order mark is kept.
    const QByteArray json = codec::keepInitialByteOrderMarks(input);
    // Too deep is refused before the recursive parser runs; the other problems after it, so a cut-off file is
    // still reported as cut off.
    const Status text = checkJsonText(json);
    if (!text && text.error().code == ErrorCode::LimitExceeded)
        return text.error();
    QJsonParseError err;
    // Wrapping lets a bare string or number parse too.
    const bool container = looksLikeJson(json);
    const QJsonDocument doc = QJsonDocument::fromJson(container ? json : "[" + json + "]", &err);
    if (err.error != QJsonParseError::NoError || (!container && doc.array().size() != 1)) {
        // Qt reports where it gave up; at the very end means the text stopped in the middle of a value.
        const bool truncated = err.offset >= json.trimmed().size();
        if (json.trimmed().isEmpty())
            return invalidInput(tx("ler::formats", "The JSON data is empty."), QStringLiteral("formats/json-empty"));
        if (truncated) {
            return invalidInput(tx("ler::formats",
                                    "The JSON data ends too early; the file "
                                    "may be cut off."),
                QStringLiteral("formats/json-cut-off"));
        }
        return invalidInput(tx("ler::formats",
                                "The data is not valid JSON (error near "
                                "character %1).")
                                .arg(err.offset),
            QStringLiteral("formats/not-json"));
    }
    if (!text)
        return text.error();
    if (container)
        return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    return doc.array().first();
}

Result<QJsonObject> InputGuard::parseJsonObject(const QByteArray& json)
{
    Result<QJsonValue> value = parseJsonValue(json);
    if (!value)
        return value.error();
    if (!value->isObject()) {
        return invalidInput(tx("ler::formats",
                                "The JSON data must be an object "
                                "({...}) but is not."),
            QStringLiteral("formats/json-not-object"));
    }
    return value->toObject();
}

bool InputGuard::looksLikeJson(const QByteArray& bytes)
{
    const qsizetype i = skipBomAndSpace(bytes);
    return i < bytes.size() && (bytes[i] == '{' || bytes[i] == '[');
}

Result<QByteArray> InputGuard::decodeBase64Url(const QByteArray& text)
{
    if (text.size() > codec::kMaxBase64UrlLength) {
        return Error(ErrorCode::LimitExceeded,
            tx("ler::formats", "A part of the token is too long to decode."),
            QStringLiteral("formats/token-part-too-long"));
    }
    for (const char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_' || c == '=';
        if (!ok) {
            return invalidInput(tx("ler::formats",
                                    "A part of the token is not valid "
                                    "base64url text."),
                QStringLiteral("formats/token-not-base64url"));
        }
    }
    // The strict decoder is quick and gives the same bytes wherever it accepts the text; Qt's takes what it leaves
    // (padding, non-zero unused bits), as tokens from other software may have them.
    if (Result<QByteArray> strict = codec::base64UrlDecode(text))
        return strict;
    auto decoded
        = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return invalidInput(tx("ler::formats",
                                "A part of the token is not valid "
                                "base64url text."),
            QStringLiteral("formats/token-not-base64url"));
    }
    return decoded.decoded;
}

} // namespace ler::formats
