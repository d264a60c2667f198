// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/SdJwtVcImporter.h"

#include "core/formats/InputGuard.h"
#include "core/formats/InputProbe.h"
#include "core/formats/VcMapping.h"
#include "core/formats/VerifiableCredentialImporter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>

namespace ler::formats {

namespace {

const QString kSd = QStringLiteral("_sd");
const QString kEllipsis = QStringLiteral("...");

/// Puts disclosures back in place of their digests.
class Resolver
{
public:
    QHash<QString, QJsonArray> byDigest;

    QJsonValue value(const QJsonValue& v, int depth) const
    {
        if (depth > 64)
            return QJsonValue::Null;
        if (v.isObject())
            return object(v.toObject(), depth);
        if (v.isArray())
            return array(v.toArray(), depth);
        return v;
    }

    QJsonObject object(const QJsonObject& o, int depth) const
    {
        QJsonObject out;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != kSd && it.key() != QLatin1String("_sd_alg"))
                out.insert(it.key(), value(it.value(), depth + 1));
        }
        for (const QJsonValue& digest : o.value(kSd).toArray()) {
            const QJsonArray d = byDigest.value(digest.toString());
            if (d.size() == 3 && d.at(1).isString())
                out.insert(d.at(1).toString(), value(d.at(2), depth + 1));
        }
        return out;
    }

    QJsonArray array(const QJsonArray& a, int depth) const
    {
        QJsonArray out;
        for (const QJsonValue& element : a) {
            const QJsonObject o = element.toObject();
            if (o.size() == 1 && o.contains(kEllipsis)) {
                const QJsonArray d = byDigest.value(o.value(kEllipsis).toString());
                if (d.size() == 2)
                    out.append(value(d.at(1), depth + 1));
                continue;
            }
            out.append(value(element, depth + 1));
        }
        return out;
    }
};

} // namespace

QString SdJwtVcImporter::displayName() const
{
    return QCoreApplication::translate("ler::formats", "SD-JWT Verifiable Credential");
}

int SdJwtVcImporter::sniff(const QByteArray& bytes, const QString& fileName) const
{
    Q_UNUSED(fileName)
    const InputProbe probe = InputProbe::of(bytes);
    if (probe.shape != InputShape::Token)
        return 0;
    const QString typ = probe.header.value(QStringLiteral("typ")).toString().toLower();
    if (typ == QLatin1String("dc+sd-jwt") || typ == QLatin1String("vc+sd-jwt"))
        return 95;
    if (probe.sdJwt)
        return probe.json.contains(QStringLiteral("vct")) ? 90 : 60;
    return 0;
}

Result<QJsonObject> SdJwtVcImporter::disclosedClaims(const CompactToken& token)
{
    Resolver resolver;
    const QString alg = token.payload.value(QStringLiteral("_sd_alg")).toString(QStringLiteral("sha-256"));
    const bool sha256 = alg.compare(QLatin1String("sha-256"), Qt::CaseInsensitive) == 0;
    QJsonObject unplaced;
    for (const QByteArray& disclosure : token.disclosures) {
        Result<QByteArray> raw = InputGuard::decodeBase64Url(disclosure);
        if (!raw)
            return raw.error();
        Result<QJsonValue> json = InputGuard::parseJsonValue(*raw);
        const QJsonArray d = json ? json->toArray() : QJsonArray();
        if (!json || (d.size() != 2 && d.size() != 3) || !d.at(0).isString()
            || (d.size() == 3 && !d.at(1).isString())) {
            return invalidInput(QCoreApplication::translate("ler::formats",
                "A disclosure of the SD-JWT is not a "
                "list of salt, name and value."));
        }
        if (sha256) {
            const QByteArray digest = QCryptographicHash::hash(disclosure, QCryptographicHash::Sha256)
                                          .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
            resolver.byDigest.insert(QString::fromLatin1(digest), d);
        } else if (d.size() == 3) {
            // Digests made with another hash cannot be matched here: show the claim at the top level.
            unplaced.insert(d.at(1).toString(), d.at(2));
        }
    }
    QJsonObject claims = resolver.object(token.payload, 0);
    for (auto it = unplaced.begin(); it != unplaced.end(); ++it)
        claims.insert(it.key(), it.value());
    return claims;
}

Result<ImportBatch> SdJwtVcImporter::parse(const QByteArray& bytes) const
{
    Result<CompactToken> token = CompactToken::parse(bytes);
    if (!token)
        return token.error();
    Result<QJsonObject> resolved = disclosedClaims(*token);
    if (!resolved)
        return resolved.error();
    const QJsonObject& all = *resolved;

    model::Record r;
    const QString typ = token->header.value(QStringLiteral("typ")).toString();
    if (all.contains(QStringLiteral("credentialSubject"))) {
        LoadedCredential loaded = VcMapping::fromJwtPayload(all);
        Result<model::Record> vc = VerifiableCredentialImporter::mapCredential(loaded);
        if (!vc)
            return vc.error();
        r = *vc;
    } else {
        const QJsonValue iss = all.value(QStringLiteral("iss"));
        if (!iss.isUndefined() && !iss.isString()) {
            return invalidInput(QCoreApplication::translate("ler::formats",
                "The credential's issuer must be a web "
                "address or an object with an id, but "
                "it is not."));
        }
        r.issuer.id = iss.toString();
        if (r.issuer.id.startsWith(QLatin1String("http")))
            r.issuer.url = r.issuer.id;
        r.dates.issued = VcMapping::dateTime(all.value(QStringLiteral("iat")));
        r.dates.validFrom = VcMapping::dateTime(all.value(QStringLiteral("nbf")));
        if (!r.dates.validFrom.isValid())
            r.dates.validFrom = r.dates.issued;
        r.dates.validUntil = VcMapping::dateTime(all.value(QStringLiteral("exp")));
        const QString vct = all.value(QStringLiteral("vct")).toString();
        if (!vct.isEmpty())
            r.credentialTypes.append(vct);
        if (all.value(QStringLiteral("sub")).isString())
            r.subjects.append({ QStringLiteral("id"), all.value(QStringLiteral("sub")).toString(), false, {} });
        r.credentialId = all.value(QStringLiteral("jti")).toString();
        QJsonObject claims = all;
        for (const char* key : { "iss", "iat", "nbf", "exp", "cnf", "vct", "vct#integrity", "status", "sub", "jti" })
            claims.remove(QLatin1String(key));
        r.claims = claims;
        r.title = VcMapping::text(all.value(QStringLiteral("name")));
        if (r.title.isEmpty())
            r.title
                = vct.isEmpty() ? QCoreApplication::translate("ler::formats", "Selectively disclosed credential") : vct;
        r.description = VcMapping::text(all.value(QStringLiteral("description")));
        if (r.description.isEmpty()) {
            QJsonObject flat;
            VcMapping::flatten(claims, {}, flat);
            QStringList lines;
            for (auto it = flat.begin(); it != flat.end() && lines.size() < 50; ++it)
                lines.append(it.key() + QStringLiteral(": ") + it.value().toVariant().toString());
            r.description = lines.join(QLatin1Char('\n'));
        }
        r.kind = VerifiableCredentialImporter::kindForTypes(r.credentialTypes);
    }
    r.sourceFormat = model::SourceFormat::SdJwtVc;
    r.sourceVersion = typ.isEmpty() ? QStringLiteral("SD-JWT") : typ;

    ImportItem item;
    item.original = bytes;
    item.payload = bytes.trimmed();
    item.record = r;
    return ImportBatch { formatId(), { item } };
}

} // namespace ler::formats
