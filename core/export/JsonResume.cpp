// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/export/JsonResume.h"

#include "core/records/Skills.h"
#include "core/util/Clock.h"

#include <QJsonArray>

namespace ler::exports {

namespace {

void put(QJsonObject& o, const char* key, const QString& value)
{
    if (!value.trimmed().isEmpty()) {
        o.insert(QLatin1String(key), value.trimmed());
    }
}

QString day(const QDateTime& dt)
{
    return dt.isValid() ? dt.toUTC().date().toString(Qt::ISODate) : QString();
}

/// The web address where the record can be looked at, if it has one.
QString urlOf(const model::Record& r)
{
    for (const QString& link : r.links) {
        if (link.startsWith(QLatin1String("https://")) || link.startsWith(QLatin1String("http://"))) {
            return link;
        }
    }
    return {};
}

void noteOmissions(const store::StoredCredential& c, QList<Omission>& out)
{
    const model::Record& r = c.record;
    if (!r.selfAsserted && !r.unverified) {
        out.append({ c.summary.id, r.title, Omission::What::Proof });
    }
    if (!r.alignments.isEmpty()) {
        out.append({ c.summary.id, r.title, Omission::What::Alignments }); // names go to skills; frameworks do not
    }
    if (!r.evidence.isEmpty()) {
        out.append({ c.summary.id, r.title, Omission::What::Evidence });
    }
}

} // namespace

ResumeDocument makeJsonResume(const ResumeInput& input)
{
    ResumeDocument out;
    const Person& p = input.person;
    QJsonObject basics;
    put(basics, "name", p.fullName());
    put(basics, "label", p.headline);
    put(basics, "email", p.email);
    put(basics, "phone", p.phone);
    if (p.url.startsWith(QLatin1String("http"))) {
        put(basics, "url", p.url);
    }
    put(basics, "summary", p.summary);
    if (!p.location.trimmed().isEmpty()) {
        basics.insert(QStringLiteral("location"), QJsonObject { { QStringLiteral("city"), p.location.trimmed() } });
    }

    QJsonArray work, education, certificates;
    for (const store::StoredCredential& c : input.records) {
        const model::Record& r = c.record;
        noteOmissions(c, out.omissions);
        const QString issuer = r.issuer.name.isEmpty() ? r.issuer.id : r.issuer.name;
        if (r.kind == model::RecordKind::Work) {
            QJsonObject w;
            put(w, "name", issuer);
            put(w, "position", r.title);
            put(w, "location", r.location);
            put(w, "summary", r.description);
            put(w, "startDate", isoDate(r.dates.activityStart));
            put(w, "endDate", isoDate(r.dates.activityEnd));
            put(w, "url", urlOf(r));
            work.append(w);
        } else if (r.kind == model::RecordKind::Education || r.kind == model::RecordKind::Training
            || r.kind == model::RecordKind::Course || r.sourceFormat == model::SourceFormat::Clr2) {
            QJsonObject e;
            put(e, "institution", issuer);
            put(e, "studyType", r.degrees.isEmpty() ? r.achievement.type : r.degrees.first().title);
            put(e, "area", r.degrees.isEmpty() ? r.title : r.degrees.first().program);
            put(e, "score", r.gpa.isEmpty() ? r.achievement.result : r.gpa);
            put(e, "startDate", isoDate(r.dates.activityStart));
            put(e, "endDate", r.dates.activityEnd.isValid() ? isoDate(r.dates.activityEnd) : day(r.dates.issued));
            QJsonArray courses;
            for (const model::CourseEntry& course : r.courses) {
                courses.append(course.code.isEmpty() ? course.title : course.code + QStringLiteral(" ") + course.title);
            }
            for (const store::StoredCredential& n : input.nested) {
                if (n.summary.parentId == c.summary.id && n.record.kind == model::RecordKind::Course) {
                    courses.append(n.record.title);
                }
            }
            if (!courses.isEmpty()) {
                e.insert(QStringLiteral("courses"), courses);
            }
            education.append(e);
        } else {
            QJsonObject cert;
            put(cert, "name", r.title);
            put(cert, "issuer", issuer);
            put(cert, "date", day(r.dates.issued));
            put(cert, "url", urlOf(r));
            certificates.append(cert);
        }
    }

    QList<records::Entry> entries;
    for (const auto* list : { &input.records, &input.nested }) {
        for (const store::StoredCredential& c : *list) {
            entries.append(records::Entry { c.summary, c.record, {}, {}, 0, 0, {} });
        }
    }
    QJsonArray skills;
    for (const records::Skill& s : records::aggregateSkills(entries)) {
        QJsonObject skill { { QStringLiteral("name"), s.name } };
        if (!s.framework.isEmpty()) {
            skill.insert(QStringLiteral("keywords"), QJsonArray { s.framework });
        }
        skills.append(skill);
    }

    QJsonObject doc { { QStringLiteral("$schema"), QLatin1String(kJsonResumeSchema) } };
    if (!basics.isEmpty()) {
        doc.insert(QStringLiteral("basics"), basics);
    }
    const std::array<std::pair<const char*, const QJsonArray*>, 4> lists { {
        { "work", &work },
        { "education", &education },
        { "certificates", &certificates },
        { "skills", &skills },
    } };
    for (const auto& [key, list] : lists) {
        if (!list->isEmpty()) {
            doc.insert(QLatin1String(key), *list);
        }
    }
    doc.insert(QStringLiteral("meta"),
        QJsonObject { { QStringLiteral("version"), QStringLiteral("v1.0.0") },
            { QStringLiteral("lastModified"),
                (input.now.isValid() ? input.now : clock::nowUtc())
                    .toUTC()
                    .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) } });
    out.json = doc;
    return out;
}

} // namespace ler::exports
