// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/InputProbe.h"

#include "core/formats/CompactToken.h"
#include "core/formats/InputGuard.h"
#include "core/formats/VcMapping.h"

#include <QHash>
#include <QXmlStreamReader>

namespace ler::formats {

namespace {

InputProbe probe(const QByteArray& bytes)
{
    InputProbe p;
    if (InputProbe::isPng(bytes)) {
        p.shape = InputShape::Png;
    } else if (InputGuard::looksLikeJson(bytes)) {
        p.shape = InputShape::Json;
        Result<QJsonObject> json = InputGuard::parseJsonObject(bytes);
        if (json) {
            p.json = *json;
            p.credentialTypes = vcmapping::types(p.json.value(QStringLiteral("type")));
        } else {
            p.error = json.error();
        }
    } else if (CompactToken::looksLike(bytes)) {
        p.shape = InputShape::Token;
        Result<CompactToken> token = CompactToken::parse(bytes);
        if (token) {
            p.json = token->payload;
            p.header = token->header;
            p.sdJwt = token->sdJwt;
            const QJsonValue vc = p.json.value(QStringLiteral("vc"));
            p.credentialTypes
                = vcmapping::types((vc.isObject() ? vc.toObject() : p.json).value(QStringLiteral("type")));
        } else {
            p.error = token.error();
        }
    } else if (InputProbe::looksLikeXml(bytes)) {
        p.shape = InputShape::Xml;
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                p.xmlRoot = xml.name().toString();
                p.xmlNamespace = xml.namespaceUri().toString();
                break;
            }
        }
    } else if (!bytes.contains('\0')) {
        p.shape = InputShape::Text;
    }
    return p;
}

} // namespace

InputProbe InputProbe::of(const QByteArray& bytes)
{
    InputProbe p = probe(bytes);
    p.bytes = bytes;
    return p;
}

bool InputProbe::isPng(const QByteArray& bytes)
{
    return bytes.startsWith("\x89PNG\r\n\x1a\n");
}

bool InputProbe::looksLikeXml(const QByteArray& bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        // UTF-16 with leading white space: find the first non-space code unit.
        const bool le = bytes[0] == '\xFF';
        for (qsizetype i = 2; i + 1 < bytes.size(); i += 2) {
            const char c = le ? bytes[i] : bytes[i + 1];
            const char hi = le ? bytes[i + 1] : bytes[i];
            if (hi != 0)
                return false;
            if (c == '<')
                return true;
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                return false;
        }
        return false;
    }
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t'))
        ++i;
    return i < bytes.size() && bytes[i] == '<';
}

} // namespace ler::formats
