// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "media/PdfQrReader.h"

#include "core/formats/FormatRegistry.h"
#include "media/ImageFile.h"
#include "media/QrReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfDocument>

namespace ler::media {

namespace {

/// Pages are drawn at this resolution: a module of 0.5 mm is then about 4 pixels, which ZXing reads reliably; a
/// page that shows no code is tried once more, sharper.
constexpr int kDpi = 200;
constexpr int kSharperDpi = 300;
constexpr qint64 kMaxQrFileBytes = 64 * 1024 * 1024;

QString fileText(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QImage renderPage(QPdfDocument& pdf, int page, int dpi)
{
    const QSizeF points = pdf.pagePointSize(page);
    const QSize pixels = (points * dpi / 72.0).toSize();
    // A page of absurd size is drawn no larger than an A2 sheet at this resolution.
    if (pixels.isEmpty() || qint64(pixels.width()) * pixels.height() > 30'000'000)
        return {};
    QPdfDocumentRenderOptions options;
    options.setRenderFlags(QPdfDocumentRenderOptions::RenderFlag::Grayscale);
    const QImage drawn = pdf.render(page, pixels, options);
    // Pages come back transparent where nothing is drawn: on white, as on paper.
    QImage paper(drawn.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter painter(&paper);
    painter.drawImage(0, 0, drawn);
    painter.end();
    return paper;
}

} // namespace

bool looksLikePdf(QByteArrayView bytes)
{
    return bytes.startsWith("%PDF-");
}

bool looksLikeImage(QByteArrayView bytes)
{
    return bytes.startsWith("\x89PNG\r\n\x1a\n") || bytes.startsWith("\xff\xd8\xff") || bytes.startsWith("GIF8")
        || bytes.startsWith("BM")
        || (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.sliced(8, 4) == QByteArrayView("WEBP"));
}

Result<QStringList> readQrCodesFromPdf(const QByteArray& bytes)
{
    if (!looksLikePdf(bytes))
        return Error(ErrorCode::InvalidInput, tx("ler::media", "This is not a PDF file."));
    QByteArray copy = bytes; // QtPdf reads from the device while pages are drawn
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument pdf;
    pdf.load(&buffer);
    const QPdfDocument::Error error = pdf.error();
    if (error == QPdfDocument::Error::IncorrectPassword || error == QPdfDocument::Error::UnsupportedSecurityScheme) {
        return Error(ErrorCode::Unsupported,
            tx("ler::media", "This PDF is locked with a password; open the PDF the wallet made."));
    }
    if (error != QPdfDocument::Error::None || pdf.status() != QPdfDocument::Status::Ready) {
        return Error(ErrorCode::InvalidInput, tx("ler::media", "This PDF could not be read."));
    }
    if (pdf.pageCount() > kMaxPdfPages) {
        return Error(ErrorCode::LimitExceeded,
            tx("ler::media", "This PDF has %1 pages; a presentation PDF has at most %2.")
                .arg(pdf.pageCount())
                .arg(kMaxPdfPages));
    }
    QStringList texts;
    for (int page = 0; page < pdf.pageCount(); ++page) {
        for (int dpi : { kDpi, kSharperDpi }) {
            auto codes = readQrCodes(renderPage(pdf, page, dpi));
            if (codes) {
                texts += *codes;
                break;
            }
        }
    }
    if (texts.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
            tx("ler::media", "No QR code could be read in this PDF."),
            QStringLiteral("qr/none-found"));
    }
    return texts;
}

bool isQrSource(const QByteArray& bytes, const QString& name)
{
    if (looksLikePdf(bytes))
        return true;
    static const formats::FormatRegistry registry;
    return looksLikeImage(bytes) && !registry.import(bytes, name);
}

Result<QStringList> readQrCodesFromData(const QByteArray& bytes)
{
    if (looksLikePdf(bytes))
        return readQrCodesFromPdf(bytes);
    auto image = imageFromData(bytes);
    if (!image)
        return image.error();
    return readQrCodes(*image);
}

Result<QStringList> readQrCodesFromAnyFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io, tx("ler::media", "%1 cannot be opened for reading.").arg(fileText(path)));
    }
    if (file.size() > kMaxQrFileBytes) {
        return Error(ErrorCode::LimitExceeded, tx("ler::media", "%1 is too large.").arg(fileText(path)));
    }
    return readQrCodesFromData(file.readAll());
}

} // namespace ler::media
