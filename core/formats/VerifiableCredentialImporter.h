// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/formats/Importer.h"
#include "core/formats/VcMapping.h"

namespace ler::formats {

/// Any other W3C Verifiable Credential (VC 1.1 or 2.0, JSON-LD or VC-JWT): a generic record with the
/// subject's claims flattened into Record::claims and the description.
class VerifiableCredentialImporter : public Importer
{
public:
    QString formatId() const override { return QStringLiteral("verifiable-credential"); }
    Text displayName() const override;
    QStringList fileSuffixes() const override
    {
        return { QStringLiteral("json"),
            QStringLiteral("jsonld"),
            QStringLiteral("jwt"),
            QStringLiteral("vc"),
            QStringLiteral("txt") };
    }
    int sniff(const InputProbe& probe, const QString& fileName) const override;
    Result<ImportBatch> parse(const QByteArray& bytes) const override;
    Result<ImportBatch> parseProbed(const InputProbe& probe) const override;

    /// Maps a loaded credential to a generic record.
    static Result<model::Record> mapCredential(const LoadedCredential& loaded);
    /// A guess at the kind from type names such as "UniversityDegreeCredential".
    static model::RecordKind kindForTypes(const QStringList& types);
};

} // namespace ler::formats
