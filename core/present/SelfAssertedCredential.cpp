// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/present/SelfAssertedCredential.h"

#include <QJsonArray>
#include <QUuid>

namespace ler::present {

namespace {

QString urnUuid()
{
    return QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// Open Badges 3.0 achievement types for the kinds of entry; "ext:" types where the standard has none.
QString achievementType(model::RecordKind kind)
{
    switch (kind) {
    case model::RecordKind::Work:
        return QStringLiteral("ext:WorkExperience");
    case model::RecordKind::Education:
        return QStringLiteral("ext:Education");
    case model::RecordKind::Training:
        return QStringLiteral("LearningProgram");
    case model::RecordKind::Badge:
        return QStringLiteral("Badge");
    case model::RecordKind::Certification:
        return QStringLiteral("Certification");
    case model::RecordKind::License:
        return QStringLiteral("License");
    case model::RecordKind::Course:
        return QStringLiteral("Course");
    case model::RecordKind::Assessment:
        return QStringLiteral("Assessment");
    case model::RecordKind::Other:
        break;
    }
    return {};
}

QString xsdDateTime(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

} // namespace

QJsonObject SelfAssertedCredential::build(
    const model::Record& record, const QString& holderDid, const QDateTime& issuedAt, bool v2)
{
    // The text is the person's own words; the criteria say plainly that nobody else checked them.
    QJsonObject achievement { { QStringLiteral("id"), urnUuid() },
        { QStringLiteral("type"), QJsonArray { QStringLiteral("Achievement") } },
        { QStringLiteral("name"), record.title },
        { QStringLiteral("description"), record.description.isEmpty() ? record.title : record.description },
        { QStringLiteral("criteria"),
            QJsonObject { { QStringLiteral("narrative"),
                QStringLiteral("Self-asserted: stated by the holder and signed with the holder's own wallet key. "
                               "No issuer has checked it.") } } } };
    const QString type = achievementType(record.kind);
    if (!type.isEmpty())
        achievement.insert(QStringLiteral("achievementType"), type);
    if (!record.issuer.name.isEmpty() || !record.location.isEmpty()) {
        // The organisation the entry is about (an employer, a school), named by the holder.
        QJsonObject organisation { { QStringLiteral("id"), urnUuid() },
            { QStringLiteral("type"), QJsonArray { QStringLiteral("Profile") } } };
        if (!record.issuer.name.isEmpty())
            organisation.insert(QStringLiteral("name"), record.issuer.name);
        if (!record.location.isEmpty()) {
            organisation.insert(QStringLiteral("address"),
                QJsonObject { { QStringLiteral("type"), QJsonArray { QStringLiteral("Address") } },
                    { QStringLiteral("addressLocality"), record.location } });
        }
        achievement.insert(QStringLiteral("creator"), organisation);
    }
    if (!record.links.isEmpty())
        achievement.insert(QStringLiteral("url"), record.links.constFirst());

    QJsonObject subject { { QStringLiteral("id"), holderDid },
        { QStringLiteral("type"), QJsonArray { QStringLiteral("AchievementSubject") } },
        { QStringLiteral("achievement"), achievement } };
    if (record.dates.activityStart.isValid())
        subject.insert(QStringLiteral("activityStartDate"), record.dates.activityStart.toString(Qt::ISODate));
    if (record.dates.activityEnd.isValid())
        subject.insert(QStringLiteral("activityEndDate"), record.dates.activityEnd.toString(Qt::ISODate));

    const QJsonArray context = v2 ? QJsonArray { QStringLiteral("https://www.w3.org/ns/credentials/v2"),
        QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json") }
                                  : QJsonArray { QStringLiteral("https://www.w3.org/2018/credentials/v1"),
                                        QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
                                        QStringLiteral("https://w3id.org/security/data-integrity/v2") };
    QJsonObject credential { { QStringLiteral("@context"), context },
        { QStringLiteral("id"), urnUuid() },
        { QStringLiteral("type"),
            QJsonArray { QStringLiteral("VerifiableCredential"), QStringLiteral("OpenBadgeCredential") } },
        { QStringLiteral("issuer"),
            QJsonObject { { QStringLiteral("id"), holderDid },
                { QStringLiteral("type"), QJsonArray { QStringLiteral("Profile") } } } },
        { QStringLiteral("name"), record.title },
        { QStringLiteral("credentialSubject"), subject } };
    credential.insert(v2 ? QStringLiteral("validFrom") : QStringLiteral("issuanceDate"), xsdDateTime(issuedAt));
    return credential;
}

} // namespace ler::present
