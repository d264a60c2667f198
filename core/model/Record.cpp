// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/model/Record.h"

#include <QJsonArray>
#include <array>
#include <utility>

namespace ler::model {

namespace {

constexpr int kSchemaVersion = 1;

constexpr std::array<std::pair<RecordKind, const char*>, 9> kKindNames { {
    { RecordKind::Education, "education" },
    { RecordKind::Training, "training" },
    { RecordKind::Work, "work" },
    { RecordKind::Badge, "badge" },
    { RecordKind::Certification, "certification" },
    { RecordKind::License, "license" },
    { RecordKind::Course, "course" },
    { RecordKind::Assessment, "assessment" },
    { RecordKind::Other, "other" },
} };

constexpr std::array<std::pair<SourceFormat, const char*>, 8> kFormatNames { {
    { SourceFormat::OpenBadges2, "openbadges2" },
    { SourceFormat::OpenBadges3, "openbadges3" },
    { SourceFormat::Clr2, "clr2" },
    { SourceFormat::PescCollegeTranscript, "pesc-college-transcript" },
    { SourceFormat::PescHighSchoolTranscript, "pesc-highschool-transcript" },
    { SourceFormat::VerifiableCredential, "verifiable-credential" },
    { SourceFormat::SdJwtVc, "sd-jwt-vc" },
    { SourceFormat::SelfAsserted, "self-asserted" },
} };

// Search words for a record without a title of its own, so it is found by its format as it was when importers
// stored an English title such as "College transcript: ...". They are never shown.
constexpr std::array<std::pair<SourceFormat, const char*>, 8> kFormatSearchWords { {
    { SourceFormat::OpenBadges2, "Open Badge" },
    { SourceFormat::OpenBadges3, "Open Badge" },
    { SourceFormat::Clr2, "Comprehensive Learner Record" },
    { SourceFormat::PescCollegeTranscript, "College transcript" },
    { SourceFormat::PescHighSchoolTranscript, "High school transcript" },
    { SourceFormat::VerifiableCredential, "Verifiable Credential" },
    { SourceFormat::SdJwtVc, "Selectively disclosed credential" },
    { SourceFormat::SelfAsserted, "" },
} };

void putString(QJsonObject& o, const char* key, const QString& value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

void putDateTime(QJsonObject& o, const char* key, const QDateTime& value)
{
    if (value.isValid())
        o.insert(QLatin1String(key), value.toString(Qt::ISODateWithMs));
}

void putDate(QJsonObject& o, const char* key, const QDate& value)
{
    if (value.isValid())
        o.insert(QLatin1String(key), value.toString(Qt::ISODate));
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QDateTime dateTime(const QJsonObject& o, const char* key)
{
    return QDateTime::fromString(str(o, key), Qt::ISODateWithMs);
}

QDate date(const QJsonObject& o, const char* key)
{
    return QDate::fromString(str(o, key), Qt::ISODate);
}

/// Writes a list of structs as a JSON array with one object each.
template <typename T, typename F> void putList(QJsonObject& o, const char* key, const QList<T>& list, F toObject)
{
    if (list.isEmpty())
        return;
    QJsonArray array;
    for (const T& item : list)
        array.append(toObject(item));
    o.insert(QLatin1String(key), array);
}

template <typename T, typename F> QList<T> getList(const QJsonObject& o, const char* key, F fromObject)
{
    QList<T> list;
    const QJsonArray array = o.value(QLatin1String(key)).toArray();
    for (const QJsonValue& v : array)
        list.append(fromObject(v.toObject()));
    return list;
}

QStringList stringList(const QJsonValue& v)
{
    QStringList list;
    for (const QJsonValue& item : v.toArray())
        list.append(item.toString());
    return list;
}

/// Appends the string values of a JSON value (recursively) to the word list.
void collectClaimText(const QJsonValue& v, QStringList& out, int depth)
{
    if (depth > 16)
        return;
    if (v.isString()) {
        out.append(v.toString());
    } else if (v.isDouble()) {
        out.append(QString::number(v.toDouble()));
    } else if (v.isArray()) {
        for (const QJsonValue& item : v.toArray())
            collectClaimText(item, out, depth + 1);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectClaimText(it.value(), out, depth + 1);
    }
}

} // namespace

QString kindName(RecordKind kind)
{
    for (const auto& [k, name] : kKindNames) {
        if (k == kind)
            return QLatin1String(name);
    }
    return QStringLiteral("other");
}

std::optional<RecordKind> kindFromName(const QString& name)
{
    for (const auto& [k, n] : kKindNames) {
        if (name == QLatin1String(n))
            return k;
    }
    return std::nullopt;
}

QString sourceFormatName(SourceFormat format)
{
    for (const auto& [f, name] : kFormatNames) {
        if (f == format)
            return QLatin1String(name);
    }
    return QStringLiteral("self-asserted");
}

std::optional<SourceFormat> sourceFormatFromName(const QString& name)
{
    for (const auto& [f, n] : kFormatNames) {
        if (name == QLatin1String(n))
            return f;
    }
    return std::nullopt;
}

QJsonObject Record::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("schema"), kSchemaVersion);
    o.insert(QStringLiteral("kind"), kindName(kind));
    o.insert(QStringLiteral("sourceFormat"), sourceFormatName(sourceFormat));
    putString(o, "title", title);
    putString(o, "description", description);
    putString(o, "sourceVersion", sourceVersion);
    putString(o, "credentialId", credentialId);
    putString(o, "location", location);
    putString(o, "gpa", gpa);
    putString(o, "parentCredentialId", parentCredentialId);
    if (selfAsserted)
        o.insert(QStringLiteral("selfAsserted"), true);
    if (unverified)
        o.insert(QStringLiteral("unverified"), true);
    if (!credentialTypes.isEmpty())
        o.insert(QStringLiteral("credentialTypes"), QJsonArray::fromStringList(credentialTypes));
    if (!links.isEmpty())
        o.insert(QStringLiteral("links"), QJsonArray::fromStringList(links));

