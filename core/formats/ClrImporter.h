// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/formats/Importer.h"

namespace ler::formats {

/// CLR 2.0 ClrCredential (JSON-LD or VC-JWT). Each credential in credentialSubject.verifiableCredential becomes a
/// child item with its own record; the CLR's associations are kept on the parent and on the children they name.
class ClrImporter : public Importer
{
public:
    QString formatId() const override { return QStringLiteral("clr2"); }
    Text displayName() const override;
    QStringList fileSuffixes() const override
    {
        return { QStringLiteral("json"), QStringLiteral("jsonld"), QStringLiteral("jwt") };
    }
    int sniff(const InputProbe& probe, const QString& fileName) const override;
    Result<ImportBatch> parse(const QByteArray& bytes) const override;
};

} // namespace ler::formats
