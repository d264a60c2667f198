// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/text/RecordTitle.h"

#include "core/present/Presentation.h"
#include "core/store/CredentialRepository.h"

#include <QCoreApplication>

namespace ler::text {

QString fallbackTitle(std::optional<model::SourceFormat> format, const QString& issuer)
{
    const QString from = issuer.simplified();
    const bool named = !from.isEmpty();
    // Each sentence is written out whole, in context "ler::text", so lupdate finds it.
    switch (format.value_or(model::SourceFormat::SelfAsserted)) {
    case model::SourceFormat::OpenBadges2:
    case model::SourceFormat::OpenBadges3:
        return named ? QCoreApplication::translate("ler::text", "Open Badge from %1").arg(from)
                     : QCoreApplication::translate("ler::text", "Open Badge");
    case model::SourceFormat::Clr2:
        return named ? QCoreApplication::translate("ler::text", "Learner record from %1").arg(from)
                     : QCoreApplication::translate("ler::text", "Learner record");
    case model::SourceFormat::PescCollegeTranscript:
        return named ? QCoreApplication::translate("ler::text", "College transcript from %1").arg(from)
                     : QCoreApplication::translate("ler::text", "College transcript");
    case model::SourceFormat::PescHighSchoolTranscript:
        return named ? QCoreApplication::translate("ler::text", "High school transcript from %1").arg(from)
                     : QCoreApplication::translate("ler::text", "High school transcript");
    case model::SourceFormat::VerifiableCredential:
    case model::SourceFormat::SdJwtVc:
    case model::SourceFormat::SelfAsserted:
        break;
    }
    return named ? QCoreApplication::translate("ler::text", "Credential from %1").arg(from)
                 : QCoreApplication::translate("ler::text", "Untitled credential");
}

QString recordTitle(const model::Record& record)
{
    if (!record.title.trimmed().isEmpty())
        return record.title;
    return fallbackTitle(record.sourceFormat, record.issuer.name);
}

QString recordTitle(const store::CredentialSummary& summary)
{
    return recordTitle(summary.title, summary.format, summary.issuer);
}

QString recordTitle(const QString& title, const QString& formatName, const QString& issuer)
{
    if (!title.trimmed().isEmpty())
        return title;
    return fallbackTitle(model::sourceFormatFromName(formatName), issuer);
}

void nameUntitled(QList<store::StoredCredential>& records)
{
    for (store::StoredCredential& c : records) {
        if (c.record.title.trimmed().isEmpty()) {
            c.record.title = recordTitle(c.record);
            c.summary.title = c.record.title;
        }
    }
}

present::Preview withTitles(present::Preview preview)
{
    for (present::PreviewRecord& r : preview.records)
        r.title = recordTitle(r.title, r.format, r.issuer);
    return preview;
}

} // namespace ler::text
