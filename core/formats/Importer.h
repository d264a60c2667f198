// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/formats/ImportItem.h"
#include "core/formats/InputProbe.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ler::formats {

/// Reads one credential format into records. Importers parse only; checking signatures is done elsewhere.
class Importer
{
public:
    virtual ~Importer() = default;

    /// A stable id such as "openbadges3".
    virtual QString formatId() const = 0;
    /// A short name for people, e.g. "Open Badges 3.0".
    virtual Text displayName() const = 0;
    /// File name suffixes (lower case, no dot) its files are saved with; they feed the folder scan and the file
    /// dialogs, so a file type the importer reads is never left out of either.
    virtual QStringList fileSuffixes() const = 0;
    /// How sure the importer is that the probed input is its format: 0 (not at all) to 100 (certain). The
    /// registry probes each input once and hands the same probe to every importer.
    virtual int sniff(const InputProbe& probe, const QString& fileName) const = 0;
    /// Parses bytes already checked against ImportLimits::maxFileBytes.
    virtual Result<ImportBatch> parse(const QByteArray& bytes) const = 0;
    /// Parses the input of a probe that chose this importer; importers that can use the JSON the probe already
    /// decoded override it, so one import parses its JSON once.
    virtual Result<ImportBatch> parseProbed(const InputProbe& probe) const { return parse(probe.bytes); }
};

} // namespace ler::formats
