// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/VcMapping.h"

#include "core/formats/CompactToken.h"
#include "core/formats/InputGuard.h"
#include "core/util/Clock.h"

#include <QHash>
#include <QJsonArray>

namespace ler::formats {

using model::RecordKind;

namespace {

const QString kContextV1 = QStringLiteral("https://www.w3.org/2018/credentials/v1");
const QString kContextV2 = QStringLiteral("https://www.w3.org/ns/credentials/v2");

QStringList contexts(const QJsonObject& obj)
{
    const QJsonValue ctx = obj.value(QStringLiteral("@context"));
    if (ctx.isString())
        return { ctx.toString() };
    QStringList list;
    for (const QJsonValue& v : ctx.toArray()) {
        if (v.isString())
            list.append(v.toString());
    }
    return list;
}

Error wrongType(const Text& message, QString reason)
{
    return invalidInput(message, std::move(reason));
}

/// vc with the registered JWT claims of payload filling gaps.
LoadedCredential withJwtClaims(QJsonObject vc, const QJsonObject& payload)
{
    const bool v2 = vcmapping::vcVersion(vc) == QLatin1String("VC 2.0");
    auto fill = [&vc](const QString& key, const QJsonValue& value) {
        if (!value.isUndefined() && !value.isNull() && !vc.contains(key))
            vc.insert(key, value);
    };
    auto seconds = [&payload](const char* claim) -> QJsonValue {
        const QJsonValue v = payload.value(QLatin1String(claim));
        if (!v.isDouble())
            return QJsonValue::Undefined;
        return clock::fromEpochSeconds(v.toDouble()).toString(Qt::ISODate);
    };
    fill(QStringLiteral("id"), payload.value(QStringLiteral("jti")));
    fill(QStringLiteral("issuer"), payload.value(QStringLiteral("iss")));
    fill(v2 ? QStringLiteral("validFrom") : QStringLiteral("issuanceDate"), seconds("nbf"));
    fill(v2 ? QStringLiteral("validFrom") : QStringLiteral("issuanceDate"), seconds("iat"));
    fill(v2 ? QStringLiteral("validUntil") : QStringLiteral("expirationDate"), seconds("exp"));
    const QJsonValue sub = payload.value(QStringLiteral("sub"));
    QJsonValue subject = vc.value(QStringLiteral("credentialSubject"));
    if (sub.isString() && subject.isObject() && !subject.toObject().contains(QStringLiteral("id"))) {
        QJsonObject s = subject.toObject();
        s.insert(QStringLiteral("id"), sub);
        vc.insert(QStringLiteral("credentialSubject"), s);
    }
    return LoadedCredential { vc, vcmapping::vcVersion(vc) + QStringLiteral(" JWT"), true };
}

} // namespace

QJsonObject vcmapping::firstObject(const QJsonValue& v)
{
    if (v.isObject())
        return v.toObject();
    for (const QJsonValue& item : v.toArray()) {
        if (item.isObject())
            return item.toObject();
    }
    return {};
}

QString vcmapping::scalarText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

Result<LoadedCredential> vcmapping::load(const QByteArray& bytes)
{
    if (CompactToken::looksLike(bytes)) {
        Result<CompactToken> token = CompactToken::parse(bytes);
        if (!token)
            return token.error();
        return fromJwtPayload(token->payload);
    }
    Result<QJsonObject> json = InputGuard::parseJsonObject(bytes);
    if (!json)
        return json.error();
    return LoadedCredential { *json, vcVersion(*json), false };
}

Result<LoadedCredential> vcmapping::load(const InputProbe& probe)
{
    if (probe.error)
        return *probe.error;
    if (probe.shape == InputShape::Token && !probe.sdJwt)
        return fromJwtPayload(probe.json);
    if (probe.shape == InputShape::Json)
        return LoadedCredential { probe.json, vcVersion(probe.json), false };
    return load(probe.bytes);
}

LoadedCredential vcmapping::fromJwtPayload(const QJsonObject& payload)
{
    const QJsonValue vcClaim = payload.value(QStringLiteral("vc"));
    return withJwtClaims(vcClaim.isObject() ? vcClaim.toObject() : payload, payload);
}

LoadedCredential vcmapping::fromSdJwtClaims(const QJsonObject& claims)
{
    return withJwtClaims(claims, claims);
}

bool vcmapping::isCredentialClaims(const QJsonObject& claims)
{
    return types(claims.value(QStringLiteral("type"))).contains(QStringLiteral("VerifiableCredential"))
        || claims.contains(QStringLiteral("credentialSubject"));
}

QStringList vcmapping::types(const QJsonValue& type)
{
    if (type.isString())
        return { type.toString() };
    QStringList list;
    for (const QJsonValue& v : type.toArray()) {
        if (v.isString())
            list.append(v.toString());
    }
    return list;
}

bool vcmapping::isVerifiableCredential(const QJsonObject& obj)
{
    const QStringList ctx = contexts(obj);
    return types(obj.value(QStringLiteral("type"))).contains(QStringLiteral("VerifiableCredential"))
        || ctx.contains(kContextV1) || ctx.contains(kContextV2);
}

QString vcmapping::vcVersion(const QJsonObject& credential)
{
    const QStringList ctx = contexts(credential);
    if (ctx.contains(kContextV2))
        return QStringLiteral("VC 2.0");
    if (ctx.contains(kContextV1))
        return QStringLiteral("VC 1.1");
    if (credential.contains(QStringLiteral("validFrom")))
        return QStringLiteral("VC 2.0");
    return QStringLiteral("VC 1.1");
}

Result<model::Issuer> vcmapping::issuer(const QJsonValue& v)
{
    model::Issuer issuer;
    if (v.isString()) {
        issuer.id = v.toString();
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (!o.value(QStringLiteral("id")).isString()) {
            return wrongType(tx("ler::formats",
                                 "The credential's issuer has no id "
                                 "(a web address or DID)."),
                QStringLiteral("formats/issuer-no-id"));
        }
        issuer.id = o.value(QStringLiteral("id")).toString();
        issuer.name = text(o.value(QStringLiteral("name")));
        issuer.url = o.value(QStringLiteral("url")).toString();
        issuer.image = imageUrl(o.value(QStringLiteral("image")));
    } else {
        return wrongType(tx("ler::formats",
                             "The credential's issuer must be a web address "
                             "or an object with an id, but it is not."),
            QStringLiteral("formats/issuer-not-address-or-object"));
    }
    if (issuer.url.isEmpty() && issuer.id.startsWith(QLatin1String("http")))
        issuer.url = issuer.id;
    return issuer;
}

Status vcmapping::mapCommon(const QJsonObject& vc, model::Record& r)
{
    r.credentialTypes = types(vc.value(QStringLiteral("type")));
    if (r.credentialTypes.isEmpty())
        return wrongType(tx("ler::formats", "The credential has no type."), QStringLiteral("formats/no-type"));
    // Signed by its holder, a presentation would be shown as a credential from whatever issuer it names.
    if (r.credentialTypes.contains(QStringLiteral("VerifiablePresentation"))) {
        return wrongType(tx("ler::formats",
                             "This is a presentation, not a credential: open it to check it instead of importing it."),
            QStringLiteral("formats/presentation-not-credential"));
    }
    const QJsonValue id = vc.value(QStringLiteral("id"));
    if (!id.isUndefined() && !id.isString())
        return wrongType(
            tx("ler::formats", "The credential's id must be text."), QStringLiteral("formats/id-not-text"));
    r.credentialId = id.toString();
    if (!vc.contains(QStringLiteral("issuer")))
        return invalidInput(tx("ler::formats", "The credential names no issuer."), QStringLiteral("formats/no-issuer"));
    Result<model::Issuer> iss = issuer(vc.value(QStringLiteral("issuer")));
    if (!iss)
        return iss.error();
    r.issuer = *iss;
    for (const char* key : { "name", "description" }) {
        const QJsonValue v = vc.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isString() && !v.isObject() && !v.isArray()) {
            return wrongType(tx("ler::formats", "The credential's %1 must be text.").arg(QLatin1String(key)),
                QStringLiteral("formats/field-not-text"));
        }
    }
    r.title = text(vc.value(QStringLiteral("name")));
    r.description = text(vc.value(QStringLiteral("description")));
    const QDateTime validFrom = dateTime(vc.value(QStringLiteral("validFrom")));
    const QDateTime issuance = dateTime(vc.value(QStringLiteral("issuanceDate")));
    const QDateTime awarded = dateTime(vc.value(QStringLiteral("awardedDate")));
    r.dates.validFrom = validFrom.isValid() ? validFrom : issuance;
    r.dates.issued = awarded.isValid() ? awarded : (issuance.isValid() ? issuance : validFrom);
    r.dates.validUntil = dateTime(vc.value(QStringLiteral("validUntil")));
    if (!r.dates.validUntil.isValid())
        r.dates.validUntil = dateTime(vc.value(QStringLiteral("expirationDate")));
    r.evidence = evidence(vc.value(QStringLiteral("evidence")));
    if (r.credentialId.startsWith(QLatin1String("http")))
        r.links.append(r.credentialId);
    const QJsonValue subject = vc.value(QStringLiteral("credentialSubject"));
    if (!subject.isObject() && !subject.isArray())
        return invalidInput(tx("ler::formats", "The credential has no credentialSubject."),
            QStringLiteral("formats/no-credential-subject"));
    return {};
}

