// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/present/PresentationCheck.h"

#include "core/crypto/PublicKey.h"
#include "core/did/DidKey.h"
#include "core/formats/FormatRegistry.h"
#include "core/jose/Jws.h"
#include "core/jose/SdJwt.h"
#include "core/qr/QrPayload.h"
#include "core/util/Clock.h"
#include "core/verify/JwtCredential.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace ler::present {

namespace {

/// The check that the presentations of one set of QR codes belong together; never translated.
const QString kTogether = QStringLiteral("codes-together");

QDateTime fromSeconds(const QJsonValue& v)
{
    return v.isDouble() ? clock::fromEpochSeconds(v.toDouble()) : QDateTime();
}

QString firstString(const QJsonValue& v)
{
    return v.isArray() ? v.toArray().at(0).toString() : v.toString();
}

/// What a VP in JSON-LD says of itself: holder, and the challenge, domain and dates of its first proof.
void describeJsonLd(CheckedPresentation& c, const QJsonObject& vp)
{
    const QJsonValue holder = vp.value(QLatin1String("holder"));
    c.holder = holder.isObject() ? holder.toObject().value(QLatin1String("id")).toString() : holder.toString();
    const QJsonValue proofValue = vp.value(QLatin1String("proof"));
    const QJsonObject proof = proofValue.isArray() ? proofValue.toArray().at(0).toObject() : proofValue.toObject();
    if (c.holder.isEmpty())
        c.holder = proof.value(QLatin1String("verificationMethod")).toString().section(QLatin1Char('#'), 0, 0);
    c.challenge = proof.value(QLatin1String("challenge")).toString();
    c.domain = firstString(proof.value(QLatin1String("domain")));
    c.created = QDateTime::fromString(proof.value(QLatin1String("created")).toString(), Qt::ISODate);
    c.expires = QDateTime::fromString(proof.value(QLatin1String("expires")).toString(), Qt::ISODate);
}

/// What a VP-JWT or an SD-JWT with key binding says of itself.
void describeToken(CheckedPresentation& c, const QByteArray& token)
{
    if (token.contains('~')) {
        auto sd = jose::parseSdJwt(token);
        if (!sd)
            return;
        auto payload = sd->issuerJwt.payloadObject();
        const QJsonObject jwk = payload
            ? payload->value(QLatin1String("cnf")).toObject().value(QLatin1String("jwk")).toObject()
            : QJsonObject();
        if (auto key = crypto::PublicKey::fromJwk(jwk))
            c.holder = did::didKeyFromPublicKey(*key);
        auto kb = sd->hasKeyBinding() ? jose::parseCompactJws(sd->kbJwt) : Result<jose::Jws>(Error());
        auto claims = kb ? kb->payloadObject() : Result<QJsonObject>(kb.error());
        if (!claims)
            return;
        c.challenge = claims->value(QLatin1String("nonce")).toString();
        c.domain = firstString(claims->value(QLatin1String("aud")));
        c.created = fromSeconds(claims->value(QLatin1String("iat")));
        c.expires = fromSeconds(claims->value(QLatin1String("exp")));
        return;
    }
    auto jwt = verify::JwtCredential::parse(token);
    if (!jwt || !jwt->presentation)
        return;
    c.holder = jwt->issuer;
    c.challenge = jwt->claims.value(QLatin1String("nonce")).toString();
    c.domain = firstString(jwt->claims.value(QLatin1String("aud")));
    c.created = fromSeconds(jwt->claims.value(QLatin1String("iat")));
    c.expires = fromSeconds(jwt->claims.value(QLatin1String("exp")));
}

/// What a credential names itself, read the way an import reads it.
PresentedCredential presentedCredential(const QByteArray& bytes)
{
    const formats::FormatRegistry registry;
    PresentedCredential c;
    auto batch = registry.import(bytes);
    if (batch && !batch->items.isEmpty()) {
        const model::Record& r = batch->items.constFirst().record;
        c.title = r.title;
        c.format = model::sourceFormatName(r.sourceFormat);
        c.issuer = r.issuer.name.isEmpty() ? r.issuer.id : r.issuer.name;
        c.issuerId = r.issuer.id;
    }
    return c;
}

/// The entries of a presentation's verifiableCredential, each as bytes the import formats read.
QList<QByteArray> presentedEntries(const QJsonValue& list)
{
    QList<QByteArray> out;
    if (list.isUndefined() || list.isNull())
        return out;
    for (const QJsonValue& entry : list.isArray() ? list.toArray() : QJsonArray { list }) {
        if (entry.isString()) {
            out.append(entry.toString().toUtf8());
            continue;
        }
        const QJsonObject o = entry.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        if (id.startsWith(QLatin1String("data:")) && id.contains(QLatin1Char(',')))
            out.append(id.section(QLatin1Char(','), 1).toUtf8());
        else
            out.append(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    return out;
}

/// The credentials of one presentation (or the one credential a file is), in the verifier's order.
QList<PresentedCredential> credentialsOf(const QByteArray& document, bool presentation)
{
    const QByteArray trimmed = document.trimmed();
    QList<QByteArray> entries;
    if (!presentation) {
        entries.append(trimmed);
    } else if (trimmed.startsWith('{')) {
        entries
            = presentedEntries(QJsonDocument::fromJson(trimmed).object().value(QLatin1String("verifiableCredential")));
    } else if (trimmed.contains('~')) {
        entries.append(trimmed);
    } else if (auto jwt = verify::JwtCredential::parse(trimmed)) {
        entries = presentedEntries(jwt->credential.value(QLatin1String("verifiableCredential")));
    }
    QList<PresentedCredential> out;
    for (const QByteArray& e : std::as_const(entries))
        out.append(presentedCredential(e));
    return out;
}

CheckedPresentation describe(const QByteArray& bytes)
{
    CheckedPresentation c;
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed.startsWith('{'))
        describeJsonLd(c, QJsonDocument::fromJson(trimmed).object());
    else
        describeToken(c, trimmed);
    c.documents.append(bytes);
    return c;
}

int severity(verify::Check::Status s)
{
    switch (s) {
    case verify::Check::Passed:
        return 0;
    case verify::Check::Warning:
        return 1;
    case verify::Check::NotChecked:
        return 2;
    case verify::Check::Failed:
        return 3;
    }
    return 3;
}

/// The reports of several presentations as one: for every check the worst result, every credential, and whether
/// they come from one wallet for one request.
verify::Report merged(const QList<verify::Report>& reports, const QList<CheckedPresentation>& parts)
{
    verify::Report out;
    out.format = reports.constFirst().format;
    for (const verify::Report& r : reports) {
        for (const verify::Check& c : r.checks) {
            const verify::Check* have = out.check(c.id);
            if (!have || severity(c.status) > severity(have->status))
                out.setCheck(c);
        }
        out.credentials += r.credentials;
    }
    bool together = true;
    for (const CheckedPresentation& p : parts) {
        const CheckedPresentation& first = parts.constFirst();
        together = together && !p.holder.isEmpty() && p.holder == first.holder && p.challenge == first.challenge
            && p.domain == first.domain;
    }
    if (together) {
        out.setCheck(verify::Check::passed(kTogether,
            tx("ler::present",
                "The %n presentation(s) in these QR codes were signed by the same wallet for the same challenge and "
                "recipient.",
                nullptr,
                int(parts.size()))));
    } else {
        verify::Check apart = verify::Check::failed(kTogether,
            tx("ler::present",
                "These QR codes hold presentations from different wallets or made for different requests; they do "
                "not belong together."));
        apart.reason = QStringLiteral("codes-together/mismatch");
        out.setCheck(std::move(apart));
    }
    out.finish();
    return out;
}

} // namespace

PresentationCheck::PresentationCheck(verify::VerifierOptions options)
    : m_options(std::move(options))
{ }

Result<CheckedPresentation> PresentationCheck::checkFile(const QByteArray& bytes, const QString& fileName) const
{
    auto report = verify::Verifier(m_options).verify(bytes, fileName);
    if (!report)
        return report.error();
    CheckedPresentation c = describe(bytes);
    c.report = *report;
    c.report.file = fileName;
    // An SD-JWT presentation is reported as its credential, with the key binding among its checks.
    const bool presentation = !report->credentials.isEmpty() || report->format == QLatin1String("presentation");
    c.credentials = credentialsOf(bytes, presentation);
    return c;
}

Result<QList<QByteArray>> PresentationCheck::presentationsFromQrTexts(const QStringList& texts)
{
    auto contents = qr::decodeQrTexts(texts);
    if (!contents)
        return contents.error();
    QList<QByteArray> out;
    for (const qr::QrContent& content : std::as_const(*contents)) {
        out.append(content.isJson ? QJsonDocument(content.document).toJson(QJsonDocument::Indented)
                                  : content.text.trimmed().toUtf8());
    }
    if (out.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
            tx("ler::present", "These QR codes hold no presentation."),
            QStringLiteral("present/qr-no-presentation"));
    }
    return out;
}

