// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/canon/Jcs.h"

#include "core/codec/JsonText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <string_view>

namespace ler::jcs {

namespace {

/// Refuses what the parser would accept but RFC 8785 input must not hold, so the signed bytes are unambiguous.
Status checkText(const QByteArray& json)
{
    const auto problem = codec::findJsonTextProblem(json, kMaxDepth);
    if (!problem)
        return {};
    using Kind = codec::JsonTextProblem::Kind;
    switch (problem->kind) {
    case Kind::TooDeep:
        return Error(ErrorCode::LimitExceeded,
            tx("ler::canon", "JSON nesting is deeper than %1 levels").arg(kMaxDepth),
            QStringLiteral("canon/json-too-deep"));
    case Kind::Unbalanced:
        return invalidInput(tx("ler::canon", "Unbalanced bracket at offset %1").arg(problem->offset),
            QStringLiteral("canon/json-unbalanced"));
    case Kind::ControlCharacter:
        return invalidInput(
            tx("ler::canon", "Control character inside a JSON string at offset %1").arg(problem->offset),
            QStringLiteral("canon/json-control-character"));
    case Kind::BadEscape:
        return invalidInput(tx("ler::canon", "Invalid escape in a JSON string at offset %1").arg(problem->offset),
            QStringLiteral("canon/json-bad-escape"));
    case Kind::DuplicateKey:
        return invalidInput(tx("ler::canon", "Duplicate object key at offset %1").arg(problem->offset),
            QStringLiteral("canon/json-duplicate-key"));
    }
    return invalidInput(tx("ler::canon", "Malformed JSON"), QStringLiteral("canon/json-malformed"));
}

bool utf16Less(const QString& a, const QString& b)
{
    return std::lexicographical_compare(a.utf16(), a.utf16() + a.size(), b.utf16(), b.utf16() + b.size());
}

Status writeString(const QString& s, QByteArray& out)
{
    QString text;
    text.reserve(s.size() + 2);
    text += QLatin1Char('"');
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < s.size() && QChar::isLowSurrogate(s.at(i + 1).unicode())) {
            text += s.at(i);
            text += s.at(++i);
            continue;
        }
        if (QChar::isSurrogate(c))
            return invalidInput(tx("ler::canon", "JSON string holds a lone surrogate, which JCS does not allow"),
                QStringLiteral("canon/json-lone-surrogate"));
        // RFC 8785 3.2.2.2: two-character escapes where JSON has them, \u00xx for other controls.
        static constexpr std::u16string_view shortFrom = u"\"\\\b\f\n\r\t";
        static constexpr std::string_view shortTo = "\"\\bfnrt";
        if (const auto k = shortFrom.find(c); k != std::u16string_view::npos)
            text.append(QLatin1Char('\\')).append(QLatin1Char(shortTo[k]));
        else if (c < 0x20)
            text += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            text += QChar(c);
    }
    text += QLatin1Char('"');
    out += text.toUtf8();
    return {};
}

Status writeValue(const QJsonValue& v, QByteArray& out, int depth);

Status writeArray(const QJsonArray& array, QByteArray& out, int depth)
{
    out += '[';
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (i > 0)
            out += ',';
        if (Status s = writeValue(array.at(i), out, depth + 1); !s)
            return s;
    }
    out += ']';
    return {};
}

Status writeObject(const QJsonObject& object, QByteArray& out, int depth)
{
    // Members are taken by iterating, not looked up by name: Qt does not find a name holding U+0000 again.
    QList<std::pair<QString, QJsonValue>> members;
    members.reserve(object.size());
    for (auto it = object.begin(); it != object.end(); ++it)
        members.append({ it.key(), it.value() });
    std::sort(members.begin(), members.end(), [](const auto& a, const auto& b) { return utf16Less(a.first, b.first); });
    out += '{';
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (i > 0)
            out += ',';
        if (Status s = writeString(members.at(i).first, out); !s)
            return s;
        out += ':';
        if (Status s = writeValue(members.at(i).second, out, depth + 1); !s)
            return s;
    }
    out += '}';
    return {};
}

