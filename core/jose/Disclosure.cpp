// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/jose/Disclosure.h"

#include "core/codec/Base64Url.h"
#include "core/codec/JsonText.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace ler::jose {

namespace {

/// Deepest nesting read in a disclosure's claim value.
constexpr int kMaxDisclosureDepth = 256;

QCryptographicHash::Algorithm qtAlgorithm(SdHashAlgorithm alg)
{
    switch (alg) {
    case SdHashAlgorithm::Sha256:
        return QCryptographicHash::Sha256;
    case SdHashAlgorithm::Sha384:
        return QCryptographicHash::Sha384;
    case SdHashAlgorithm::Sha512:
        return QCryptographicHash::Sha512;
    }
    return QCryptographicHash::Sha256;
}

} // namespace

Result<SdHashAlgorithm> sdHashAlgorithmFromName(QStringView name)
{
    if (name == QLatin1String("sha-256")) {
        return SdHashAlgorithm::Sha256;
    }
    if (name == QLatin1String("sha-384")) {
        return SdHashAlgorithm::Sha384;
    }
    if (name == QLatin1String("sha-512")) {
        return SdHashAlgorithm::Sha512;
    }
    return Error(ErrorCode::Unsupported,
        tx("ler::jose", "SD-JWT: _sd_alg \"%1\" is not supported").arg(name),
        QStringLiteral("jose/sd-alg-unsupported"));
}

QString sdHashAlgorithmName(SdHashAlgorithm alg)
{
    switch (alg) {
    case SdHashAlgorithm::Sha256:
        return QStringLiteral("sha-256");
    case SdHashAlgorithm::Sha384:
        return QStringLiteral("sha-384");
    case SdHashAlgorithm::Sha512:
        return QStringLiteral("sha-512");
    }
    return {};
}

QByteArray sdDigest(SdHashAlgorithm alg, QByteArrayView text)
{
    return codec::base64UrlEncode(QCryptographicHash::hash(text, qtAlgorithm(alg)));
}

Result<Disclosure> parseDisclosure(QByteArrayView encoded)
{
    auto bytes = codec::base64UrlDecode(encoded);
    if (!bytes) {
        return invalidInput(
            tx("ler::jose", "SD-JWT disclosure: not valid base64url"), QStringLiteral("jose/disclosure-not-base64url"));
    }
    if (codec::findJsonTextProblem(*bytes, kMaxDisclosureDepth)) {
        return invalidInput(tx("ler::jose",
                                "SD-JWT disclosure: not strict JSON (too deep, a name given twice, or an escape or "
                                "character JSON does not allow)"),
            QStringLiteral("jose/disclosure-json-invalid"));
    }
    QJsonParseError error;
    const QJsonDocument doc = codec::parseJsonDocument(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) {
        return invalidInput(
            tx("ler::jose", "SD-JWT disclosure: not a JSON array"), QStringLiteral("jose/disclosure-not-array"));
    }
    const QJsonArray array = doc.array();
    if (array.size() != 2 && array.size() != 3) {
        return invalidInput(tx("ler::jose", "SD-JWT disclosure: must have 2 or 3 elements, has %1").arg(array.size()),
            QStringLiteral("jose/disclosure-element-count"));
    }
    if (!array.at(0).isString()) {
        return invalidInput(tx("ler::jose", "SD-JWT disclosure: the salt is not a string"),
            QStringLiteral("jose/disclosure-salt-not-string"));
    }
    Disclosure d;
    d.encoded = encoded.toByteArray();
    d.salt = array.at(0).toString();
    if (array.size() == 3) {
        if (!array.at(1).isString()) {
            return invalidInput(tx("ler::jose", "SD-JWT disclosure: the claim name is not a string"),
                QStringLiteral("jose/disclosure-name-not-string"));
        }
        d.name = array.at(1).toString();
    }
    d.value = array.last();
    return d;
}

QByteArray makeDisclosure(const QString& salt, const std::optional<QString>& name, const QJsonValue& value)
{
    QJsonArray array { salt };
    if (name) {
        array.append(*name);
    }
    array.append(value);
    return codec::base64UrlEncode(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace ler::jose
