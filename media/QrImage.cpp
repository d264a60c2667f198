// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "media/QrImage.h"

#include "media/ImageFile.h"

#include <QCoreApplication>
#include <QPainter>
#include <QXmlStreamWriter>
#include <qrcodegen.hpp>

namespace ler::media {

namespace {

qrcodegen::QrCode::Ecc toQrcodegen(qr::EccLevel ecc)
{
    switch (ecc) {
    case qr::EccLevel::Low:
        return qrcodegen::QrCode::Ecc::LOW;
    case qr::EccLevel::Medium:
        return qrcodegen::QrCode::Ecc::MEDIUM;
    case qr::EccLevel::Quartile:
        return qrcodegen::QrCode::Ecc::QUARTILE;
    case qr::EccLevel::High:
        break;
    }
    return qrcodegen::QrCode::Ecc::HIGH;
}

qr::EccLevel fromQrcodegen(qrcodegen::QrCode::Ecc ecc)
{
    switch (ecc) {
    case qrcodegen::QrCode::Ecc::LOW:
        return qr::EccLevel::Low;
    case qrcodegen::QrCode::Ecc::MEDIUM:
        return qr::EccLevel::Medium;
    case qrcodegen::QrCode::Ecc::QUARTILE:
        return qr::EccLevel::Quartile;
    case qrcodegen::QrCode::Ecc::HIGH:
        break;
    }
    return qr::EccLevel::High;
}

QString formatMm(double mm)
{
    return QString::number(mm, 'f', 2) + QStringLiteral("mm");
}

} // namespace

Result<QrSymbol> QrSymbol::encode(QStringView text, qr::EccLevel ecc, int maxVersion)
{
    maxVersion = std::clamp(maxVersion, qr::kMinVersion, qr::kMaxVersion);
    const QByteArray utf8 = text.toString().toUtf8();
    if (utf8.contains('\0')) {
        return Error(ErrorCode::InvalidInput, tx("ler::media", "QR text must not contain NUL characters"));
    }
    try {
        const std::vector<qrcodegen::QrSegment> segments = qrcodegen::QrSegment::makeSegments(utf8.constData());
        const qrcodegen::QrCode code
            = qrcodegen::QrCode::encodeSegments(segments, toQrcodegen(ecc), qr::kMinVersion, maxVersion);
        QrSymbol s;
        s.m_version = code.getVersion();
        s.m_size = code.getSize();
        s.m_ecc = fromQrcodegen(code.getErrorCorrectionLevel());
        s.m_modules.resize(size_t(s.m_size) * size_t(s.m_size));
        for (int y = 0; y < s.m_size; ++y) {
            for (int x = 0; x < s.m_size; ++x) {
                s.m_modules[size_t(y) * size_t(s.m_size) + size_t(x)] = code.getModule(x, y);
            }
        }
        return s;
    } catch (const qrcodegen::data_too_long&) {
        return Error(ErrorCode::LimitExceeded, tx("ler::qr", "The data is too large for one QR code."));
    } catch (const std::exception& e) {
        return Error(ErrorCode::Internal, Text::verbatim(QString::fromUtf8(e.what())));
    }
}

Result<QrSymbol> QrSymbol::encode(QStringView text, const qr::QrPolicy& policy)
{
    return encode(text, policy.ecc, policy.maxVersion);
}

bool QrSymbol::dark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size) {
        return false;
    }
    return m_modules[size_t(y) * size_t(m_size) + size_t(x)];
}

QImage renderQr(const QrSymbol& symbol, const QrRenderOptions& options)
{
    const int scale = std::max(1, options.moduleSize);
    const int border = std::max(0, options.quietZone);
    const int side = (symbol.size() + 2 * border) * scale;
    const bool gray = options.dark == QColor(Qt::black) && options.light == QColor(Qt::white);
    QImage image(side, side, gray ? QImage::Format_Grayscale8 : QImage::Format_RGB32);
    image.fill(options.light);
    QPainter painter(&image);
    for (int y = 0; y < symbol.size(); ++y) {
        int x = 0;
        while (x < symbol.size()) {
            if (!symbol.dark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < symbol.size() && symbol.dark(x, y)) {
                ++x;
            }
            painter.fillRect((start + border) * scale, (y + border) * scale, (x - start) * scale, scale, options.dark);
        }
    }
    return image;
}

QString qrSvgPathData(const QrSymbol& symbol, int quietZone)
{
    const int border = std::max(0, quietZone);
    QString path;
    for (int y = 0; y < symbol.size(); ++y) {
        int x = 0;
        while (x < symbol.size()) {
            if (!symbol.dark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < symbol.size() && symbol.dark(x, y)) {
                ++x;
            }
            path += QStringLiteral("M%1 %2h%3v1h-%3z").arg(start + border).arg(y + border).arg(x - start);
        }
    }
    return path;
}

QByteArray qrToSvg(const QrSymbol& symbol, const QrSvgOptions& options)
{
    const int border = std::max(0, options.quietZone);
    const int side = symbol.size() + 2 * border;
    const QString path = qrSvgPathData(symbol, border);

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("svg"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));
    xml.writeAttribute(QStringLiteral("viewBox"), QStringLiteral("0 0 %1 %1").arg(side));
    if (options.moduleMillimetres > 0) {
        xml.writeAttribute(QStringLiteral("width"), formatMm(side * options.moduleMillimetres));
        xml.writeAttribute(QStringLiteral("height"), formatMm(side * options.moduleMillimetres));
    }
    xml.writeAttribute(QStringLiteral("shape-rendering"), QStringLiteral("crispEdges"));
    if (!options.title.isEmpty()) {
        xml.writeTextElement(QStringLiteral("title"), options.title);
    }
    xml.writeStartElement(QStringLiteral("rect"));
    xml.writeAttribute(QStringLiteral("width"), QString::number(side));
    xml.writeAttribute(QStringLiteral("height"), QString::number(side));
    xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("#ffffff"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("path"));
    xml.writeAttribute(QStringLiteral("d"), path);
    xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("#000000"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

Status saveQrPng(const QrSymbol& symbol, const QString& path, const QrRenderOptions& options)
{
    return saveImage(renderQr(symbol, options), path, "PNG");
}

Status saveQrSvg(const QrSymbol& symbol, const QString& path, const QrSvgOptions& options)
{
    return saveFile(qrToSvg(symbol, options), path);
}

} // namespace ler::media
