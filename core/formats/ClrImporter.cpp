// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/ClrImporter.h"

#include "core/formats/CompactToken.h"
#include "core/formats/ImportLimits.h"
#include "core/formats/InputProbe.h"
#include "core/formats/OpenBadges3Importer.h"
#include "core/formats/VcMapping.h"
#include "core/formats/VerifiableCredentialImporter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ler::formats {

namespace {

bool isClr(const QStringList& types)
{
    return types.contains(QStringLiteral("ClrCredential"));
}

Error nestedError(qsizetype index, const Error& inner)
{
    return { inner.code,
        tx("ler::formats",
            "Credential %1 inside the learner record could "
            "not be read: %2")
            .arg(index + 1)
            .arg(inner.message),
        inner.reason };
}

/// Reads one entry of credentialSubject.verifiableCredential into a child item.
Result<ImportItem> readNested(const QJsonValue& entry, qsizetype index)
{
    ImportItem child;
    LoadedCredential loaded;
    if (entry.isObject()) {
        loaded.credential = entry.toObject();
        loaded.version = vcmapping::vcVersion(loaded.credential);
        child.original = QJsonDocument(loaded.credential).toJson(QJsonDocument::Compact);
    } else if (entry.isString()) {
        child.original = entry.toString().toUtf8();
        Result<CompactToken> token = CompactToken::parse(child.original);
        if (!token)
            return nestedError(index, token.error());
        loaded = vcmapping::fromJwtPayload(token->payload);
    } else {
        return nestedError(index,
            invalidInput(tx("ler::formats",
                             "It is neither a JSON "
                             "object nor a token."),
                QStringLiteral("formats/clr-entry-not-credential")));
    }
    child.payload = child.original;
    const bool badge
        = OpenBadges3Importer::isOpenBadge(vcmapping::types(loaded.credential.value(QStringLiteral("type"))));
    Result<model::Record> record
        = badge ? OpenBadges3Importer::mapCredential(loaded) : VerifiableCredentialImporter::mapCredential(loaded);
    if (!record)
        return nestedError(index, record.error());
    child.record = *record;
    return child;
}

} // namespace

Text ClrImporter::displayName() const
{
    return tx("ler::formats", "Comprehensive Learner Record 2.0");
}

int ClrImporter::sniff(const InputProbe& probe, const QString& fileName) const
{
    Q_UNUSED(fileName)
    if ((probe.shape != InputShape::Json && probe.shape != InputShape::Token) || probe.sdJwt)
        return 0;
    return isClr(probe.credentialTypes) ? 95 : 0;
}

Result<ImportBatch> ClrImporter::parse(const QByteArray& bytes) const
{
    Result<LoadedCredential> loaded = vcmapping::load(bytes);
    if (!loaded)
        return loaded.error();
    const QJsonObject& vc = loaded->credential;
    if (!isClr(vcmapping::types(vc.value(QStringLiteral("type"))))) {
        return invalidInput(tx("ler::formats",
                                "The credential is not a Comprehensive "
                                "Learner Record (its type is not "
                                "ClrCredential)."),
            QStringLiteral("formats/clr-wrong-type"));
    }
    model::Record r;
    r.sourceFormat = model::SourceFormat::Clr2;
    r.sourceVersion = loaded->version;
    r.kind = model::RecordKind::Education;
    if (Status common = vcmapping::mapCommon(vc, r); !common)
        return common.error();
    const QJsonObject subject = vc.value(QStringLiteral("credentialSubject")).toObject();
    if (subject.value(QStringLiteral("id")).isString())
        r.subjects.append({ QStringLiteral("id"), subject.value(QStringLiteral("id")).toString(), false, {} });
    for (const QJsonValue& v : subject.value(QStringLiteral("association")).toArray()) {
        const QJsonObject a = v.toObject();
        r.associations.append({ a.value(QStringLiteral("associationType")).toString(),
            a.value(QStringLiteral("sourceId")).toString(),
            a.value(QStringLiteral("targetId")).toString() });
    }
    QJsonArray achievementNames;
    for (const QJsonValue& v : subject.value(QStringLiteral("achievement")).toArray())
        achievementNames.append(vcmapping::text(v.toObject().value(QStringLiteral("name"))));
    if (!achievementNames.isEmpty())
        r.claims.insert(QStringLiteral("achievements"), achievementNames);

    const QJsonValue nestedValue = subject.value(QStringLiteral("verifiableCredential"));
    if (!nestedValue.isUndefined() && !nestedValue.isArray()) {
        return invalidInput(tx("ler::formats",
                                "The learner record's verifiableCredential "
                                "must be a list."),
            QStringLiteral("formats/clr-nested-not-list"));
    }
    const QJsonArray nested = nestedValue.toArray();
    if (nested.size() > ImportLimits::maxItems) {
        return Error(ErrorCode::LimitExceeded,
            tx("ler::formats",
                "The learner record holds %1 credentials; at most "
                "%2 can be imported at once.")
                .arg(nested.size())
                .arg(ImportLimits::maxItems),
            QStringLiteral("formats/clr-too-many-credentials"));
    }
    ImportItem item;
    item.original = bytes;
    item.payload = bytes.trimmed();
    for (qsizetype i = 0; i < nested.size(); ++i) {
        Result<ImportItem> child = readNested(nested.at(i), i);
        if (!child)
            return child.error();
        model::Record& cr = child->record;
        cr.parentCredentialId = r.credentialId;
        const QString achievementId = cr.claims.value(QStringLiteral("achievementId")).toString();
        for (const model::Association& a : std::as_const(r.associations)) {
            const QStringList ids { a.sourceId, a.targetId };
            if ((!achievementId.isEmpty() && ids.contains(achievementId))
                || (!cr.credentialId.isEmpty() && ids.contains(cr.credentialId))) {
                cr.associations.append(a);
            }
        }
        item.children.append(*child);
    }
    item.record = r;
    return ImportBatch { formatId(), { item } };
}

} // namespace ler::formats
