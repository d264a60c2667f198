// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "media/ImageFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QImageWriter>
#include <QSaveFile>

namespace ler::media {

namespace {

/// Qt refuses to allocate more than this many MiB for one image, whatever a file's header claims.
constexpr int kAllocationLimitMiB = 512;

Result<QImage> readWith(QImageReader& reader, qint64 maxPixels)
{
    QImageReader::setAllocationLimit(kAllocationLimitMiB);
    const QSize size = reader.size();
    if (!reader.canRead()) {
        return Error(ErrorCode::InvalidInput, tx("ler::qr", "The file is not an image LER Wallet can read."));
    }
    if (size.isValid() && qint64(size.width()) * size.height() > maxPixels) {
        return Error(ErrorCode::LimitExceeded, tx("ler::qr", "The image is too large to scan for QR codes."));
    }
    QImage image = reader.read();
    if (image.isNull()) {
        return Error(
            ErrorCode::InvalidInput, tx("ler::qr", "The image could not be read (%1).").arg(reader.errorString()));
    }
    if (qint64(image.width()) * image.height() > maxPixels) {
        return Error(ErrorCode::LimitExceeded, tx("ler::qr", "The image is too large to scan for QR codes."));
    }
    return image;
}

} // namespace

Result<QImage> loadImage(const QString& path, qint64 maxPixels)
{
    QImageReader reader(path);
    return readWith(reader, maxPixels);
}

Result<QImage> imageFromData(const QByteArray& data, qint64 maxPixels)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    return readWith(reader, maxPixels);
}

Status saveImage(const QImage& image, const QString& path, const char* format, int quality)
{
    if (image.isNull()) {
        return Error(ErrorCode::InvalidInput, tx("ler::media", "saveImage: the image is empty"));
    }
    // Unbuffered: Qt 6.4's QSaveFile::commit() misses a write error of its last flush (a full disk).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return Error(ErrorCode::Io, Text::verbatim(file.errorString()));
    }
    QImageWriter writer(&file, format);
    writer.setQuality(quality);
    if (!writer.write(image)) {
        file.cancelWriting();
        return Error(ErrorCode::Io, Text::verbatim(writer.errorString()));
    }
    if (!file.commit()) {
        return Error(ErrorCode::Io, Text::verbatim(file.errorString()));
    }
    return {};
}

Status saveFile(const QByteArray& bytes, const QString& path)
{
    // Unbuffered: Qt 6.4's QSaveFile::commit() misses a write error of its last flush (a full disk).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return Error(ErrorCode::Io, Text::verbatim(file.errorString()));
    }
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return Error(ErrorCode::Io, Text::verbatim(file.errorString()));
    }
    if (!file.commit()) {
        return Error(ErrorCode::Io, Text::verbatim(file.errorString()));
    }
    return {};
}

} // namespace ler::media
