// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QImage>
#include <QString>

/// Image files in and out, with the limits every reader of untrusted pictures needs.
namespace ler::media {

/// Pictures larger than this (in pixels) are refused before they are decoded.
inline constexpr qint64 kMaxImagePixels = 40'000'000;

/// Loads an image file (any format Qt reads: PNG, JPEG, GIF, BMP...). Refuses files that are not images and
/// images over maxPixels, with a plain message.
Result<QImage> loadImage(const QString& path, qint64 maxPixels = kMaxImagePixels);

/// Decodes an image held in memory, with the same limits.
Result<QImage> imageFromData(const QByteArray& data, qint64 maxPixels = kMaxImagePixels);

/// Writes image to path atomically (QSaveFile). format is a Qt image format name ("PNG", "JPEG"); quality -1
/// is the format's default.
Status saveImage(const QImage& image, const QString& path, const char* format = "PNG", int quality = -1);

/// Writes bytes (an SVG, a text payload) to path atomically.
Status saveFile(const QByteArray& bytes, const QString& path);

} // namespace ler::media
