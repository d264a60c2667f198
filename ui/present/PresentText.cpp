// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/present/PresentText.h"

#include "ui/text/RecordTitle.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace ler::ui::presenttext {

namespace {

QString dateText(const QDateTime& t)
{
    return QLocale().toString(t.toUTC().date(), QLocale::LongFormat);
}

QString dateTimeText(const QDateTime& t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::LongFormat);
}

/// A claim's value as one short line.
QString valueText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble() || v.isBool())
        return v.toVariant().toString();
    const QByteArray json = v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                        : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    const QString text = QString::fromUtf8(json);
    return text.size() > 80 ? text.left(79) + QChar(0x2026) : text;
}

} // namespace

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString warning(present::RecordWarning w)
{
    switch (w) {
    case present::RecordWarning::NotChecked:
        return QCoreApplication::translate("ler::ui::PresentText", "Your wallet has not verified it yet.");
    case present::RecordWarning::NotVerified:
        return QCoreApplication::translate(
            "ler::ui::PresentText", "It did NOT pass verification when your wallet last checked it.");
    case present::RecordWarning::PartlyVerified:
        return QCoreApplication::translate("ler::ui::PresentText", "Your wallet could only partly verify it.");
    case present::RecordWarning::Expired:
        return QCoreApplication::translate("ler::ui::PresentText", "It has expired.");
    case present::RecordWarning::NotYetValid:
        return QCoreApplication::translate("ler::ui::PresentText", "It is not valid yet.");
    case present::RecordWarning::IssuerUnknown:
        return QCoreApplication::translate(
            "ler::ui::PresentText", "Nothing ties its signing key to the issuer it names, so the issuer is unknown.");
    case present::RecordWarning::NoSignature:
        return QCoreApplication::translate(
            "ler::ui::PresentText", "It carries no signature of its own, so it cannot be verified.");
    case present::RecordWarning::SelfAsserted:
        return QCoreApplication::translate(
            "ler::ui::PresentText", "It is your own entry: the recipient sees it as stated by you, not by an issuer.");
    }
    return {};
}

QString sharing(const present::PreviewRecord& r)
{
    switch (r.sharing) {
    case present::SharingMode::Whole:
        return QCoreApplication::translate("ler::ui::PresentText",
            "Shared whole. The issuer's signature covers the whole record as one piece: leaving any part out would "
            "break the signature, so the recipient sees all of it.");
    case present::SharingMode::SelfAsserted:
        return QCoreApplication::translate("ler::ui::PresentText",
            "Your own entry. Your wallet issues it as a credential signed with your wallet's key, marked "
            "self-asserted.");
    case present::SharingMode::Selective:
        return QCoreApplication::translate("ler::ui::PresentText",
            "You choose what to show. Claims you do not tick stay hidden; the recipient cannot see them.");
    }
    return {};
}

QString dates(const present::PreviewRecord& r)
{
    QStringList parts;
    if (r.issued.isValid())
        parts.append(QCoreApplication::translate("ler::ui::PresentText", "issued %1").arg(dateText(r.issued)));
    else if (r.validFrom.isValid())
        parts.append(QCoreApplication::translate("ler::ui::PresentText", "valid from %1").arg(dateText(r.validFrom)));
    if (r.validUntil.isValid())
        parts.append(QCoreApplication::translate("ler::ui::PresentText", "valid until %1").arg(dateText(r.validUntil)));
    return parts.join(QStringLiteral(" · "));
}

QString verification(const present::PreviewRecord& r)
{
    const QString when = r.verifiedAt.isValid() ? dateText(r.verifiedAt) : QString();
    if (r.sharing == present::SharingMode::SelfAsserted)
        return QCoreApplication::translate("ler::ui::PresentText", "Nothing to verify: it is your own entry.");
    if (r.verification == QLatin1String("verified"))
        return QCoreApplication::translate("ler::ui::PresentText", "Verified by your wallet on %1.").arg(when);
    if (r.verification == QLatin1String("partly-verified"))
        return QCoreApplication::translate("ler::ui::PresentText", "Partly verified by your wallet on %1.").arg(when);
    if (r.verification == QLatin1String("not-verified"))
        return QCoreApplication::translate("ler::ui::PresentText", "NOT verified when your wallet checked it on %1.")
            .arg(when);
    if (r.verification == QLatin1String("unverifiable"))
        return QCoreApplication::translate("ler::ui::PresentText", "It carries nothing that can be verified.");
    return QCoreApplication::translate("ler::ui::PresentText", "Not checked by your wallet yet.");
}

