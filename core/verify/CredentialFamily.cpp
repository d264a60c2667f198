// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/CredentialFamily.h"

#include "core/codec/JsonText.h"
#include "core/net/Fetcher.h"
#include "core/util/Clock.h"
#include "core/util/Duration.h"
#include "core/verify/CredentialChecks.h"
#include "core/verify/Dates.h"
#include "core/verify/Verifier.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ler::verify {

VerifyContext::VerifyContext(
    const VerifierOptions& options, const CredentialFamilies& families, const DecodedInput* decoded)
    : m_options(options)
    , m_families(families)
    , m_decoded(decoded)
{ }

QDateTime VerifyContext::now() const
{
    return m_options.now.isValid() ? m_options.now.toUTC() : clock::nowUtc();
}

Check VerifyContext::offlineCheck(const QString& id)
{
    return Check::offline(id);
}

const net::Fetcher* VerifyContext::fetcher() const
{
    const net::Fetcher* f = m_options.fetcher;
    // Offline, a fetcher that is itself offline may still answer from its cache (with the date of that copy).
    return f && (!m_options.offline || !f->isOnline()) ? f : nullptr;
}

std::optional<Check> VerifyContext::staleHolderProof(const QDateTime& created, const QDateTime& expires) const
{
    const QString id = reportid::kKeyBinding;
    if (expires.isValid()) {
        if (expires.addSecs(m_options.clockSkewSeconds) < now()) {
            Check c = Check::failed(id,
                tx("ler::verify", "The holder made this presentation valid until %1; that time has passed.")
                    .arg(longDate(expires)),
                expires.toString(Qt::ISODate));
            c.reason = QStringLiteral("key-binding/expired");
            return c;
        }
        return std::nullopt;
    }
    // Without a date there is no age to judge; the challenge, when given, still says it answers this request.
    if (m_options.maxAgeSeconds <= 0 || !created.isValid())
        return std::nullopt;
    const qint64 age = created.secsTo(now());
    if (age > m_options.maxAgeSeconds) {
        Check c = Check::failed(id,
            tx("ler::verify", "The presentation was made %1 ago (on %2); presentations older than %3 are not accepted.")
                .arg(durationInWords(age), longDate(created), durationInWords(m_options.maxAgeSeconds)),
            created.toString(Qt::ISODate));
        c.reason = QStringLiteral("key-binding/too-old");
        return c;
    }
    return std::nullopt;
}

const DecodedInput* VerifyContext::decodedFor(const QByteArray& payload) const
{
    // What verify() decoded counts only for an item made of the very same bytes.
    return m_decoded && m_decoded->payload == payload ? m_decoded : nullptr;
}

VerifyContext VerifyContext::withOptions(const VerifierOptions& options) const
{
    return VerifyContext(options, m_families);
}

const CredentialFamily* VerifyContext::familyFor(const formats::ImportItem& item, const QString& formatId) const
{
    for (const auto& family : m_families) {
        if (family->handles(item, formatId))
            return family.get();
    }
    return nullptr;
}

Report VerifyContext::verifyItem(
    const formats::ImportItem& item, const QString& formatId, const DecodedInput* decoded) const
{
    const VerifyContext context(m_options, m_families, decoded);
    if (const CredentialFamily* family = familyFor(item, formatId))
        return family->verify(item, formatId, context);
    // The families together handle every format id; an empty report says nothing was checked.
    Report report;
    report.format = checks::baseFormat(formatId);
    report.finish();
    return report;
}

Report VerifyContext::verifyNested(const formats::ImportItem& child) const
{
    formats::ImportItem alone;
    alone.payload = child.payload;
    if (checks::looksLikeToken(child.payload))
        return verifyItem(alone, QStringLiteral("verifiable-credential"), nullptr);
    const QJsonObject json = codec::parseJsonDocument(child.payload).object();
    const DecodedInput decoded { child.payload, json, std::nullopt };
    return verifyItem(alone, checks::formatOfCredential(json), &decoded);
}

Report VerifyContext::verifyPresented(const QJsonValue& entry) const
{
    for (const auto& family : m_families) {
        if (std::optional<Report> report = family->verifyPresented(entry, *this))
            return std::move(*report);
    }
    // The families together handle every entry (a token or not); an empty report says nothing was checked.
    Report report;
    report.finish();
    return report;
}

QList<Report> VerifyContext::presentedCredentials(const QJsonValue& list) const
{
    QList<Report> out;
    if (list.isUndefined() || list.isNull())
        return out;
    for (const QJsonValue& entry : list.isArray() ? list.toArray() : QJsonArray { list }) {
        if (!entry.isUndefined())
            out.append(verifyPresented(entry));
    }
    return out;
}

} // namespace ler::verify
