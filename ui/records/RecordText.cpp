// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/records/RecordText.h"

#include "ui/text/RecordTitle.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace ler::ui::text {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("ler::ui::text", s);
}

/// The display name an SD-JWT VC's type metadata gives (vctm or display claims), for the first language offered.
QString displayName(const QJsonObject& claims)
{
    for (const char* key : { "display", "vct_display" }) {
        const QJsonArray display = claims.value(QLatin1String(key)).toArray();
        for (const QJsonValue& d : display) {
            const QString name = d.toObject().value(QStringLiteral("name")).toString().trimmed();
            if (!name.isEmpty()) {
                return name;
            }
        }
    }
    return {};
}

bool isPersonalIdType(const QStringList& types)
{
    for (const QString& t : types) {
        const QString lower = t.toLower();
        if (lower.contains(QLatin1String(":pid")) || lower.contains(QLatin1String("/pid"))
            || lower.contains(QLatin1String("personidentification"))) {
            return true;
        }
    }
    return false;
}

QString sdJwtTitle(const model::Record& r)
{
    const QString given = r.claims.value(QStringLiteral("given_name")).toString().trimmed();
    const QString family = r.claims.value(QStringLiteral("family_name")).toString().trimmed();
    const QString name = QStringList { given, family }.join(QLatin1Char(' ')).simplified();
    if (isPersonalIdType(r.credentialTypes)) {
        return name.isEmpty() ? tr("Personal ID") : tr("Personal ID: %1").arg(name);
    }
    if (const QString shown = displayName(r.claims); !shown.isEmpty()) {
        return shown;
    }
    // Records imported by older versions carry the type URI as their title; a person reads the well-known claims
    // better.
    const bool titleIsType = r.credentialTypes.contains(r.title) || r.title.isEmpty();
    if (!titleIsType) {
        return r.title;
    }
    const QString degree = r.claims.value(QStringLiteral("degree")).toString();
    if (!degree.isEmpty()) {
        return degree;
    }
    if (!name.isEmpty()) {
        return tr("Credential of %1").arg(name);
    }
    return ler::text::fallbackTitle(r.sourceFormat, r.issuer.name); // the stored title may be the type URI
}

} // namespace

Verification verificationOf(const QString& outcome)
{
    if (outcome == QLatin1String("verified")) {
        return Verification::Verified;
    }
    if (outcome == QLatin1String("partly-verified")) {
        return Verification::PartlyVerified;
    }
    if (outcome == QLatin1String("not-verified")) {
        return Verification::NotVerified;
    }
    if (outcome == QLatin1String("unverifiable")) {
        return Verification::NothingToCheck;
    }
    return Verification::Unchecked;
}

QString title(const model::Record& r)
{
    switch (r.sourceFormat) {
    case model::SourceFormat::SdJwtVc:
        return sdJwtTitle(r);
    case model::SourceFormat::PescCollegeTranscript:
    case model::SourceFormat::PescHighSchoolTranscript:
        // The kind of transcript alone: the card's issuer line names the school.
        return ler::text::fallbackTitle(r.sourceFormat, {});
    default:
        break;
    }
    QString t = r.title.simplified();
    // "Transcript: Ventura College" or "Ventura College - Transcript": the issuer line already names it.
    const QString issuer = r.issuer.name.simplified();
    if (!issuer.isEmpty() && t.size() > issuer.size() + 3) {
        for (const QString& sep : { QStringLiteral(": "), QStringLiteral(" - "), QStringLiteral(" – ") }) {
            if (t.endsWith(sep + issuer, Qt::CaseInsensitive)) {
                t.chop(sep.size() + issuer.size());
            } else if (t.startsWith(issuer + sep, Qt::CaseInsensitive)) {
                t.remove(0, issuer.size() + sep.size());
            }
        }
    }
    if (t.isEmpty()) {
        t = r.achievement.type.isEmpty() ? ler::text::fallbackTitle(r.sourceFormat, r.issuer.name) : r.achievement.type;
    }
    return t;
}

