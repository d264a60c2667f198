// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/StatusList.h"

#include "core/codec/Base64Url.h"
#include "core/codec/Gzip.h"
#include "core/codec/JsonText.h"
#include "core/net/Fetcher.h"
#include "core/util/Clock.h"

#include <QJsonDocument>
#include <algorithm>
#include <cmath>

namespace ler::verify {

namespace {

const QByteArray kAccept = QByteArrayLiteral("application/vc+ld+json, application/vc, application/ld+json;q=0.9, "
                                             "application/json;q=0.8");

Error failed(const Text& message, const QString& reason)
{
    return { ErrorCode::VerificationFailed, message, reason };
}

bool hasType(const QJsonValue& type, QStringView name)
{
    if (type.isString()) {
        return type.toString() == name;
    }
    const QJsonArray types = type.toArray();
    return std::any_of(types.begin(), types.end(), [name](const QJsonValue& t) { return t.toString() == name; });
}

bool listsPurpose(const QJsonValue& purposes, const QString& purpose)
{
    return hasType(purposes, purpose);
}

/// statusListIndex: a base-10 string (Bitstring Status List) or, as some issuers write it, a JSON integer.
Result<quint64> parseIndex(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d >= 0 && d <= 9007199254740991.0 && d == std::floor(d)) {
            return quint64(d);
        }
    } else if (value.isString()) {
        const QString text = value.toString();
        bool ok = false;
        const quint64 index = text.toULongLong(&ok, 10);
        const bool digitsOnly = !text.isEmpty() && text.size() <= 19
            && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit() && c.unicode() < 128; });
        if (ok && digitsOnly) {
            return index;
        }
    }
    return invalidInput(tx("ler::net", "The credential's status entry has no valid position (statusListIndex)."),
        QStringLiteral("verify/status-index-invalid"));
}

Result<int> parseStatusSize(const QJsonValue& value)
{
    if (value.isUndefined()) {
        return 1;
    }
    const double d = value.toDouble(-1);
    if (!value.isDouble() || d < 1 || d > kMaxStatusSize || d != std::floor(d)) {
        return invalidInput(
            tx("ler::net", "The credential's status entry has an unsupported status size (statusSize)."),
            QStringLiteral("verify/status-size-unsupported"));
    }
    return int(d);
}

QString statusMessageFor(const QJsonArray& messages, quint32 value)
{
    for (const QJsonValue& m : messages) {
        const QString status = m.toObject().value(QLatin1String("status")).toString();
        bool ok = false;
        if (status.startsWith(QLatin1String("0x")) && status.mid(2).toUInt(&ok, 16) == value && ok) {
            return m.toObject().value(QLatin1String("message")).toString();
        }
    }
    return {};
}

QDateTime parseTime(const QJsonObject& object, QLatin1String name)
{
    return QDateTime::fromString(object.value(name).toString(), Qt::ISODateWithMs);
}

StatusCheck describe(const StatusEntry& entry, quint32 value, const StatusCheck& base)
{
    StatusCheck check = base;
    check.value = value;
    if (value == 0) {
        check.status = CredentialStatus::Valid;
        check.message = entry.purpose == QLatin1String("suspension")
            ? tx("ler::net", "Not suspended: the issuer's status list shows this credential as active.")
            : tx("ler::net", "Not revoked: the issuer's status list shows this credential as valid.");
    } else if (entry.purpose == QLatin1String("revocation")) {
        check.status = CredentialStatus::Revoked;
        check.message = tx("ler::net", "Revoked: the issuer has withdrawn this credential.");
    } else if (entry.purpose == QLatin1String("suspension")) {
        check.status = CredentialStatus::Suspended;
        check.message = tx("ler::net", "Suspended: the issuer has put this credential on hold.");
    } else {
        check.status = CredentialStatus::Flagged;
        const QString text = statusMessageFor(entry.statusMessages, value);
        check.message = text.isEmpty()
            ? tx("ler::net", "The issuer's status list marks this credential (%1 status %2).")
                  .arg(entry.purpose)
                  .arg(value)
            : tx("ler::net", "The issuer's status list says: %1").arg(text);
    }
    if (check.fromCache) {
        //: Two sentences, one after the other.
        check.message = tx("ler::net", "%1 %2")
                            .arg(check.message,
                                tx("ler::net", "This uses a copy of the status list fetched on %1.")
                                    .arg(check.listFetchedAt.toString(Qt::ISODate)));
    }
    return check;
}

} // namespace

