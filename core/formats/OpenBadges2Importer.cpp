// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/OpenBadges2Importer.h"

#include "core/formats/CompactToken.h"
#include "core/formats/InputGuard.h"
#include "core/formats/InputProbe.h"
#include "core/formats/VcMapping.h"

#include <QJsonArray>
#include <QUrl>

namespace ler::formats {

namespace {

bool hasOb2Context(const QJsonObject& obj)
{
    const QJsonValue ctx = obj.value(QStringLiteral("@context"));
    const QJsonArray list = ctx.isArray() ? ctx.toArray() : QJsonArray { ctx };
    for (const QJsonValue& v : list) {
        if (v.toString().contains(QLatin1String("w3id.org/openbadges")))
            return true;
    }
    return false;
}

Error wrongType(const Text& message, QString reason)
{
    return invalidInput(message, std::move(reason));
}

} // namespace

OpenBadges2Importer::OpenBadges2Importer(ResourceFetcher fetcher)
    : m_fetcher(std::move(fetcher))
{ }

Text OpenBadges2Importer::displayName() const
{
    return tx("ler::formats", "Open Badges 2.0");
}

bool OpenBadges2Importer::isAssertion(const QJsonObject& obj)
{
    if (obj.contains(QStringLiteral("vc")) || vcmapping::isVerifiableCredential(obj))
        return false;
    if (hasOb2Context(obj))
        return true;
    const QStringList types = vcmapping::types(obj.value(QStringLiteral("type")));
    if (types.contains(QStringLiteral("Assertion")))
        return true;
    return obj.contains(QStringLiteral("recipient")) && obj.contains(QStringLiteral("badge"));
}

int OpenBadges2Importer::sniff(const InputProbe& probe, const QString& fileName) const
{
    Q_UNUSED(fileName)
    if ((probe.shape != InputShape::Json && probe.shape != InputShape::Token) || probe.sdJwt)
        return 0;
    return isAssertion(probe.json) ? 85 : 0;
}

Result<ImportBatch> OpenBadges2Importer::parse(const QByteArray& bytes) const
{
    QJsonObject assertion;
    const bool signedBadge = CompactToken::looksLike(bytes);
    if (signedBadge) {
        Result<CompactToken> token = CompactToken::parse(bytes);
        if (!token)
            return token.error();
        assertion = token->payload;
    } else {
        Result<QJsonObject> json = InputGuard::parseJsonObject(bytes);
        if (!json)
            return json.error();
        assertion = *json;
    }
    ImportItem item;
    Result<model::Record> record = mapAssertion(assertion, signedBadge, item.notFetched);
    if (!record)
        return record.error();
    item.original = bytes;
    item.payload = bytes.trimmed();
    item.record = *record;
    return ImportBatch { formatId(), { item } };
}

Result<ImportBatch> OpenBadges2Importer::parseHostedUrl(const QString& url) const
{
    const QUrl u(url.trimmed());
    if (!u.isValid() || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http"))) {
        return invalidInput(tx("ler::formats",
                                "The badge refers to its data with an "
                                "address that is not a web address."),
            QStringLiteral("formats/ob2-url-not-web-address"));
    }
    if (!m_fetcher) {
        return Error(ErrorCode::Network,
            tx("ler::formats",
                "The badge holds only a web address for its data, "
                "and downloading is turned off, so it cannot be "
                "imported offline."),
            QStringLiteral("formats/ob2-offline-url"));
    }
    Result<QByteArray> fetched = m_fetcher(u);
    if (!fetched)
        return fetched.error();
    if (Status size = InputGuard::checkSize(fetched->size()); !size)
        return size.error();
    return parse(*fetched);
}

Result<QJsonObject> OpenBadges2Importer::resolve(const QJsonValue& v, const char* field, QStringList& notFetched) const
{
    if (v.isObject())
        return v.toObject();
    if (!v.isString()) {
        return wrongType(tx("ler::formats",
                             "The badge's %1 must be a web address or an "
                             "object, but it is not.")
                             .arg(QLatin1String(field)),
            QStringLiteral("formats/ob2-not-address-or-object"));
    }
    const QString url = v.toString();
    if (m_fetcher) {
        Result<QByteArray> fetched = m_fetcher(QUrl(url));
        if (fetched && InputGuard::checkSize(fetched->size())) {
            Result<QJsonObject> json = InputGuard::parseJsonObject(*fetched);
            if (json)
                return json;
        }
    }
    notFetched.append(url);
    return QJsonObject { { QStringLiteral("id"), url } };
}

Result<model::Record> OpenBadges2Importer::mapAssertion(
    const QJsonObject& a, bool signedBadge, QStringList& notFetched) const
{
    const QStringList types = vcmapping::types(a.value(QStringLiteral("type")));
    if (hasOb2Context(a) && !types.isEmpty() && !types.contains(QStringLiteral("Assertion"))) {
        return Error(ErrorCode::Unsupported,
            tx("ler::formats",
                "This Open Badges file describes a badge or an "
                "issuer, not a badge awarded to someone "
                "(an Assertion)."),
            QStringLiteral("formats/ob2-not-assertion"));
    }
    model::Record r;
    r.sourceFormat = model::SourceFormat::OpenBadges2;
    r.kind = model::RecordKind::Badge;
    r.achievement.type = QStringLiteral("BadgeClass");
    r.sourceVersion = hasOb2Context(a) ? QStringLiteral("2.0") : QStringLiteral("1.x");
    if (signedBadge)
        r.sourceVersion += QStringLiteral(" JWS");
    r.credentialTypes = types;
    const QJsonValue id = a.value(QStringLiteral("id"));
    if (!id.isUndefined() && !id.isString())
        return wrongType(tx("ler::formats", "The badge's id must be text."), QStringLiteral("formats/id-not-text"));
    r.credentialId = id.isString() ? id.toString() : a.value(QStringLiteral("uid")).toString();
    if (r.credentialId.startsWith(QLatin1String("http")))
        r.links.append(r.credentialId);

    const QJsonValue recipient = a.value(QStringLiteral("recipient"));
    if (recipient.isObject()) {
        const QJsonObject o = recipient.toObject();
        r.subjects.append({ o.value(QStringLiteral("type")).toString(),
            o.value(QStringLiteral("identity")).toString(),
            o.value(QStringLiteral("hashed")).toBool(),
            o.value(QStringLiteral("salt")).toString() });
    } else if (recipient.isString()) {
        r.subjects.append({ QStringLiteral("email"),
            recipient.toString(),
            recipient.toString().startsWith(QLatin1String("sha")),
            a.value(QStringLiteral("salt")).toString() });
    } else {
        return invalidInput(
            tx("ler::formats", "The badge names no recipient."), QStringLiteral("formats/ob2-no-recipient"));
    }

    const QJsonValue issuedOn = a.value(QStringLiteral("issuedOn"));
    if (!issuedOn.isUndefined() && !issuedOn.isString() && !issuedOn.isDouble())
        return wrongType(tx("ler::formats", "The badge's issuedOn must be a date."),
            QStringLiteral("formats/ob2-issued-on-not-date"));
    r.dates.issued = vcmapping::dateTime(issuedOn);
    if (!r.dates.issued.isValid())
        r.dates.issued = vcmapping::dateTime(a.value(QStringLiteral("issued_on")));
    r.dates.validFrom = r.dates.issued;
    r.dates.validUntil = vcmapping::dateTime(a.value(QStringLiteral("expires")));
    r.evidence = vcmapping::evidence(a.value(QStringLiteral("evidence")));
    const QString narrative = a.value(QStringLiteral("narrative")).toString();
    if (!narrative.isEmpty())
        r.claims.insert(QStringLiteral("narrative"), narrative);
    const QJsonObject verification = a.value(QStringLiteral("verification")).isObject()
        ? a.value(QStringLiteral("verification")).toObject()
        : a.value(QStringLiteral("verify")).toObject();
    if (verification.value(QStringLiteral("type")).isString())
        r.claims.insert(QStringLiteral("verification"), verification.value(QStringLiteral("type")));

    if (!a.contains(QStringLiteral("badge")))
        return invalidInput(
            tx("ler::formats", "The badge assertion names no badge."), QStringLiteral("formats/ob2-no-badge"));
    Result<QJsonObject> badge = resolve(a.value(QStringLiteral("badge")), "badge", notFetched);
    if (!badge)
        return badge.error();
    r.title = vcmapping::text(badge->value(QStringLiteral("name")));
    // A badge class not downloaded has no name here: the title stays empty and is named where it is shown.
    r.description = vcmapping::text(badge->value(QStringLiteral("description")));
    r.achievement.image = vcmapping::imageUrl(a.value(QStringLiteral("image")));
    if (r.achievement.image.isEmpty() || r.achievement.image.startsWith(QLatin1String("data:")))
        r.achievement.image = vcmapping::imageUrl(badge->value(QStringLiteral("image")));
    const QJsonValue criteria = badge->value(QStringLiteral("criteria"));
    r.achievement.criteria = criteria.isObject()
        ? criteria.toObject()
              .value(QStringLiteral("narrative"))
              .toString(criteria.toObject().value(QStringLiteral("id")).toString())
        : criteria.toString();
    r.alignments = vcmapping::alignments(badge->value(QStringLiteral("alignment")));
    QJsonArray tags;
    for (const QJsonValue& t : badge->value(QStringLiteral("tags")).toArray())
        tags.append(t.toString());
    if (!tags.isEmpty())
        r.claims.insert(QStringLiteral("tags"), tags);
    const QString badgeId = badge->value(QStringLiteral("id")).toString();
    if (!badgeId.isEmpty())
        r.claims.insert(QStringLiteral("badgeClassId"), badgeId);

    if (badge->contains(QStringLiteral("issuer"))) {
        Result<QJsonObject> issuer = resolve(badge->value(QStringLiteral("issuer")), "issuer", notFetched);
        if (!issuer)
            return issuer.error();
        r.issuer.id = issuer->value(QStringLiteral("id")).toString();
        r.issuer.name = vcmapping::text(issuer->value(QStringLiteral("name")));
        r.issuer.url = issuer->value(QStringLiteral("url")).toString();
        r.issuer.image = vcmapping::imageUrl(issuer->value(QStringLiteral("image")));
        if (r.issuer.url.isEmpty() && !notFetched.contains(r.issuer.id))
            r.issuer.url = r.issuer.id.startsWith(QLatin1String("http")) ? r.issuer.id : QString();
    }
    return r;
}

} // namespace ler::formats
