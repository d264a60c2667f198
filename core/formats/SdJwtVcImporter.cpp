// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/SdJwtVcImporter.h"

#include "core/formats/InputProbe.h"
#include "core/formats/VcMapping.h"
#include "core/formats/VerifiableCredentialImporter.h"
#include "core/jose/SdJwtPayload.h"

#include <QJsonArray>

namespace ler::formats {

Text SdJwtVcImporter::displayName() const
{
    return tx("ler::formats", "SD-JWT Verifiable Credential");
}

int SdJwtVcImporter::sniff(const InputProbe& probe, const QString& fileName) const
{
    Q_UNUSED(fileName)
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
    // The same processing the verifier uses: every digest checked, duplicates and claims that must stay signed
    // (iss, exp, status...) refused, so the record never shows what the signature does not cover.
    Result<QJsonObject> claims = jose::processSdJwtPayload(token.payload, token.disclosures);
    if (!claims) {
        // The verifier's reason is kept, so a refusal here reads the same as when checking.
        return invalidInput(
            tx("ler::formats", "The disclosed claims of the SD-JWT cannot be read: %1").arg(claims.error().message),
            claims.error().reason);
    }
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
    // The verifier checks the issuer of the same claims, read the same way (vcmapping::isCredentialClaims).
    if (vcmapping::isCredentialClaims(all)) {
        LoadedCredential loaded = vcmapping::fromSdJwtClaims(all);
        Result<model::Record> vc = VerifiableCredentialImporter::mapCredential(loaded);
        if (!vc)
            return vc.error();
        r = *vc;
    } else {
        const QJsonValue iss = token->payload.value(QStringLiteral("iss"));
        if (!iss.isUndefined() && !iss.isString()) {
            return invalidInput(tx("ler::formats",
                                    "The credential's issuer must be a web "
                                    "address or an object with an id, but "
                                    "it is not."),
                QStringLiteral("formats/issuer-not-address-or-object"));
        }
        r.issuer.id = iss.toString();
        if (r.issuer.id.isEmpty() && token->payload.contains(QStringLiteral("issuer"))) {
            // As the verifier reads it: without iss, the payload's own issuer.
            Result<model::Issuer> named = vcmapping::issuer(token->payload.value(QStringLiteral("issuer")));
            if (!named)
                return named.error();
            r.issuer.id = named->id;
        }
        if (r.issuer.id.startsWith(QLatin1String("http")))
            r.issuer.url = r.issuer.id;
        r.dates.issued = vcmapping::dateTime(all.value(QStringLiteral("iat")));
        r.dates.validFrom = vcmapping::dateTime(all.value(QStringLiteral("nbf")));
        if (!r.dates.validFrom.isValid())
            r.dates.validFrom = r.dates.issued;
        r.dates.validUntil = vcmapping::dateTime(all.value(QStringLiteral("exp")));
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
        r.title = vcmapping::text(all.value(QStringLiteral("name")));
        r.description = vcmapping::text(all.value(QStringLiteral("description")));
        if (r.description.isEmpty()) {
            QJsonObject flat;
            vcmapping::flatten(claims, {}, flat);
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
