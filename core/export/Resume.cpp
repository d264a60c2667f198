// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/export/Resume.h"

#include "core/formats/FormatRegistry.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/WalletSettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <array>

namespace ler::exports {

namespace {

constexpr std::array<std::pair<Sensitive, const char*>, 5> kSensitive { {
    { Sensitive::BirthDate, "birthDate" },
    { Sensitive::Gender, "gender" },
    { Sensitive::Ethnicity, "ethnicity" },
    { Sensitive::Citizenship, "citizenship" },
    { Sensitive::LegalId, "legalId" },
} };

/// A personal ID names its holder; the record's claims hold what was disclosed.
bool isPersonalId(const model::Record& r)
{
    if (r.sourceFormat != model::SourceFormat::SdJwtVc) {
        return false;
    }
    for (const QString& t : r.credentialTypes) {
        if (t.contains(QLatin1String("pid"), Qt::CaseInsensitive)) {
            return true;
        }
    }
    return r.claims.contains(QStringLiteral("given_name")) && r.claims.contains(QStringLiteral("birthdate"));
}

void fill(QString& field, const QJsonValue& v)
{
    if (field.isEmpty() && (v.isString() || v.isDouble())) {
        field = v.isString() ? v.toString().trimmed() : QString::number(v.toDouble());
    }
}

/// ISO/IEC 5218 (the EU PID's "sex") or words, as HR Open's gender codes.
QString genderCode(const QJsonValue& v)
{
    const QString s = v.isDouble() ? QString::number(v.toInt()) : v.toString().trimmed().toLower();
    if (s == QLatin1String("1") || s == QLatin1String("male") || s == QLatin1String("m")) {
        return QStringLiteral("Male");
    }
    if (s == QLatin1String("2") || s == QLatin1String("female") || s == QLatin1String("f")) {
        return QStringLiteral("Female");
    }
    if (s == QLatin1String("x") || s == QLatin1String("9") || s == QLatin1String("diverse")) {
        return QStringLiteral("X");
    }
    return {};
}

} // namespace

QString sensitiveName(Sensitive s)
{
    for (const auto& [value, name] : kSensitive) {
        if (value == s) {
            return QLatin1String(name);
        }
    }
    return {};
}

std::optional<Sensitive> sensitiveFromName(const QString& name)
{
    for (const auto& [value, n] : kSensitive) {
        if (name == QLatin1String(n)) {
            return value;
        }
    }
    return std::nullopt;
}

QList<Sensitive> allSensitive()
{
    QList<Sensitive> out;
    for (const auto& [value, name] : kSensitive) {
        out.append(value);
    }
    return out;
}

QString omissionName(Omission::What what)
{
    switch (what) {
    case Omission::What::Proof:
        return QStringLiteral("proof");
    case Omission::What::Original:
        return QStringLiteral("original");
    case Omission::What::Alignments:
        return QStringLiteral("alignments");
    case Omission::What::Evidence:
        return QStringLiteral("evidence");
    case Omission::What::Courses:
        return QStringLiteral("courses");
    }
    return {};
}

QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString Person::fullName() const
{
    return QStringList { givenName, familyName }.join(QLatin1Char(' ')).simplified();
}

QJsonObject Person::profileJson() const
{
    QJsonObject o;
    const std::array<std::pair<const char*, const QString*>, 8> fields { {
        { "givenName", &givenName },
        { "familyName", &familyName },
        { "email", &email },
        { "phone", &phone },
        { "url", &url },
        { "location", &location },
        { "headline", &headline },
        { "summary", &summary },
    } };
    for (const auto& [key, value] : fields) {
        if (!value->trimmed().isEmpty()) {
            o.insert(QLatin1String(key), value->trimmed());
        }
    }
    return o;
}

Person Person::fromProfileJson(const QJsonObject& o)
{
    Person p;
    p.givenName = o.value(QStringLiteral("givenName")).toString();
    p.familyName = o.value(QStringLiteral("familyName")).toString();
    p.email = o.value(QStringLiteral("email")).toString();
    p.phone = o.value(QStringLiteral("phone")).toString();
    p.url = o.value(QStringLiteral("url")).toString();
    p.location = o.value(QStringLiteral("location")).toString();
    p.headline = o.value(QStringLiteral("headline")).toString();
    p.summary = o.value(QStringLiteral("summary")).toString();
    return p;
}

void Person::completeFrom(const QList<store::StoredCredential>& records)
{
    static const QRegularExpression isoDay(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression country(QStringLiteral("^[A-Za-z]{2}$"));
    for (const store::StoredCredential& c : records) {
        const model::Record& r = c.record;
        if (isPersonalId(r)) {
            const bool noName = givenName.isEmpty() && familyName.isEmpty();
            if (noName) {
                fill(givenName, r.claims.value(QStringLiteral("given_name")));
                fill(familyName, r.claims.value(QStringLiteral("family_name")));
            }
            QString birth;
            fill(birth, r.claims.value(QStringLiteral("birthdate")));
            if (birthDate.isEmpty() && isoDay.match(birth).hasMatch()) {
                birthDate = birth;
            }
            if (gender.isEmpty()) {
                gender = genderCode(r.claims.value(QStringLiteral("sex")));
            }
            if (gender.isEmpty()) {
                gender = genderCode(r.claims.value(QStringLiteral("gender")));
            }
            if (citizenship.isEmpty()) {
                QJsonArray nations = r.claims.value(QStringLiteral("nationalities")).toArray();
                if (r.claims.value(QStringLiteral("nationality")).isString()) {
                    nations.append(r.claims.value(QStringLiteral("nationality")));
                }
                for (const QJsonValue& n : nations) {
                    if (country.match(n.toString()).hasMatch()) {
                        citizenship.append(n.toString().toUpper());
                    }
                }
            }
            fill(legalId, r.claims.value(QStringLiteral("personal_administrative_number")));
            fill(email, r.claims.value(QStringLiteral("email")));
            fill(phone, r.claims.value(QStringLiteral("phone_number")));
        }
        if (givenName.isEmpty() && familyName.isEmpty()) {
            for (const model::SubjectIdentifier& s : r.subjects) {
                if (s.type == QLatin1String("name") && !s.hashed) {
                    const QStringList parts = s.value.simplified().split(QLatin1Char(' '));
                    familyName = parts.size() > 1 ? parts.constLast() : QString();
                    givenName = parts.size() > 1 ? QStringList(parts.mid(0, parts.size() - 1)).join(QLatin1Char(' '))
                                                 : parts.value(0);
                    break;
                }
            }
        }
    }
}

Result<Person> loadProfile(store::SqlCipherDatabase& db)
{
    return Person::fromProfileJson(store::WalletSettings(db).profile());
}

Status saveProfile(store::SqlCipherDatabase& db, const Person& person)
{
    return store::WalletSettings(db).setProfile(person.profileJson());
}

Result<ResumeInput> loadResumeInput(
    store::SqlCipherDatabase& db, const QStringList& ids, const QList<Sensitive>& include)
{
    store::CredentialRepository repo(db);
    QStringList wanted = ids;
    if (wanted.isEmpty()) {
        auto all = repo.list();
        if (!all) {
            return all.error();
        }
        for (const store::CredentialSummary& s : *all) {
            if (s.parentId.isEmpty()) {
                wanted.append(s.id);
            }
        }
    }
    ResumeInput input;
    auto person = loadProfile(db);
    if (!person) {
        return person.error();
    }
    input.person = *person;
    input.include = include;
    for (const QString& id : std::as_const(wanted)) {
        if (std::any_of(
                input.records.cbegin(), input.records.cend(), [&](const auto& c) { return c.summary.id == id; })) {
            continue;
        }
        auto c = repo.get(id);
        if (!c) {
            return c.error();
        }
        for (const QString& child : c->childIds) {
            if (auto nested = repo.get(child)) {
                input.nested.append(*nested);
            }
        }
        input.records.append(*c);
    }
    input.person.completeFrom(input.records);
    return input;
}

QJsonValue credentialOf(const store::StoredCredential& stored)
{
    const model::SourceFormat f = stored.record.sourceFormat;
    if (f == model::SourceFormat::SelfAsserted || f == model::SourceFormat::PescCollegeTranscript
        || f == model::SourceFormat::PescHighSchoolTranscript) {
        return {};
    }
    QByteArray payload = stored.original.trimmed();
    if (!payload.startsWith('{') && payload.count('.') != 2) {
        // A baked image: the credential is inside it.
        auto batch = formats::FormatRegistry().import(stored.original);
        if (!batch || batch->items.isEmpty()) {
            return {};
        }
        payload = batch->items.first().payload.trimmed();
    }
    if (payload.startsWith('{')) {
        const QJsonDocument doc = QJsonDocument::fromJson(payload);
        return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue();
    }
    if (payload.count('.') == 2 && !payload.contains('~')) {
        return QString::fromLatin1(payload);
    }
    return {};
}

} // namespace ler::exports

#include "core/export/JsonResume.h"
#include "core/export/LerRs.h"
#include "core/present/HolderKeys.h"

namespace ler::exports {

QString resumeFormatName(ResumeFormat format)
{
    switch (format) {
    case ResumeFormat::LerRs:
        return QStringLiteral("ler-rs");
    case ResumeFormat::LerRsCredential:
        return QStringLiteral("ler-rs-vc");
    case ResumeFormat::JsonResume:
        return QStringLiteral("json-resume");
    case ResumeFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

std::optional<ResumeFormat> resumeFormatFromName(const QString& name)
{
    for (ResumeFormat f :
        { ResumeFormat::LerRs, ResumeFormat::LerRsCredential, ResumeFormat::JsonResume, ResumeFormat::Pdf }) {
        if (resumeFormatName(f) == name) {
            return f;
        }
    }
    return std::nullopt;
}

Result<MadeResume> makeJsonResumeDocument(store::SqlCipherDatabase& db, const ResumeInput& input, ResumeFormat format)
{
    MadeResume out;
    if (format == ResumeFormat::JsonResume) {
        const ResumeDocument doc = makeJsonResume(input);
        out.bytes = QJsonDocument(doc.json).toJson(QJsonDocument::Indented);
        out.omissions = doc.omissions;
        return out;
    }
    if (format != ResumeFormat::LerRs && format != ResumeFormat::LerRsCredential) {
        return Error(ErrorCode::Unsupported,
            tx("ler::export", "not a JSON résumé format"),
            QStringLiteral("export/resume-format-unknown"));
    }
    const ResumeDocument doc = makeLerRs(input);
    out.omissions = doc.omissions;
    if (format == ResumeFormat::LerRs) {
        out.bytes = QJsonDocument(doc.json).toJson(QJsonDocument::Indented);
        return out;
    }
    present::HolderKeys keys(db);
    auto identity = keys.identity();
    if (!identity) {
        return identity.error();
    }
    auto key = keys.signingKey(*identity);
    if (!key) {
        return key.error();
    }
    auto vc = makeLerRsCredential(doc.json, *identity, *key, input.now);
    if (!vc) {
        return vc.error();
    }
    out.bytes = QJsonDocument(*vc).toJson(QJsonDocument::Indented);
    return out;
}

} // namespace ler::exports
