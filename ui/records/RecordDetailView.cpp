// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/records/RecordDetailView.h"

#include "core/records/Skills.h"
#include "ui/records/RecordText.h"
#include "ui/text/Render.h"

#include <QJsonArray>
#include <QLocale>

namespace ler::ui {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString row(const QString& label, const QString& value)
{
    if (value.trimmed().isEmpty()) {
        return {};
    }
    return QStringLiteral("<tr><td style='padding-right:12px;'><i>%1</i></td><td>%2</td></tr>")
        .arg(esc(label), esc(value));
}

QString date(const QDateTime& d)
{
    return text::longDate(d);
}

QString date(const QDate& d)
{
    return text::longDate(d);
}

} // namespace

RecordDetailView::RecordDetailView(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("recordDetail"));
    setOpenLinks(false);
    showNothing();
}

void RecordDetailView::showNothing()
{
    setHtml(QStringLiteral("<p>%1</p>").arg(esc(tr("Pick a record to see it in full."))));
}

void RecordDetailView::showRecord(
    const store::StoredCredential& credential, const std::optional<verify::StoredReport>& report)
{
    setHtml(html(credential, report));
}

QString RecordDetailView::reportHtml(
    const store::StoredCredential& c, const std::optional<verify::StoredReport>& report)
{
    if (c.record.selfAsserted) {
        return {};
    }
    if (!report) {
        return QStringLiteral("<table width='100%' style='background:#eeeeee; color:#111111;' "
                              "cellpadding='6'><tr><td><b>%1</b> %2</td></tr></table>")
            .arg(esc(tr("Not checked yet.")), esc(tr("Use \"Check again\" to check it now.")));
    }
    QString colour = QStringLiteral("#fff3cd");
    QString headline = tr("Partly verified");
    if (report->outcome == QLatin1String("verified")) {
        colour = QStringLiteral("#d4edda");
        headline = tr("Verified");
    } else if (report->outcome == QLatin1String("not-verified")) {
        colour = QStringLiteral("#f8d7da");
        headline = tr("NOT verified");
    }
    // Stored sentences are rendered now, in the language the person uses today.
    const QJsonObject shown = ler::text::renderReport(report->report);
    QString out = QStringLiteral(
        "<table width='100%' style='background:%1; color:#111111;' cellpadding='6'><tr><td><b>%2</b><br/>%3"
        "<br/><small>%4</small></td></tr></table>")
                      .arg(colour,
                          esc(headline),
                          esc(shown.value(QStringLiteral("summary")).toString()),
                          esc(tr("Checked on %1")
                                  .arg(QLocale().toString(report->verifiedAt.toLocalTime(), QLocale::LongFormat))));
    out += QStringLiteral("<table cellpadding='2'>");
    for (const QJsonValue& v : shown.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject check = v.toObject();
        const QString status = check.value(QStringLiteral("status")).toString();
        const QString mark = status == QLatin1String("passed") ? QStringLiteral("<span style='color:#1e7b34;'>✔</span>")
            : status == QLatin1String("failed")  ? QStringLiteral("<span style='color:#b00020;'>✘</span>")
            : status == QLatin1String("warning") ? QStringLiteral("<span style='color:#a06800;'>!</span>")
                                                 : QStringLiteral("<span style='color:#777;'>–</span>");
        out += QStringLiteral("<tr><td valign='top'>%1</td><td>%2</td></tr>")
                   .arg(mark, esc(check.value(QStringLiteral("message")).toString()));
    }
    out += QStringLiteral("</table>");
    const int nested = int(report->report.value(QStringLiteral("credentials")).toArray().size());
    if (nested > 0) {
        out += QStringLiteral("<p><small>%1</small></p>")
                   .arg(esc(tr("%n credential(s) inside were checked too; select them in the list to see their checks.",
                       nullptr,
                       nested)));
    }
    return out;
}

