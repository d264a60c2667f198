// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/cborld/Codecs.h"

#include "core/cborld/Cbor.h"
#include "core/cborld/RegisteredContexts.h"
#include "core/codec/Base58.h"

#include <QCborArray>
#include <QRegularExpression>
#include <cmath>

namespace ler::cborld::detail {

namespace {

constexpr qint64 kHttp = 1;
constexpr qint64 kHttps = 2;
constexpr qint64 kUuidUrn = 3;
constexpr qint64 kDidV1Nym = 1024;
constexpr qint64 kDidKey = 1025;
constexpr char kMultibaseBase58 = 0x7a; // 'z'
constexpr char kMultibaseBase64Pad = 0x4d; // 'M'
/// Base58 is quadratic; keys, signatures and digests are far below this.
constexpr qsizetype kMaxBase58Bytes = 6000;
/// ECMAScript dates span 10^8 days either side of 1970.
constexpr double kMaxTimeMs = 8.64e15;

const QString kXsdDate = QStringLiteral("http://www.w3.org/2001/XMLSchema#date");
const QString kXsdDateTime = QStringLiteral("http://www.w3.org/2001/XMLSchema#dateTime");
const QString kMultibase = QStringLiteral("https://w3id.org/security#multibase");

Error valueError(Text sentence, QString reason)
{
    return Error(ErrorCode::InvalidInput, std::move(sentence), std::move(reason));
}

Error decodeError(Text sentence, QString reason)
{
    return Error(ErrorCode::InvalidInput, std::move(sentence), std::move(reason));
}

/// A JavaScript number that is an integer (CBOR integers, and floats with an integral value).
std::optional<qint64> jsInteger(const QCborValue& v)
{
    if (v.isInteger()) {
        return v.toInteger();
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) < 9.2e18) {
            return qint64(d);
        }
    }
    return std::nullopt;
}

bool isNumber(const QCborValue& v)
{
    return v.isInteger() || v.isDouble();
}

double toNumber(const QCborValue& v)
{
    return v.isInteger() ? double(v.toInteger()) : v.toDouble();
}

// --- dates (proleptic Gregorian, astronomical years, as ECMAScript) ---

qint64 daysFromCivil(qint64 y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(qint64 z, qint64& y, int& m, int& d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = yoe + era * 400 + (m <= 2 ? 1 : 0);
}

int daysInMonth(qint64 y, int m)
{
    static constexpr int kDays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : kDays[m - 1];
}

/// Date.prototype.toISOString of a time value in milliseconds (already clipped).
QString isoString(qint64 ms)
{
    qint64 days = ms / 86'400'000;
    qint64 rest = ms % 86'400'000;
    if (rest < 0) {
        rest += 86'400'000;
        --days;
    }
    qint64 y = 0;
    int mo = 0;
    int d = 0;
    civilFromDays(days, y, mo, d);
    const QString year = (y >= 0 && y <= 9999) ? QStringLiteral("%1").arg(y, 4, 10, QLatin1Char('0'))
                                               : (y < 0 ? QStringLiteral("-") : QStringLiteral("+"))
            + QStringLiteral("%1").arg(std::abs(y), 6, 10, QLatin1Char('0'));
    return QStringLiteral("%1-%2-%3T%4:%5:%6.%7Z")
        .arg(year)
        .arg(mo, 2, 10, QLatin1Char('0'))
        .arg(d, 2, 10, QLatin1Char('0'))
        .arg(rest / 3'600'000, 2, 10, QLatin1Char('0'))
        .arg(rest / 60'000 % 60, 2, 10, QLatin1Char('0'))
        .arg(rest / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(rest % 1000, 3, 10, QLatin1Char('0'));
}

/// new Date(t).toISOString(), with TimeClip; nullopt where JavaScript throws (an invalid date).
std::optional<QString> isoFromTimeValue(double t)
{
    if (!std::isfinite(t)) {
        return std::nullopt;
    }
    t = std::trunc(t);
    if (std::fabs(t) > kMaxTimeMs) {
        return std::nullopt;
    }
    return isoString(qint64(t));
}

/// Seconds since 1970 of a canonical UTC date-time "YYYY-MM-DDTHH:MM:SS[.mmm]Z", with its milliseconds (-1 when
/// the text has none). nullopt if the text is not in that form or names no real instant.
struct DateTimeParts
{
    qint64 seconds = 0;
    int millis = -1;
};

std::optional<DateTimeParts> parseCanonicalDateTime(const QString& s)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{3}))?Z$"));
    const auto m = re.match(s);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const qint64 y = m.captured(1).toLongLong();
    const int mo = m.captured(2).toInt();
    const int d = m.captured(3).toInt();
    const int h = m.captured(4).toInt();
    const int mi = m.captured(5).toInt();
    const int se = m.captured(6).toInt();
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || se > 59) {
        return std::nullopt;
    }
    DateTimeParts p;
    p.seconds = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se;
    p.millis = m.captured(7).isEmpty() ? -1 : m.captured(7).toInt();
    return p;
}