Status writeValue(const QJsonValue& v, QByteArray& out, int depth)
{
    if (depth > kMaxDepth)
        return Error(ErrorCode::LimitExceeded,
            tx("ler::canon", "JSON nesting is deeper than %1 levels").arg(kMaxDepth),
            QStringLiteral("canon/json-too-deep"));
    switch (v.type()) {
    case QJsonValue::Null:
        out += "null";
        return {};
    case QJsonValue::Bool:
        out += v.toBool() ? "true" : "false";
        return {};
    case QJsonValue::Double: {
        const QString number = formatNumber(v.toDouble());
        if (number.isEmpty())
            return invalidInput(
                tx("ler::canon", "NaN and Infinity have no JSON form"), QStringLiteral("canon/json-not-finite"));
        out += number.toLatin1();
        return {};
    }
    case QJsonValue::String:
        return writeString(v.toString(), out);
    case QJsonValue::Array:
        return writeArray(v.toArray(), out, depth);
    case QJsonValue::Object:
        return writeObject(v.toObject(), out, depth);
    case QJsonValue::Undefined:
        break;
    }
    return invalidInput(tx("ler::canon", "Undefined JSON value"), QStringLiteral("canon/json-undefined"));
}

} // namespace

QString formatNumber(double value)
{
    if (!std::isfinite(value))
        return {};
    if (value == 0)
        return QStringLiteral("0");
    // Shortest round-trip digits in scientific form, "d.ddde+XX", then laid out per ECMAScript Number::toString.
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, std::fabs(value), std::chars_format::scientific);
    const std::string sci(buf, res.ptr);
    const auto ePos = sci.find('e');
    std::string digits = sci.substr(0, ePos);
    digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
    const int k = int(digits.size());
    const int n = std::stoi(sci.substr(ePos + 1)) + 1; // value = 0.digits * 10^n

    std::string text = value < 0 ? "-" : "";
    if (k <= n && n <= 21) {
        text += digits + std::string(size_t(n - k), '0');
    } else if (0 < n && n <= 21) {
        text += digits.substr(0, size_t(n)) + '.' + digits.substr(size_t(n));
    } else if (-6 < n && n <= 0) {
        text += "0." + std::string(size_t(-n), '0') + digits;
    } else {
        text += digits.substr(0, 1);
        if (k > 1)
            text += '.' + digits.substr(1);
        text += (n - 1 < 0 ? "e-" : "e+") + std::to_string(std::abs(n - 1));
    }
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

Result<QByteArray> canonicalize(const QJsonValue& value)
{
    QByteArray out;
    if (Status s = writeValue(value, out, 0); !s)
        return s.error();
    return out;
}

Result<QByteArray> canonicalize(const QJsonDocument& document)
{
    if (document.isArray())
        return canonicalize(QJsonValue(document.array()));
    if (document.isObject())
        return canonicalize(QJsonValue(document.object()));
    return invalidInput(tx("ler::canon", "Empty JSON document"), QStringLiteral("canon/json-empty"));
}

Result<QByteArray> canonicalize(const QByteArray& json)
{
    const Status structure = checkText(json);
    if (!structure && structure.error().code == ErrorCode::LimitExceeded)
        return structure.error();
    // Wrapping in an array lets QJsonDocument accept a scalar at the top level as RFC 8785 allows.
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson('[' + json + ']', &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalidInput(tx("ler::canon", "Malformed JSON near offset %1: %2")
                                .arg(std::max(0, parseError.offset - 1))
                                .arg(parseError.errorString()),
            QStringLiteral("canon/json-malformed"));
    if (!structure)
        return structure.error();
    if (doc.array().size() != 1)
        return invalidInput(tx("ler::canon", "JSON text must hold exactly one top-level value"),
            QStringLiteral("canon/json-not-one-value"));
    return canonicalize(doc.array().at(0));
}

} // namespace ler::jcs