    QJsonObject iss;
    putString(iss, "name", issuer.name);
    putString(iss, "id", issuer.id);
    putString(iss, "url", issuer.url);
    putString(iss, "image", issuer.image);
    if (!iss.isEmpty())
        o.insert(QStringLiteral("issuer"), iss);

    QJsonObject d;
    putDateTime(d, "issued", dates.issued);
    putDateTime(d, "validFrom", dates.validFrom);
    putDateTime(d, "validUntil", dates.validUntil);
    putDate(d, "activityStart", dates.activityStart);
    putDate(d, "activityEnd", dates.activityEnd);
    if (!d.isEmpty())
        o.insert(QStringLiteral("dates"), d);

    QJsonObject a;
    putString(a, "type", achievement.type);
    putString(a, "criteria", achievement.criteria);
    putString(a, "image", achievement.image);
    putString(a, "credits", achievement.credits);
    putString(a, "result", achievement.result);
    putString(a, "level", achievement.level);
    if (!a.isEmpty())
        o.insert(QStringLiteral("achievement"), a);

    putList(o, "subjects", subjects, [](const SubjectIdentifier& s) {
        QJsonObject j;
        putString(j, "type", s.type);
        putString(j, "value", s.value);
        putString(j, "salt", s.salt);
        if (s.hashed)
            j.insert(QStringLiteral("hashed"), true);
        return j;
    });
    putList(o, "alignments", alignments, [](const Alignment& s) {
        QJsonObject j;
        putString(j, "targetName", s.targetName);
        putString(j, "framework", s.framework);
        putString(j, "code", s.code);
        putString(j, "url", s.url);
        return j;
    });
    putList(o, "evidence", evidence, [](const Evidence& s) {
        QJsonObject j;
        putString(j, "id", s.id);
        putString(j, "name", s.name);
        putString(j, "description", s.description);
        putString(j, "narrative", s.narrative);
        return j;
    });
    putList(o, "courses", courses, [](const CourseEntry& s) {
        QJsonObject j;
        putString(j, "title", s.title);
        putString(j, "code", s.code);
        putString(j, "credits", s.credits);
        putString(j, "grade", s.grade);
        putString(j, "session", s.session);
        return j;
    });
    putList(o, "degrees", degrees, [](const Degree& s) {
        QJsonObject j;
        putString(j, "title", s.title);
        putString(j, "level", s.level);
        putDate(j, "date", s.date);
        putString(j, "program", s.program);
        return j;
    });
    putList(o, "associations", associations, [](const Association& s) {
        QJsonObject j;
        putString(j, "type", s.type);
        putString(j, "sourceId", s.sourceId);
        putString(j, "targetId", s.targetId);
        return j;
    });
    if (!claims.isEmpty())
        o.insert(QStringLiteral("claims"), claims);
    return o;
}

Result<Record> Record::fromJson(const QJsonObject& o)
{
    const int schema = o.value(QStringLiteral("schema")).toInt(0);
    if (schema < 1 || schema > kSchemaVersion) {
        return Error(ErrorCode::Unsupported,
            tx("ler::model",
                "This record was saved by a newer or unknown version "
                "of LER Wallet and cannot be read."),
            QStringLiteral("model/record-version-unknown"));
    }
    const auto kind = kindFromName(str(o, "kind"));
    if (!kind)
        return invalidInput(
            tx("ler::model", "The record has an unknown kind."), QStringLiteral("model/record-kind-unknown"));
    const auto format = sourceFormatFromName(str(o, "sourceFormat"));
    if (!format)
        return invalidInput(tx("ler::model", "The record has an unknown source format."),
            QStringLiteral("model/record-source-unknown"));

    Record r;
    r.kind = *kind;
    r.sourceFormat = *format;
    r.title = str(o, "title");
    r.description = str(o, "description");
    r.sourceVersion = str(o, "sourceVersion");
    r.credentialId = str(o, "credentialId");
    r.location = str(o, "location");
    r.gpa = str(o, "gpa");
    r.parentCredentialId = str(o, "parentCredentialId");
    r.selfAsserted = o.value(QStringLiteral("selfAsserted")).toBool();
    r.unverified = o.value(QStringLiteral("unverified")).toBool();
    r.credentialTypes = stringList(o.value(QStringLiteral("credentialTypes")));
    r.links = stringList(o.value(QStringLiteral("links")));

    const QJsonObject iss = o.value(QStringLiteral("issuer")).toObject();
    r.issuer = { str(iss, "name"), str(iss, "id"), str(iss, "url"), str(iss, "image") };
    const QJsonObject d = o.value(QStringLiteral("dates")).toObject();
    r.dates = { dateTime(d, "issued"),
        dateTime(d, "validFrom"),
        dateTime(d, "validUntil"),
        date(d, "activityStart"),
        date(d, "activityEnd") };
    const QJsonObject a = o.value(QStringLiteral("achievement")).toObject();
    r.achievement
        = { str(a, "type"), str(a, "criteria"), str(a, "image"), str(a, "credits"), str(a, "result"), str(a, "level") };

    r.subjects = getList<SubjectIdentifier>(o, "subjects", [](const QJsonObject& j) {
        return SubjectIdentifier {
            str(j, "type"), str(j, "value"), j.value(QStringLiteral("hashed")).toBool(), str(j, "salt")
        };
    });
    r.alignments = getList<Alignment>(o, "alignments", [](const QJsonObject& j) {
        return Alignment { str(j, "targetName"), str(j, "framework"), str(j, "code"), str(j, "url") };
    });
    r.evidence = getList<Evidence>(o, "evidence", [](const QJsonObject& j) {
        return Evidence { str(j, "id"), str(j, "name"), str(j, "description"), str(j, "narrative") };
    });
    r.courses = getList<CourseEntry>(o, "courses", [](const QJsonObject& j) {
        return CourseEntry { str(j, "title"), str(j, "code"), str(j, "credits"), str(j, "grade"), str(j, "session") };
    });
    r.degrees = getList<Degree>(o, "degrees", [](const QJsonObject& j) {
        return Degree { str(j, "title"), str(j, "level"), date(j, "date"), str(j, "program") };
    });
    r.associations = getList<Association>(o, "associations", [](const QJsonObject& j) {
        return Association { str(j, "type"), str(j, "sourceId"), str(j, "targetId") };
    });
    r.claims = o.value(QStringLiteral("claims")).toObject();
    return r;
}

QString Record::searchableText() const
{
    QStringList words { title,
        description,
        issuer.name,
        issuer.url,
        achievement.type,
        achievement.criteria,
        achievement.result,
        achievement.level,
        location,
        gpa };
    words.append(credentialTypes);
    if (title.trimmed().isEmpty()) {
        for (const auto& [f, w] : kFormatSearchWords) {
            if (f == sourceFormat)
                words << QLatin1String(w);
        }
    }
    for (const Alignment& al : alignments)
        words << al.targetName << al.framework << al.code;
    for (const Evidence& ev : evidence)
        words << ev.name << ev.description << ev.narrative;
    for (const CourseEntry& c : courses)
        words << c.title << c.code << c.grade << c.session;
    for (const Degree& dg : degrees)
        words << dg.title << dg.level << dg.program;
    collectClaimText(claims, words, 0);
    words.removeAll(QString());
    return words.join(QLatin1Char('\n'));
}

} // namespace ler::model