std::optional<qint64> parseCanonicalDate(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto m = re.match(s);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const qint64 y = m.captured(1).toLongLong();
    const int mo = m.captured(2).toInt();
    const int d = m.captured(3).toInt();
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) {
        return std::nullopt;
    }
    return daysFromCivil(y, mo, d) * 86400;
}

// --- URLs ---

/// Whether the WHATWG URL parser accepts an "http://" or "https://" URL with no other colon: its host must be
/// non-empty, free of forbidden host code points and, if it ends in a number, an IPv4 address.
bool httpUrlParses(QStringView rest)
{
    QString authority;
    for (const QChar c : rest) {
        if (c == u'/' || c == u'?' || c == u'#' || c == u'\\') {
            break;
        }
        if (c == u'\t' || c == u'\n' || c == u'\r') {
            continue;
        }
        authority.append(c);
    }
    const qsizetype at = authority.lastIndexOf(u'@');
    const QString host = at >= 0 ? authority.mid(at + 1) : authority;
    if (host.isEmpty()) {
        return false;
    }
    for (const QChar c : host) {
        const char16_t u = c.unicode();
        if (u <= 0x20 || u == 0x7f || u == u'#' || u == u'%' || u == u'/' || u == u':' || u == u'<' || u == u'>'
            || u == u'?' || u == u'@' || u == u'[' || u == u'\\' || u == u']' || u == u'^' || u == u'|') {
            return false;
        }
    }
    QStringList labels = host.split(u'.');
    if (labels.size() > 1 && labels.last().isEmpty()) {
        labels.removeLast();
    }
    const QString last = labels.last();
    bool lastIsNumber = !last.isEmpty();
    for (const QChar c : last) {
        lastIsNumber = lastIsNumber && c.isDigit() && c.unicode() < 128;
    }
    if (!lastIsNumber) {
        return true;
    }
    if (labels.size() > 4) {
        return false;
    }
    for (const QString& label : labels) {
        bool ok = false;
        const qint64 v = label.toLongLong(&ok);
        if (!ok || v < 0 || v > 255) {
            return false;
        }
    }
    return true;
}