QString RecordDetailView::html(const store::StoredCredential& c, const std::optional<verify::StoredReport>& report)
{
    const model::Record& r = c.record;
    QString out = reportHtml(c, report);
    if (r.selfAsserted) {
        out += QStringLiteral("<p><i>%1</i></p>")
                   .arg(esc(tr("You entered this yourself; no one else has vouched for it.")));
    } else if (r.unverified) {
        out += QStringLiteral("<p><i>%1</i></p>")
                   .arg(esc(tr("This record carries no signature, so it cannot be checked.")));
    }
    if (!r.description.isEmpty()) {
        out += QStringLiteral("<p>%1</p>").arg(esc(r.description));
    }
    if (!c.notFetched.isEmpty()) {
        out += QStringLiteral("<p style='color:#8a5a00;'>%1<br/>%2</p>")
                   .arg(esc(tr("Some details were not downloaded, because the network was off or the issuer could not "
                               "be reached:")),
                       esc(c.notFetched.join(QStringLiteral(", "))));
    }
    out += QStringLiteral("<table>");
    out += row(tr("Kind"), text::kind(c.summary.kind));
    out += row(tr("Issued by"), r.issuer.name);
    out += row(tr("Issuer id"), r.issuer.id);
    out += row(tr("Issued on"), date(r.dates.issued));
    out += row(tr("Valid from"), date(r.dates.validFrom));
    out += row(tr("Valid until"), date(r.dates.validUntil));
    out += row(tr("Started"), date(r.dates.activityStart));
    out += row(tr("Ended"), date(r.dates.activityEnd));
    out += row(tr("Achievement"), r.achievement.type);
    out += row(tr("Result"), r.achievement.result);
    out += row(tr("Credits"), r.achievement.credits);
    out += row(tr("Level"), r.achievement.level);
    out += row(tr("Criteria"), r.achievement.criteria);
    out += row(tr("GPA"), r.gpa);
    out += row(tr("Checked"), ler::text::render(c.summary.verificationText()));
    out += QStringLiteral("</table>");

    if (!r.alignments.isEmpty()) {
        out += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Skills and alignments")));
        for (const auto& a : r.alignments) {
            QString framework = a.framework;
            if (framework.isEmpty() && records::isCtid(a.code)) {
                framework = tr("Credential Engine Registry");
            }
            QStringList where;
            if (!framework.isEmpty()) {
                where.append(framework);
            }
            if (!a.code.isEmpty()) {
                where.append(a.code);
            }
            const QString url = records::isCtid(a.code) ? records::ctidUrl(a.code) : a.url;
            QString item = esc(a.targetName.isEmpty() ? a.code : a.targetName);
            if (!where.isEmpty()) {
                item += QStringLiteral(" <i>(%1)</i>").arg(esc(where.join(QStringLiteral(", "))));
            }
            if (url.startsWith(QLatin1String("https://")) || url.startsWith(QLatin1String("http://"))) {
                item += QStringLiteral("<br/><small>%1</small>").arg(esc(url));
            }
            out += QStringLiteral("<li>%1</li>").arg(item);
        }
        out += QStringLiteral("</ul>");
    }
    if (!r.courses.isEmpty()) {
        out += QStringLiteral("<h3>%1</h3><table><tr><th align='left'>%2</th><th align='left'>%3</th>"
                              "<th align='left'>%4</th><th align='left'>%5</th></tr>")
                   .arg(esc(tr("Courses")), esc(tr("Course")), esc(tr("Code")), esc(tr("Credits")), esc(tr("Grade")));
        for (const auto& course : r.courses) {
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                       .arg(esc(course.title), esc(course.code), esc(course.credits), esc(course.grade));
        }
        out += QStringLiteral("</table>");
    }
    if (!r.degrees.isEmpty()) {
        out += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Degrees and awards")));
        for (const auto& d : r.degrees) {
            out += QStringLiteral("<li>%1 %2</li>").arg(esc(d.title), esc(date(d.date)));
        }
        out += QStringLiteral("</ul>");
    }
    if (!r.evidence.isEmpty()) {
        out += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Evidence")));
        for (const auto& e : r.evidence) {
            QString item = esc(e.name.isEmpty() ? e.id : e.name);
            for (const QString& more : { e.description, e.narrative }) {
                if (!more.trimmed().isEmpty()) {
                    item += QStringLiteral("<br/>") + esc(more.trimmed());
                }
            }
            out += QStringLiteral("<li>%1</li>").arg(item);
        }
        out += QStringLiteral("</ul>");
    }
    out += QStringLiteral("<h3>%1</h3><table>").arg(esc(tr("Where it came from")));
    out += row(tr("Format"), model::sourceFormatName(r.sourceFormat) + QLatin1Char(' ') + r.sourceVersion);
    out += row(tr("Imported from"), c.summary.source);
    out += row(tr("Added"), date(QDateTime::fromString(c.summary.addedAt, Qt::ISODate).toLocalTime()));
    out += row(tr("Fingerprint (SHA-256)"), c.contentHash);
    out += QStringLiteral("</table>");
    return out;
}

} // namespace ler::ui
