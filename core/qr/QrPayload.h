// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/cborld/CborLd.h"
#include "core/qr/MultiPart.h"
#include "core/qr/QrCapacity.h"
#include "core/qr/Vpqr.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

/// What the wallet puts into QR codes and reads back out of them, whatever the format: VPQR for JSON-LD that fits
/// one code, the multi-part format for the rest, and plain text (a JWT or SD-JWT) when it fits one code.
namespace ler::qr {

/// Encodes a JSON-LD presentation or credential for QR codes: one VPQR code when it fits policy (what existing
/// verifiers read), else parts of the multi-part format holding its CBOR-LD (or, when CBOR-LD cannot carry it, its
/// JSON), compressed when that is smaller. Returns the payloads in order; print "2 of 5" beside each code.
Result<QStringList> encodeDocument(
    const QJsonObject& document, const QrPolicy& policy = {}, const cborld::Options& options = {});

/// Encodes compact text (an SD-JWT, VP-JWT or JWT presentation): the text itself in one code when it fits policy
/// (any reader can take it), else parts of the multi-part format.
Result<QStringList> encodeText(QStringView text, const QrPolicy& policy = {});

/// What one or more scanned codes carried.
struct QrContent
{
    enum class Source
    {
        Vpqr, ///< one VPQR code
        MultiPart, ///< a complete set of parts
        PlainText, ///< a code holding text in no format of ours (a JWT, an SD-JWT, a URL...)
    };
    Source source = Source::PlainText;
    bool isJson = false; ///< document holds the content; otherwise text does
    QJsonObject document;
    QString text;
    int parts = 1;
};

/// Decodes the texts of scanned codes: each VPQR code is one content, all parts of our format together are one
/// content (in any order, repeats allowed), any other text is returned as plain text. Fails with a plain message on
/// a damaged code, on parts of different presentations, and when parts are missing.
Result<QList<QrContent>> decodeQrTexts(const QStringList& texts, const cborld::Options& options = {});

} // namespace ler::qr
