// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "media/QrReader.h"

#include "media/ImageFile.h"

#include <QCoreApplication>

// ZXing 1.4 returns UTF-8 text only when asked to.
#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

namespace ler::media {

Result<QStringList> readQrCodes(const QImage& image)
{
    if (image.isNull()) {
        return Error(ErrorCode::InvalidInput, tx("ler::qr", "The image is empty."));
    }
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(
        gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum, int(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    QStringList texts;
    for (const ZXing::Result& r : ZXing::ReadBarcodes(view, hints)) {
        if (r.isValid()) {
            texts.append(QString::fromStdString(r.text()));
        }
    }
    if (texts.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
            tx("ler::qr",
                "No QR code could be read in this image. Try a sharper, "
                "larger picture with the whole code in view."),
            QStringLiteral("qr/none-found"));
    }
    return texts;
}

Result<QStringList> readQrCodesFromFile(const QString& path)
{
    auto image = loadImage(path);
    if (!image) {
        return image.error();
    }
    return readQrCodes(*image);
}

} // namespace ler::media
