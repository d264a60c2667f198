// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/OpenBadges3Importer.h"

#include "core/formats/InputProbe.h"

#include <QHash>
#include <QJsonArray>

namespace ler::formats {

namespace {

/// The objects of a value that may be an object or an array of them.
QList<QJsonObject> objects(const QJsonValue& v)
{
    QList<QJsonObject> out;
    for (const QJsonValue& item : v.isArray() ? v.toArray() : QJsonArray { v }) {
        if (item.isObject())
            out.append(item.toObject());
    }
    return out;
}

/// The subject's results. One is shown as its value; several each with the name of the result description it
/// answers, sorted: signed as a graph, a list keeps no order, and the first one is no more the grade than another.
QString resultText(const QJsonValue& results, const QJsonValue& descriptions)
{
    const QList<QJsonObject> list = objects(results);
    if (list.size() == 1)
        return vcmapping::scalarText(list.constFirst().value(QStringLiteral("value")));
    QHash<QString, QString> names;
    for (const QJsonObject& d : objects(descriptions))
        names.insert(d.value(QStringLiteral("id")).toString(), vcmapping::text(d.value(QStringLiteral("name"))));
    QStringList parts;
    for (const QJsonObject& result : list) {
        const QString value = vcmapping::scalarText(result.value(QStringLiteral("value")));
        if (value.isEmpty())
            continue;
        const QString name = names.value(result.value(QStringLiteral("resultDescription")).toString());
        parts.append(name.isEmpty() ? value : name + QStringLiteral(": ") + value);
    }
    parts.sort();
    return parts.join(QStringLiteral("; "));
}

/// The kind of record for an achievementType (a badge when unknown).
model::RecordKind kindForAchievementType(const QString& type)
{
    static const QStringList education { QStringLiteral("Degree"),
        QStringLiteral("Diploma"),
        QStringLiteral("AssociateDegree"),
        QStringLiteral("BachelorDegree"),
        QStringLiteral("MasterDegree"),
        QStringLiteral("DoctoralDegree"),
        QStringLiteral("ProfessionalDoctorate"),
        QStringLiteral("ResearchDoctorate"),
        QStringLiteral("GeneralEducationDevelopment"),
        QStringLiteral("SecondarySchoolDiploma"),
        QStringLiteral("Major"),
        QStringLiteral("Minor"),
        QStringLiteral("MicroCredential") };
    static const QStringList certification { QStringLiteral("Certificate"),
        QStringLiteral("Certification"),
        QStringLiteral("ApprenticeshipCertificate"),
        QStringLiteral("JourneymanCertificate"),
        QStringLiteral("MasterCertificate"),
        QStringLiteral("CertificateOfCompletion") };
    if (education.contains(type))
        return model::RecordKind::Education;
    if (certification.contains(type))
        return model::RecordKind::Certification;
    if (type == QLatin1String("License"))
        return model::RecordKind::License;
    if (type == QLatin1String("Course"))
        return model::RecordKind::Course;
    if (type == QLatin1String("Assessment") || type == QLatin1String("Assignment"))
        return model::RecordKind::Assessment;
    if (type == QLatin1String("LearningProgram") || type == QLatin1String("Fieldwork"))
        return model::RecordKind::Training;
    return model::RecordKind::Badge;
}

/// The Open Badges 3.0 AchievementSubject: achievement, result, credits, identifiers, activity dates.
Status mapAchievementSubject(const QJsonValue& subjectValue, model::Record& r)
{
    // An Open Badge has one subject. Signed as a graph, a list of them keeps no order, so which one the record
    // showed would be the holder's choice.
    if (subjectValue.isArray() && subjectValue.toArray().size() > 1) {
        return invalidInput(
            tx("ler::formats",
                "An Open Badges 3.0 credential has one subject (credentialSubject), but this one has several."),
            QStringLiteral("formats/several-subjects"));
    }
    const QJsonObject subject = vcmapping::firstObject(subjectValue);
    if (subject.value(QStringLiteral("id")).isString())
        r.subjects.append({ QStringLiteral("id"), subject.value(QStringLiteral("id")).toString(), false, {} });
    const QJsonValue identifiers = subject.value(QStringLiteral("identifier"));
    if (!identifiers.isUndefined() && !identifiers.isArray() && !identifiers.isObject()) {
        return invalidInput(tx("ler::formats",
                                "The credential subject's identifier must be "
                                "a list of objects."),
            QStringLiteral("formats/ob3-identifier-not-list"));
    }
    const QJsonArray idList = identifiers.isArray() ? identifiers.toArray() : QJsonArray { identifiers };
    for (const QJsonValue& v : idList) {
        const QJsonObject o = v.toObject();
        if (o.isEmpty())
            continue;
        r.subjects.append({ o.value(QStringLiteral("identityType")).toString(),
            o.value(QStringLiteral("identityHash")).toString(),
            o.value(QStringLiteral("hashed")).toBool(),
            o.value(QStringLiteral("salt")).toString() });
    }

    const QJsonValue achievementValue = subject.value(QStringLiteral("achievement"));
    if (!achievementValue.isUndefined() && !achievementValue.isObject()) {
        return invalidInput(tx("ler::formats",
                                "The credential subject's achievement must be "
                                "an object."),
            QStringLiteral("formats/ob3-achievement-not-object"));
    }
    const QJsonObject a = achievementValue.toObject();
    const QString achievementName = vcmapping::text(a.value(QStringLiteral("name")));
    if (r.title.isEmpty())
        r.title = achievementName;
    else if (!achievementName.isEmpty() && achievementName != r.title)
        r.claims.insert(QStringLiteral("achievementName"), achievementName);
    if (r.description.isEmpty())
        r.description = vcmapping::text(a.value(QStringLiteral("description")));
    r.achievement.type = a.value(QStringLiteral("achievementType")).toString();
    r.kind = kindForAchievementType(r.achievement.type);
    const QJsonValue criteria = a.value(QStringLiteral("criteria"));
    r.achievement.criteria = criteria.isObject()
        ? vcmapping::text(criteria.toObject().value(QStringLiteral("narrative")))
        : criteria.toString();
    if (r.achievement.criteria.isEmpty() && criteria.isObject())
        r.achievement.criteria = criteria.toObject().value(QStringLiteral("id")).toString();
    r.achievement.image = vcmapping::imageUrl(a.value(QStringLiteral("image")));
    r.achievement.credits = vcmapping::scalarText(a.value(QStringLiteral("creditsAvailable")));
    r.achievement.level = vcmapping::text(a.value(QStringLiteral("fieldOfStudy")));
    r.alignments = vcmapping::alignments(a.value(QStringLiteral("alignment")));
    if (a.value(QStringLiteral("id")).isString())
        r.claims.insert(QStringLiteral("achievementId"), a.value(QStringLiteral("id")));

    const QString earned = vcmapping::scalarText(subject.value(QStringLiteral("creditsEarned")));
    if (!earned.isEmpty())
        r.achievement.credits = earned;
    r.achievement.result
        = resultText(subject.value(QStringLiteral("result")), a.value(QStringLiteral("resultDescription")));
    r.dates.activityStart = vcmapping::dateTime(subject.value(QStringLiteral("activityStartDate"))).date();
    r.dates.activityEnd = vcmapping::dateTime(subject.value(QStringLiteral("activityEndDate"))).date();
    for (const char* key : { "licenseNumber", "role", "term" }) {
        const QString v = vcmapping::scalarText(subject.value(QLatin1String(key)));
        if (!v.isEmpty())
            r.claims.insert(QLatin1String(key), v);
    }
    return {};
}

} // namespace

Text OpenBadges3Importer::displayName() const
{
    return tx("ler::formats", "Open Badges 3.0");
}

bool OpenBadges3Importer::isOpenBadge(const QStringList& types)
{
    return types.contains(QStringLiteral("OpenBadgeCredential"))
        || types.contains(QStringLiteral("AchievementCredential"));
}

int OpenBadges3Importer::sniff(const InputProbe& probe, const QString& fileName) const
{
    Q_UNUSED(fileName)
    if ((probe.shape != InputShape::Json && probe.shape != InputShape::Token) || probe.sdJwt)
        return 0;
    return isOpenBadge(probe.credentialTypes) ? 90 : 0;
}

Result<ImportBatch> OpenBadges3Importer::parse(const QByteArray& bytes) const
{
    return vcmapping::importSingle(bytes, formatId(), &mapCredential);
}

Result<ImportBatch> OpenBadges3Importer::parseProbed(const InputProbe& probe) const
{
    return vcmapping::importSingle(probe, formatId(), &mapCredential);
}

Result<model::Record> OpenBadges3Importer::mapCredential(const LoadedCredential& loaded)
{
    const QJsonObject& vc = loaded.credential;
    if (!isOpenBadge(vcmapping::types(vc.value(QStringLiteral("type"))))) {
        return invalidInput(tx("ler::formats",
                                "The credential is not an Open Badges 3.0 "
                                "credential (its type is not "
                                "OpenBadgeCredential)."),
            QStringLiteral("formats/ob3-wrong-type"));
    }
    model::Record r;
    r.sourceFormat = model::SourceFormat::OpenBadges3;
    r.sourceVersion = loaded.version;
    r.kind = model::RecordKind::Badge;
    if (Status common = vcmapping::mapCommon(vc, r); !common)
        return common.error();
    if (Status subject = mapAchievementSubject(vc.value(QStringLiteral("credentialSubject")), r); !subject) {
        return subject.error();
    }
    if (r.achievement.image.isEmpty())
        r.achievement.image = vcmapping::imageUrl(vc.value(QStringLiteral("image")));
    return r;
}

} // namespace ler::formats
