// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

// Internal to core/backup: CBOR (RFC 8949) written into and read from secure memory.

#include "core/crypto/SecretStream.h"

#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QIODevice>
#include <QVariant>

namespace ler::backup {

/// A write-only device that appends to a SecureBuffer, so QCborStreamWriter encodes straight into secure memory.
class SecureSink : public QIODevice
{
public:
    explicit SecureSink(crypto::SecureBuffer& buffer);
    bool isSequential() const override { return true; }
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

private:
    crypto::SecureBuffer& m_buffer;
    bool m_failed = false;
};

/// CBOR encoded into secure memory.
class SecureCborWriter
{
public:
    SecureCborWriter();
    QCborStreamWriter& writer() { return m_writer; }
    /// False when secure memory ran out while writing.
    bool ok() const { return !m_sink.failed(); }
    QByteArrayView bytes() const { return m_buffer.view(); }
    [[nodiscard]] bool appendRaw(QByteArrayView bytes) { return m_buffer.append(bytes); }
    void clear() { m_buffer.clear(); }

private:
    crypto::SecureBuffer m_buffer;
    SecureSink m_sink;
    QCborStreamWriter m_writer;
};

/// The head of a CBOR data item (major type and argument), for array and integer heads written by hand.
QByteArray cborHead(quint8 majorType, quint64 argument);

/// Reads one value of a row: null, an integer, a float, a text string or a byte string. Anything else, or an
/// integer outside the range of a SQLite integer, gives false.
bool readValue(QCborStreamReader& in, QVariant& out);
/// Reads a byte string straight into secure memory.
bool readSecret(QCborStreamReader& in, crypto::SecretBytes& out);

} // namespace ler::backup
