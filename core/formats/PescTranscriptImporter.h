// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/formats/Importer.h"

namespace ler::formats {

/// PESC College Transcript or High School Transcript XML (UTF-8 or UTF-16 by byte-order mark). Transcripts carry
/// no signature, so the record is marked unverified. Documents with a DTD or entity references are refused.
class PescTranscriptImporter : public Importer
{
public:
    enum class Level
    {
        College,
        HighSchool
    };

    explicit PescTranscriptImporter(Level level);

    QString formatId() const override;
    Text displayName() const override;
    QStringList fileSuffixes() const override { return { QStringLiteral("xml") }; }
    int sniff(const InputProbe& probe, const QString& fileName) const override;
    Result<ImportBatch> parse(const QByteArray& bytes) const override;

private:
    QString rootName() const;

    Level m_level;
};

} // namespace ler::formats
