// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/model/SelfAssertedEntry.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace ler::model {

// The sentences keep their ler::formats context, where they were written, so existing translations still apply.

Status SelfAssertedEntry::validate() const
{
    if (title.trimmed().isEmpty())
        return invalidInput(tx("ler::formats", "The entry needs a title."), QStringLiteral("model/entry-no-title"));
    if (start.isValid() && end.isValid() && end < start)
        return invalidInput(tx("ler::formats", "The end date is before the start date."),
            QStringLiteral("model/entry-end-before-start"));
    if (!url.trimmed().isEmpty()) {
        const QUrl u(url.trimmed(), QUrl::StrictMode);
        if (!u.isValid() || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http"))
            || u.host().isEmpty()) {
            return invalidInput(tx("ler::formats",
                                    "The link must be a web address "
                                    "starting with https:// or http://."),
                QStringLiteral("model/entry-link-not-web"));
        }
    }
    return {};
}

Record SelfAssertedEntry::toRecord() const
{
    Record r;
    r.kind = kind;
    r.title = title.trimmed();
    r.description = description.trimmed();
    r.issuer.name = organization.trimmed();
    r.dates.activityStart = start;
    r.dates.activityEnd = end;
    r.location = location.trimmed();
    if (!url.trimmed().isEmpty())
        r.links.append(url.trimmed());
    r.sourceFormat = SourceFormat::SelfAsserted;
    r.selfAsserted = true;
    r.unverified = true;
    return r;
}

Result<ImportItem> SelfAssertedEntry::toImportItem() const
{
    if (Status ok = validate(); !ok)
        return ok.error();
    QJsonObject json { { QStringLiteral("kind"), kindName(kind) },
        { QStringLiteral("title"), title.trimmed() },
        { QStringLiteral("organization"), organization.trimmed() },
        { QStringLiteral("description"), description.trimmed() },
        { QStringLiteral("start"), start.isValid() ? start.toString(Qt::ISODate) : QString() },
        { QStringLiteral("end"), end.isValid() ? end.toString(Qt::ISODate) : QString() },
        { QStringLiteral("location"), location.trimmed() },
        { QStringLiteral("url"), url.trimmed() } };
    ImportItem item;
    item.original = QJsonDocument(json).toJson(QJsonDocument::Compact);
    item.payload = item.original;
    item.record = toRecord();
    item.record.sourceVersion = QStringLiteral("form");
    item.computeHashes();
    return item;
}

} // namespace ler::model