Result<StatusEntry> parseStatusEntry(const QJsonObject& entry)
{
    StatusEntry out;
    const QJsonValue type = entry.value(QLatin1String("type"));
    if (hasType(type, u"BitstringStatusListEntry")) {
        out.kind = StatusListKind::Bitstring;
    } else if (hasType(type, u"StatusList2021Entry")) {
        out.kind = StatusListKind::StatusList2021;
    } else {
        return Error(ErrorCode::Unsupported,
            tx("ler::net", "This kind of credential status is not supported."),
            QStringLiteral("verify/status-type-unsupported"));
    }
    out.purpose = entry.value(QLatin1String("statusPurpose")).toString();
    if (out.purpose.isEmpty()) {
        return invalidInput(
            tx("ler::net", "The credential's status entry does not say what it is for (statusPurpose)."),
            QStringLiteral("verify/status-purpose-missing"));
    }
    auto index = parseIndex(entry.value(QLatin1String("statusListIndex")));
    if (!index) {
        return index.error();
    }
    out.index = index.value();
    if (out.kind == StatusListKind::Bitstring) {
        auto size = parseStatusSize(entry.value(QLatin1String("statusSize")));
        if (!size) {
            return size.error();
        }
        out.size = size.value();
        out.statusMessages = entry.value(QLatin1String("statusMessage")).toArray();
    }
    out.listUrl = QUrl(entry.value(QLatin1String("statusListCredential")).toString(), QUrl::StrictMode);
    if (!out.listUrl.isValid() || out.listUrl.isRelative()) {
        return invalidInput(tx("ler::net", "The credential's status entry has no valid status list address."),
            QStringLiteral("verify/status-list-address-invalid"));
    }
    return out;
}

Result<QByteArray> decodeEncodedList(QStringView encodedList, StatusListKind kind)
{
    QStringView text = encodedList;
    if (kind == StatusListKind::Bitstring) {
        if (!text.startsWith(u'u')) {
            return invalidInput(
                tx("ler::net", "The status list is not encoded as the standard requires (multibase base64url)."),
                QStringLiteral("verify/status-list-encoding"));
        }
        text = text.mid(1);
    }
    while (text.endsWith(u'=')) {
        text.chop(1); // tolerated: some StatusList2021 issuers pad
    }
    const QByteArray ascii = text.toLatin1();
    auto compressed = codec::base64UrlDecode(ascii);
    if (!compressed) {
        return invalidInput(
            tx("ler::net", "The status list is not valid base64url."), QStringLiteral("verify/status-list-encoding"));
    }
    auto bits = codec::gunzip(compressed.value(), kMaxStatusListBytes);
    if (!bits) {
        // The cause's reason tells a list too large to unpack from a damaged one.
        return Error(bits.error().code,
            tx("ler::net", "The issuer's status list could not be decompressed."),
            bits.error().reason.isEmpty() ? QStringLiteral("verify/status-list-not-decompressed")
                                          : bits.error().reason);
    }
    return bits;
}

Result<quint32> readStatusValue(const QByteArray& bitstring, quint64 index, int size)
{
    if (size < 1 || size > kMaxStatusSize) {
        return invalidInput(
            tx("ler::net", "The status size is not supported."), QStringLiteral("verify/status-size-unsupported"));
    }
    const quint64 totalBits = quint64(bitstring.size()) * 8;
    if (index > totalBits / quint64(size) || index * quint64(size) + quint64(size) > totalBits) {
        return invalidInput(
            tx("ler::net", "The credential's position (%1) is beyond the end of the issuer's status list.").arg(index),
            QStringLiteral("verify/status-index-out-of-range"));
    }
    quint32 value = 0;
    const quint64 first = index * quint64(size);
    for (quint64 bit = first; bit < first + quint64(size); ++bit) {
        const auto byte = quint8(bitstring[qsizetype(bit / 8)]);
        value = (value << 1) | ((byte >> (7 - bit % 8)) & 1U);
    }
    return value;
}

StatusListChecker::StatusListChecker(const net::Fetcher& fetcher, CredentialVerifier verifyListCredential)
    : m_fetcher(fetcher)
    , m_verify(std::move(verifyListCredential))
{ }

void StatusListChecker::setNow(const QDateTime& now)
{
    m_now = now;
}

Status StatusListChecker::checkValidity(const QJsonObject& list) const
{
    const QDateTime now = m_now.isValid() ? m_now : clock::nowUtc();
    QDateTime from = parseTime(list, QLatin1String("validFrom"));
    QDateTime until = parseTime(list, QLatin1String("validUntil"));
    if (!until.isValid()) {
        until = parseTime(list, QLatin1String("expirationDate"));
    }
    if (from.isValid() && now < from) {
        return failed(tx("ler::net", "The issuer's status list is not valid yet."),
            QStringLiteral("verify/status-list-not-yet-valid"));
    }
    if (until.isValid() && now > until) {
        return failed(tx("ler::net", "The issuer's status list has expired, so the status cannot be trusted."),
            QStringLiteral("verify/status-list-expired"));
    }
    return {};
}

