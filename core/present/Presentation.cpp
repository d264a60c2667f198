// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/present/Presentation.h"

#include <QCryptographicHash>
#include <utility>

namespace ler::present {

namespace {

QString isoOrEmpty(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QString sharedByName(SharedBy sharedBy)
{
    return sharedBy == SharedBy::CounselorWithClient ? QStringLiteral("counselor-with-client-present")
                                                     : QStringLiteral("holder");
}

SharedBy sharedByFromName(const QString& name)
{
    return name == QLatin1String("counselor-with-client-present") ? SharedBy::CounselorWithClient : SharedBy::Holder;
}

QString presentationFormatName(PresentationFormat format)
{
    switch (format) {
    case PresentationFormat::VpJson:
        return QStringLiteral("vp-json");
    case PresentationFormat::VpJwt:
        return QStringLiteral("vp-jwt");
    case PresentationFormat::SdJwt:
        return QStringLiteral("sd-jwt");
    }
    return {};
}

std::optional<PresentationFormat> presentationFormatFromName(const QString& name)
{
    for (PresentationFormat f : { PresentationFormat::VpJson, PresentationFormat::VpJwt, PresentationFormat::SdJwt }) {
        if (presentationFormatName(f) == name)
            return f;
    }
    return std::nullopt;
}

QString sharingModeName(SharingMode mode)
{
    switch (mode) {
    case SharingMode::Whole:
        return QStringLiteral("whole");
    case SharingMode::Selective:
        return QStringLiteral("selective");
    case SharingMode::SelfAsserted:
        return QStringLiteral("self-asserted");
    }
    return {};
}

bool canBePresented(const QString& sourceFormat)
{
    return sourceFormat != QLatin1String("openbadges2") && !sourceFormat.startsWith(QLatin1String("pesc-"));
}

QString recordWarningName(RecordWarning warning)
{
    switch (warning) {
    case RecordWarning::NotChecked:
        return QStringLiteral("not-checked");
    case RecordWarning::NotVerified:
        return QStringLiteral("not-verified");
    case RecordWarning::PartlyVerified:
        return QStringLiteral("partly-verified");
    case RecordWarning::Expired:
        return QStringLiteral("expired");
    case RecordWarning::NotYetValid:
        return QStringLiteral("not-yet-valid");
    case RecordWarning::IssuerUnknown:
        return QStringLiteral("issuer-unknown");
    case RecordWarning::NoSignature:
        return QStringLiteral("no-signature");
    case RecordWarning::SelfAsserted:
        return QStringLiteral("self-asserted");
    }
    return {};
}

QJsonObject PreviewRecord::toJson() const
{
    QJsonArray claimArray;
    for (const PreviewClaim& c : claims) {
        claimArray.append(QJsonObject { { QStringLiteral("path"), c.path },
            { QStringLiteral("value"), c.value },
            { QStringLiteral("shared"), c.shared } });
    }
    QJsonArray warningArray;
    for (RecordWarning w : warnings)
        warningArray.append(recordWarningName(w));
    QJsonObject json { { QStringLiteral("id"), recordId },
        { QStringLiteral("title"), title },
        { QStringLiteral("issuer"), issuer },
        { QStringLiteral("kind"), kind },
        { QStringLiteral("format"), format },
        { QStringLiteral("sharing"), sharingModeName(sharing) },
        { QStringLiteral("claims"), claimArray },
        { QStringLiteral("visible"), visible },
        { QStringLiteral("warnings"), warningArray },
        { QStringLiteral("verification"), verification },
        { QStringLiteral("verificationSummary"), verificationSummary.toJson() },
        { QStringLiteral("verifiedAt"), isoOrEmpty(verifiedAt) },
        { QStringLiteral("keyBinding"), keyBinding } };
    for (const auto& [name, date] : { std::pair { "issued", issued },
             std::pair { "validFrom", validFrom },
             std::pair { "validUntil", validUntil } }) {
        if (date.isValid())
            json.insert(QLatin1String(name), isoOrEmpty(date));
    }
    if (!parentId.isEmpty())
        json.insert(QStringLiteral("parentId"), parentId);
    return json;
}

QJsonObject Preview::toJson() const
{
    QJsonArray recordArray;
    for (const PreviewRecord& r : records)
        recordArray.append(r.toJson());
    return { { QStringLiteral("format"), presentationFormatName(format) },
        { QStringLiteral("holder"), holderDid },
        { QStringLiteral("domain"), domain },
        { QStringLiteral("challenge"), challenge },
        { QStringLiteral("challengeMade"), challengeMade },
        { QStringLiteral("expires"), isoOrEmpty(expires) },
        { QStringLiteral("dataModel"), dataModel },
        { QStringLiteral("records"), recordArray } };
}

QJsonObject SharedRecord::toJson() const
{
    return { { QStringLiteral("id"), recordId },
        { QStringLiteral("title"), title },
        { QStringLiteral("sharing"), sharingModeName(sharing) },
        { QStringLiteral("claims"), QJsonArray::fromStringList(claims) },
        { QStringLiteral("format"), format },
        { QStringLiteral("issuer"), issuer } };
}

SharedRecord SharedRecord::fromJson(const QJsonObject& json)
{
    SharedRecord r;
    r.recordId = json.value(QLatin1String("id")).toString();
    r.title = json.value(QLatin1String("title")).toString();
    const QString sharing = json.value(QLatin1String("sharing")).toString();
    for (SharingMode m : { SharingMode::Whole, SharingMode::Selective, SharingMode::SelfAsserted }) {
        if (sharingModeName(m) == sharing)
            r.sharing = m;
    }
    for (const QJsonValue& c : json.value(QLatin1String("claims")).toArray())
        r.claims.append(c.toString());
    r.format = json.value(QLatin1String("format")).toString(); // absent in entries written before untitled records
    r.issuer = json.value(QLatin1String("issuer")).toString();
    return r;
}

QString Presentation::sha256() const
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace ler::present
