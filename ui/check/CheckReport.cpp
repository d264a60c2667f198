// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/check/CheckReport.h"

#include "ui/text/RecordTitle.h"
#include "ui/text/Render.h"

#include <QCoreApplication>
#include <QLocale>

namespace ler::ui::checkreport {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString when(const QDateTime& dt)
{
    return QLocale().toString(dt.toLocalTime(), QLocale::LongFormat);
}

QString statusWord(verify::Check::Status s)
{
    switch (s) {
    case verify::Check::Passed:
        return QStringLiteral("<span style=\"color:#1b6e20\">&#10004;</span>");
    case verify::Check::Failed:
        return QStringLiteral("<span style=\"color:#b00020\">&#10008;</span>");
    case verify::Check::Warning:
        return QStringLiteral("<span style=\"color:#8a4b00\">!</span>");
    case verify::Check::NotChecked:
        break;
    }
    return QStringLiteral("<span style=\"color:#555\">&#8211;</span>");
}

bool isPresentation(const verify::Report& r)
{
    return r.format == QLatin1String("presentation") || r.check(verify::reportid::kKeyBinding);
}

/// Whether the holder's own proof holds: a presentation's signature, an SD-JWT's key binding.
bool holderProofHolds(const verify::Report& r)
{
    const QString id
        = r.format == QLatin1String("presentation") ? verify::reportid::kSignature : verify::reportid::kKeyBinding;
    const verify::Check* c = r.check(id);
    return c && (c->status == verify::Check::Passed || c->status == verify::Check::Warning);
}

QString headline(const verify::Report& r)
{
    switch (r.overall) {
    case verify::Outcome::Verified:
        return QStringLiteral("<h2 style=\"color:#1b6e20\">%1</h2>")
            .arg(esc(QCoreApplication::translate("ler::ui::CheckReport", "Verified")));
    case verify::Outcome::NotVerified:
        return QStringLiteral("<h2 style=\"color:#b00020\">%1</h2>")
            .arg(esc(QCoreApplication::translate("ler::ui::CheckReport", "NOT verified")));
    case verify::Outcome::PartlyVerified:
        break;
    }
    return QStringLiteral("<h2 style=\"color:#8a4b00\">%1</h2>")
        .arg(esc(QCoreApplication::translate("ler::ui::CheckReport", "Partly verified")));
}

struct Item
{
    QString title;
    QString issuer;
    QString issuerId;
    /// The issuer is a did:key or did:jwk: its key is checked, but anyone can make such an identifier, so nothing
    /// outside the credential says the name it gives is the issuer's.
    bool nameUnconfirmed = false;
    QStringList reasons;
};

QString list(const QString& heading, const QList<Item>& items, const QString& colour)
{
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<h3 style=\"color:%1\">%2</h3><ul>").arg(colour, esc(heading));
    for (const Item& i : items) {
        html += QStringLiteral("<li><b>%1</b>").arg(esc(i.title));
        // A name is whatever the issuer wrote; the identifier is what the issuer check ties the key to.
        if (!i.issuer.isEmpty() && !i.issuerId.isEmpty() && i.issuer != i.issuerId) {
            html += esc(QStringLiteral(" - ")
                + QCoreApplication::translate("ler::ui::CheckReport", "issued by %1 (identified as %2)")
                      .arg(i.issuer, verify::shortIdentifier(i.issuerId, 48)));
            if (i.nameUnconfirmed) {
                html += QStringLiteral("<br><i>%1</i>")
                            .arg(esc(QCoreApplication::translate("ler::ui::CheckReport",
                                "The name \"%1\" is the credential's own: anyone can make an identifier like this "
                                "one, and nothing else confirms that it belongs to %1.")
                                         .arg(i.issuer)));
            }
        } else if (!i.issuer.isEmpty()) {
            html += esc(QStringLiteral(" - ")
                + QCoreApplication::translate("ler::ui::CheckReport", "issued by %1").arg(i.issuer));
        }
        for (const QString& reason : i.reasons)
            html += QStringLiteral("<br>%1").arg(esc(reason));
        html += QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

QStringList messagesOf(const verify::Report& r, verify::Check::Status status)
{
    QStringList out;
    for (const verify::Check& c : r.checks) {
        if (c.status == status)
            out.append(ler::text::render(c.message));
    }
    return out;
}

QString whoPresented(const present::CheckedPresentation& c, const Expected& expected)
{
    const verify::Report& r = c.report;
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(esc(QCoreApplication::translate("ler::ui::CheckReport", "Who presented it")));
    if (!isPresentation(r)) {
        return html
            + QStringLiteral("<p>%1</p>")
                  .arg(esc(QCoreApplication::translate("ler::ui::CheckReport",
                      "This is a credential on its own, not a presentation: nothing shows that whoever gave it "
                      "to you is the person it was issued to.")));
    }
    if (c.holder.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(QCoreApplication::translate("ler::ui::CheckReport", "The presentation names no holder.")));
    } else if (holderProofHolds(r)) {
        html
            += QStringLiteral("<p>%1<br><code>%2</code></p>")
                   .arg(esc(QCoreApplication::translate("ler::ui::CheckReport", "Presented and signed by the wallet:")),
                       esc(c.holder));
    } else {
        html += QStringLiteral("<p style=\"color:#b00020\">%1<br><code>%2</code></p>")
                    .arg(esc(QCoreApplication::translate("ler::ui::CheckReport",
                             "It names this wallet, but the wallet's signature does not hold:")),
                        esc(c.holder));
    }
    QStringList facts;
    if (!c.domain.isEmpty())
        facts.append(QCoreApplication::translate("ler::ui::CheckReport", "Made for: %1").arg(c.domain));
    if (c.created.isValid())
        facts.append(QCoreApplication::translate("ler::ui::CheckReport", "Made on: %1").arg(when(c.created)));
    facts.append(c.expires.isValid()
            ? QCoreApplication::translate("ler::ui::CheckReport", "Valid until: %1").arg(when(c.expires))
            : QCoreApplication::translate("ler::ui::CheckReport", "The holder set no end date."));
    if (c.codes > 0) {
        facts.append(QCoreApplication::translate("ler::ui::CheckReport", "Read from %n QR code(s)", nullptr, c.codes)
            + QCoreApplication::translate(
                "ler::ui::CheckReport", ", holding %n signed presentation(s).", nullptr, c.presentations));
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(facts.join(QLatin1Char('\n'))).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (const verify::Check* kb = r.check(verify::reportid::kKeyBinding)) {
        html += QStringLiteral("<p>%1 %2").arg(statusWord(kb->status), esc(ler::text::render(kb->message)));
        if (kb->status == verify::Check::Passed && !expected.challenge.isEmpty()) {
            html += QStringLiteral("<br>%1 %2")
                        .arg(statusWord(kb->status),
                            esc(QCoreApplication::translate("ler::ui::CheckReport", "It answers your challenge %1.")
                                    .arg(expected.challenge)));
        }
        html += QStringLiteral("</p>");
    }
    if (expected.challenge.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(QCoreApplication::translate("ler::ui::CheckReport",
                        "You gave no challenge: a presentation made for someone else would pass as well. Ask "
                        "the job seeker for a new one with your challenge if that matters.")));
    }
    return html;
}

} // namespace

