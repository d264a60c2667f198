// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/jose/SdJwtPayload.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QStringList>

namespace ler::jose {

namespace {

const QLatin1String kSd("_sd");
const QLatin1String kSdAlg("_sd_alg");
const QLatin1String kEllipsis("...");

/// Top-level claims a verifier relies on to check the credential, so they may never be selectively disclosed
/// (SD-JWT VC section 3.2.2.2; "issuer" for a VC Data Model payload, which names who signed it).
bool neverDisclosed(const QString& name)
{
    static const QStringList names { QStringLiteral("iss"),
        QStringLiteral("nbf"),
        QStringLiteral("exp"),
        QStringLiteral("cnf"),
        QStringLiteral("vct"),
        QStringLiteral("vct#integrity"),
        QStringLiteral("status"),
        QStringLiteral("issuer") };
    return names.contains(name);
}

/// One pass over a payload, matching digests to disclosures.
class Processor
{
public:
    explicit Processor(SdHashAlgorithm alg)
        : m_alg(alg)
    { }

    Status addDisclosures(const QList<QByteArray>& disclosures)
    {
        for (const QByteArray& encoded : disclosures) {
            auto d = parseDisclosure(encoded);
            if (!d) {
                return d.error();
            }
            const QByteArray digest = sdDigest(m_alg, encoded);
            if (m_byDigest.contains(digest)) {
                return invalidInput(tx("ler::jose", "SD-JWT: the same disclosure is present twice"),
                    QStringLiteral("jose/disclosure-repeated"));
            }
            m_byDigest.insert(digest, std::move(*d));
        }
        return {};
    }

    Result<QJsonObject> run(const QJsonObject& payload)
    {
        auto out = object(payload, 0);
        if (!out) {
            return out;
        }
        if (m_used.size() != m_byDigest.size()) {
            return invalidInput(
                tx("ler::jose", "SD-JWT: %1 disclosure(s) are not referenced by any digest in the SD-JWT")
                    .arg(m_byDigest.size() - m_used.size()),
                QStringLiteral("jose/disclosure-unreferenced"));
        }
        out->remove(kSdAlg);
        return out;
    }

    const QHash<QByteArray, QByteArray>& parents() const { return m_parents; }

private:
    /// The disclosure for a digest, nullptr for a decoy or undisclosed claim; fails on a digest seen before.
    Result<const Disclosure*> take(const QJsonValue& digestValue)
    {
        if (!digestValue.isString()) {
            return invalidInput(
                tx("ler::jose", "SD-JWT: a digest is not a string"), QStringLiteral("jose/digest-not-string"));
        }
        const QByteArray digest = digestValue.toString().toLatin1();
        if (m_seen.contains(digest)) {
            return invalidInput(
                tx("ler::jose", "SD-JWT: a digest appears more than once"), QStringLiteral("jose/digest-repeated"));
        }
        m_seen.insert(digest);
        const auto it = m_byDigest.constFind(digest);
        if (it == m_byDigest.cend()) {
            return static_cast<const Disclosure*>(nullptr);
        }
        m_used.insert(digest);
        m_parents.insert(it->encoded, m_context);
        return &it.value();
    }

    Result<QJsonValue> disclosedValue(const Disclosure& d, int depth)
    {
        const QByteArray saved = m_context;
        m_context = d.encoded;
        auto out = value(d.value, depth + 1);
        m_context = saved;
        return out;
    }

    Result<QJsonValue> value(const QJsonValue& v, int depth)
    {
        if (depth > kMaxSdJwtDepth) {
            return Error(ErrorCode::LimitExceeded,
                tx("ler::jose", "SD-JWT: claims nested too deeply"),
                QStringLiteral("jose/sd-too-deep"));
        }
        if (v.isObject()) {
            auto o = object(v.toObject(), depth);
            return o ? Result<QJsonValue>(QJsonValue(*o)) : Result<QJsonValue>(o.error());
        }
        if (v.isArray()) {
            auto a = array(v.toArray(), depth);
            return a ? Result<QJsonValue>(QJsonValue(*a)) : Result<QJsonValue>(a.error());
        }
        return v;
    }

    Result<QJsonObject> object(const QJsonObject& in, int depth)
    {
        QJsonObject out;
        for (auto it = in.begin(); it != in.end(); ++it) {
            if (it.key() == kSd) {
                continue;
            }
            auto v = value(it.value(), depth + 1);
            if (!v) {
                return v.error();
            }
            out.insert(it.key(), *v);
        }
        if (!in.contains(kSd)) {
            return out;
        }
        if (!in.value(kSd).isArray()) {
            return invalidInput(
                tx("ler::jose", "SD-JWT: \"_sd\" is not an array"), QStringLiteral("jose/sd-not-array"));
        }
        for (const QJsonValue digest : in.value(kSd).toArray()) {
            auto d = take(digest);
            if (!d) {
                return d.error();
            }
            if (*d == nullptr) {
                continue;
            }
            if (auto ok = insertClaim(out, **d, depth); !ok) {
                return ok.error();
            }
        }
        return out;
    }

