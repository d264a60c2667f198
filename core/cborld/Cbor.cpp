// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/cborld/Cbor.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QFloat16>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace ler::cborld::detail {

namespace {

constexpr double kMaxSafeInteger = 9007199254740991.0; // 2^53 - 1

Error malformed(Text sentence, QString reason)
{
    return Error(ErrorCode::InvalidInput, std::move(sentence), std::move(reason));
}

/// What the CBOR reader found wrong, in its own words inside our sentence; no error means the data ends early.
Error readerError(const QCborError& error)
{
    if (error == QCborError::NoError) {
        return malformed(tx("ler::cborld", "The CBOR-LD data is damaged or not CBOR-LD (truncated)."),
            QStringLiteral("cborld/cbor-malformed"));
    }
    return malformed(
        tx("ler::cborld", "The CBOR-LD data is damaged or not CBOR-LD (%1).").arg(Text::verbatim(error.toString())),
        QStringLiteral("cborld/cbor-malformed"));
}

/// cborg's test for half precision: the value, rounded to single precision, must come back unchanged from the
/// half it truncates to. Normal halves take any 10-bit mantissa; in the subnormal range cborg keeps only the
/// leading bit, so only powers of two survive.
bool fitsHalf(double v)
{
    const float f = static_cast<float>(v);
    if (static_cast<double>(f) != v || !std::isfinite(f) || f == 0.0f) {
        return false;
    }
    quint32 bits = 0;
    std::memcpy(&bits, &f, sizeof bits);
    const int exponent = int((bits >> 23) & 0xff);
    const quint32 mantissa = bits & 0x7fffff;
    if (exponent == 0) {
        return false; // single-precision subnormals never come back
    }
    const int logical = exponent - 127;
    if (logical > 15 || logical < -24) {
        return false;
    }
    if (logical < -14) {
        return mantissa == 0;
    }
    return (mantissa & 0x1fff) == 0;
}

void writeDouble(QCborStreamWriter& w, double v)
{
    if (fitsHalf(v)) {
        w.append(qfloat16(static_cast<float>(v)));
    } else if (static_cast<double>(static_cast<float>(v)) == v) {
        w.append(static_cast<float>(v));
    } else {
        w.append(v);
    }
}

/// cborg's map order: by major type, then integers by value (negative ones reversed as their heads are) and
/// strings and bytes by length, then bytewise.
bool keyLess(const QCborValue& a, const QCborValue& b)
{
    auto major = [](const QCborValue& k) {
        if (k.isInteger()) {
            return k.toInteger() >= 0 ? 0 : 1;
        }
        if (k.isByteArray()) {
            return 2;
        }
        if (k.isString()) {
            return 3;
        }
        return 7;
    };
    const int ma = major(a);
    const int mb = major(b);
    if (ma != mb) {
        return ma < mb;
    }
    if (a.isInteger()) {
        return a.toInteger() < b.toInteger();
    }
    const QByteArray ba = a.isString() ? a.toString().toUtf8() : a.toByteArray();
    const QByteArray bb = b.isString() ? b.toString().toUtf8() : b.toByteArray();
    if (ba.size() != bb.size()) {
        return ba.size() < bb.size();
    }
    return std::memcmp(ba.constData(), bb.constData(), size_t(ba.size())) < 0;
}

void write(QCborStreamWriter& w, const QCborValue& v)
{
    switch (v.type()) {
    case QCborValue::Integer:
        w.append(v.toInteger());
        return;
    case QCborValue::Double:
        writeDouble(w, v.toDouble());
        return;
    case QCborValue::String: {
        const QByteArray utf8 = v.toString().toUtf8();
        w.appendTextString(utf8.constData(), utf8.size());
        return;
    }
    case QCborValue::ByteArray:
        w.appendByteString(v.toByteArray().constData(), v.toByteArray().size());
        return;
    case QCborValue::Array: {
        const QCborArray a = v.toArray();
        w.startArray(quint64(a.size()));
        for (const QCborValue& e : a) {
            write(w, e);
        }
        w.endArray();
        return;
    }
    case QCborValue::Map: {
        const QCborMap m = v.toMap();
        std::vector<std::pair<QCborValue, QCborValue>> entries;
        entries.reserve(size_t(m.size()));
        for (auto it = m.constBegin(); it != m.constEnd(); ++it) {
            entries.emplace_back(it.key(), it.value());
        }
        std::stable_sort(
            entries.begin(), entries.end(), [](const auto& x, const auto& y) { return keyLess(x.first, y.first); });
        w.startMap(quint64(entries.size()));
        for (const auto& [key, value] : entries) {
            write(w, key);
            write(w, value);
        }
        w.endMap();
        return;
    }
    case QCborValue::False:
        w.append(false);
        return;
    case QCborValue::True:
        w.append(true);
        return;
    default:
        w.append(nullptr);
        return;
    }
}

class Reader
{
public:
    Reader(QByteArrayView bytes, const Limits& limits)
        : m_reader(bytes.toByteArray())
        , m_limits(limits)
    { }

