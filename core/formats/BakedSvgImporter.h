// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/formats/BakedBadge.h"
#include "core/formats/Importer.h"

namespace ler::formats {

/// A badge baked into an SVG image: <openbadges:assertion> (Open Badges 1.x/2.0: a verify URL attribute and/or
/// JSON inside) or <openbadges:credential> (Open Badges 3.0: JSON or a JWT inside, or a JWT in verify).
/// SVGs with a DTD other than the bare public SVG DOCTYPE, or with entity references, are refused.
class BakedSvgImporter : public Importer
{
public:
    explicit BakedSvgImporter(PayloadParser parser);

    QString formatId() const override { return QStringLiteral("baked-svg"); }
    Text displayName() const override;
    QStringList fileSuffixes() const override { return { QStringLiteral("svg") }; }
    int sniff(const InputProbe& probe, const QString& fileName) const override;
    Result<ImportBatch> parse(const QByteArray& bytes) const override;

    /// The baked text and its Open Badges version ("openbadges2" or "openbadges3").
    static Result<std::pair<QByteArray, QString>> extract(const QByteArray& svg);

private:
    PayloadParser m_parser;
};

} // namespace ler::formats
