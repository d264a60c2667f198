// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "media/PresentationCodes.h"

#include "media/ImageFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ler::media {

namespace {

const QString kPartPrefix = QStringLiteral("part-");

QString suffix(CodeFileFormat format)
{
    switch (format) {
    case CodeFileFormat::Png:
        return QStringLiteral("png");
    case CodeFileFormat::Svg:
        return QStringLiteral("svg");
    case CodeFileFormat::Text:
        break;
    }
    return QStringLiteral("txt");
}

Status writeCode(const present::QrCodeSpec& code, const QrCaption& caption, const QString& path, CodeFileFormat format)
{
    if (format == CodeFileFormat::Text)
        return saveFile(code.payload.toUtf8() + '\n', path);
    auto symbol = symbolFor(code);
    if (!symbol)
        return symbol.error();
    if (format == CodeFileFormat::Svg) {
        QrSvgOptions options;
        // Codes of error correction L are larger: printed a little larger too, so modules stay easy to read.
        options.moduleMillimetres = symbol->size() > 137 ? 0.5 : 0.6;
        return saveFile(qrCardSvg(*symbol, caption, options), path);
    }
    return saveImage(renderQrCard(*symbol, caption), path, "PNG");
}

} // namespace

Result<QrSymbol> symbolFor(const present::QrCodeSpec& code)
{
    return QrSymbol::encode(code.payload, code.policy);
}

QrCaption captionFor(const present::Preview& preview, const present::QrCodes& codes, int index)
{
    QrCaption c;
    if (index < 0 || index >= codes.codes.size())
        return c;
    const present::QrCodeSpec& code = codes.codes.at(index);
    if (codes.codes.size() > 1) {
        c.counter = QCoreApplication::translate("ler::media", "%1 of %2").arg(index + 1).arg(codes.codes.size());
    }
    QStringList titles;
    for (int r : code.records) {
        if (r >= 0 && r < preview.records.size())
            titles.append(preview.records.at(r).title);
    }
    c.title = titles.join(QStringLiteral(", "));
    switch (code.kind) {
    case present::QrCodeSpec::Kind::Vpqr:
        c.note = QCoreApplication::translate("ler::media", "VPQR: VerifierPlus reads it too");
        break;
    case present::QrCodeSpec::Kind::Text:
        c.note = QCoreApplication::translate("ler::media", "Signed text: LER Wallet reads it");
        break;
    case present::QrCodeSpec::Kind::Part:
        c.note = QCoreApplication::translate("ler::media", "Part %1 of %2: scan all parts with LER Wallet")
                     .arg(code.part)
                     .arg(code.parts);
        break;
    }
    return c;
}

QString codeFileName(int index, CodeFileFormat format)
{
    return kPartPrefix + QStringLiteral("%1.").arg(index + 1, 2, 10, QLatin1Char('0')) + suffix(format);
}

Status checkCodeFolder(const QString& folder)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir()) {
        return Error(ErrorCode::InvalidInput,
            tx("ler::media", "%1 is a file; the QR codes go into a folder.").arg(QDir::toNativeSeparators(folder)));
    }
    if (info.exists() && !QDir(folder).entryList({ kPartPrefix + QLatin1Char('*') }, QDir::Files).isEmpty()) {
        return Error(ErrorCode::AlreadyExists,
            tx("ler::media", "%1 already holds QR codes (part-... files). Choose an empty folder.")
                .arg(QDir::toNativeSeparators(folder)));
    }
    return {};
}

Result<QStringList> saveCodes(
    const present::Preview& preview, const present::QrCodes& codes, const QString& folder, CodeFileFormat format)
{
    if (Status ok = checkCodeFolder(folder); !ok)
        return ok.error();
    const bool made = !QFileInfo::exists(folder);
    if (!QDir().mkpath(folder)) {
        return Error(
            ErrorCode::Io, tx("ler::media", "Could not make the folder %1.").arg(QDir::toNativeSeparators(folder)));
    }
    QStringList written;
    for (qsizetype i = 0; i < codes.codes.size(); ++i) {
        const QString path = QDir(folder).filePath(codeFileName(int(i), format));
        Status ok = writeCode(codes.codes.at(i), captionFor(preview, codes, int(i)), path, format);
        if (!ok) {
            removeCodes(written, made ? folder : QString());
            return ok.error();
        }
        written.append(path);
    }
    return written;
}

void removeCodes(const QStringList& paths, const QString& folder)
{
    for (const QString& path : paths)
        QFile::remove(path);
    if (!folder.isEmpty())
        QDir().rmdir(folder); // only when empty
}

} // namespace ler::media
