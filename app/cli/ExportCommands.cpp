// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// export-ler: a résumé of the chosen records for employers' systems (LER-RS, JSON Resume, PDF).

#include "app/cli/Cli.h"
#include "core/export/Resume.h"
#include "media/ResumePdf.h"
#include "ui/text/RecordTitle.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QSaveFile>

namespace ler::cli {

int Cli::cmdExportLer()
{
    if (!m_args.isEmpty()) {
        return usage(QCoreApplication::translate("ler::cli", "export-ler takes its records with --credential ID."));
    }
    const auto format = exports::resumeFormatFromName(m_parser.value(QStringLiteral("format")));
    if (!format) {
        return usage(QCoreApplication::translate(
            "ler::cli", "Name the format with --format: ler-rs, ler-rs-vc, json-resume or pdf."));
    }
    const QString out = m_parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        return usage(QCoreApplication::translate("ler::cli", "Name the file to write with --out FILE."));
    }
    QList<exports::Sensitive> include;
    for (const QString& value : m_parser.values(QStringLiteral("include"))) {
        for (const QString& name : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto s = exports::sensitiveFromName(name.trimmed());
            if (!s) {
                return usage(QCoreApplication::translate(
                    "ler::cli", "--include takes birthDate, gender, ethnicity, citizenship or legalId, not %1.")
                                 .arg(name.trimmed()));
            }
            include.append(*s);
        }
    }
    auto wallet = openWallet();
    if (!wallet) {
        return fail(wallet.error());
    }
    auto input
        = exports::loadResumeInput((*wallet)->database(), m_parser.values(QStringLiteral("credential")), include);
    if (!input) {
        return fail(input.error());
    }
    // A résumé is read by people: untitled records go in under the names the person sees.
    ler::text::nameUntitled(input->records);
    ler::text::nameUntitled(input->nested);
    QList<exports::Omission> omissions;
    QStringList withoutQr;
    if (*format == exports::ResumeFormat::Pdf) {
        auto pdf = media::writeResumePdf(*input, out);
        if (!pdf) {
            return fail(pdf.error());
        }
        withoutQr = pdf->withoutQr;
    } else {
        auto made = exports::makeJsonResumeDocument((*wallet)->database(), *input, *format);
        if (!made) {
            return fail(made.error());
        }
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(made->bytes) != made->bytes.size() || !file.commit()) {
            return fail(Error(
                ErrorCode::Io, tx("ler::cli", "The file %1 could not be written.").arg(QDir::toNativeSeparators(out))));
        }
        omissions = made->omissions;
    }
    if (m_json) {
        QJsonArray left;
        for (const exports::Omission& o : omissions) {
            left.append(QJsonObject { { QStringLiteral("id"), o.recordId },
                { QStringLiteral("title"), o.title },
                { QStringLiteral("leftOut"), exports::omissionName(o.what) } });
        }
        emitJson({ { QStringLiteral("file"), out },
            { QStringLiteral("format"), exports::resumeFormatName(*format) },
            { QStringLiteral("records"), int(input->records.size()) },
            { QStringLiteral("leftOut"), left },
            { QStringLiteral("withoutQr"), QJsonArray::fromStringList(withoutQr) } });
        return kOk;
    }
    m_out << QCoreApplication::translate(
        "ler::cli", "Wrote a %1 résumé of %n record(s) to %2.", nullptr, int(input->records.size()))
                 .arg(exports::resumeFormatName(*format), QDir::toNativeSeparators(out))
          << '\n';
    for (const exports::Omission& o : omissions) {
        m_out << QCoreApplication::translate("ler::cli", "  left out of \"%1\": %2")
                     .arg(o.title, exports::omissionName(o.what))
              << '\n';
    }
    return kOk;
}

} // namespace ler::cli
