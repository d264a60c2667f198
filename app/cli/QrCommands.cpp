// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// Reading QR codes: qr decode writes the presentations they carry as files verify reads.
#include "app/cli/Cli.h"
#include "core/present/PresentationCheck.h"
#include "media/PdfQrReader.h"
#include "ui/text/Render.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <cstdio>

namespace ler::cli {

namespace {

/// FILE, or FILE-2.json for the second of several presentations.
QString numbered(const QString& out, int index, int count, const QByteArray& document)
{
    if (count == 1)
        return out;
    const QFileInfo info(out);
    const QString suffix = info.suffix().isEmpty()
        ? (document.trimmed().startsWith('{') ? QStringLiteral("json") : QStringLiteral("txt"))
        : info.suffix();
    return info.dir().filePath(QStringLiteral("%1-%2.%3").arg(info.completeBaseName()).arg(index + 1).arg(suffix));
}

} // namespace

int Cli::cmdQr()
{
    if (m_args.isEmpty() || m_args.constFirst() != QLatin1String("decode"))
        return usage(QCoreApplication::translate("ler::cli", "Run qr decode IMAGE... to read QR codes."));
    const QStringList paths = m_args.mid(1);
    if (paths.isEmpty())
        return usage(QCoreApplication::translate("ler::cli", "Name at least one image or PDF with QR codes."));
    QStringList scanned;
    for (const QString& path : paths) {
        auto codes = media::readQrCodesFromAnyFile(path);
        if (!codes)
            return fail(Error(codes.error().code,
                tx("ler::cli", "%1: %2").arg(path).arg(codes.error().message),
                codes.error().reason));
        scanned += *codes;
    }
    auto* texts = &scanned;
    auto documents = present::PresentationCheck::presentationsFromQrTexts(scanned);
    if (!documents)
        return fail(documents.error());

    const QString out = m_parser.value(QStringLiteral("out"));
    QStringList written;
    if (!out.isEmpty()) {
        for (qsizetype i = 0; i < documents->size(); ++i) {
            const QByteArray& doc = documents->at(i);
            const QString path = numbered(out, int(i), int(documents->size()), doc);
            // Unbuffered: Qt 6.4's QSaveFile::commit() misses a write error of its last flush (a full disk).
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(doc) != doc.size()
                || !file.commit()) {
                for (const QString& w : std::as_const(written))
                    QFile::remove(w);
                return fail({ ErrorCode::Io, tx("ler::cli", "Could not write %1.").arg(path) });
            }
            written.append(path);
        }
    }
    if (m_json) {
        QJsonArray presentations;
        for (qsizetype i = 0; i < documents->size(); ++i) {
            const QByteArray& doc = documents->at(i);
            QJsonObject o;
            if (!written.isEmpty())
                o.insert(QStringLiteral("out"), written.at(i));
            if (doc.trimmed().startsWith('{'))
                o.insert(QStringLiteral("document"), QJsonDocument::fromJson(doc).object());
            else
                o.insert(QStringLiteral("text"), QString::fromUtf8(doc));
            presentations.append(o);
        }
        emitJson({ { QStringLiteral("codes"), int(QSet<QString>(texts->cbegin(), texts->cend()).size()) },
            { QStringLiteral("presentations"), presentations } });
        return kOk;
    }
    if (written.isEmpty()) {
        // The presentations themselves, one after another, for a pipe into verify -.
        for (const QByteArray& doc : std::as_const(*documents)) {
            std::fwrite(doc.constData(), 1, size_t(doc.size()), stdout);
            if (!doc.endsWith('\n'))
                std::fputc('\n', stdout);
        }
        std::fflush(stdout);
        return kOk;
    }
    const int distinct = int(QSet<QString>(texts->cbegin(), texts->cend()).size());
    m_out << QCoreApplication::translate("ler::cli", "Read %n QR code(s).", nullptr, distinct) << '\n';
    for (const QString& w : std::as_const(written))
        m_out
            << QCoreApplication::translate("ler::cli", "Wrote the presentation to %1.").arg(QDir::toNativeSeparators(w))
            << '\n';
    return kOk;
}

} // namespace ler::cli