QString kind(const QString& kindName)
{
    static const QHash<QString, const char*> names {
        { QStringLiteral("education"), QT_TRANSLATE_NOOP("ler::ui::text", "Education") },
        { QStringLiteral("training"), QT_TRANSLATE_NOOP("ler::ui::text", "Training") },
        { QStringLiteral("work"), QT_TRANSLATE_NOOP("ler::ui::text", "Work") },
        { QStringLiteral("badge"), QT_TRANSLATE_NOOP("ler::ui::text", "Badge") },
        { QStringLiteral("certification"), QT_TRANSLATE_NOOP("ler::ui::text", "Certification") },
        { QStringLiteral("license"), QT_TRANSLATE_NOOP("ler::ui::text", "License") },
        { QStringLiteral("course"), QT_TRANSLATE_NOOP("ler::ui::text", "Course") },
        { QStringLiteral("assessment"), QT_TRANSLATE_NOOP("ler::ui::text", "Assessment") },
        { QStringLiteral("other"), QT_TRANSLATE_NOOP("ler::ui::text", "Other") },
    };
    const char* name = names.value(kindName, nullptr);
    return name ? tr(name) : kindName;
}

QString issuer(const records::Entry& e)
{
    const QString name = e.record.issuer.name.isEmpty() ? e.summary.issuer : e.record.issuer.name;
    if (e.summary.selfAsserted) {
        return name.isEmpty() ? tr("Your own entry") : tr("%1 (your own entry)").arg(name);
    }
    if (!name.isEmpty()) {
        return name;
    }
    return e.record.issuer.id.isEmpty() ? tr("Issuer not named") : e.record.issuer.id;
}

QString verificationWord(Verification v)
{
    switch (v) {
    case Verification::Verified:
        return tr("Verified");
    case Verification::PartlyVerified:
        return tr("Partly verified");
    case Verification::NotVerified:
        return tr("NOT verified");
    case Verification::Unchecked:
        return tr("Not checked yet");
    case Verification::NothingToCheck:
        return tr("Nothing to check");
    }
    return {};
}

QString verificationLine(const records::Entry& e)
{
    const Verification v = verificationOf(e.summary.verification);
    const QDateTime checked = e.verifiedAt();
    switch (v) {
    case Verification::Verified:
        return tr("Verified on %1").arg(longDate(checked));
    case Verification::PartlyVerified:
        // An offline month must not turn a good record into a bad one: say when it last held.
        if (e.lastVerified.isValid() && e.lastVerified < checked) {
            return tr("Verified on %1; not fully checked since (%2)").arg(longDate(e.lastVerified), longDate(checked));
        }
        return tr("Partly verified on %1").arg(longDate(checked));
    case Verification::NotVerified:
        if (e.lastVerified.isValid()) {
            return tr("NOT verified on %1 (it was verified on %2)").arg(longDate(checked), longDate(e.lastVerified));
        }
        return tr("NOT verified (checked on %1)").arg(longDate(checked));
    case Verification::Unchecked:
        return tr("Not checked yet");
    case Verification::NothingToCheck:
        return e.summary.selfAsserted ? tr("Your own entry: nothing to check") : tr("Unsigned: it cannot be checked");
    }
    return {};
}

QDateTime timelineDate(const records::Entry& e)
{
    if (const QDateTime issued = e.issued(); issued.isValid()) {
        return issued;
    }
    if (e.record.dates.activityStart.isValid()) {
        return e.record.dates.activityStart.startOfDay(Qt::UTC);
    }
    return e.added();
}

QString shortDate(const QDateTime& dt)
{
    return dt.isValid() ? QLocale().toString(dt.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

QString longDate(const QDateTime& dt)
{
    return dt.isValid() ? longDate(dt.toLocalTime().date()) : QString();
}

QString longDate(const QDate& d)
{
    if (!d.isValid()) {
        return {};
    }
    // The locale's long date without the weekday: "February 14, 2025", "14 de febrero de 2025".
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*"));
    QString format = QLocale().dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    format.replace(QStringLiteral("MMMM"), QStringLiteral("MMM")); // "Feb 14, 2025": fits a card
    return QLocale().toString(d, format.trimmed());
}

} // namespace ler::ui::text
