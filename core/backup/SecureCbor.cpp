// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/backup/SecureCbor.h"

#include <limits>

namespace ler::backup {

SecureSink::SecureSink(crypto::SecureBuffer& buffer)
    : m_buffer(buffer)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 SecureSink::writeData(const char* data, qint64 size)
{
    if (!m_buffer.append(QByteArrayView(data, size))) {
        m_failed = true;
        return -1;
    }
    return size;
}

SecureCborWriter::SecureCborWriter()
    : m_sink(m_buffer)
    , m_writer(&m_sink)
{ }

QByteArray cborHead(quint8 majorType, quint64 argument)
{
    QByteArray out;
    const char major = char(majorType << 5);
    if (argument < 24) {
        out.append(char(major | char(argument)));
        return out;
    }
    int bytes = 8;
    char info = 27;
    if (argument <= 0xff) {
        bytes = 1;
        info = 24;
    } else if (argument <= 0xffff) {
        bytes = 2;
        info = 25;
    } else if (argument <= 0xffffffffu) {
        bytes = 4;
        info = 26;
    }
    out.append(char(major | info));
    for (int i = bytes - 1; i >= 0; --i) {
        out.append(char((argument >> (8 * i)) & 0xff));
    }
    return out;
}

namespace {

template <typename Chunk> bool readAll(QCborStreamReader& in, Chunk (QCborStreamReader::*read)(), auto& out)
{
    auto r = (in.*read)();
    while (r.status == QCborStreamReader::Ok) {
        out += r.data;
        r = (in.*read)();
    }
    return r.status == QCborStreamReader::EndOfString;
}

} // namespace

bool readValue(QCborStreamReader& in, QVariant& out)
{
    switch (in.type()) {
    case QCborStreamReader::UnsignedInteger: {
        const quint64 v = in.toUnsignedInteger();
        if (v > quint64(std::numeric_limits<qint64>::max())) {
            return false;
        }
        out = qlonglong(v);
        return in.next();
    }
    case QCborStreamReader::NegativeInteger: {
        // CBOR stores -1 - n.
        const auto n = quint64(in.toNegativeInteger());
        if (n == 0 || n - 1 > quint64(std::numeric_limits<qint64>::max())) {
            return false;
        }
        out = qlonglong(-qint64(n - 1) - 1);
        return in.next();
    }
    case QCborStreamReader::Double:
        out = in.toDouble();
        return in.next();
    case QCborStreamReader::Float:
        out = double(in.toFloat());
        return in.next();
    case QCborStreamReader::SimpleType:
        if (!in.isNull()) {
            return false;
        }
        out = QVariant();
        return in.next();
    case QCborStreamReader::String: {
        QString s;
        if (!readAll(in, &QCborStreamReader::readString, s)) {
            return false;
        }
        out = s;
        return true;
    }
    case QCborStreamReader::ByteArray: {
        QByteArray b;
        if (!readAll(in, &QCborStreamReader::readByteArray, b)) {
            return false;
        }
        out = b;
        return true;
    }
    default:
        return false;
    }
}

bool readSecret(QCborStreamReader& in, crypto::SecretBytes& out)
{
    if (!in.isByteArray() || !in.isLengthKnown()) {
        return false;
    }
    const quint64 length = in.length();
    if (length == 0 || length > 4096) {
        return false; // key material is small
    }
    out = crypto::SecretBytes::allocate(std::size_t(length));
    if (out.isEmpty()) {
        return false;
    }
    auto r = in.readStringChunk(reinterpret_cast<char*>(out.data()), qsizetype(length));
    if (r.status != QCborStreamReader::Ok || quint64(r.data) != length) {
        return false;
    }
    r = in.readStringChunk(nullptr, 0);
    return r.status == QCborStreamReader::EndOfString;
}

} // namespace ler::backup
