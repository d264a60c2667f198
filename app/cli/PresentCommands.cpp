// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// The commands that share records: present (a signed presentation), whoami (the wallet's own ID) and history.

#include "app/cli/Cli.h"
#include "core/present/HolderKeys.h"
#include "core/present/PresentationService.h"
#include "core/present/SharingHistory.h"
#include "core/util/Duration.h"
#include "media/PresentationCodes.h"
#include "media/PresentationPdf.h"
#include "ui/text/RecordTitle.h"
#include "ui/text/Render.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSaveFile>

namespace ler::cli {

namespace {

// The preview as JSON with its sentences (each record's verification summary) in the person's language.
QJsonObject renderedPreview(const present::Preview& preview)
{
    QJsonObject json = ler::text::withTitles(preview).toJson();
    QJsonArray records;
    for (const QJsonValue& r : json.value(QStringLiteral("records")).toArray()) {
        QJsonObject record = r.toObject();
        record.insert(QStringLiteral("verificationSummary"),
            ler::text::render(Text::fromJson(record.value(QStringLiteral("verificationSummary")))));
        records.append(record);
    }
    json.insert(QStringLiteral("records"), records);
    return json;
}

const QString kCredential = QStringLiteral("credential");
const QString kDisclose = QStringLiteral("disclose");
const QString kExpires = QStringLiteral("expires");
const QString kFormat = QStringLiteral("format");
const QString kPreview = QStringLiteral("preview");
const QString kDelete = QStringLiteral("delete");
const QString kQrPolicy = QStringLiteral("qr-policy");

/// The outputs made of QR codes: a PDF with them, or one file per code in a folder.
const QString kPdf = QStringLiteral("pdf");
const QMap<QString, media::CodeFileFormat> kCodeFormats {
    { QStringLiteral("qr-png"), media::CodeFileFormat::Png },
    { QStringLiteral("qr-svg"), media::CodeFileFormat::Svg },
    { QStringLiteral("qr-text"), media::CodeFileFormat::Text },
};

QString warningText(present::RecordWarning w)
{
    switch (w) {
    case present::RecordWarning::NotChecked:
        return QCoreApplication::translate("ler::cli", "Your wallet has not verified it yet.");
    case present::RecordWarning::NotVerified:
        return QCoreApplication::translate(
            "ler::cli", "It did NOT pass verification when your wallet last checked it.");
    case present::RecordWarning::PartlyVerified:
        return QCoreApplication::translate("ler::cli", "Your wallet could only partly verify it.");
    case present::RecordWarning::Expired:
        return QCoreApplication::translate("ler::cli", "It has expired.");
    case present::RecordWarning::NotYetValid:
        return QCoreApplication::translate("ler::cli", "It is not valid yet.");
    case present::RecordWarning::IssuerUnknown:
        return QCoreApplication::translate("ler::cli", "Nothing ties its signing key to the issuer it names.");
    case present::RecordWarning::NoSignature:
        return QCoreApplication::translate("ler::cli", "It carries no signature of its own, so it cannot be verified.");
    case present::RecordWarning::SelfAsserted:
        return QCoreApplication::translate(
            "ler::cli", "It is your own entry: your wallet signs it, and the recipient sees it as stated by you.");
    }
    return {};
}

QString sharingText(const present::PreviewRecord& r)
{
    switch (r.sharing) {
    case present::SharingMode::Whole:
        return QCoreApplication::translate("ler::cli",
            "Shared whole: the issuer's signature covers the whole record, so no part of it can be left out.");
    case present::SharingMode::SelfAsserted:
        return QCoreApplication::translate("ler::cli", "Shared as a credential your wallet issues and signs.");
    case present::SharingMode::Selective: {
        QStringList shown;
        QStringList hidden;
        for (const present::PreviewClaim& c : r.claims)
            (c.shared ? shown : hidden).append(c.path);
        const QString none = QCoreApplication::translate("ler::cli", "(none)");
        return QCoreApplication::translate("ler::cli", "Shown: %1. Hidden: %2.")
            .arg(shown.isEmpty() ? none : shown.join(QStringLiteral(", ")),
                hidden.isEmpty() ? none : hidden.join(QStringLiteral(", ")));
    }
    }
    return {};
}

void printPreview(QTextStream& out, const present::Preview& p)
{
    out << QCoreApplication::translate("ler::cli", "Signed with your wallet ID %1").arg(p.holderDid) << '\n';
    out << QCoreApplication::translate("ler::cli", "For: %1")
               .arg(p.domain.isEmpty() ? QCoreApplication::translate("ler::cli", "(no recipient named)") : p.domain)
        << '\n';
    out << (p.challengeMade ? QCoreApplication::translate("ler::cli", "Challenge (made by your wallet): %1")
                            : QCoreApplication::translate("ler::cli", "Challenge: %1"))
               .arg(p.challenge)
        << '\n';
    if (p.expires.isValid())
        out << QCoreApplication::translate("ler::cli", "Valid until: %1").arg(p.expires.toString(Qt::ISODate)) << '\n';
    for (qsizetype i = 0; i < p.records.size(); ++i) {
        const present::PreviewRecord& r = p.records.at(i);
        QString line = QStringLiteral("%1. %2").arg(i + 1).arg(ler::text::recordTitle(r.title, r.format, r.issuer));
        if (!r.issuer.isEmpty())
            line += QStringLiteral(" - ") + r.issuer;
        out << line << '\n' << QStringLiteral("   ") << sharingText(r) << '\n';
        if (r.keyBinding)
            out << QStringLiteral("   ")
                << QCoreApplication::translate("ler::cli", "Your wallet proves that it is yours (key binding).")
                << '\n';
        for (present::RecordWarning w : r.warnings)
            out << QStringLiteral("   ") << QCoreApplication::translate("ler::cli", "Note: %1").arg(warningText(w))
                << '\n';
    }
}

} // namespace

int Cli::cmdWhoami()
{
    if (!m_args.isEmpty())
        return usage(QCoreApplication::translate("ler::cli", "whoami takes no arguments."));
    auto wallet = openWallet();
    if (!wallet)
        return fail(wallet.error());
    auto me = present::HolderKeys((*wallet)->database()).identity();
    if (!me)
        return fail(me.error());
    if (m_json) {
        emitJson(me->toJson());
        return kOk;
    }
    m_out << QCoreApplication::translate("ler::cli", "Your wallet ID: %1").arg(me->did) << '\n'
          << QCoreApplication::translate("ler::cli", "Public key (JWK, for an issuer's cnf.jwk): %1")
                 .arg(QString::fromUtf8(QJsonDocument(me->publicJwk()).toJson(QJsonDocument::Compact)))
          << '\n';
    return kOk;
}

int Cli::cmdPresent()
{
    if (!m_args.isEmpty())
        return usage(QCoreApplication::translate("ler::cli", "present takes its records with --credential ID."));
    const QString formatName = m_parser.value(kFormat);
    const bool codes = formatName == kPdf || kCodeFormats.contains(formatName);
    const auto format
        = codes ? std::optional(present::PresentationFormat::VpJson) : present::presentationFormatFromName(formatName);
    if (!format) {
        return usage(QCoreApplication::translate(
            "ler::cli", "Choose --format vp-json, vp-jwt, sd-jwt, pdf, qr-png, qr-svg or qr-text."));
    }
    const auto choice = present::qrChoiceFromName(
        m_parser.isSet(kQrPolicy) ? m_parser.value(kQrPolicy) : qrChoiceName(present::QrChoice::Auto));
    if (!choice)
        return usage(QCoreApplication::translate("ler::cli", "Choose --qr-policy auto, robust or verifierplus."));
    if (m_parser.isSet(kQrPolicy) && !codes)
        return usage(QCoreApplication::translate("ler::cli", "--qr-policy goes with the pdf and qr formats."));
    const QStringList ids = m_parser.values(kCredential);
    if (ids.isEmpty())
        return usage(QCoreApplication::translate("ler::cli", "Name the records to share with --credential ID."));
    const bool previewOnly = m_parser.isSet(kPreview);
    const QString out = m_parser.value(QStringLiteral("out"));
    if (out.isEmpty() && !previewOnly)
        return usage(QCoreApplication::translate("ler::cli", "Name the file to write with --out FILE."));

    present::PresentationRequest request;
    request.format = *format;
    for (const QString& id : ids)
        request.records.append({ id.trimmed(), {} });
    for (const QString& d : m_parser.values(kDisclose)) {
        const QString id = d.section(QLatin1Char(':'), 0, 0).trimmed();
        const QString claim = d.section(QLatin1Char(':'), 1).trimmed();
        auto it = std::find_if(request.records.begin(), request.records.end(), [&id](const present::RecordChoice& c) {
            return c.recordId == id;
        });
        if (id.isEmpty() || claim.isEmpty())
            return usage(
                QCoreApplication::translate("ler::cli", "--disclose takes ID:CLAIM, such as %1:achievement.grade.")
                    .arg(ids.constFirst()));
        if (it == request.records.end()) {
            return usage(QCoreApplication::translate(
                "ler::cli", "--disclose names %1, which is not one of the records given with --credential.")
                             .arg(id));
        }
        it->disclose.append(claim);
    }
    request.recipient.domain = m_parser.value(QStringLiteral("domain")).trimmed();
    request.recipient.challenge = m_parser.value(QStringLiteral("challenge")).trimmed();
    if (m_parser.isSet(kExpires)) {
        auto seconds = parseDurationSeconds(m_parser.value(kExpires), false);
        if (!seconds)
            return usage(ler::text::render(seconds.error()));
        request.recipient.expires = QDateTime::currentDateTimeUtc().addSecs(*seconds);
    }

    auto wallet = openWallet();
    if (!wallet)
        return fail(wallet.error());
    // The output is opened first: a place that cannot take it fails before anything is signed or kept.
    // Unbuffered: Qt 6.4's QSaveFile::commit() misses a write error of its last flush (a full disk).
    QSaveFile file(out);
    const bool folder = kCodeFormats.contains(formatName);
    if (!previewOnly && folder) {
        if (Status ok = media::checkCodeFolder(out); !ok)
            return fail(Error(ErrorCode::Io, ok.error().message, ok.error().reason));
    } else if (!previewOnly && !file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return fail({ ErrorCode::Io, tx("ler::cli", "Could not write %1.").arg(out) });
    }
    present::PresentationService service((*wallet)->database());
    auto plan = codes ? service.prepareForCodes(request) : service.prepare(request);
    if (!plan)
        return fail(plan.error());
    if (previewOnly) {
        if (m_json)
            emitJson(renderedPreview(plan->preview));
        else
            printPreview(m_out, plan->preview);
        return kOk;
    }
    if (codes)
        return presentCodes(service, *plan, *choice, formatName, out, file);
    auto shared = service.share(
        *plan,
        [&file, &out](const present::Presentation& p) -> Status {
            if (file.write(p.bytes) != p.bytes.size() || !file.commit())
                return Error(ErrorCode::Io, tx("ler::cli", "Could not write %1.").arg(out));
            return {};
        },
        [&out] { QFile::remove(out); });
    if (!shared)
        return fail(shared.error());
    if (m_json) {
        emitJson({ { QStringLiteral("out"), out },
            { QStringLiteral("format"), present::presentationFormatName(*format) },
            { QStringLiteral("mediaType"), shared->presentation.mediaType },
            { QStringLiteral("sha256"), shared->presentation.sha256() },
            { QStringLiteral("historyId"), shared->historyId },
            { QStringLiteral("preview"), renderedPreview(plan->preview) } });
    } else {
        printPreview(m_out, plan->preview);
        m_out << QCoreApplication::translate("ler::cli", "Wrote the presentation (%1) to %2.").arg(formatName, out)
              << '\n';
    }
    return kOk;
}

int Cli::presentCodes(present::PresentationService& service,
    const present::PresentationPlan& plan,
    present::QrChoice choice,
    const QString& formatName,
    const QString& out,
    QSaveFile& file)
{
    auto made = service.makeQrCodes(plan, choice);
    if (!made)
        return fail(made.error());
    present::Presentation summary = made->combined();
    QStringList written;
    Result<qint64> id = qint64(0);
    if (formatName == kPdf) {
        auto pdf = media::presentationPdf(ler::text::withTitles(plan.preview), *made);
        if (!pdf)
            return fail(pdf.error());
        summary.bytes = *pdf;
        id = service.record(
            summary,
            formatName,
            [&]() -> Status {
                if (file.write(*pdf) != pdf->size() || !file.commit())
                    return Error(ErrorCode::Io, tx("ler::cli", "Could not write %1.").arg(out));
                written.append(out);
                return {};
            },
            [&out] { QFile::remove(out); });
    } else {
        const bool folderExisted = QFileInfo::exists(out);
        id = service.record(
            summary,
            formatName,
            [&]() -> Status {
                auto files
                    = media::saveCodes(ler::text::withTitles(plan.preview), *made, out, kCodeFormats.value(formatName));
                if (!files)
                    return files.error();
                written = *files;
                return {};
            },
            [&] { media::removeCodes(written, folderExisted ? QString() : out); });
    }
    if (!id)
        return fail(id.error());
    if (m_json) {
        QJsonArray codes;
        for (const present::QrCodeSpec& c : made->codes)
            codes.append(c.payload.size());
        emitJson({ { QStringLiteral("out"), out },
            { QStringLiteral("format"), formatName },
            { QStringLiteral("carries"), present::presentationFormatName(plan.request.format) },
            { QStringLiteral("codes"), made->codes.size() },
            { QStringLiteral("presentations"), made->presentations.size() },
            { QStringLiteral("files"), QJsonArray::fromStringList(written) },
            { QStringLiteral("sha256"), summary.sha256() },
            { QStringLiteral("historyId"), *id },
            { QStringLiteral("preview"), renderedPreview(plan.preview) } });
        return kOk;
    }
    printPreview(m_out, plan.preview);
    if (formatName == kPdf) {
        m_out << QCoreApplication::translate(
            "ler::cli", "Wrote the PDF with %n QR code(s) to %1.", nullptr, int(made->codes.size()))
                     .arg(out)
              << '\n';
    } else {
        m_out << QCoreApplication::translate("ler::cli", "Wrote %n QR code(s) to %1:", nullptr, int(made->codes.size()))
                     .arg(QDir::toNativeSeparators(out))
              << '\n';
        for (const QString& w : std::as_const(written))
            m_out << "  " << QFileInfo(w).fileName() << '\n';
    }
    return kOk;
}

int Cli::cmdHistory()
{
    if (!m_args.isEmpty())
        return usage(QCoreApplication::translate("ler::cli", "history takes no arguments; delete with --delete ID."));
    qint64 deleteId = 0;
    if (m_parser.isSet(kDelete)) {
        bool ok = false;
        deleteId = m_parser.value(kDelete).toLongLong(&ok);
        if (!ok || deleteId <= 0)
            return usage(QCoreApplication::translate("ler::cli", "--delete takes the number of a history entry."));
    }
    auto wallet = openWallet();
    if (!wallet)
        return fail(wallet.error());
    present::SharingHistory history((*wallet)->database());
    if (deleteId > 0) {
        if (Status removed = history.remove(deleteId); !removed)
            return fail(removed.error());
        if (m_json)
            emitJson({ { QStringLiteral("deleted"), deleteId } });
        else
            m_out << QCoreApplication::translate("ler::cli", "Deleted history entry %1.").arg(deleteId) << '\n';
        return kOk;
    }
    auto entries = history.list();
    if (!entries)
        return fail(entries.error());
    if (m_json) {
        QJsonArray array;
        for (const present::HistoryEntry& e : std::as_const(*entries))
            array.append(e.toJson());
        emitJsonArray(array);
        return kOk;
    }
    if (entries->isEmpty())
        m_out << QCoreApplication::translate("ler::cli", "You have not shared anything yet.") << '\n';
    for (const present::HistoryEntry& e : std::as_const(*entries)) {
        QStringList records;
        for (const present::SharedRecord& r : e.records) {
            const QString title = ler::text::recordTitle(r.title, r.format, r.issuer);
            records.append(
                r.claims.isEmpty() ? title : QStringLiteral("%1 (%2)").arg(title, r.claims.join(QStringLiteral(", "))));
        }
        const QString recipient
            = e.recipient.isEmpty() ? QCoreApplication::translate("ler::cli", "no recipient named") : e.recipient;
        m_out << QStringLiteral("%1  %2  %3  %4: %5\n")
                     .arg(QString::number(e.id),
                         e.createdAt.toString(Qt::ISODate),
                         e.format,
                         recipient,
                         records.join(QStringLiteral("; ")));
        if (e.sharedBy == present::SharedBy::CounselorWithClient)
            m_out << "    " << QCoreApplication::translate("ler::cli", "Shared by a counselor with you present.")
                  << '\n';
    }
    m_out.flush();
    return kOk;
}

} // namespace ler::cli
