// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/OpenBadges3Importer.h"

#include "core/formats/InputProbe.h"

#include <QCoreApplication>

namespace ler::formats {

QString OpenBadges3Importer::displayName() const
{
    return QCoreApplication::translate("ler::formats", "Open Badges 3.0");
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
    return VcMapping::importSingle(bytes, formatId(), &mapCredential);
}

Result<ImportBatch> OpenBadges3Importer::parseProbed(const InputProbe& probe) const
{
    return VcMapping::importSingle(probe, formatId(), &mapCredential);
}

Result<model::Record> OpenBadges3Importer::mapCredential(const LoadedCredential& loaded)
{
    const QJsonObject& vc = loaded.credential;
    if (!isOpenBadge(VcMapping::types(vc.value(QStringLiteral("type"))))) {
        return invalidInput(QCoreApplication::translate("ler::formats",
            "The credential is not an Open Badges 3.0 "
            "credential (its type is not "
            "OpenBadgeCredential)."));
    }
    model::Record r;
    r.sourceFormat = model::SourceFormat::OpenBadges3;
    r.sourceVersion = loaded.version;
    r.kind = model::RecordKind::Badge;
    if (Status common = VcMapping::mapCommon(vc, r); !common)
        return common.error();
    if (Status subject = VcMapping::mapAchievementSubject(vc.value(QStringLiteral("credentialSubject")), r); !subject) {
        return subject.error();
    }
    if (r.achievement.image.isEmpty())
        r.achievement.image = VcMapping::imageUrl(vc.value(QStringLiteral("image")));
    return r;
}

} // namespace ler::formats
