// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/present/SdJwtClaims.h"

#include "core/jose/SdJwtPayload.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace ler::present {

namespace {

const QLatin1String kSd("_sd");
const QLatin1String kSdAlg("_sd_alg");
const QLatin1String kEllipsis("...");

class Walker
{
public:
    Walker(QHash<QByteArray, jose::Disclosure> byDigest)
        : m_byDigest(std::move(byDigest))
    { }

    void value(const QJsonValue& v, const QString& path, int depth)
    {
        if (depth > jose::kMaxSdJwtDepth)
            return;
        if (v.isObject())
            object(v.toObject(), path, depth);
        else if (v.isArray())
            array(v.toArray(), path, depth);
    }

    QList<DisclosableClaim> claims;

private:
    static QString join(const QString& path, const QString& name)
    {
        return path.isEmpty() ? name : path + QLatin1Char('.') + name;
    }

    void object(const QJsonObject& o, const QString& path, int depth)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != kSd && it.key() != kSdAlg)
                value(it.value(), join(path, it.key()), depth + 1);
        }
        for (const QJsonValue& digest : o.value(kSd).toArray()) {
            const auto d = m_byDigest.constFind(digest.toString().toLatin1());
            if (d == m_byDigest.cend() || d->isArrayElement())
                continue;
            const QString claimPath = join(path, *d->name);
            claims.append({ claimPath, d->encoded, d->value });
            value(d->value, claimPath, depth + 1);
        }
    }

    void array(const QJsonArray& a, const QString& path, int depth)
    {
        int index = 0;
        for (const QJsonValue& element : a) {
            const QJsonObject o = element.toObject();
            if (o.size() == 1 && o.contains(kEllipsis)) {
                const auto d = m_byDigest.constFind(o.value(kEllipsis).toString().toLatin1());
                if (d == m_byDigest.cend() || !d->isArrayElement())
                    continue; // a decoy, or a claim this copy of the credential does not hold
                const QString claimPath = QStringLiteral("%1[%2]").arg(path).arg(index++);
                claims.append({ claimPath, d->encoded, d->value });
                value(d->value, claimPath, depth + 1);
                continue;
            }
            value(element, QStringLiteral("%1[%2]").arg(path).arg(index++), depth + 1);
        }
    }

    QHash<QByteArray, jose::Disclosure> m_byDigest;
};

} // namespace

Result<QList<DisclosableClaim>> disclosableClaims(const jose::SdJwt& sdJwt)
{
    auto payload = sdJwt.issuerJwt.payloadObject();
    if (!payload)
        return payload.error();
    auto alg = jose::payloadHashAlgorithm(*payload);
    if (!alg)
        return alg.error();
    QHash<QByteArray, jose::Disclosure> byDigest;
    for (const QByteArray& encoded : sdJwt.disclosures) {
        auto d = jose::parseDisclosure(encoded);
        if (!d)
            return d.error();
        byDigest.insert(jose::sdDigest(*alg, encoded), *d);
    }
    Walker walker(std::move(byDigest));
    walker.value(*payload, QString(), 0);
    return walker.claims;
}

Result<QList<QByteArray>> disclosuresFor(
    const QList<DisclosableClaim>& claims, const QStringList& paths, const Text& credential)
{
    QList<QByteArray> out;
    if (paths.contains(QStringLiteral("*"))) {
        for (const DisclosableClaim& c : claims)
            out.append(c.disclosure);
        return out;
    }
    for (const QString& path : paths) {
        const auto it = std::find_if(
            claims.cbegin(), claims.cend(), [&path](const DisclosableClaim& c) { return c.path == path; });
        if (it == claims.cend()) {
            QStringList choices;
            for (const DisclosableClaim& c : claims)
                choices.append(c.path);
            const QString listed = choices.join(QStringLiteral(", "));
            Text message;
            if (choices.isEmpty() && credential.isEmpty()) {
                message = tx("ler::present",
                    "\"%1\" cannot be chosen: this credential has no claims that can be shown or hidden one by one.")
                              .arg(path);
            } else if (choices.isEmpty()) {
                message = tx(
                    "ler::present", "\"%1\" cannot be chosen: %2 has no claims that can be shown or hidden one by one.")
                              .arg(Text::verbatim(path), credential);
            } else if (credential.isEmpty()) {
                message
                    = tx("ler::present", "\"%1\" is not a claim that can be chosen in this credential. These can: %2")
                          .arg(path, listed);
            } else {
                message = tx("ler::present", "\"%1\" is not a claim that can be chosen in %2. These can: %3")
                              .arg(Text::verbatim(path), credential, Text::verbatim(listed));
            }
            return invalidInput(message, QStringLiteral("present/unknown-claim"));
        }
        if (!out.contains(it->disclosure))
            out.append(it->disclosure);
    }
    return out;
}

} // namespace ler::present
