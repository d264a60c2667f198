// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "media/ResumePdf.h"

#include "core/qr/Vpqr.h"
#include "core/records/Library.h"
#include "core/records/Skills.h"
#include "media/QrImage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace ler::media {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("ler::media", s);
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString monthYear(const QDate& d)
{
    return d.isValid() ? QLocale().toString(d, QStringLiteral("MMM yyyy")) : QString();
}

QString period(const model::Record& r)
{
    if (r.dates.activityStart.isValid()) {
        return tr("%1 – %2").arg(monthYear(r.dates.activityStart),
            r.dates.activityEnd.isValid() ? monthYear(r.dates.activityEnd) : tr("now"));
    }
    if (r.dates.issued.isValid()) {
        return QLocale().toString(r.dates.issued.toLocalTime().date(), QLocale::LongFormat);
    }
    return {};
}

QString stateWords(const store::CredentialSummary& s)
{
    const QDateTime when = QDateTime::fromString(s.verifiedAt, Qt::ISODateWithMs);
    const QString date
        = when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat) : QString();
    if (s.verification == QLatin1String("verified")) {
        return tr("Verified by LER Wallet on %1").arg(date);
    }
    if (s.verification == QLatin1String("partly-verified")) {
        return tr("Partly verified on %1").arg(date);
    }
    if (s.verification == QLatin1String("not-verified")) {
        return tr("Not verified (checked on %1)").arg(date);
    }
    if (s.selfAsserted) {
        return tr("Self-reported");
    }
    if (s.verification == QLatin1String("unverifiable")) {
        return tr("Unsigned document");
    }
    return tr("Not checked");
}

enum class Part
{
    Work,
    Education,
    Certifications,
    Licenses,
};

Part partOf(const model::Record& r)
{
    if (r.sourceFormat == model::SourceFormat::Clr2) {
        return Part::Education;
    }
    switch (r.kind) {
    case model::RecordKind::Work:
        return Part::Work;
    case model::RecordKind::Education:
    case model::RecordKind::Training:
    case model::RecordKind::Course:
        return Part::Education;
    case model::RecordKind::License:
        return Part::Licenses;
    default:
        return Part::Certifications;
    }
}

/// The verification QR of a record: its JSON-LD credential as one VPQR code, when it fits.
QImage qrOf(const store::StoredCredential& c)
{
    const QJsonValue credential = exports::credentialOf(c);
    if (!credential.isObject() || !credential.toObject().contains(QStringLiteral("@context"))
        || !credential.toObject().contains(QStringLiteral("proof"))) {
        return {};
    }
    const qr::QrPolicy policy;
    auto code = qr::vpqrCode(credential.toObject(), policy);
    if (!code || !code->fit.fits()) {
        return {};
    }
    auto symbol = QrSymbol::encode(code->payload, policy);
    if (!symbol) {
        return {};
    }
    QrRenderOptions options;
    options.moduleSize = 6;
    return renderQr(*symbol, options);
}

} // namespace

