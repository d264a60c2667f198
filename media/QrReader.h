// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QImage>
#include <QStringList>

namespace ler::media {

/// Reads every QR code in an image (ZXing-C++) and returns their texts, in reading order.
/// An image without a readable QR code is an error with a plain message.
Result<QStringList> readQrCodes(const QImage& image);

/// Loads an image file (PNG, JPEG...) and reads its QR codes. Images larger than 40 megapixels are refused.
Result<QStringList> readQrCodesFromFile(const QString& path);

} // namespace ler::media
