// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/formats/Importer.h"

#include <QStringList>

namespace ler::formats {

/// Self-asserted entries from CSV (RFC 4180 quoting, UTF-8). A header row is required; its columns, in any
/// order, are kind,title,organization,description,start,end,location,url (see docs/csv-import.md).
/// Each row becomes one item whose original bytes are the header line plus that row.
class SelfAssertedCsvImporter : public Importer
{
public:
    QString formatId() const override { return QStringLiteral("csv"); }
    Text displayName() const override;
    QStringList fileSuffixes() const override { return { QStringLiteral("csv") }; }
    int sniff(const InputProbe& probe, const QString& fileName) const override;
    Result<ImportBatch> parse(const QByteArray& bytes) const override;

    /// The documented column names.
    static QStringList columns();

    /// One parsed CSV row: its fields and its exact text (without the line break).
    struct Row
    {
        QStringList fields;
        QString raw;
        int line = 0;
    };
    /// Splits CSV text into rows (RFC 4180: quoted fields, doubled quotes, CRLF or LF); skips blank lines.
    static Result<QList<Row>> readRows(const QString& text);
};

} // namespace ler::formats
