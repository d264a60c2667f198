// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/ObSchema.h"

#include "core/verify/Report.h"

#include <QHash>
#include <QJsonArray>

namespace ler::verify::obschema {

namespace {

/// One class of a schema: its required properties and the properties whose values are objects of another class.
struct SchemaClass
{
    QStringList required;
    QList<std::pair<QString, QString>> links; ///< property -> class
};

using Schema = QHash<QString, SchemaClass>;

enum class Kind
{
    OpenBadge,
    Clr,
    Endorsement
};

QStringList list(std::initializer_list<const char*> names)
{
    QStringList out;
    for (const char* n : names)
        out.append(QLatin1String(n));
    return out;
}

/// The classes both schemas share (the OB 3.0 data model that CLR 2.0 reuses).
Schema sharedClasses()
{
    const auto credentialLinks = [] {
        return QList<std::pair<QString, QString>> { { QStringLiteral("issuer"), QStringLiteral("Profile") },
            { QStringLiteral("proof"), QStringLiteral("Proof") },
            { QStringLiteral("credentialSchema"), QStringLiteral("CredentialSchema") },
            { QStringLiteral("credentialStatus"), QStringLiteral("CredentialStatus") },
            { QStringLiteral("refreshService"), QStringLiteral("RefreshService") },
            { QStringLiteral("termsOfUse"), QStringLiteral("TermsOfUse") } };
    };
    Schema s;
    s.insert(QStringLiteral("TermsOfUse"), { list({ "type" }), {} });
    s.insert(QStringLiteral("CredentialStatus"), { list({ "id", "type" }), {} });
    s.insert(QStringLiteral("CredentialSchema"), { list({ "id", "type" }), {} });
    s.insert(QStringLiteral("RefreshService"), { list({ "id", "type" }), {} });
    s.insert(QStringLiteral("Proof"), { list({ "type" }), {} });
    s.insert(QStringLiteral("Image"), { list({ "id", "type" }), {} });
    s.insert(QStringLiteral("Evidence"), { list({ "type" }), {} });
    s.insert(QStringLiteral("IdentityObject"), { list({ "type", "hashed", "identityHash", "identityType" }), {} });
    s.insert(QStringLiteral("IdentifierEntry"), { list({ "type", "identifier", "identifierType" }), {} });
    s.insert(QStringLiteral("Alignment"), { list({ "type", "targetName", "targetUrl" }), {} });
    s.insert(QStringLiteral("GeoCoordinates"), { list({ "type", "latitude", "longitude" }), {} });
    s.insert(QStringLiteral("Address"),
        { list({ "type" }), { { QStringLiteral("geo"), QStringLiteral("GeoCoordinates") } } });
    s.insert(QStringLiteral("EndorsementSubject"), { list({ "id", "type" }), {} });
    s.insert(QStringLiteral("RubricCriterionLevel"),
        { list({ "id", "type", "name" }), { { QStringLiteral("alignment"), QStringLiteral("Alignment") } } });
    s.insert(QStringLiteral("ResultDescription"),
        { list({ "id", "type", "name", "resultType" }),
            { { QStringLiteral("alignment"), QStringLiteral("Alignment") },
                { QStringLiteral("rubricCriterionLevel"), QStringLiteral("RubricCriterionLevel") } } });
    s.insert(QStringLiteral("Result"),
        { list({ "type" }), { { QStringLiteral("alignment"), QStringLiteral("Alignment") } } });
    s.insert(QStringLiteral("Profile"),
        { list({ "id", "type" }),
            { { QStringLiteral("endorsement"), QStringLiteral("EndorsementCredential") },
                { QStringLiteral("image"), QStringLiteral("Image") },
                { QStringLiteral("address"), QStringLiteral("Address") },
                { QStringLiteral("otherIdentifier"), QStringLiteral("IdentifierEntry") },
                { QStringLiteral("parentOrg"), QStringLiteral("Profile") } } });
    s.insert(QStringLiteral("Achievement"),
        { list({ "id", "type", "criteria", "description", "name" }),
            { { QStringLiteral("alignment"), QStringLiteral("Alignment") },
                { QStringLiteral("creator"), QStringLiteral("Profile") },
                { QStringLiteral("endorsement"), QStringLiteral("EndorsementCredential") },
                { QStringLiteral("image"), QStringLiteral("Image") },
                { QStringLiteral("otherIdentifier"), QStringLiteral("IdentifierEntry") },
                { QStringLiteral("related"), QStringLiteral("Related") },
                { QStringLiteral("resultDescription"), QStringLiteral("ResultDescription") } } });
    s.insert(QStringLiteral("AchievementSubject"),
        { list({ "type", "achievement" }),
            { { QStringLiteral("achievement"), QStringLiteral("Achievement") },
                { QStringLiteral("identifier"), QStringLiteral("IdentityObject") },
                { QStringLiteral("image"), QStringLiteral("Image") },
                { QStringLiteral("result"), QStringLiteral("Result") },
                { QStringLiteral("source"), QStringLiteral("Profile") } } });
    SchemaClass endorsement { {}, credentialLinks() };
    endorsement.links.append({ QStringLiteral("credentialSubject"), QStringLiteral("EndorsementSubject") });
    s.insert(QStringLiteral("EndorsementCredential"), endorsement);
    SchemaClass achievement { {}, credentialLinks() };
    achievement.links.append({ QStringLiteral("credentialSubject"), QStringLiteral("AchievementSubject") });
    achievement.links.append({ QStringLiteral("endorsement"), QStringLiteral("EndorsementCredential") });
    achievement.links.append({ QStringLiteral("evidence"), QStringLiteral("Evidence") });
    achievement.links.append({ QStringLiteral("image"), QStringLiteral("Image") });
    s.insert(QStringLiteral("AchievementCredential"), achievement);
    return s;
}

/// The Open Badges 3.0 schema: the VC 1.1 based one (issuanceDate, name) and the VC 2.0 based one (validFrom).
Schema openBadgesSchema(bool vc2)
{
    Schema s = sharedClasses();
    s[QStringLiteral("Related")].required = list({ "id", "type" });
    s[QStringLiteral("AchievementCredential")].required = vc2
        ? list({ "@context", "id", "type", "credentialSubject", "issuer", "validFrom" })
        : list({ "@context", "id", "type", "name", "credentialSubject", "issuer", "issuanceDate" });
    s[QStringLiteral("EndorsementCredential")].required = vc2
        ? list({ "@context", "type", "id", "name", "credentialSubject", "issuer", "validFrom" })
        : list({ "@context", "type", "id", "name", "credentialSubject", "issuer", "issuanceDate" });
    return s;
}

/// The CLR 2.0 schema. Its published form names issuanceDate, a VC 1.1 property; a VC 2.0 CLR has validFrom
/// instead, as the Open Badges 3.0 schema for VC 2.0 has.
Schema clrSchema(bool vc2)
{
    Schema s = sharedClasses();
    const char* date = vc2 ? "validFrom" : "issuanceDate";
    s[QStringLiteral("Related")].required = list({ "id" });
    s[QStringLiteral("EndorsementCredential")].required
        = list({ "@context", "type", "id", "credentialSubject", "issuer", date });
    s.insert(QStringLiteral("Association"), { list({ "type", "associationType", "sourceId", "targetId" }), {} });
    // The credentials inside are verified, and checked against their own schema, on their own.
    s.insert(QStringLiteral("ClrSubject"),
        { list({ "type", "verifiableCredential" }),
            { { QStringLiteral("identifier"), QStringLiteral("IdentityObject") },
                { QStringLiteral("achievement"), QStringLiteral("Achievement") },
                { QStringLiteral("association"), QStringLiteral("Association") } } });
    SchemaClass clr { list({ "@context", "type", "id", "name", "credentialSubject", "issuer", date }),
        { { QStringLiteral("endorsement"), QStringLiteral("EndorsementCredential") },
            { QStringLiteral("image"), QStringLiteral("Image") },
            { QStringLiteral("credentialSubject"), QStringLiteral("ClrSubject") },
            { QStringLiteral("issuer"), QStringLiteral("Profile") },
            { QStringLiteral("proof"), QStringLiteral("Proof") },
            { QStringLiteral("credentialSchema"), QStringLiteral("CredentialSchema") },
            { QStringLiteral("credentialStatus"), QStringLiteral("CredentialStatus") },
            { QStringLiteral("refreshService"), QStringLiteral("RefreshService") } } };
    s.insert(QStringLiteral("ClrCredential"), clr);
    return s;
}

std::optional<Kind> kindOf(const QJsonObject& credential)
{
    const QJsonValue t = credential.value(QLatin1String("type"));
    const QJsonArray types = t.isArray() ? t.toArray() : QJsonArray { t };
    if (types.contains(QJsonValue(QLatin1String("ClrCredential"))))
        return Kind::Clr;
    if (types.contains(QJsonValue(QLatin1String("OpenBadgeCredential")))
        || types.contains(QJsonValue(QLatin1String("AchievementCredential"))))
        return Kind::OpenBadge;
    if (types.contains(QJsonValue(QLatin1String("EndorsementCredential"))))
        return Kind::Endorsement;
    return std::nullopt;
}

bool isVc2(const QJsonObject& credential)
{
    const QJsonValue c = credential.value(QLatin1String("@context"));
    return (c.isArray() ? c.toArray().at(0) : c) == QLatin1String("https://www.w3.org/ns/credentials/v2");
}

class Walker
{
public:
    explicit Walker(const Schema& schema)
        : m_schema(schema)
    { }

