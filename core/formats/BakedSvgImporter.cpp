// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/BakedSvgImporter.h"

#include "core/formats/BakedBadge.h"
#include "core/formats/ImportLimits.h"
#include "core/formats/InputProbe.h"
#include "core/formats/XmlSafety.h"

#include <QXmlStreamReader>

namespace ler::formats {

namespace {

bool isOpenBadgesElement(const QXmlStreamReader& xml)
{
    const QStringView ns = xml.namespaceUri();
    return xml.prefix() == QLatin1String("openbadges") || ns == QLatin1String("http://openbadges.org")
        || ns.startsWith(QLatin1String("https://purl.imsglobal.org/ob/"));
}

} // namespace

BakedSvgImporter::BakedSvgImporter(PayloadParser parser)
    : m_parser(std::move(parser))
{ }

Text BakedSvgImporter::displayName() const
{
    return tx("ler::formats", "Badge image (SVG)");
}

int BakedSvgImporter::sniff(const InputProbe& probe, const QString& fileName) const
{
    Q_UNUSED(fileName)
    return probe.shape == InputShape::Xml && probe.xmlRoot == QLatin1String("svg") ? 80 : 0;
}

Result<std::pair<QByteArray, QString>> BakedSvgImporter::extract(const QByteArray& svg)
{
    QXmlStreamReader xml(svg);
    qsizetype depth = 0;
    bool sawRoot = false;
    std::optional<std::pair<QByteArray, QString>> found;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (Status safe = XmlSafety::check(xml, depth, true); !safe)
            return safe.error();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (!sawRoot && xml.name() != QLatin1String("svg")) {
            return invalidInput(
                tx("ler::formats", "The XML file is not an SVG image."), QStringLiteral("formats/not-svg"));
        }
        sawRoot = true;
        ++depth;
        const bool assertion = xml.name() == QLatin1String("assertion");
        if ((!assertion && xml.name() != QLatin1String("credential")) || !isOpenBadgesElement(xml))
            continue;
        const QString verify = xml.attributes().value(QStringLiteral("verify")).toString();
        const QString inner = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        --depth; // readElementText read the element's end
        if (xml.hasError())
            break;
        const QString version = assertion ? QStringLiteral("openbadges2") : QStringLiteral("openbadges3");
        QByteArray payload = (inner.isEmpty() ? verify : inner).toUtf8();
        // The same bound as a baked PNG's badge text, so both kinds of image hold the same badges.
        if (payload.size() > ImportLimits::maxBakedTextBytes) {
            return Error(ErrorCode::LimitExceeded,
                tx("ler::formats", "The badge text in this SVG image is larger than %1 MB.")
                    .arg(ImportLimits::maxBakedTextBytes / (1024 * 1024)),
                QStringLiteral("formats/svg-text-too-large"));
        }
        // One badge per image: with two, readers could show different ones.
        if (found) {
            return BakedBadge::severalBadges();
        }
        found = std::pair { std::move(payload), version };
    }
    if (xml.hasError())
        return XmlSafety::readError(xml);
    if (found)
        return *std::move(found);
    return Error(ErrorCode::NotFound,
        tx("ler::formats",
            "This SVG image has no badge baked into it (no "
            "openbadges:assertion or openbadges:credential "
            "element)."),
        QStringLiteral("formats/svg-no-badge"));
}

Result<ImportBatch> BakedSvgImporter::parse(const QByteArray& bytes) const
{
    Result<std::pair<QByteArray, QString>> baked = extract(bytes);
    if (!baked)
        return baked.error();
    Result<ImportBatch> batch = BakedBadge::unwrap(bytes, baked->first, baked->second, m_parser);
    if (batch)
        batch->formatId = batch->formatId + QStringLiteral("+baked-svg");
    return batch;
}

} // namespace ler::formats
