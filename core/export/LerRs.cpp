// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/export/LerRs.h"

#include "core/crypto/SigningKey.h"
#include "core/export/JsonSchema.h"
#include "core/present/HolderKeys.h"
#include "core/records/Library.h"
#include "core/records/Skills.h"
#include "core/util/Clock.h"
#include "core/verify/ProofSigner.h"

#include <QJsonArray>
#include <QMutex>

// Resources in a static library must be registered explicitly, outside any namespace.
static void initBundledSchemas()
{
    Q_INIT_RESOURCE(schemas);
}

namespace ler::exports {

namespace {

const QUrl kObSchema(QStringLiteral(
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema_draft4.json"));
const QUrl kClrSchema(
    QStringLiteral("https://purl.imsglobal.org/spec/clr/v2p0/schema/json/clr_v2p0_clrcredential_schema_draft4.json"));

/// The two bundled 1EdTech schemas, read once.
const SchemaSet& bundledSchemas()
{
    static const SchemaSet set = [] {
        initBundledSchemas();
        SchemaSet s;
        (void)s.addFile(QStringLiteral(":/ler/schemas/ob_v3p0_achievementcredential_schema_draft4.json"), kObSchema);
        (void)s.addFile(QStringLiteral(":/ler/schemas/clr_v2p0_clrcredential_schema_draft4.json"), kClrSchema);
        return s;
    }();
    return set;
}

enum class Section
{
    Employment,
    Education,
    Certification,
    License,
};

Section sectionOf(const model::Record& r)
{
    if (r.sourceFormat == model::SourceFormat::Clr2) {
        return Section::Education; // only education items may carry a CLR (the 1edtclr2 variant)
    }
    switch (r.kind) {
    case model::RecordKind::Work:
        return Section::Employment;
    case model::RecordKind::Education:
    case model::RecordKind::Training:
    case model::RecordKind::Course:
        return Section::Education;
    case model::RecordKind::License:
        return Section::License;
    default:
        return Section::Certification;
    }
}

QJsonObject organization(const QString& name)
{
    return { { QStringLiteral("name"), name } };
}

QString dayOf(const QDateTime& dt)
{
    return dt.isValid() ? dt.toUTC().date().toString(Qt::ISODate) : QString();
}

QString utcSeconds(const QDateTime& dt)
{
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

void put(QJsonObject& o, const QString& key, const QString& value)
{
    if (!value.trimmed().isEmpty()) {
        o.insert(key, value.trimmed());
    }
}

QJsonArray descriptions(const model::Record& r)
{
    QJsonArray out;
    if (!r.description.trimmed().isEmpty()) {
        out.append(r.description.trimmed());
    }
    if (!r.achievement.criteria.trimmed().isEmpty() && r.achievement.criteria != r.description) {
        out.append(r.achievement.criteria.trimmed());
    }
    return out;
}

/// The verifications entry that carries the record's credential, or nothing.
std::optional<QJsonObject> verification(const store::StoredCredential& c, QList<Omission>& omissions)
{
    const model::Record& r = c.record;
    const QJsonValue credential = credentialOf(c);
    if (credential.isObject()) {
        const QJsonObject vc = credential.toObject();
        if (r.sourceFormat == model::SourceFormat::OpenBadges2) {
            // Not a W3C credential: a hosted assertion is referred to where its issuer keeps it.
            const QString id = vc.value(QStringLiteral("id")).toString();
            if (id.startsWith(QLatin1String("https://")) || id.startsWith(QLatin1String("http://"))) {
                return QJsonObject { { QStringLiteral("reference"), id } };
            }
            omissions.append({ c.summary.id, r.title, Omission::What::Original });
            return std::nullopt;
        }
        if (r.sourceFormat == model::SourceFormat::Clr2 && checkClr2Schema(vc).isEmpty()) {
            return vc; // 1edtclr2
        }
        if (r.sourceFormat != model::SourceFormat::Clr2 && checkOb3Schema(vc).isEmpty()) {
            return vc; // 1edtob3
        }
        return QJsonObject { { QStringLiteral("otherW3CVerifiableCredential"), vc } };
    }
    if (credential.isString()) {
        // VC 2.0's way of carrying a secured credential that is not JSON-LD.
        const QJsonObject enveloped { { QStringLiteral("@context"),
                                          QJsonArray { QStringLiteral("https://www.w3.org/ns/credentials/v2") } },
            { QStringLiteral("id"), QStringLiteral("data:application/vc+jwt,") + credential.toString() },
            { QStringLiteral("type"), QStringLiteral("EnvelopedVerifiableCredential") } };
        return QJsonObject { { QStringLiteral("otherW3CVerifiableCredential"), enveloped } };
    }
    if (!r.selfAsserted && !r.unverified) {
        omissions.append({ c.summary.id, r.title, Omission::What::Original }); // an SD-JWT is never sent whole
    }
    return std::nullopt;
}

QJsonObject certificationItem(const store::StoredCredential& c)
{
    const model::Record& r = c.record;
    QJsonObject o;
    put(o, QStringLiteral("name"), r.title);
    o.insert(QStringLiteral("issuingAuthority"), organization(r.issuer.name.isEmpty() ? r.issuer.id : r.issuer.name));
    put(o, QStringLiteral("issued"), dayOf(r.dates.issued));
    if (r.dates.validFrom.isValid() || r.dates.validUntil.isValid()) {
        QJsonObject period;
        if (r.dates.validFrom.isValid()) {
            period.insert(QStringLiteral("validFrom"), utcSeconds(r.dates.validFrom));
        }
        if (r.dates.validUntil.isValid()) {
            period.insert(QStringLiteral("validTo"), utcSeconds(r.dates.validUntil));
        }
        o.insert(QStringLiteral("effectiveTimePeriod"), period);
    }
    if (const QJsonArray d = descriptions(r); !d.isEmpty()) {
        o.insert(QStringLiteral("descriptions"), d);
    }
    const QString licenseNumber = r.claims.value(QStringLiteral("licenseNumber")).toString();
    if (!licenseNumber.isEmpty()) {
        o.insert(QStringLiteral("id"), QJsonObject { { QStringLiteral("value"), licenseNumber } });
    }
    return o;
}

QJsonObject educationItem(const store::StoredCredential& c)
{
    const model::Record& r = c.record;
    QJsonObject o;
    o.insert(QStringLiteral("institution"), organization(r.issuer.name.isEmpty() ? r.issuer.id : r.issuer.name));
    put(o, QStringLiteral("start"), isoDate(r.dates.activityStart));
    put(o, QStringLiteral("end"), isoDate(r.dates.activityEnd));
    QJsonArray degrees;
    for (const model::Degree& d : r.degrees) {
        QJsonObject degree;
        put(degree, QStringLiteral("name"), d.title);
        put(degree, QStringLiteral("date"), isoDate(d.date));
        if (!d.program.isEmpty()) {
            degree.insert(QStringLiteral("specializations"), QJsonArray { organization(d.program) });
        }
        degrees.append(degree);
    }
    if (degrees.isEmpty()
        && (r.kind == model::RecordKind::Education || r.achievement.type.contains(QLatin1String("Degree")))) {
        QJsonObject degree;
        put(degree, QStringLiteral("name"), r.title);
        put(degree, QStringLiteral("date"), dayOf(r.dates.issued));
        degrees.append(degree);
    }
    if (!degrees.isEmpty()) {
        o.insert(QStringLiteral("educationDegrees"), degrees);
    } else if (!r.title.isEmpty()) {
        o.insert(QStringLiteral("programs"), QJsonArray { r.title });
    }
    QJsonArray lines = descriptions(r);
    for (const model::CourseEntry& course : r.courses) {
        QStringList parts { course.title };
        if (!course.code.isEmpty()) {
            parts.append(course.code);
        }
        if (!course.grade.isEmpty()) {
            parts.append(course.grade);
        }
        if (!course.credits.isEmpty()) {
            parts.append(course.credits);
        }
        lines.append(parts.join(QStringLiteral(" · ")));
    }
    if (!lines.isEmpty()) {
        o.insert(QStringLiteral("descriptions"), lines);
    }
    return o;
}

QJsonObject employmentItem(const store::StoredCredential& c)
{
    const model::Record& r = c.record;
    QJsonObject o;
    o.insert(QStringLiteral("organization"), organization(r.issuer.name.isEmpty() ? r.title : r.issuer.name));
    put(o, QStringLiteral("start"), isoDate(r.dates.activityStart));
    put(o, QStringLiteral("end"), isoDate(r.dates.activityEnd));
    if (r.dates.activityStart.isValid() && !r.dates.activityEnd.isValid()) {
        o.insert(QStringLiteral("current"), true);
    }
    QJsonObject position;
    put(position, QStringLiteral("title"), r.title);
    put(position, QStringLiteral("start"), isoDate(r.dates.activityStart));
    put(position, QStringLiteral("end"), isoDate(r.dates.activityEnd));
    if (const QJsonArray d = descriptions(r); !d.isEmpty()) {
        position.insert(QStringLiteral("descriptions"), d);
    }
    if (!r.title.isEmpty()) {
        position.insert(
            QStringLiteral("jobCategories"), QJsonArray { QJsonObject { { QStringLiteral("name"), r.title } } });
    }
    o.insert(QStringLiteral("positionHistories"), QJsonArray { position });
    return o;
}

QJsonObject personOf(const ResumeInput& input)
{
    const Person& p = input.person;
    QJsonObject name;
    put(name, QStringLiteral("given"), p.givenName);
    put(name, QStringLiteral("family"), p.familyName);
    put(name, QStringLiteral("formattedName"), p.fullName());
    QJsonObject person;
    if (!name.isEmpty()) {
        person.insert(QStringLiteral("name"), name);
    }
    if (input.includes(Sensitive::BirthDate)) {
        put(person, QStringLiteral("birthDate"), p.birthDate);
    }
    if (input.includes(Sensitive::Gender)) {
        put(person, QStringLiteral("gender"), p.gender);
    }
    if (input.includes(Sensitive::Citizenship) && !p.citizenship.isEmpty()) {
        person.insert(QStringLiteral("citizenship"), QJsonArray::fromStringList(p.citizenship));
    }
    if (input.includes(Sensitive::Ethnicity) && !p.ethnicity.isEmpty()) {
        person.insert(QStringLiteral("ethnicity"), QJsonArray::fromStringList(p.ethnicity));
    }
    if (input.includes(Sensitive::LegalId) && !p.legalId.isEmpty()) {
        person.insert(QStringLiteral("legalId"), QJsonObject { { QStringLiteral("value"), p.legalId } });
    }
    return person;
}

QJsonArray skillsOf(const ResumeInput& input)
{
    QList<records::Entry> entries;
    for (const auto* list : { &input.records, &input.nested }) {
        for (const store::StoredCredential& c : *list) {
            entries.append(records::Entry { c.summary, c.record, {}, {}, 0, 0, {} });
        }
    }
    QJsonArray out;
    for (const records::Skill& s : records::aggregateSkills(entries)) {
        QJsonObject skill { { QStringLiteral("name"), s.name } };
        if (s.url.startsWith(QLatin1String("http"))) {
            skill.insert(QStringLiteral("definitionReference"), QJsonObject { { QStringLiteral("reference"), s.url } });
        }
        QJsonArray keywords;
        if (!s.framework.isEmpty()) {
            keywords.append(QJsonObject {
                { QStringLiteral("name"), QStringLiteral("framework") }, { QStringLiteral("value"), s.framework } });
        }
        if (!s.code.isEmpty()) {
            keywords.append(
                QJsonObject { { QStringLiteral("name"), s.isCtid() ? QStringLiteral("ctid") : QStringLiteral("code") },
                    { QStringLiteral("value"), s.code } });
        }
        if (!keywords.isEmpty()) {
            skill.insert(QStringLiteral("keywords"), keywords);
        }
        out.append(skill);
    }
    return out;
}

} // namespace

QStringList checkOb3Schema(const QJsonObject& credential)
{
    return bundledSchemas().validate(credential, kObSchema);
}

QStringList checkClr2Schema(const QJsonObject& credential)
{
    return bundledSchemas().validate(credential, kClrSchema);
}

ResumeDocument makeLerRs(const ResumeInput& input)
{
    ResumeDocument out;
    QJsonObject doc { { QStringLiteral("type"), QLatin1String(kLerRsType) } };
    if (QJsonObject person = personOf(input); !person.isEmpty()) {
        doc.insert(QStringLiteral("person"), person);
    }
    QJsonObject communication;
    if (!input.person.email.isEmpty()) {
        communication.insert(QStringLiteral("email"),
            QJsonArray { QJsonObject { { QStringLiteral("address"), input.person.email.trimmed() } } });
    }
    if (!input.person.phone.isEmpty()) {
        communication.insert(QStringLiteral("phone"),
            QJsonArray { QJsonObject { { QStringLiteral("formattedNumber"), input.person.phone.trimmed() } } });
    }
    if (!communication.isEmpty()) {
        doc.insert(QStringLiteral("communication"), communication);
    }
    QJsonArray narratives;
    for (const auto& [name, text] : { std::pair { QStringLiteral("headline"), input.person.headline },
             std::pair { QStringLiteral("summary"), input.person.summary } }) {
        if (!text.trimmed().isEmpty()) {
            narratives.append(QJsonObject { { QStringLiteral("name"), name },
                { QStringLiteral("texts"),
                    QJsonArray { QJsonObject { { QStringLiteral("lines"), QJsonArray { text.trimmed() } } } } } });
        }
    }
    if (!narratives.isEmpty()) {
        doc.insert(QStringLiteral("narratives"), narratives);
    }

    QJsonArray employment, education, certifications, licenses;
    for (const store::StoredCredential& c : input.records) {
        const Section section = sectionOf(c.record);
        QJsonObject item = section == Section::Employment ? employmentItem(c)
            : section == Section::Education               ? educationItem(c)
                                                          : certificationItem(c);
        if (auto v = verification(c, out.omissions)) {
            item.insert(QStringLiteral("verifications"), QJsonArray { *v });
        }
        switch (section) {
        case Section::Employment:
            employment.append(item);
            break;
        case Section::Education:
            education.append(item);
            break;
        case Section::Certification:
            certifications.append(item);
            break;
        case Section::License:
            licenses.append(item);
            break;
        }
    }
    // The schema wants each list to hold at least one item when it is there.
    const std::array<std::pair<QString, const QJsonArray*>, 4> lists { {
        { QStringLiteral("employmentHistories"), &employment },
        { QStringLiteral("educationAndLearnings"), &education },
        { QStringLiteral("certifications"), &certifications },
        { QStringLiteral("licenses"), &licenses },
    } };
    for (const auto& [key, list] : lists) {
        if (!list->isEmpty()) {
            doc.insert(key, *list);
        }
    }
    if (const QJsonArray skills = skillsOf(input); !skills.isEmpty()) {
        doc.insert(QStringLiteral("skills"), skills);
    }
    out.json = doc;
    return out;
}

Result<QJsonObject> makeLerRsCredential(const QJsonObject& lerRs,
    const present::HolderIdentity& holder,
    const crypto::SigningKey& key,
    const QDateTime& now)
{
    const QDateTime when = now.isValid() ? now : clock::nowUtc();
    const QJsonObject vc {
        { QStringLiteral("@context"),
            QJsonArray { QStringLiteral("https://www.w3.org/2018/credentials/v1"),
                QStringLiteral(
                    "http://schema.hropenstandards.org/4.5/recruiting/json/VerifiableCredentialLER-RSType.json") } },
        { QStringLiteral("type"),
            QJsonArray { QStringLiteral("VerifiableCredential"), QStringLiteral("LERRSCredential") } },
        { QStringLiteral("issuer"), holder.did },
        { QStringLiteral("issuanceDate"), utcSeconds(when) },
        { QStringLiteral("credentialSubject"),
            QJsonObject { { QStringLiteral("id"), holder.did }, { QStringLiteral("lerrsType"), lerRs } } },
    };
    verify::ProofOptions options;
    options.suite = verify::ProofSuite::EddsaJcs2022;
    options.verificationMethod = holder.verificationMethod;
    options.created = when;
    const verify::ProofSigningCallback sign = [&key](QByteArrayView data) { return key.sign(data); };
    auto proof = verify::createProof(vc, options, sign);
    if (!proof) {
        return proof.error();
    }
    // HR Open's schema lists proofs as an array (a proof set of one).
    QJsonObject signedVc = vc;
    signedVc.insert(QStringLiteral("proof"), QJsonArray { *proof });
    return signedVc;
}

} // namespace ler::exports