Result<CheckedPresentation> PresentationCheck::checkQrTexts(const QStringList& texts, const QString& name) const
{
    auto documents = presentationsFromQrTexts(texts);
    if (!documents)
        return documents.error();
    const verify::Verifier verifier(m_options);
    QList<verify::Report> reports;
    QList<CheckedPresentation> parts;
    for (const QByteArray& bytes : std::as_const(*documents)) {
        auto report = verifier.verify(bytes, name);
        if (!report)
            return report.error();
        reports.append(*report);
        parts.append(describe(bytes));
    }
    CheckedPresentation out = parts.constFirst();
    out.report = reports.size() == 1 ? reports.constFirst() : merged(reports, parts);
    out.report.file = name;
    out.presentations = int(parts.size());
    out.codes = int(QSet<QString>(texts.cbegin(), texts.cend()).size());
    out.documents.clear();
    out.credentials.clear();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const CheckedPresentation& p = parts.at(i);
        const verify::Report& r = reports.at(i);
        out.credentials += credentialsOf(
            p.documents.constFirst(), !r.credentials.isEmpty() || r.format == QLatin1String("presentation"));
        out.documents += p.documents;
        // The earliest making and the earliest expiry speak for the whole set.
        if (p.created.isValid() && (!out.created.isValid() || p.created < out.created))
            out.created = p.created;
        if (p.expires.isValid() && (!out.expires.isValid() || p.expires < out.expires))
            out.expires = p.expires;
    }
    return out;
}

} // namespace ler::present
