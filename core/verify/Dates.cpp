// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/Dates.h"

#include "core/util/Clock.h"
#include "core/verify/Report.h"

#include <QLocale>
#include <QRegularExpression>

namespace ler::verify {

namespace {

/// Reads one member; sets malformed when it is present but unreadable.
QDateTime member(const QJsonObject& o, const char* key, bool& malformed)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return {};
    const QDateTime t = parseCredentialDate(v);
    if (!t.isValid())
        malformed = true;
    return t;
}

QDateTime later(const QDateTime& a, const QDateTime& b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return a > b ? a : b;
}

QDateTime earlier(const QDateTime& a, const QDateTime& b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return a < b ? a : b;
}

} // namespace

QDateTime parseCredentialDate(const QJsonValue& value)
{
    if (value.isDouble())
        return clock::fromEpochSeconds(value.toDouble());
    if (!value.isString())
        return {};
    const QString text = value.toString().trimmed();
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid() && text.size() == 10)
        t = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), Qt::UTC);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.isValid() ? t.toUTC() : QDateTime();
}

ValidityPeriod periodOfCredential(const QJsonObject& credential)
{
    ValidityPeriod p;
    p.notBefore = later(member(credential, "validFrom", p.malformed), member(credential, "issuanceDate", p.malformed));
    p.notAfter
        = earlier(member(credential, "validUntil", p.malformed), member(credential, "expirationDate", p.malformed));
    return p;
}

ValidityPeriod periodOfJwt(const QJsonObject& claims)
{
    ValidityPeriod p;
    p.notBefore = member(claims, "nbf", p.malformed);
    p.notAfter = member(claims, "exp", p.malformed);
    p.issuedAt = member(claims, "iat", p.malformed);
    return p;
}

ValidityPeriod narrowed(const ValidityPeriod& a, const ValidityPeriod& b)
{
    ValidityPeriod p;
    p.notBefore = later(a.notBefore, b.notBefore);
    p.notAfter = earlier(a.notAfter, b.notAfter);
    p.issuedAt = later(a.issuedAt, b.issuedAt);
    p.malformed = a.malformed || b.malformed;
    return p;
}

QString longDate(const QDateTime& when)
{
    // The locale's long format without the weekday: "3 March 2025", "3 de marzo de 2025".
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*"));
    format.remove(weekday);
    return locale.toString(when.toUTC().date(), format.trimmed());
}

Check checkValidity(const ValidityPeriod& period, const QDateTime& now, int clockSkewSeconds)
{
    const QString id = reportid::kDates;
    if (period.malformed) {
        Check c = Check::failed(id, tx("ler::verify", "A validity date of the credential is not a valid date."));
        c.reason = QStringLiteral("dates/invalid");
        return c;
    }
    if (period.notAfter.isValid() && period.notAfter.addSecs(clockSkewSeconds) < now) {
        Check c = Check::failed(id,
            tx("ler::verify", "Expired on %1.").arg(longDate(period.notAfter)),
            period.notAfter.toString(Qt::ISODate));
        c.reason = QStringLiteral("dates/expired");
        return c;
    }
    if (period.notBefore.isValid() && period.notBefore.addSecs(-clockSkewSeconds) > now) {
        Check c = Check::failed(id,
            tx("ler::verify", "Not valid yet: valid from %1.").arg(longDate(period.notBefore)),
            period.notBefore.toString(Qt::ISODate));
        c.reason = QStringLiteral("dates/not-yet-valid");
        return c;
    }
    if (period.issuedAt.isValid() && period.issuedAt.addSecs(-clockSkewSeconds) > now) {
        Check c = Check::failed(id,
            tx("ler::verify", "The credential says it was issued in the future (%1).").arg(longDate(period.issuedAt)));
        c.reason = QStringLiteral("dates/issued-in-future");
        return c;
    }
    if (period.notAfter.isValid()) {
        return Check::passed(id, tx("ler::verify", "Valid now; expires on %1.").arg(longDate(period.notAfter)));
    }
    return Check::passed(id, tx("ler::verify", "Valid now; it has no expiry date."));
}

} // namespace ler::verify
