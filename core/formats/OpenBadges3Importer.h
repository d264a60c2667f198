// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/formats/Importer.h"
#include "core/formats/VcMapping.h"

namespace ler::formats {

/// Open Badges 3.0 OpenBadgeCredential / AchievementCredential, as JSON-LD (VC 1.1 or 2.0) or as a VC-JWT.
class OpenBadges3Importer : public Importer
{
public:
    QString formatId() const override { return QStringLiteral("openbadges3"); }
    Text displayName() const override;
    QStringList fileSuffixes() const override
    {
        return { QStringLiteral("json"), QStringLiteral("jsonld"), QStringLiteral("jwt") };
    }
    int sniff(const InputProbe& probe, const QString& fileName) const override;
    Result<ImportBatch> parse(const QByteArray& bytes) const override;
    Result<ImportBatch> parseProbed(const InputProbe& probe) const override;

    /// True when the credential's types name an Open Badges 3.0 credential.
    static bool isOpenBadge(const QStringList& types);
    /// Maps a loaded credential to a record.
    static Result<model::Record> mapCredential(const LoadedCredential& loaded);
};

} // namespace ler::formats
