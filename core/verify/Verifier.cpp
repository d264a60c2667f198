// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/Verifier.h"

#include "core/codec/JsonText.h"
#include "core/formats/FormatRegistry.h"
#include "core/formats/InputGuard.h"
#include "core/jose/SdJwt.h"
#include "core/net/Fetcher.h"
#include "core/verify/CredentialChecks.h"
#include "core/verify/CredentialFamily.h"
#include "core/verify/DataIntegrityFamily.h"
#include "core/verify/DataModel.h"
#include "core/verify/JoseFamily.h"
#include "core/verify/JwtCredential.h"
#include "core/verify/OpenBadges2Family.h"
#include "core/verify/UnsignedFamily.h"

#include <QJsonDocument>

namespace ler::verify {

using namespace checks;

Verifier::Verifier(Options options)
    : m_options(std::move(options))
    , m_dataIntegrity(std::make_shared<DataIntegrityFamily>())
    , m_jose(std::make_shared<JoseFamily>())
{
    // Each item goes to the first family that handles it; no two of these handle the same item.
    m_families = { m_dataIntegrity, m_jose, std::make_shared<OpenBadges2Family>(), std::make_shared<UnsignedFamily>() };
}

Result<Report> Verifier::verify(const QByteArray& bytes, const QString& fileName) const
{
    const QByteArray trimmed = bytes.trimmed();
    // The input is decoded once here; the importer and the checks below reuse what was decoded.
    const formats::InputProbe probe = formats::InputProbe::of(bytes);
    DecodedInput decoded { trimmed, std::nullopt, std::nullopt };
    const VerifyContext context(m_options, m_families);
    Report report;
    if (trimmed.startsWith('{')) {
        // A name given twice, say, would be read one way here and maybe the other way by another verifier. A probe
        // that decoded the JSON has passed the same text check.
        if (probe.shape != formats::InputShape::Json || probe.error) {
            if (Status text = formats::InputGuard::checkJsonText(trimmed); !text)
                return text.error();
        }
        const QJsonObject json = probe.shape == formats::InputShape::Json && !probe.error
            ? probe.json
            : codec::parseJsonDocument(trimmed).object();
        decoded.json = json;
        if (typesOf(json).contains(QLatin1String("VerifiablePresentation")))
            report = m_dataIntegrity->verifyPresentation(json, context);
        else if (jose::jwsJsonShape(json) != jose::JwsJsonShape::None)
            report = m_jose->verifySdJwt(jose::parseSdJwtJson(json), context); // SD-JWT in the JWS JSON serialization
    } else if (looksLikeToken(trimmed) && !trimmed.contains('~')) {
        // The probe has decoded the payload with the importers' strict reader (InputGuard), which refuses all that
        // jose's does, so the token is not decoded twice.
        const bool decodedByProbe = probe.shape == formats::InputShape::Token && !probe.sdJwt && !probe.error;
        auto jwt = decodedByProbe ? JwtCredential::parse(trimmed, probe.json) : JwtCredential::parse(trimmed);
        if (jwt && jwt->presentation)
            report = m_jose->verifyJwt(trimmed, true, &*jwt, context);
        else if (jwt)
            decoded.jwt = std::move(*jwt);
    } else if (looksLikeToken(trimmed)) {
        // An SD-JWT is checked as such even when its disclosures cannot be imported: the report then says why.
        auto sd = jose::parseSdJwt(trimmed);
        if (sd)
            report = m_jose->verifySdJwt(sd, context);
    }
    if (report.format.isEmpty()) {
        const formats::FormatRegistry registry;
        auto batch = registry.import(probe, fileName);
        // A baked badge may hold only the address of its assertion: fetch it when the network may be used.
        if (!batch && batch.error().code == ErrorCode::Network && context.fetcher())
            batch = importFetching(bytes, fileName);
        if (!batch) {
            // A W3C credential the importers refuse is reported by the rule of the data model it breaks.
            const QJsonObject json = decoded.json ? *decoded.json : codec::parseJsonDocument(trimmed).object();
            if (!datamodel::looksLikeDataModel(json))
                return batch.error();
            const datamodel::Validation validation = datamodel::validate(json);
            if (validation.ok())
                return batch.error();
            report = validation.presentation
                ? m_dataIntegrity->verifyPresentation(json, context)
                : m_dataIntegrity->verifyCredential(json, formatOfCredential(json), context);
            report.file = fileName;
            return report;
        }
        if (batch->items.size() == 1) {
            report = context.verifyItem(batch->items.constFirst(), batch->formatId, &decoded);
        } else {
            report.format = batch->formatId;
            report.setCheck(Check::passed(
                reportid::kFormat, tx("ler::verify", "Read %n record(s).", nullptr, int(batch->items.size()))));
            for (const formats::ImportItem& item : std::as_const(batch->items))
                report.credentials.append(context.verifyItem(item, batch->formatId));
            report.finish();
        }
    }
    report.file = fileName;
    return report;
}

Result<formats::ImportBatch> Verifier::importFetching(const QByteArray& bytes, const QString& fileName) const
{
    const net::Fetcher* f = VerifyContext(m_options, m_families).fetcher();
    const formats::FormatRegistry registry([f](const QUrl& url) -> Result<QByteArray> {
        auto fetched = f->fetch(url, QByteArrayLiteral("application/ld+json, application/json"));
        if (!fetched)
            return fetched.error();
        return fetched->body;
    });
    return registry.import(bytes, fileName);
}

Report Verifier::verifyItem(const formats::ImportItem& item, const QString& formatId) const
{
    return VerifyContext(m_options, m_families).verifyItem(item, formatId);
}

} // namespace ler::verify
