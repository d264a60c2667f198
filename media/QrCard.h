// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "media/QrImage.h"

#include <QByteArray>
#include <QImage>
#include <QString>

/// A QR code with its caption ("2 of 5" and what it holds) printed beside it, outside the code: a reader sees only
/// the payload, a person sees which code is which.
namespace ler::media {

struct QrCaption
{
    QString counter; ///< "2 of 5"; empty for a single code
    QString title; ///< what the code holds ("Teamwork Badge"); may be empty
    QString note; ///< a smaller line ("Part 1 of 3: read with LER Wallet"); may be empty
};

/// The symbol drawn as renderQr() does, with the caption in a white band below it. Text needs a QGuiApplication.
QImage renderQrCard(const QrSymbol& symbol, const QrCaption& caption, const QrRenderOptions& options = {});

/// The symbol as qrToSvg() writes it, with the caption as SVG text below it (and as the image's title).
QByteArray qrCardSvg(const QrSymbol& symbol, const QrCaption& caption, const QrSvgOptions& options = {});

} // namespace ler::media
