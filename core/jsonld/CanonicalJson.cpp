// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/jsonld/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <algorithm>
#include <charconv>
#include <cmath>

namespace ler::jsonld::canonicalJson {

namespace {

void appendString(QString& out, const QString& s)
{
    out += QLatin1Char('"');
    for (const QChar c : s) {
        const ushort u = c.unicode();
        switch (u) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (u < 0x20)
                out += QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}

void append(QString& out, const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += QLatin1String("null");
        break;
    case QJsonValue::Bool:
        out += v.toBool() ? QLatin1String("true") : QLatin1String("false");
        break;
    case QJsonValue::Double:
        out += formatNumber(v.toDouble());
        break;
    case QJsonValue::String:
        appendString(out, v.toString());
        break;
    case QJsonValue::Array: {
        out += QLatin1Char('[');
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i > 0)
                out += QLatin1Char(',');
            append(out, a.at(i));
        }
        out += QLatin1Char(']');
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        QStringList keys = o.keys();
        std::sort(keys.begin(), keys.end()); // QString compares UTF-16 code units, as JCS requires
        out += QLatin1Char('{');
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i > 0)
                out += QLatin1Char(',');
            appendString(out, keys.at(i));
            out += QLatin1Char(':');
            append(out, o.value(keys.at(i)));
        }
        out += QLatin1Char('}');
        break;
    }
    }
}

} // namespace

QString formatNumber(double value)
{
    if (value == 0 || !std::isfinite(value))
        return QStringLiteral("0");
    QString sign;
    if (value < 0) {
        sign = QStringLiteral("-");
        value = -value;
    }
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    const QString sci = QString::fromLatin1(buf, res.ptr - buf); // d.ddde+XX
    const qsizetype e = sci.indexOf(u'e');
    QString digits = sci.left(e);
    digits.remove(u'.');
    const int exponent = sci.mid(e + 1).toInt();
    const int k = int(digits.size());
    const int n = exponent + 1; // position of the decimal point relative to the digits
    QString r;
    if (k <= n && n <= 21) {
        r = digits + QString(n - k, u'0');
    } else if (0 < n && n <= 21) {
        r = digits.left(n) + QLatin1Char('.') + digits.mid(n);
    } else if (-6 < n && n <= 0) {
        r = QLatin1String("0.") + QString(-n, u'0') + digits;
    } else {
        const int exp = n - 1;
        const QString expText = (exp < 0 ? QStringLiteral("-") : QStringLiteral("+")) + QString::number(std::abs(exp));
        r = digits.left(1) + (k > 1 ? QLatin1Char('.') + digits.mid(1) : QString()) + QLatin1Char('e') + expText;
    }
    return sign + r;
}

QString serialize(const QJsonValue& value)
{
    QString out;
    append(out, value);
    return out;
}

} // namespace ler::jsonld::canonicalJson
