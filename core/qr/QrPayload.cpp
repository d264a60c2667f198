// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/qr/QrPayload.h"

#include "core/codec/Base32.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

namespace ler::qr {

Result<QStringList> encodeDocument(const QJsonObject& document, const QrPolicy& policy, const cborld::Options& options)
{
    auto bytes = cborld::encode(document, options);
    // CBOR-LD writes some values in a shorter form (dates, typed literals) that does not always read back as the
    // same JSON; a code must carry exactly what was signed, so such a document goes as JSON.
    if (bytes) {
        const auto back = cborld::decode(*bytes, options);
        if (!back || !back->isObject() || back->toObject() != document) {
            bytes = Error(ErrorCode::Unsupported,
                tx("ler::qr", "CBOR-LD does not carry this document unchanged."),
                QStringLiteral("qr/cborld-not-round-trip"));
        }
    }
    if (bytes) {
        const QString vpqr = QLatin1String(kVpqrPrefix) + codec::base32Encode(*bytes);
        if (fit(vpqr, policy).fits()) {
            return QStringList { vpqr };
        }
        return encodeMultiPart(ContentKind::CborLd, *bytes, policy);
    }
    // CBOR-LD cannot carry every document (a context it does not know, a term without a definition); JSON can.
    return encodeMultiPart(ContentKind::Json, QJsonDocument(document).toJson(QJsonDocument::Compact), policy);
}

Result<QStringList> encodeText(QStringView text, const QrPolicy& policy)
{
    if (!isVpqr(text) && !isMultiPart(text) && fit(text, policy).fits()) {
        return QStringList { text.toString() };
    }
    return encodeMultiPart(ContentKind::Text, text.toString().toUtf8(), policy);
}

namespace {

Result<QrContent> contentOf(const QrMessage& message, const cborld::Options& options)
{
    QrContent c;
    c.source = QrContent::Source::MultiPart;
    c.parts = message.parts;
    switch (message.kind) {
    case ContentKind::CborLd: {
        auto json = cborld::decode(message.body, options);
        if (!json) {
            return json.error();
        }
        if (!json->isObject()) {
            break;
        }
        c.isJson = true;
        c.document = json->toObject();
        return c;
    }
    case ContentKind::Json: {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(message.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            break;
        }
        c.isJson = true;
        c.document = doc.object();
        return c;
    }
    case ContentKind::Text: {
        QStringDecoder utf8(QStringDecoder::Utf8);
        c.text = utf8(message.body);
        if (utf8.hasError()) {
            break;
        }
        return c;
    }
    }
    return Error(ErrorCode::InvalidInput,
        tx("ler::qr",
            "The data in these QR codes is damaged (it is not what its header "
            "says)."),
        QStringLiteral("qr/content-not-as-declared"));
}

} // namespace

Result<QList<QrContent>> decodeQrTexts(const QStringList& texts, const cborld::Options& options)
{
    QList<QrContent> out;
    MultiPartAssembler parts;
    QStringList seen;
    for (const QString& text : texts) {
        if (seen.contains(text)) {
            continue; // the same code scanned twice
        }
        seen.append(text);
        if (isVpqr(text)) {
            auto doc = decodeVpqr(text, options);
            if (!doc) {
                return doc.error();
            }
            QrContent c;
            c.source = QrContent::Source::Vpqr;
            c.isJson = true;
            c.document = *doc;
            out.append(c);
        } else if (isMultiPart(text)) {
            auto added = parts.add(text);
            if (!added) {
                return added.error();
            }
        } else {
            QrContent c;
            c.source = QrContent::Source::PlainText;
            c.text = text;
            out.append(c);
        }
    }
    if (!parts.isEmpty()) {
        auto message = parts.message();
        if (!message) {
            return message.error();
        }
        auto content = contentOf(*message, options);
        if (!content) {
            return content.error();
        }
        out.append(*content);
    }
    return out;
}

} // namespace ler::qr