    void object(const QJsonObject& o, const QString& className, const QString& path, int depth)
    {
        const auto it = m_schema.constFind(className);
        if (it == m_schema.constEnd() || depth > 32)
            return;
        for (const QString& field : it->required)
            if (!o.contains(field))
                missing.append(path.isEmpty() ? field : path + QLatin1Char('.') + field);
        for (const auto& [property, target] : it->links) {
            const QJsonValue v = o.value(property);
            const QString at = path.isEmpty() ? property : path + QLatin1Char('.') + property;
            if (v.isObject()) {
                object(v.toObject(), target, at, depth + 1);
            } else if (v.isArray()) {
                const QJsonArray entries = v.toArray();
                for (qsizetype i = 0; i < entries.size(); ++i)
                    if (entries.at(i).isObject())
                        object(entries.at(i).toObject(), target, QStringLiteral("%1[%2]").arg(at).arg(i), depth + 1);
            }
        }
    }

    QStringList missing;

private:
    const Schema& m_schema;
};

} // namespace

QStringList missingFields(const QJsonObject& credential)
{
    const std::optional<Kind> kind = kindOf(credential);
    if (!kind)
        return {};
    // The tables are constant: built once, not for every credential checked.
    static const Schema openBadges11 = openBadgesSchema(false);
    static const Schema openBadges20 = openBadgesSchema(true);
    static const Schema clr11 = clrSchema(false);
    static const Schema clr20 = clrSchema(true);
    const bool vc2 = isVc2(credential);
    const Schema& schema = *kind == Kind::Clr ? (vc2 ? clr20 : clr11) : (vc2 ? openBadges20 : openBadges11);
    Walker walker(schema);
    const QString top = *kind == Kind::Clr ? QStringLiteral("ClrCredential")
        : *kind == Kind::OpenBadge         ? QStringLiteral("AchievementCredential")
                                           : QStringLiteral("EndorsementCredential");
    walker.object(credential, top, {}, 0);
    return walker.missing;
}

std::optional<Check> schemaCheck(const QJsonObject& credential)
{
    const std::optional<Kind> kind = kindOf(credential);
    if (!kind)
        return std::nullopt;
    const Text standard = *kind == Kind::Clr ? tx("ler::verify", "CLR 2.0") : tx("ler::verify", "Open Badges 3.0");
    const QStringList missing = missingFields(credential);
    if (missing.isEmpty()) {
        return Check::passed(
            reportid::kSchema, tx("ler::verify", "Has every field the %1 schema requires.").arg(standard));
    }
    Check c = Check::warning(reportid::kSchema,
        tx("ler::verify", "The credential lacks %1, which the %2 schema requires; what it holds may be incomplete.")
            .arg(missing.constFirst(), standard),
        missing.join(QStringLiteral(", ")));
    c.reason = missing.constFirst() + QStringLiteral("/missing");
    return c;
}

} // namespace ler::verify::obschema