bool isStandardUuid(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^(?:[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-["
                                                      "0-9a-f]{12}|00000000-0000-0000-0000-000000000000)$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(s).hasMatch();
}

QCborValue base58Token(const QString& text)
{
    if (text.startsWith(u'z')) {
        auto bytes = codec::base58Decode(text.mid(1).toLatin1());
        if (bytes && text.mid(1).toLatin1() == text.mid(1).toUtf8()) {
            return QCborValue(*bytes);
        }
    }
    return QCborValue(text);
}

Result<QString> base58Text(const QCborValue& v)
{
    if (v.isString()) {
        return v.toString();
    }
    if (!v.isByteArray()) {
        return decodeError(
            tx("ler::cborld",
                "The CBOR-LD data is damaged or not CBOR-LD (a DID part that is neither text nor bytes)."),
            QStringLiteral("cborld/did-part-type"));
    }
    if (v.toByteArray().size() > kMaxBase58Bytes) {
        return Error(ErrorCode::LimitExceeded,
            tx("ler::cborld", "The CBOR-LD data is damaged or not CBOR-LD (a DID part too long)."),
            QStringLiteral("cborld/did-part-too-long"));
    }
    return QStringLiteral("z") + QString::fromLatin1(codec::base58Encode(v.toByteArray()));
}

} // namespace

std::optional<QCborValue> encodeContextUrl(const QJsonValue& value, const QHash<QString, quint64>& appContexts)
{
    if (!value.isString()) {
        return std::nullopt;
    }
    const QString url = value.toString();
    if (const auto id = registeredContextId(url)) {
        return QCborValue(qint64(*id));
    }
    if (const auto it = appContexts.constFind(url); it != appContexts.constEnd()) {
        return QCborValue(qint64(*it));
    }
    return QCborValue(url);
}

Result<QJsonValue> decodeContextValue(const QCborValue& value, const QHash<QString, quint64>& appContexts)
{
    if (!isNumber(value)) {
        return cborToJson(value);
    }
    if (const auto id = jsInteger(value); id && *id >= 0) {
        const QString url = registeredContextUrl(quint64(*id));
        if (!url.isEmpty()) {
            return QJsonValue(url);
        }
        for (auto it = appContexts.constBegin(); it != appContexts.constEnd(); ++it) {
            if (qint64(it.value()) == *id) {
                return QJsonValue(it.key());
            }
        }
    }
    return Error(ErrorCode::Unsupported,
        tx("ler::cborld",
            "The CBOR-LD data names a context by a number LER Wallet does not "
            "know (%1).")
            .arg(toNumber(value)),
        QStringLiteral("cborld/context-id-unknown"));
}

Encoded encodeUri(const QJsonValue& value)
{
    if (!value.isString()) {
        return std::optional<QCborValue>();
    }
    const QString s = value.toString();
    // The library keys its codecs on everything before the last colon, once the URL parser has accepted the text.
    const qsizetype lastColon = s.lastIndexOf(u':');
    if (lastColon <= 0) {
        return std::optional<QCborValue>();
    }
    const QString scheme = s.left(lastColon);
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        const bool secure = s.startsWith(QLatin1String("https://"));
        if (!secure && !s.startsWith(QLatin1String("http://"))) {
            return std::optional<QCborValue>();
        }
        const QString rest = s.mid(secure ? 8 : 7);
        if (!httpUrlParses(rest)) {
            return std::optional<QCborValue>();
        }
        return std::optional<QCborValue>(QCborArray { secure ? kHttps : kHttp, rest });
    }
    if (scheme == QLatin1String("urn:uuid")) {
        const QString rest = s.mid(9);
        // The library writes lower-case standard UUIDs as 16 bytes and keeps other text; it fails on lower-case
        // text that is not a standard UUID, which is kept as text here so nothing is lost.
        if (rest.toLower() == rest && isStandardUuid(rest)) {
            QByteArray bytes = QByteArray::fromHex(QString(rest).remove(u'-').toLatin1());
            return std::optional<QCborValue>(QCborArray { kUuidUrn, bytes });
        }
        return std::optional<QCborValue>(QCborArray { kUuidUrn, rest });
    }
    if (scheme == QLatin1String("did:v1:nym") || scheme == QLatin1String("did:key")) {
        const bool key = scheme == QLatin1String("did:key");
        const QString suffix = s.mid(scheme.size() + 1);
        const QStringList parts = suffix.split(u'#');
        if (parts.size() > 2) {
            return valueError(
                tx("ler::cborld", "A value cannot be converted to or from CBOR-LD (a DID URL with more than one '#')."),
                QStringLiteral("cborld/did-url-fragments"));
        }
        QCborArray entries { key ? kDidKey : kDidV1Nym, base58Token(parts.at(0)) };
        if (parts.size() == 2) {
            entries.append(base58Token(parts.at(1)));
        }
        return std::optional<QCborValue>(entries);
    }
    return std::optional<QCborValue>();
}

Decoded decodeUri(const QCborValue& value)
{
    if (!value.isArray()) {
        return std::optional<QJsonValue>();
    }
    const QCborArray a = value.toArray();
    const auto scheme = a.isEmpty() ? std::nullopt : jsInteger(a.at(0));
    if (!scheme) {
        return std::optional<QJsonValue>();
    }
    if (*scheme == kHttp || *scheme == kHttps) {
        if (a.size() != 2 || !a.at(1).isString()) {
            return std::optional<QJsonValue>();
        }
        return std::optional<QJsonValue>(
            (*scheme == kHttps ? QStringLiteral("https://") : QStringLiteral("http://")) + a.at(1).toString());
    }
    if (*scheme == kUuidUrn) {
        if (a.size() != 2 || !(a.at(1).isString() || a.at(1).isByteArray())) {
            return std::optional<QJsonValue>();
        }
        if (a.at(1).isString()) {
            return std::optional<QJsonValue>(QStringLiteral("urn:uuid:") + a.at(1).toString());
        }
        const QByteArray b = a.at(1).toByteArray();
        const QString hex = QString::fromLatin1(b.toHex());
        const QString uuid = b.size() == 16
            ? hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-' + hex.mid(20)
            : QString();
        if (!isStandardUuid(uuid)) {
            return decodeError(
                tx("ler::cborld", "The CBOR-LD data is damaged or not CBOR-LD (a urn:uuid that is not a UUID)."),
                QStringLiteral("cborld/uuid-invalid"));
        }
        return std::optional<QJsonValue>(QStringLiteral("urn:uuid:") + uuid);
    }
    if (*scheme == kDidV1Nym || *scheme == kDidKey) {
        if (a.size() < 2 || a.size() > 3) {
            return std::optional<QJsonValue>();
        }
        QString url = *scheme == kDidKey ? QStringLiteral("did:key:") : QStringLiteral("did:v1:nym:");
        auto authority = base58Text(a.at(1));
        if (!authority) {
            return authority.error();
        }
        url += *authority;
        if (a.size() > 2) {
            auto fragment = base58Text(a.at(2));
            if (!fragment) {
                return fragment.error();
            }
            url += u'#' + *fragment;
        }
        return std::optional<QJsonValue>(url);
    }
    return std::optional<QJsonValue>();
}

Encoded encodeVocabTerm(const QJsonValue& value, const TermTable& table)
{
    if (value.isString()) {
        if (const auto id = table.idOf(value.toString())) {
            return std::optional<QCborValue>(QCborValue(*id));
        }
    }
    return encodeUri(value);
}

Decoded decodeVocabTerm(const QCborValue& value, const TermTable& table)
{
    if (value.isArray()) {
        return decodeUri(value);
    }
    if (const auto id = jsInteger(value)) {
        const QString term = table.termOf(*id);
        if (!term.isEmpty()) {
            return std::optional<QJsonValue>(term);
        }
    }
    return std::optional<QJsonValue>();
}

Encoded encodeMultibase(const QJsonValue& value)
{
    if (!value.isString()) {
        return std::optional<QCborValue>();
    }
    const QString s = value.toString();
    if (s.startsWith(u'z')) {
        const QByteArray text = s.mid(1).toUtf8();
        auto bytes = codec::base58Decode(text);
        if (!bytes) {
            return valueError(
                tx("ler::cborld",
                    "A value cannot be converted to or from CBOR-LD (a multibase value that is not base58btc)."),
                QStringLiteral("cborld/multibase-not-base58btc"));
        }
        return std::optional<QCborValue>(QCborValue(QByteArray(1, kMultibaseBase58) + *bytes));
    }
    if (s.startsWith(u'M')) {
        const auto decoded = QByteArray::fromBase64Encoding(s.mid(1).toUtf8(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            return valueError(
                tx("ler::cborld",
                    "A value cannot be converted to or from CBOR-LD (a multibase value that is not base64)."),
                QStringLiteral("cborld/multibase-not-base64"));
        }
        return std::optional<QCborValue>(QCborValue(QByteArray(1, kMultibaseBase64Pad) + *decoded));
    }
    return std::optional<QCborValue>();
}

Decoded decodeMultibase(const QCborValue& value)
{
    if (!value.isByteArray() || value.toByteArray().isEmpty()) {
        return std::optional<QJsonValue>();
    }
    const QByteArray b = value.toByteArray();
    if (b.at(0) == kMultibaseBase58) {
        if (b.size() - 1 > kMaxBase58Bytes) {
            return Error(ErrorCode::LimitExceeded,
                tx("ler::cborld", "The CBOR-LD data is damaged or not CBOR-LD (a multibase value too long)."),
                QStringLiteral("cborld/multibase-too-long"));
        }
        return std::optional<QJsonValue>(QStringLiteral("z") + QString::fromLatin1(codec::base58Encode(b.mid(1))));
    }
    if (b.at(0) == kMultibaseBase64Pad) {
        return std::optional<QJsonValue>(QStringLiteral("M") + QString::fromLatin1(b.mid(1).toBase64()));
    }
    return std::optional<QJsonValue>();
}

Encoded encodeXsdDate(const QJsonValue& value)
{
    if (!value.isString()) {
        return valueError(
            tx("ler::cborld", "A value cannot be converted to or from CBOR-LD (an xsd:date that is not text)."),
            QStringLiteral("cborld/date-not-text"));
    }
    // Only the canonical form after 1970 is shortened; the library writes earlier dates as broken integers, so
    // they stay text here.
    const auto seconds = parseCanonicalDate(value.toString());
    if (!seconds || *seconds < 0) {
        return std::optional<QCborValue>();
    }
    return std::optional<QCborValue>(QCborValue(*seconds));
}

Decoded decodeXsdDate(const QCborValue& value)
{
    if (!isNumber(value)) {
        return std::optional<QJsonValue>();
    }
    const auto iso = isoFromTimeValue(toNumber(value) * 1000);
    if (!iso) {
        return decodeError(tx("ler::cborld", "The CBOR-LD data is damaged or not CBOR-LD (a date out of range)."),
            QStringLiteral("cborld/date-range"));
    }
    return std::optional<QJsonValue>(iso->left(iso->indexOf(u'T')));
}

Encoded encodeXsdDateTime(const QJsonValue& value)
{
    if (!value.isString()) {
        return valueError(
            tx("ler::cborld", "A value cannot be converted to or from CBOR-LD (an xsd:dateTime that is not text)."),
            QStringLiteral("cborld/date-time-not-text"));
    }
    const auto parts = parseCanonicalDateTime(value.toString());
    if (!parts || parts->seconds < 0) {
        return std::optional<QCborValue>();
    }
    if (parts->millis < 0) {
        return std::optional<QCborValue>(QCborValue(parts->seconds));
    }
    return std::optional<QCborValue>(QCborArray { parts->seconds, qint64(parts->millis) });
}

Decoded decodeXsdDateTime(const QCborValue& value)
{
    if (isNumber(value)) {
        auto iso = isoFromTimeValue(toNumber(value) * 1000);
        if (!iso) {
            return decodeError(tx("ler::cborld", "The CBOR-LD data is damaged or not CBOR-LD (a date out of range)."),
                QStringLiteral("cborld/date-range"));
        }
        if (iso->endsWith(QLatin1String(".000Z"))) {
            iso = iso->left(iso->size() - 5) + u'Z';
        }
        return std::optional<QJsonValue>(*iso);
    }
    if (value.isArray() && value.toArray().size() == 2) {
        const QCborArray a = value.toArray();
        if (!isNumber(a.at(0)) && !isNumber(a.at(1))) {
            return std::optional<QJsonValue>();
        }
        if (!isNumber(a.at(0)) || !isNumber(a.at(1))) {
            return decodeError(
                tx("ler::cborld", "The CBOR-LD data is damaged or not CBOR-LD (a date-time that is not two numbers)."),
                QStringLiteral("cborld/date-time-shape"));
        }
        const auto iso = isoFromTimeValue(toNumber(a.at(0)) * 1000 + toNumber(a.at(1)));
        if (!iso) {
            return decodeError(tx("ler::cborld", "The CBOR-LD data is damaged or not CBOR-LD (a date out of range)."),
                QStringLiteral("cborld/date-range"));
        }
        return std::optional<QJsonValue>(*iso);
    }
    return std::optional<QJsonValue>();
}

Encoded encodeTyped(const QString& type, const QJsonValue& value, const TermTable& table)
{
    if (type == QLatin1String("@id")) {
        return encodeUri(value);
    }
    if (type == QLatin1String("@vocab")) {
        return encodeVocabTerm(value, table);
    }
    if (type == kMultibase) {
        return encodeMultibase(value);
    }
    if (type == kXsdDate) {
        return encodeXsdDate(value);
    }
    if (type == kXsdDateTime) {
        return encodeXsdDateTime(value);
    }
    return std::optional<QCborValue>();
}

Decoded decodeTyped(const QString& type, const QCborValue& value, const TermTable& table)
{
    if (type == QLatin1String("@id")) {
        return decodeUri(value);
    }
    if (type == QLatin1String("@vocab")) {
        return decodeVocabTerm(value, table);
    }
    if (type == kMultibase) {
        return decodeMultibase(value);
    }
    if (type == kXsdDate) {
        return decodeXsdDate(value);
    }
    if (type == kXsdDateTime) {
        return decodeXsdDateTime(value);
    }
    return std::optional<QJsonValue>();
}

} // namespace ler::cborld::detail