    Result<QCborValue> readTop()
    {
        auto v = read(0);
        if (!v) {
            return v;
        }
        if (m_reader.currentOffset() < qint64(m_size)) {
            return malformed(tx("ler::cborld", "The CBOR-LD data is damaged or not CBOR-LD (bytes after the end)."),
                QStringLiteral("cborld/cbor-trailing-bytes"));
        }
        return v;
    }

    void setSize(qsizetype size) { m_size = size; }

private:
    Result<QCborValue> read(int depth)
    {
        if (depth > m_limits.maxDepth) {
            return Error(ErrorCode::LimitExceeded,
                tx("ler::cborld", "The CBOR-LD data is nested too deeply."),
                QStringLiteral("cborld/cbor-too-deep"));
        }
        if (++m_items > m_limits.maxItems) {
            return Error(ErrorCode::LimitExceeded,
                tx("ler::cborld", "The CBOR-LD data has too many items."),
                QStringLiteral("cborld/cbor-too-many-items"));
        }
        if (m_reader.lastError() != QCborError::NoError) {
            return readerError(m_reader.lastError());
        }
        switch (m_reader.type()) {
        case QCborStreamReader::UnsignedInteger: {
            const quint64 u = m_reader.toUnsignedInteger();
            m_reader.next();
            if (u > quint64(std::numeric_limits<qint64>::max())) {
                return malformed(
                    tx("ler::cborld", "The CBOR-LD data is damaged or not CBOR-LD (integer out of range)."),
                    QStringLiteral("cborld/cbor-integer-range"));
            }
            return QCborValue(qint64(u));
        }
        case QCborStreamReader::NegativeInteger: {
            const quint64 n = quint64(m_reader.toNegativeInteger());
            m_reader.next();
            if (n == 0 || n > quint64(std::numeric_limits<qint64>::max())) {
                return malformed(
                    tx("ler::cborld", "The CBOR-LD data is damaged or not CBOR-LD (integer out of range)."),
                    QStringLiteral("cborld/cbor-integer-range"));
            }
            return QCborValue(-qint64(n - 1) - 1);
        }
        case QCborStreamReader::ByteArray: {
            QByteArray out;
            auto r = m_reader.readByteArray();
            while (r.status == QCborStreamReader::Ok) {
                out += r.data;
                r = m_reader.readByteArray();
            }
            if (r.status == QCborStreamReader::Error) {
                return readerError(m_reader.lastError());
            }
            return QCborValue(out);
        }
        case QCborStreamReader::String: {
            QString out;
            auto r = m_reader.readString();
            while (r.status == QCborStreamReader::Ok) {
                out += r.data;
                r = m_reader.readString();
            }
            if (r.status == QCborStreamReader::Error) {
                return readerError(m_reader.lastError());
            }
            return QCborValue(out);
        }
        case QCborStreamReader::Array: {
            if (!m_reader.enterContainer()) {
                return readerError(m_reader.lastError());
            }
            QCborArray a;
            while (m_reader.lastError() == QCborError::NoError && m_reader.hasNext()) {
                auto e = read(depth + 1);
                if (!e) {
                    return e;
                }
                a.append(*e);
            }
            if (m_reader.lastError() != QCborError::NoError || !m_reader.leaveContainer()) {
                return readerError(m_reader.lastError());
            }
            return QCborValue(a);
        }
        case QCborStreamReader::Map: {
            if (!m_reader.enterContainer()) {
                return readerError(m_reader.lastError());
            }
            QCborMap m;
            while (m_reader.lastError() == QCborError::NoError && m_reader.hasNext()) {
                auto k = read(depth + 1);
                if (!k) {
                    return k;
                }
                if (!k->isInteger() && !k->isString()) {
                    return malformed(tx("ler::cborld",
                                         "The CBOR-LD data is damaged or not CBOR-LD (a map key that is neither an "
                                         "integer nor text)."),
                        QStringLiteral("cborld/cbor-map-key-type"));
                }
                if (m.contains(*k)) {
                    return malformed(
                        tx("ler::cborld", "The CBOR-LD data is damaged or not CBOR-LD (a repeated map key)."),
                        QStringLiteral("cborld/cbor-map-key-repeated"));
                }
                auto v = read(depth + 1);
                if (!v) {
                    return v;
                }
                m.insert(*k, *v);
            }
            if (m_reader.lastError() != QCborError::NoError || !m_reader.leaveContainer()) {
                return readerError(m_reader.lastError());
            }
            return QCborValue(m);
        }
        case QCborStreamReader::Float16: {
            const double d = double(float(m_reader.toFloat16()));
            m_reader.next();
            return QCborValue(d);
        }
        case QCborStreamReader::Float: {
            const double d = double(m_reader.toFloat());
            m_reader.next();
            return QCborValue(d);
        }
        case QCborStreamReader::Double: {
            const double d = m_reader.toDouble();
            m_reader.next();
            return QCborValue(d);
        }
        case QCborStreamReader::SimpleType: {
            const QCborSimpleType s = m_reader.toSimpleType();
            m_reader.next();
            if (s == QCborSimpleType::False) {
                return QCborValue(false);
            }
            if (s == QCborSimpleType::True) {
                return QCborValue(true);
            }
            if (s == QCborSimpleType::Null) {
                return QCborValue(nullptr);
            }
            return malformed(
                tx("ler::cborld", "The CBOR-LD data is damaged or not CBOR-LD (an unsupported simple value)."),
                QStringLiteral("cborld/cbor-simple-value"));
        }
        case QCborStreamReader::Tag:
            return malformed(
                tx("ler::cborld", "The CBOR-LD data is damaged or not CBOR-LD (a CBOR tag inside the data)."),
                QStringLiteral("cborld/cbor-inner-tag"));
        case QCborStreamReader::Invalid:
            break;
        }
        return readerError(m_reader.lastError());
    }

