// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/formats/BakedBadge.h"
#include "core/formats/Importer.h"

namespace ler::formats {

/// A badge baked into a PNG image: an iTXt (or tEXt/zTXt) chunk with keyword "openbadges" (Open Badges 2.0:
/// JSON, a URL or a JWS) or "openbadgecredential" (Open Badges 3.0: JSON or a VC-JWT).
class BakedPngImporter : public Importer
{
public:
    explicit BakedPngImporter(PayloadParser parser);

    QString formatId() const override { return QStringLiteral("baked-png"); }
    Text displayName() const override;
    QStringList fileSuffixes() const override { return { QStringLiteral("png") }; }
    int sniff(const InputProbe& probe, const QString& fileName) const override;
    Result<ImportBatch> parse(const QByteArray& bytes) const override;

    /// The baked text and its Open Badges version ("openbadges2" or "openbadges3").
    static Result<std::pair<QByteArray, QString>> extract(const QByteArray& png);

private:
    PayloadParser m_parser;
};

} // namespace ler::formats
