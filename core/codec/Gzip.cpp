// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/codec/Gzip.h"

#include <zlib.h>

namespace ler::codec {

namespace {

constexpr int kGzipWindowBits = 15 + 16; // zlib: 15-bit window, gzip wrapper only
constexpr qsizetype kChunk = 64 * 1024;

/// Frees the zlib stream on every exit path.
struct InflateStream
{
    z_stream zs {};
    bool ready = false;
    InflateStream() { ready = inflateInit2(&zs, kGzipWindowBits) == Z_OK; }
    ~InflateStream()
    {
        if (ready) {
            inflateEnd(&zs);
        }
    }
    InflateStream(const InflateStream&) = delete;
    InflateStream& operator=(const InflateStream&) = delete;
};

} // namespace

Result<QByteArray> gunzip(QByteArrayView compressed, qsizetype maxOutput)
{
    if (compressed.size() > qsizetype(UINT_MAX)) {
        return Error(ErrorCode::LimitExceeded,
            tx("ler::codec", "The compressed data is too large."),
            QStringLiteral("codec/gzip-input-too-large"));
    }
    InflateStream stream;
    if (!stream.ready) {
        return Error(ErrorCode::Internal,
            tx("ler::codec", "The decompressor could not be started."),
            QStringLiteral("codec/gzip-inflate-init-failed"));
    }
    z_stream& zs = stream.zs;
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    zs.avail_in = uInt(compressed.size());
    QByteArray out;
    char buffer[kChunk];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef*>(buffer);
        zs.avail_out = uInt(kChunk);
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            return invalidInput(tx("ler::codec", "The data is not valid GZIP (it is damaged or not compressed)."),
                QStringLiteral("codec/gzip-invalid"));
        }
        const qsizetype produced = kChunk - qsizetype(zs.avail_out);
        if (out.size() + produced > maxOutput) {
            return Error(ErrorCode::LimitExceeded,
                tx("ler::codec", "The compressed data expands to more than is allowed."),
                QStringLiteral("codec/gzip-output-too-large"));
        }
        out.append(buffer, produced);
        if (rc == Z_OK && produced == 0 && zs.avail_in == 0) {
            return invalidInput(
                tx("ler::codec", "The GZIP data is cut short."), QStringLiteral("codec/gzip-truncated"));
        }
    }
    if (zs.avail_in != 0) {
        return invalidInput(tx("ler::codec", "There are unexpected bytes after the GZIP data."),
            QStringLiteral("codec/gzip-trailing-bytes"));
    }
    return out;
}

Result<QByteArray> gzip(QByteArrayView data)
{
    if (data.size() > qsizetype(UINT_MAX / 2)) {
        return Error(ErrorCode::LimitExceeded,
            tx("ler::codec", "The data is too large to compress."),
            QStringLiteral("codec/gzip-deflate-too-large"));
    }
    z_stream zs {};
    if (deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, kGzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        return Error(ErrorCode::Internal,
            tx("ler::codec", "The compressor could not be started."),
            QStringLiteral("codec/gzip-deflate-init-failed"));
    }
    QByteArray out(qsizetype(deflateBound(&zs, uLong(data.size()))), Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    const qsizetype written = qsizetype(zs.total_out);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END) {
        return Error(
            ErrorCode::Internal, tx("ler::codec", "Compression failed."), QStringLiteral("codec/gzip-deflate-failed"));
    }
    out.truncate(written);
    return out;
}

} // namespace ler::codec