QString vcmapping::text(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isArray()) {
        // Signed as a graph (RDF canonicalization), a list keeps no order: the one shown must not depend on it.
        // English first, then text with no language, then any; the smallest of those that are left.
        QString best;
        int bestRank = 3;
        for (const QJsonValue& item : v.toArray()) {
            const QString language = item.toObject().value(QStringLiteral("@language")).toString().toLower();
            const int rank = language == QLatin1String("en") || language == QLatin1String("en-us") ? 0
                : language.isEmpty()                                                               ? 1
                                                                                                   : 2;
            const QString t = text(item);
            if (!t.isEmpty() && (rank < bestRank || (rank == bestRank && t < best))) {
                best = t;
                bestRank = rank;
            }
        }
        return best;
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("@value")))
            return o.value(QStringLiteral("@value")).toString();
        for (const QString& lang : { QStringLiteral("en"), QStringLiteral("en-US") }) {
            if (o.value(lang).isString())
                return o.value(lang).toString();
        }
        return o.isEmpty() ? QString() : o.begin().value().toString();
    }
    return {};
}

QString vcmapping::imageUrl(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    return v.toObject().value(QStringLiteral("id")).toString();
}

QDateTime vcmapping::dateTime(const QJsonValue& v)
{
    if (v.isDouble())
        return clock::fromEpochSeconds(v.toDouble());
    const QString s = v.toString().trimmed();
    if (s.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (dt.isValid())
        return dt;
    const QDate d = QDate::fromString(s.left(10), Qt::ISODate);
    return d.isValid() ? d.startOfDay(Qt::UTC) : QDateTime();
}

QList<model::Evidence> vcmapping::evidence(const QJsonValue& v)
{
    QList<model::Evidence> list;
    const QJsonArray items = v.isArray() ? v.toArray() : QJsonArray { v };
    for (const QJsonValue& item : items) {
        if (item.isString()) {
            list.append({ item.toString(), {}, {}, {} });
        } else if (item.isObject()) {
            const QJsonObject o = item.toObject();
            list.append({ o.value(QStringLiteral("id")).toString(),
                text(o.value(QStringLiteral("name"))),
                text(o.value(QStringLiteral("description"))),
                text(o.value(QStringLiteral("narrative"))) });
        }
    }
    return list;
}

QList<model::Alignment> vcmapping::alignments(const QJsonValue& v)
{
    QList<model::Alignment> list;
    const QJsonArray items = v.isArray() ? v.toArray() : QJsonArray { v };
    for (const QJsonValue& item : items) {
        const QJsonObject o = item.toObject();
        if (o.isEmpty())
            continue;
        list.append({ text(o.value(QStringLiteral("targetName"))),
            text(o.value(QStringLiteral("targetFramework"))),
            scalarText(o.value(QStringLiteral("targetCode"))),
            o.value(QStringLiteral("targetUrl")).toString() });
    }
    return list;
}

void vcmapping::flatten(const QJsonValue& v, const QString& prefix, QJsonObject& out, int depth)
{
    if (depth > 8 || out.size() > 500)
        return;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key().startsWith(QLatin1Char('@')))
                continue;
            flatten(it.value(), prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key(), out, depth + 1);
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            flatten(a.at(i), prefix + QLatin1Char('.') + QString::number(i), out, depth + 1);
    } else if (!v.isNull() && !v.isUndefined() && !prefix.isEmpty()) {
        out.insert(prefix, v);
    }
}

namespace {

Result<ImportBatch> mapSingle(const Result<LoadedCredential>& loaded,
    const QByteArray& bytes,
    const QString& formatId,
    Result<model::Record> (*map)(const LoadedCredential&))
{
    if (!loaded)
        return loaded.error();
    Result<model::Record> record = map(*loaded);
    if (!record)
        return record.error();
    ImportItem item;
    item.original = bytes;
    item.payload = bytes.trimmed();
    item.record = *record;
    return ImportBatch { formatId, { item } };
}

} // namespace

Result<ImportBatch> vcmapping::importSingle(
    const QByteArray& bytes, const QString& formatId, Result<model::Record> (*map)(const LoadedCredential&))
{
    return mapSingle(load(bytes), bytes, formatId, map);
}

Result<ImportBatch> vcmapping::importSingle(
    const InputProbe& probe, const QString& formatId, Result<model::Record> (*map)(const LoadedCredential&))
{
    return mapSingle(load(probe), probe.bytes, formatId, map);
}

} // namespace ler::formats