    Status insertClaim(QJsonObject& out, const Disclosure& d, int depth)
    {
        if (d.isArrayElement()) {
            return invalidInput(tx("ler::jose", "SD-JWT: an array-element disclosure is referenced from \"_sd\""),
                QStringLiteral("jose/disclosure-array-in-object"));
        }
        if (*d.name == kSd || *d.name == kEllipsis || *d.name == kSdAlg) {
            return invalidInput(
                tx("ler::jose", "SD-JWT: a disclosure uses the reserved claim name \"%1\"").arg(*d.name),
                QStringLiteral("jose/disclosure-reserved-name"));
        }
        if (depth == 0 && neverDisclosed(*d.name)) {
            return invalidInput(
                tx("ler::jose", "SD-JWT: the claim \"%1\" must not be selectively disclosed").arg(*d.name),
                QStringLiteral("jose/claim-not-disclosable"));
        }
        if (out.contains(*d.name)) {
            return invalidInput(
                tx("ler::jose", "SD-JWT: disclosed claim \"%1\" would overwrite an existing claim").arg(*d.name),
                QStringLiteral("jose/disclosure-overwrites-claim"));
        }
        auto v = disclosedValue(d, depth);
        if (!v) {
            return v.error();
        }
        out.insert(*d.name, *v);
        return {};
    }

    Result<QJsonArray> array(const QJsonArray& in, int depth)
    {
        QJsonArray out;
        for (const QJsonValue element : in) {
            const QJsonObject o = element.toObject();
            if (!element.isObject() || o.size() != 1 || !o.contains(kEllipsis)) {
                auto v = value(element, depth + 1);
                if (!v) {
                    return v.error();
                }
                out.append(*v);
                continue;
            }
            auto d = take(o.value(kEllipsis));
            if (!d) {
                return d.error();
            }
            if (*d == nullptr) {
                continue;
            }
            if (!(*d)->isArrayElement()) {
                return invalidInput(
                    tx("ler::jose", "SD-JWT: an object-property disclosure is referenced from an array element"),
                    QStringLiteral("jose/disclosure-object-in-array"));
            }
            auto v = disclosedValue(**d, depth);
            if (!v) {
                return v.error();
            }
            out.append(*v);
        }
        return out;
    }

    SdHashAlgorithm m_alg;
    QHash<QByteArray, Disclosure> m_byDigest;
    QSet<QByteArray> m_seen;
    QSet<QByteArray> m_used;
    QByteArray m_context;
    QHash<QByteArray, QByteArray> m_parents;
};

Result<Processor> processed(const QJsonObject& payload, const QList<QByteArray>& disclosures, QJsonObject* out)
{
    auto alg = payloadHashAlgorithm(payload);
    if (!alg) {
        return alg.error();
    }
    Processor p(*alg);
    if (auto ok = p.addDisclosures(disclosures); !ok) {
        return ok.error();
    }
    auto claims = p.run(payload);
    if (!claims) {
        return claims.error();
    }
    *out = std::move(*claims);
    return p;
}

} // namespace

Result<SdHashAlgorithm> payloadHashAlgorithm(const QJsonObject& payload)
{
    if (!payload.contains(kSdAlg)) {
        return SdHashAlgorithm::Sha256;
    }
    if (!payload.value(kSdAlg).isString()) {
        return invalidInput(
            tx("ler::jose", "SD-JWT: \"_sd_alg\" is not a string"), QStringLiteral("jose/sd-alg-not-string"));
    }
    return sdHashAlgorithmFromName(payload.value(kSdAlg).toString());
}

Result<QJsonObject> processSdJwtPayload(const QJsonObject& payload, const QList<QByteArray>& disclosures)
{
    QJsonObject out;
    auto p = processed(payload, disclosures, &out);
    if (!p) {
        return p.error();
    }
    return out;
}

Result<QHash<QByteArray, QByteArray>> disclosureParents(
    const QJsonObject& payload, const QList<QByteArray>& disclosures)
{
    QJsonObject ignored;
    auto p = processed(payload, disclosures, &ignored);
    if (!p) {
        return p.error();
    }
    return p->parents();
}

} // namespace ler::jose