Status StatusListChecker::checkListCredential(const QJsonObject& list, const StatusEntry& entry) const
{
    const bool bitstring = entry.kind == StatusListKind::Bitstring;
    const QStringView credentialType = bitstring ? u"BitstringStatusListCredential" : u"StatusList2021Credential";
    const QStringView subjectType = bitstring ? u"BitstringStatusList" : u"StatusList2021";
    const QJsonObject subject = list.value(QLatin1String("credentialSubject")).toObject();
    if (!hasType(list.value(QLatin1String("type")), credentialType)
        || !hasType(subject.value(QLatin1String("type")), subjectType)) {
        return failed(
            tx("ler::net", "The document at the status list address is not a status list of the expected kind."),
            QStringLiteral("verify/status-list-wrong-type"));
    }
    // The list must be the one the entry names: another list of the same issuer, served at this address, would give
    // another credential's status.
    const QJsonValue id = list.value(QLatin1String("id"));
    if (id.isString() && QUrl(id.toString(), QUrl::StrictMode) != entry.listUrl) {
        return failed(
            tx("ler::net", "The document at the status list address is another status list (%1).").arg(id.toString()),
            QStringLiteral("verify/status-list-other-id"));
    }
    if (!listsPurpose(subject.value(QLatin1String("statusPurpose")), entry.purpose)) {
        return failed(
            tx("ler::net", "The issuer's status list is for a different purpose than the credential's status entry."),
            QStringLiteral("verify/status-list-wrong-purpose"));
    }
    if (Status valid = checkValidity(list); !valid) {
        return valid;
    }
    if (!m_verify) {
        return Error(ErrorCode::Internal,
            tx("ler::net", "No verifier was given for the status list's signature."),
            QStringLiteral("verify/status-list-no-verifier"));
    }
    if (Status signature = m_verify(list); !signature) {
        // The verifier's sentences speak of the status list already; its reason says what did not hold.
        const Error& cause = signature.error();
        const ErrorCode code = cause.code == ErrorCode::NotFound || cause.code == ErrorCode::Network
            ? cause.code
            : ErrorCode::VerificationFailed;
        return Error(code,
            cause.message,
            cause.reason.isEmpty() ? QStringLiteral("verify/status-list-untrusted") : cause.reason);
    }
    return {};
}

Result<StatusCheck> StatusListChecker::check(const QJsonObject& entryObject) const
{
    auto entry = parseStatusEntry(entryObject);
    if (!entry) {
        return entry.error();
    }
    StatusCheck base;
    base.purpose = entry->purpose;
    base.listUrl = entry->listUrl;
    auto fetched = m_fetcher.fetch(entry->listUrl, kAccept);
    if (!fetched) {
        base.message = tx("ler::net", "Status not checked: %1").arg(fetched.error().message);
        base.reason = fetched.error().reason;
        return base;
    }
    base.listFetchedAt = fetched->fetchedAt;
    base.fromCache = fetched->fromCache;
    QJsonParseError parseError {};
    const QJsonDocument doc = codec::parseJsonDocument(fetched->body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error(ErrorCode::Unsupported,
            tx("ler::net", "The issuer's status list is not a JSON credential."),
            QStringLiteral("verify/status-list-not-json"));
    }
    const QJsonObject list = doc.object();
    if (Status ok = checkListCredential(list, entry.value()); !ok) {
        // The list's key could not be tied to its issuer (yet): the status is not known, not fine.
        if (ok.error().code == ErrorCode::NotFound || ok.error().code == ErrorCode::Network) {
            base.message = ok.error().message;
            base.reason = ok.error().reason;
            return base;
        }
        return ok.error();
    }
    const QJsonValue encoded
        = list.value(QLatin1String("credentialSubject")).toObject().value(QLatin1String("encodedList"));
    auto bits = decodeEncodedList(encoded.toString(), entry->kind);
    if (!bits) {
        return bits.error();
    }
    auto value = readStatusValue(bits.value(), entry->index, entry->size);
    if (!value) {
        return value.error();
    }
    return describe(entry.value(), value.value(), base);
}

QList<Result<StatusCheck>> StatusListChecker::checkCredential(const QJsonObject& credential) const
{
    QList<Result<StatusCheck>> results;
    const QJsonValue status = credential.value(QLatin1String("credentialStatus"));
    const QJsonArray entries = status.isArray() ? status.toArray() : QJsonArray { status };
    for (const QJsonValue& entry : entries) {
        if (entry.isObject()) {
            results.append(check(entry.toObject()));
        }
    }
    return results;
}

} // namespace ler::verify