QString previewHtml(const present::Preview& p, const QString& outputText)
{
    QString html
        = QStringLiteral("<h2>%1</h2>")
              .arg(escaped(QCoreApplication::translate("ler::ui::PresentText", "What the recipient will see")));
    html += QStringLiteral("<p>%1</p>").arg(escaped(outputText));
    html += QStringLiteral("<table cellspacing=\"4\">");
    const auto row = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(escaped(label), escaped(value));
    };
    row(QCoreApplication::translate("ler::ui::PresentText", "Signed by"),
        QCoreApplication::translate("ler::ui::PresentText", "your wallet ID %1").arg(p.holderDid));
    row(QCoreApplication::translate("ler::ui::PresentText", "For"),
        p.domain.isEmpty()
            ? QCoreApplication::translate("ler::ui::PresentText", "no recipient named: anyone may use it")
            : p.domain);
    row(QCoreApplication::translate("ler::ui::PresentText", "Challenge"),
        p.challengeMade
            ? QCoreApplication::translate("ler::ui::PresentText", "%1 (made by your wallet)").arg(p.challenge)
            : p.challenge);
    row(QCoreApplication::translate("ler::ui::PresentText", "Valid until"),
        p.expires.isValid() ? dateTimeText(p.expires)
                            : QCoreApplication::translate("ler::ui::PresentText",
                                "no end date (the recipient decides how old is too "
                                "old)"));
    html += QStringLiteral("</table>");
    for (qsizetype i = 0; i < p.records.size(); ++i) {
        const present::PreviewRecord& r = p.records.at(i);
        html += QStringLiteral("<h3>%1. %2</h3>")
                    .arg(i + 1)
                    .arg(escaped(ler::text::recordTitle(r.title, r.format, r.issuer)));
        QStringList about;
        if (!r.issuer.isEmpty())
            about.append(QCoreApplication::translate("ler::ui::PresentText", "from %1").arg(r.issuer));
        if (const QString d = dates(r); !d.isEmpty())
            about.append(d);
        if (!about.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(escaped(about.join(QStringLiteral(" · "))));
        if (r.sharing == present::SharingMode::Selective) {
            QStringList shown;
            QStringList hidden;
            for (const present::PreviewClaim& c : r.claims) {
                if (c.shared)
                    shown.append(QStringLiteral("%1: %2").arg(c.path, valueText(c.value)));
                else
                    hidden.append(c.path);
            }
            const QString none = QCoreApplication::translate("ler::ui::PresentText", "nothing");
            html += QStringLiteral("<p><b>%1</b> %2<br><b>%3</b> %4</p>")
                        .arg(escaped(QCoreApplication::translate("ler::ui::PresentText", "Shown:")),
                            escaped(shown.isEmpty() ? none : shown.join(QStringLiteral("; "))),
                            escaped(QCoreApplication::translate("ler::ui::PresentText", "Hidden:")),
                            escaped(hidden.isEmpty() ? none : hidden.join(QStringLiteral(", "))));
            if (r.keyBinding) {
                html += QStringLiteral("<p>%1</p>")
                            .arg(escaped(QCoreApplication::translate("ler::ui::PresentText",
                                "Your wallet adds proof that this credential is yours (key binding).")));
            }
        } else {
            html += QStringLiteral("<p>%1</p>").arg(escaped(sharing(r)));
        }
        // The wallet's own check is one line, in the warning colour unless it verified the record.
        const bool checkedWell
            = r.verification == QLatin1String("verified") || r.sharing == present::SharingMode::SelfAsserted;
        html += checkedWell ? QStringLiteral("<p>%1</p>").arg(escaped(verification(r)))
                            : QStringLiteral("<p style=\"color:#8a4b00\"><b>%1</b> %2</p>")
                                  .arg(escaped(QCoreApplication::translate("ler::ui::PresentText", "Warning:")),
                                      escaped(verification(r)));
        for (present::RecordWarning w : r.warnings) {
            if (w == present::RecordWarning::SelfAsserted || w == present::RecordWarning::NotChecked
                || w == present::RecordWarning::NotVerified || w == present::RecordWarning::PartlyVerified)
                continue; // said above
            html += QStringLiteral("<p style=\"color:#8a4b00\"><b>%1</b> %2</p>")
                        .arg(escaped(QCoreApplication::translate("ler::ui::PresentText", "Warning:")),
                            escaped(warning(w)));
        }
    }
    if (std::any_of(p.records.cbegin(), p.records.cend(), [](const present::PreviewRecord& r) {
            return !r.warnings.isEmpty() && r.sharing != present::SharingMode::SelfAsserted;
        })) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(escaped(QCoreApplication::translate("ler::ui::PresentText",
                        "Records with a warning can still be shared. The recipient's own check will show the same "
                        "problem.")));
    }
    return html;
}

} // namespace ler::ui::presenttext