Result<ResumePdfReport> makeResumePdf(const exports::ResumeInput& input)
{
    ResumePdfReport report;
    QTextDocument doc;
    const exports::Person& p = input.person;
    QString html = QStringLiteral("<html><body style='font-size:10pt;'>");
    html += QStringLiteral("<h1 style='margin-bottom:0;'>%1</h1>")
                .arg(esc(p.fullName().isEmpty() ? tr("Résumé") : p.fullName()));
    if (!p.headline.isEmpty()) {
        html += QStringLiteral("<p style='font-size:12pt; margin-top:2px;'>%1</p>").arg(esc(p.headline));
    }
    QStringList contact;
    for (const QString& c : { p.email, p.phone, p.location, p.url }) {
        if (!c.trimmed().isEmpty()) {
            contact.append(esc(c.trimmed()));
        }
    }
    if (!contact.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(contact.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    }
    if (!p.summary.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(p.summary));
    }
    const std::array<std::pair<Part, QString>, 4> parts { {
        { Part::Work, tr("Work experience") },
        { Part::Education, tr("Education and training") },
        { Part::Certifications, tr("Badges and certifications") },
        { Part::Licenses, tr("Licenses") },
    } };
    int qrNumber = 0;
    for (const auto& [part, heading] : parts) {
        QString rows;
        for (const store::StoredCredential& c : input.records) {
            const model::Record& r = c.record;
            if (partOf(r) != part) {
                continue;
            }
            QString cell = QStringLiteral("<b>%1</b>").arg(esc(r.title));
            const QString issuer = r.issuer.name.isEmpty() ? r.issuer.id : r.issuer.name;
            QStringList line;
            if (!issuer.isEmpty()) {
                line.append(esc(issuer));
            }
            if (const QString when = period(r); !when.isEmpty()) {
                line.append(esc(when));
            }
            if (!line.isEmpty()) {
                cell += QStringLiteral("<br/>") + line.join(QStringLiteral(" · "));
            }
            if (!r.description.isEmpty()) {
                cell += QStringLiteral("<br/><span style='color:#333333;'>%1</span>").arg(esc(r.description.left(600)));
            }
            cell += QStringLiteral("<br/><i style='color:#555555;'>%1</i>").arg(esc(stateWords(c.summary)));
            QString qrCell;
            const QImage qr = qrOf(c);
            if (!qr.isNull()) {
                const QString name = QStringLiteral("qr-%1.png").arg(++qrNumber);
                doc.addResource(QTextDocument::ImageResource, QUrl(name), qr);
                qrCell = QStringLiteral("<img src='%1' width='96' height='96'/><br/><small>%2</small>")
                             .arg(name, esc(tr("Scan to verify")));
                report.withQr.append(c.summary.id);
            } else if (!r.selfAsserted) {
                report.withoutQr.append(c.summary.id);
            }
            rows += QStringLiteral("<tr><td valign='top' style='padding-bottom:10px;'>%1</td>"
                                   "<td valign='top' align='center' width='110'>%2</td></tr>")
                        .arg(cell, qrCell);
        }
        if (!rows.isEmpty()) {
            html += QStringLiteral("<h2 style='border-bottom:1px solid #999999;'>%1</h2>"
                                   "<table width='100%' cellspacing='0' cellpadding='2'>%2</table>")
                        .arg(esc(heading), rows);
        }
    }
    QList<records::Entry> entries;
    for (const auto* list : { &input.records, &input.nested }) {
        for (const store::StoredCredential& c : *list) {
            entries.append(records::Entry { c.summary, c.record, {}, {}, 0, 0, {} });
        }
    }
    const QList<records::Skill> skills = records::aggregateSkills(entries);
    if (!skills.isEmpty()) {
        QStringList names;
        for (const records::Skill& s : skills) {
            names.append(esc(s.name));
        }
        html += QStringLiteral("<h2 style='border-bottom:1px solid #999999;'>%1</h2><p>%2</p>")
                    .arg(esc(tr("Skills")), names.join(QStringLiteral(" · ")));
    }
    if (!report.withQr.isEmpty()) {
        html += QStringLiteral("<p><small>%1</small></p>")
                    .arg(esc(tr("Each QR code holds the credential itself, signed by its issuer. Scan it with a "
                                "verifier app (LER Wallet, VerifierPlus) to check it.")));
    }
    html += QStringLiteral("</body></html>");
    doc.setHtml(html);

    QBuffer buffer(&report.pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(p.fullName().isEmpty() ? tr("Résumé") : tr("Résumé of %1").arg(p.fullName()));
        writer.setCreator(QStringLiteral("LER Wallet"));
        doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        doc.print(&writer);
        report.pages = doc.pageCount();
    }
    buffer.close();
    if (report.pdf.isEmpty()) {
        return Error(ErrorCode::Internal, tx("ler::media", "The PDF could not be made."));
    }
    return report;
}

Result<ResumePdfReport> writeResumePdf(const exports::ResumeInput& input, const QString& path)
{
    auto made = makeResumePdf(input);
    if (!made) {
        return made;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(made->pdf) != made->pdf.size() || !file.commit()) {
        return Error(ErrorCode::Io, tx("ler::media", "The file %1 could not be written.").arg(path));
    }
    return made;
}

} // namespace ler::media
