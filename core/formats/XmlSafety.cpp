// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/XmlSafety.h"

#include "core/formats/ImportLimits.h"

#include <QXmlStreamReader>

namespace ler::formats {

namespace {

bool isBareSvgDoctype(const QXmlStreamReader& xml)
{
    return xml.entityDeclarations().isEmpty() && xml.notationDeclarations().isEmpty()
        && !xml.text().contains(QLatin1Char('[')) && xml.dtdName() == QLatin1String("svg")
        && xml.dtdPublicId().startsWith(QLatin1String("-//W3C//DTD SVG 1."));
}

} // namespace

Status XmlSafety::check(const QXmlStreamReader& xml, qsizetype depth, bool allowSvgDoctype)
{
    if (xml.tokenType() == QXmlStreamReader::DTD && !(allowSvgDoctype && isBareSvgDoctype(xml))) {
        return Error(ErrorCode::Unsupported,
            tx("ler::formats",
                "The XML file declares a document type (DTD). Such "
                "files are refused because a DTD can define "
                "harmful entities."),
            QStringLiteral("formats/xml-dtd"));
    }
    if (xml.tokenType() == QXmlStreamReader::EntityReference) {
        return Error(ErrorCode::Unsupported,
            tx("ler::formats",
                "The XML file uses entity references, which are "
                "refused."),
            QStringLiteral("formats/xml-entity"));
    }
    if (depth > ImportLimits::maxXmlDepth) {
        return Error(ErrorCode::LimitExceeded,
            tx("ler::formats",
                "The XML elements are nested too deeply (more than "
                "%1 levels).")
                .arg(ImportLimits::maxXmlDepth),
            QStringLiteral("formats/xml-too-deep"));
    }
    return {};
}

Error XmlSafety::readError(const QXmlStreamReader& xml)
{
    if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
        return invalidInput(tx("ler::formats",
                                "The XML data ends too early; the file may "
                                "be cut off."),
            QStringLiteral("formats/xml-cut-off"));
    }
    return invalidInput(tx("ler::formats",
                            "The file is not well-formed XML (problem on "
                            "line %1).")
                            .arg(xml.lineNumber()),
        QStringLiteral("formats/not-xml"));
}

} // namespace ler::formats