QString html(const present::CheckedPresentation& c, const Expected& expected, const QString& source)
{
    const verify::Report& r = c.report;
    QString html = QStringLiteral("<p style=\"color:#555\">%1</p>").arg(esc(source));
    html += headline(r) + QStringLiteral("<p>%1</p>").arg(esc(ler::text::render(r.summary)));
    html += whoPresented(c, expected);

    // The credentials: a presentation's, or the one an SD-JWT or a lone credential is.
    QList<const verify::Report*> reports;
    for (const verify::Report& cr : r.credentials)
        reports.append(&cr);
    if (reports.isEmpty())
        reports.append(&r);
    QList<Item> verified, selfAsserted, failed, unchecked;
    for (qsizetype i = 0; i < reports.size(); ++i) {
        const verify::Report& cr = *reports.at(i);
        Item item;
        const present::PresentedCredential* presented = i < c.credentials.size() ? &c.credentials.at(i) : nullptr;
        // A credential that could not be read is named by its place in the presentation.
        item.title = presented && (!presented->title.isEmpty() || !presented->format.isEmpty())
            ? ler::text::recordTitle(presented->title, presented->format, presented->issuer)
            : QCoreApplication::translate("ler::ui::CheckReport", "Credential %1").arg(i + 1);
        item.issuer = i < c.credentials.size() ? c.credentials.at(i).issuer : QString();
        item.issuerId = i < c.credentials.size() ? c.credentials.at(i).issuerId : QString();
        if (cr.selfAsserted) {
            item.issuer.clear(); // the holder, said in the reason
            item.issuerId.clear();
            item.reasons.append(QCoreApplication::translate(
                "ler::ui::CheckReport", "Stated by the person who presented it; no issuer vouches for it."));
            selfAsserted.append(item);
        } else if (cr.overall == verify::Outcome::Verified) {
            const verify::Check* issuer = cr.check(verify::reportid::kIssuer);
            item.nameUnconfirmed = issuer && issuer->reason == QLatin1String("issuer/key-in-identifier");
            item.reasons = messagesOf(cr, verify::Check::Warning);
            verified.append(item);
        } else if (cr.overall == verify::Outcome::NotVerified) {
            item.reasons = messagesOf(cr, verify::Check::Failed);
            failed.append(item);
        } else {
            item.reasons = messagesOf(cr, verify::Check::NotChecked) + messagesOf(cr, verify::Check::Warning);
            if (item.reasons.isEmpty())
                item.reasons.append(ler::text::render(cr.summary));
            unchecked.append(item);
        }
    }
    html += list(
        QCoreApplication::translate("ler::ui::CheckReport", "Verified records"), verified, QStringLiteral("#1b6e20"));
    html += list(QCoreApplication::translate("ler::ui::CheckReport", "Only self-asserted"),
        selfAsserted,
        QStringLiteral("#8a4b00"));
    html += list(
        QCoreApplication::translate("ler::ui::CheckReport", "NOT verified records"), failed, QStringLiteral("#b00020"));
    html += list(QCoreApplication::translate("ler::ui::CheckReport", "Not checked, and why"),
        unchecked,
        QStringLiteral("#555555"));

    html += QStringLiteral("<h3>%1</h3><p>")
                .arg(esc(QCoreApplication::translate("ler::ui::CheckReport", "Every check of the presentation")));
    for (const verify::Check& check : r.checks)
        html += QStringLiteral("%1 %2<br>").arg(statusWord(check.status), esc(ler::text::render(check.message)));
    return html + QStringLiteral("</p>");
}

QString errorHtml(const QString& source, const QString& message)
{
    return QStringLiteral("<p style=\"color:#555\">%1</p><h2 style=\"color:#b00020\">%2</h2><p>%3</p>")
        .arg(esc(source), esc(QCoreApplication::translate("ler::ui::CheckReport", "Could not be read")), esc(message));
}

} // namespace ler::ui::checkreport
