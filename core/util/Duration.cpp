// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/util/Duration.h"

#include <QRegularExpression>
#include <algorithm>

namespace ler {

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kMaxSeconds = 100 * 366 * kDay;

} // namespace

Result<qint64> parseDurationSeconds(const QString& text, bool allowNone)
{
    const QString t = text.trimmed().toLower();
    if (allowNone && t == QLatin1String("none"))
        return qint64(-1);
    static const QRegularExpression form(QStringLiteral("^([0-9]{1,6})([smhdw])$"));
    const QRegularExpressionMatch m = form.match(t);
    const qint64 count = m.hasMatch() ? m.captured(1).toLongLong() : 0;
    if (count <= 0) {
        return invalidInput(allowNone
                ? tx("ler::util",
                    "\"%1\" is not a duration: write a number and a unit, such as 30d, 12h or 45m, or none.")
                      .arg(text)
                : tx("ler::util", "\"%1\" is not a duration: write a number and a unit, such as 7d, 12h or 45m.")
                      .arg(text),
            QStringLiteral("util/duration-invalid"));
    }
    qint64 unit = 1;
    switch (m.captured(2).at(0).toLatin1()) {
    case 'm':
        unit = kMinute;
        break;
    case 'h':
        unit = kHour;
        break;
    case 'd':
        unit = kDay;
        break;
    case 'w':
        unit = 7 * kDay;
        break;
    default:
        break;
    }
    if (count * unit > kMaxSeconds)
        return invalidInput(
            tx("ler::util", "\"%1\" is longer than 100 years.").arg(text), QStringLiteral("util/duration-too-long"));
    return count * unit;
}

Text durationInWords(qint64 seconds)
{
    if (seconds >= 2 * kDay)
        return tx("ler::util", "%n day(s)", nullptr, int(seconds / kDay));
    if (seconds >= 2 * kHour)
        return tx("ler::util", "%n hour(s)", nullptr, int(seconds / kHour));
    if (seconds >= 2 * kMinute)
        return tx("ler::util", "%n minute(s)", nullptr, int(seconds / kMinute));
    return tx("ler::util", "%n second(s)", nullptr, std::max(0, int(seconds)));
}

} // namespace ler
