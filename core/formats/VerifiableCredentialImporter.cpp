// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/VerifiableCredentialImporter.h"

#include "core/formats/InputProbe.h"

#include <QJsonArray>

namespace ler::formats {

using model::RecordKind;

Text VerifiableCredentialImporter::displayName() const
{
    return tx("ler::formats", "W3C Verifiable Credential");
}

int VerifiableCredentialImporter::sniff(const InputProbe& probe, const QString& fileName) const
{
    Q_UNUSED(fileName)
    if (probe.sdJwt)
        return 0;
    if (probe.shape == InputShape::Json)
        return vcmapping::isVerifiableCredential(probe.json) ? 40 : 0;
    if (probe.shape == InputShape::Token) {
        const QJsonValue vc = probe.json.value(QStringLiteral("vc"));
        return vc.isObject() || vcmapping::isVerifiableCredential(probe.json) ? 40 : 0;
    }
    return 0;
}

Result<ImportBatch> VerifiableCredentialImporter::parse(const QByteArray& bytes) const
{
    return vcmapping::importSingle(bytes, formatId(), &mapCredential);
}

Result<ImportBatch> VerifiableCredentialImporter::parseProbed(const InputProbe& probe) const
{
    return vcmapping::importSingle(probe, formatId(), &mapCredential);
}

Result<model::Record> VerifiableCredentialImporter::mapCredential(const LoadedCredential& loaded)
{
    const QJsonObject& vc = loaded.credential;
    model::Record r;
    r.sourceFormat = model::SourceFormat::VerifiableCredential;
    r.sourceVersion = loaded.version;
    if (Status common = vcmapping::mapCommon(vc, r); !common)
        return common.error();
    r.kind = kindForTypes(r.credentialTypes);
    const QJsonValue subjectValue = vc.value(QStringLiteral("credentialSubject"));
    const QJsonArray subjects = subjectValue.isArray() ? subjectValue.toArray() : QJsonArray { subjectValue };
    QJsonObject flat;
    for (qsizetype i = 0; i < subjects.size(); ++i) {
        const QJsonObject subject = subjects.at(i).toObject();
        const QString id = subject.value(QStringLiteral("id")).toString();
        if (subject.value(QStringLiteral("id")).isString())
            r.subjects.append({ QStringLiteral("id"), id, false, {} });
        QJsonObject claims = subject;
        claims.remove(QStringLiteral("id"));
        claims.remove(QStringLiteral("type"));
        // With several subjects, each one's claims under its id: the same claim of two subjects must not overwrite
        // one another, or the holder would choose which one is shown by the order of the list.
        const QString prefix = subjects.size() < 2 ? QString() : (id.isEmpty() ? QString::number(i) : id);
        vcmapping::flatten(claims, prefix, flat);
    }
    r.claims = flat;
    // Without a name the title stays empty: the windows and the command line name it in the person's language.
    if (r.description.isEmpty()) {
        QStringList lines;
        for (auto it = flat.begin(); it != flat.end() && lines.size() < 50; ++it)
            lines.append(it.key() + QStringLiteral(": ") + it.value().toVariant().toString());
        r.description = lines.join(QLatin1Char('\n'));
    }
    return r;
}

RecordKind VerifiableCredentialImporter::kindForTypes(const QStringList& types)
{
    const QString all = types.join(QLatin1Char(' '));
    auto has = [&all](const char* word) { return all.contains(QLatin1String(word), Qt::CaseInsensitive); };
    if (has("Degree") || has("Diploma") || has("Transcript") || has("Education"))
        return RecordKind::Education;
    if (has("License") || has("Licence"))
        return RecordKind::License;
    if (has("Certificat"))
        return RecordKind::Certification;
    if (has("Employment") || has("Work") || has("Job"))
        return RecordKind::Work;
    if (has("Course"))
        return RecordKind::Course;
    if (has("Assessment"))
        return RecordKind::Assessment;
    if (has("Training"))
        return RecordKind::Training;
    if (has("Badge") || has("Achievement"))
        return RecordKind::Badge;
    return RecordKind::Other;
}

} // namespace ler::formats