    QCborStreamReader m_reader;
    Limits m_limits;
    qsizetype m_items = 0;
    qsizetype m_size = 0;
};

} // namespace

QByteArray writeCbor(const QCborValue& value)
{
    QByteArray out;
    QCborStreamWriter w(&out);
    write(w, value);
    return out;
}

QCborValue jsonToCbor(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QCborValue(value.toBool());
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) <= kMaxSafeInteger) {
            return QCborValue(qint64(d));
        }
        return QCborValue(d);
    }
    case QJsonValue::String:
        return QCborValue(value.toString());
    case QJsonValue::Array: {
        QCborArray a;
        for (const QJsonValue& e : value.toArray()) {
            a.append(jsonToCbor(e));
        }
        return QCborValue(a);
    }
    case QJsonValue::Object: {
        QCborMap m;
        const QJsonObject o = value.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            m.insert(it.key(), jsonToCbor(it.value()));
        }
        return QCborValue(m);
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QCborValue(nullptr);
}

Result<QCborValue> readCbor(QByteArrayView bytes, const Limits& limits)
{
    if (bytes.isEmpty()) {
        return malformed(tx("ler::cborld", "The CBOR-LD data is damaged or not CBOR-LD (no data)."),
            QStringLiteral("cborld/cbor-empty"));
    }
    Reader reader(bytes, limits);
    reader.setSize(bytes.size());
    return reader.readTop();
}

Result<QJsonValue> cborToJson(const QCborValue& value)
{
    switch (value.type()) {
    case QCborValue::Integer: {
        const qint64 i = value.toInteger();
        if (double(i) > kMaxSafeInteger || double(i) < -kMaxSafeInteger) {
            return malformed(
                tx("ler::cborld", "The CBOR-LD data is damaged or not CBOR-LD (an integer JavaScript cannot hold)."),
                QStringLiteral("cborld/json-integer-range"));
        }
        return QJsonValue(i);
    }
    case QCborValue::Double:
        if (!std::isfinite(value.toDouble())) {
            return malformed(
                tx("ler::cborld", "The CBOR-LD data is damaged or not CBOR-LD (a number JSON cannot hold)."),
                QStringLiteral("cborld/json-number-range"));
        }
        return QJsonValue(value.toDouble());
    case QCborValue::String:
        return QJsonValue(value.toString());
    case QCborValue::False:
        return QJsonValue(false);
    case QCborValue::True:
        return QJsonValue(true);
    case QCborValue::Null:
        return QJsonValue(QJsonValue::Null);
    case QCborValue::Array: {
        QJsonArray a;
        for (const QCborValue& e : value.toArray()) {
            auto j = cborToJson(e);
            if (!j) {
                return j;
            }
            a.append(*j);
        }
        return QJsonValue(a);
    }
    case QCborValue::Map: {
        QJsonObject o;
        const QCborMap m = value.toMap();
        for (auto it = m.constBegin(); it != m.constEnd(); ++it) {
            if (!it.key().isString()) {
                return malformed(
                    tx("ler::cborld", "The CBOR-LD data is damaged or not CBOR-LD (an object key that is not text)."),
                    QStringLiteral("cborld/json-key-type"));
            }
            auto j = cborToJson(it.value());
            if (!j) {
                return j;
            }
            o.insert(it.key().toString(), *j);
        }
        return QJsonValue(o);
    }
    default:
        break;
    }
    return malformed(tx("ler::cborld", "The CBOR-LD data is damaged or not CBOR-LD (bytes where JSON is expected)."),
        QStringLiteral("cborld/json-bytes"));
}

} // namespace ler::cborld::detail
