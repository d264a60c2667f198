// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/qr/QrCapacity.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QString>
#include <vector>

/// Making QR codes (QR-Code-generator) and drawing them as images and SVG.
namespace ler::media {

/// One QR symbol: a square of dark and light modules, without its quiet zone.
class QrSymbol
{
public:
    /// Encodes text as one segment in the mode it needs (alphanumeric for VPQR and multi-part payloads, bytes
    /// for other text), in the smallest version up to maxVersion at ecc. The level is raised when the text still
    /// fits the same version. Fails with LimitExceeded when the text does not fit.
    static Result<QrSymbol> encode(
        QStringView text, qr::EccLevel ecc = qr::EccLevel::Medium, int maxVersion = qr::kMaxVersion);

    /// Encodes text under the wallet's policy (error correction and largest version).
    static Result<QrSymbol> encode(QStringView text, const qr::QrPolicy& policy);

    int version() const { return m_version; }
    qr::EccLevel ecc() const { return m_ecc; }
    /// Modules on a side, quiet zone not included.
    int size() const { return m_size; }
    /// True for a dark module; coordinates outside the symbol are light (the quiet zone).
    bool dark(int x, int y) const;

private:
    QrSymbol() = default;

    int m_version = 0;
    int m_size = 0;
    qr::EccLevel m_ecc = qr::EccLevel::Medium;
    std::vector<bool> m_modules;
};

/// How a symbol is drawn as pixels.
struct QrRenderOptions
{
    int moduleSize = 8; ///< Pixels per module; 8 keeps a code readable on screen and in screenshots.
    int quietZone = 4; ///< Light modules around the symbol (4 is the standard's minimum).
    QColor dark = Qt::black;
    QColor light = Qt::white;
};

/// The symbol as an 8-bit grayscale (or RGB, for coloured options) image.
QImage renderQr(const QrSymbol& symbol, const QrRenderOptions& options = {});

/// How a symbol is written as SVG.
struct QrSvgOptions
{
    int quietZone = 4;
    /// Printed width of one module in millimetres (width and height attributes); 0 leaves the size to the viewer.
    double moduleMillimetres = 0.6;
    /// A short title for the image (e.g. "Part 2 of 5"), empty for none. Plain text; it is escaped.
    QString title;
};

/// The dark modules as SVG path data in module units, offset by quietZone: one "M x y h w v 1 h -w z" per run.
QString qrSvgPathData(const QrSymbol& symbol, int quietZone);

/// The symbol as a self-contained SVG document: a white background and one black path in module units, with
/// crisp edges so printers draw sharp squares.
QByteArray qrToSvg(const QrSymbol& symbol, const QrSvgOptions& options = {});

/// Writes the symbol as a PNG file (atomically).
Status saveQrPng(const QrSymbol& symbol, const QString& path, const QrRenderOptions& options = {});

/// Writes the symbol as an SVG file (atomically).
Status saveQrSvg(const QrSymbol& symbol, const QString& path, const QrSvgOptions& options = {});

} // namespace ler::media
