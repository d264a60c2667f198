// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/SigningKey.h"
#include "core/did/DidKey.h"
#include "core/formats/SelfAssertedEntry.h"
#include "core/jose/Disclosure.h"
#include "core/jose/Jws.h"
#include "core/session/ImportService.h"
#include "core/store/Wallet.h"
#include "core/verify/ProofSigner.h"
#include "support/TestVectors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>

/// Issuers, credentials and a wallet for the presentation tests, all made here with fresh keys.
namespace ler::test {

/// A test issuer with an Ed25519 did:key.
struct Issuer
{
    crypto::SigningKey key = crypto::SigningKey::generate().value();

    QString did() const { return did::didKeyFromPublicKey(key.publicKey()); }
    QString methodId() const { return did() + QLatin1Char('#') + did().mid(8); }

    /// The document with an eddsa-rdfc-2022 assertion proof by this issuer.
    QJsonObject sign(const QJsonObject& document) const
    {
        verify::ProofOptions options;
        options.verificationMethod = methodId();
        options.created = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        return verify::addProof(document, options, [this](QByteArrayView in) { return key.sign(in); }).value();
    }

    QByteArray jwt(const QJsonObject& payload, const QString& typ) const
    {
        QJsonObject header { { QStringLiteral("alg"), QStringLiteral("EdDSA") },
            { QStringLiteral("kid"), methodId() } };
        if (!typ.isEmpty())
            header.insert(QStringLiteral("typ"), typ);
        return jose::signCompactJws(header, jose::toCompactJson(payload), [this](QByteArrayView in) {
            return key.sign(in);
        }).value();
    }
};

inline QJsonObject readJsonFile(const QString& relative)
{
    return QJsonDocument::fromJson(readFile(QStringLiteral(LER_TEST_DATA "/") + relative)).object();
}

inline QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// The OB 3.0 sample badge (VC 2.0) issued by issuer to subject, signed with eddsa-rdfc-2022.
inline QJsonObject badgeV2(
    const Issuer& issuer, const QString& subject, const QString& name = QStringLiteral("Teamwork"))
{
    QJsonObject vc = readJsonFile(QStringLiteral("formats/openbadges3/valid/simple.json"));
    vc.remove(QStringLiteral("proof"));
    vc.insert(QStringLiteral("id"), QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    QJsonObject iss = vc.value(QStringLiteral("issuer")).toObject();
    iss.insert(QStringLiteral("id"), issuer.did());
    vc.insert(QStringLiteral("issuer"), iss);
    vc.insert(QStringLiteral("name"), name + QStringLiteral(" Badge"));
    QJsonObject subjectObject = vc.value(QStringLiteral("credentialSubject")).toObject();
    subjectObject.insert(QStringLiteral("id"), subject);
    vc.insert(QStringLiteral("credentialSubject"), subjectObject);
    return issuer.sign(vc);
}

/// The same badge as a VC Data Model 1.1 credential.
inline QJsonObject badgeV11(const Issuer& issuer, const QString& subject)
{
    QJsonObject vc = readJsonFile(QStringLiteral("formats/openbadges3/valid/simple_v1.json"));
    vc.remove(QStringLiteral("proof"));
    vc.insert(QStringLiteral("@context"),
        QJsonArray { QStringLiteral("https://www.w3.org/2018/credentials/v1"),
            QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
            QStringLiteral("https://w3id.org/security/data-integrity/v2") });
    vc.insert(QStringLiteral("id"), QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    QJsonObject iss = vc.value(QStringLiteral("issuer")).toObject();
    iss.insert(QStringLiteral("id"), issuer.did());
    vc.insert(QStringLiteral("issuer"), iss);
    vc.insert(QStringLiteral("name"), QStringLiteral("Teamwork Badge (1.1)"));
    QJsonObject subjectObject = vc.value(QStringLiteral("credentialSubject")).toObject();
    subjectObject.insert(QStringLiteral("id"), subject);
    vc.insert(QStringLiteral("credentialSubject"), subjectObject);
    return issuer.sign(vc);
}

/// A CLR 2.0 transcript whose nested badge and the transcript itself are signed by issuer.
inline QJsonObject transcript(const Issuer& issuer, const QString& subject)
{
    QJsonObject clr = readJsonFile(QStringLiteral("formats/clr2/valid/simple.json"));
    QJsonObject iss = clr.value(QStringLiteral("issuer")).toObject();
    iss.insert(QStringLiteral("id"), issuer.did());
    clr.insert(QStringLiteral("issuer"), iss);
    QJsonObject clrSubject = clr.value(QStringLiteral("credentialSubject")).toObject();
    clrSubject.insert(QStringLiteral("id"), subject);
    QJsonArray nested;
    for (const QJsonValue& v : clrSubject.value(QStringLiteral("verifiableCredential")).toArray()) {
        QJsonObject c = v.toObject();
        c.remove(QStringLiteral("proof"));
        QJsonObject ci = c.value(QStringLiteral("issuer")).toObject();
        ci.insert(QStringLiteral("id"), issuer.did());
        c.insert(QStringLiteral("issuer"), ci);
        // Each course is issued to the learner too, so that it can be presented on its own.
        QJsonObject cs = c.value(QStringLiteral("credentialSubject")).toObject();
        cs.insert(QStringLiteral("id"), subject);
        c.insert(QStringLiteral("credentialSubject"), cs);
        nested.append(issuer.sign(c));
    }
    clrSubject.insert(QStringLiteral("verifiableCredential"), nested);
    clr.insert(QStringLiteral("credentialSubject"), clrSubject);
    return issuer.sign(clr);
}

/// An Open Badge 3.0 too large for one robust code, even compressed: a long description, signed by issuer.
inline QJsonObject bigBadge(const Issuer& issuer, const QString& subject, const QString& name)
{
    QJsonObject vc = readJsonFile(QStringLiteral("formats/openbadges3/valid/simple.json"));
    vc.remove(QStringLiteral("proof"));
    vc.insert(QStringLiteral("id"), QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    QJsonObject iss = vc.value(QStringLiteral("issuer")).toObject();
    iss.insert(QStringLiteral("id"), issuer.did());
    vc.insert(QStringLiteral("issuer"), iss);
    vc.insert(QStringLiteral("name"), name);
    QString text;
    // Reference numbers that do not compress, so even gzip cannot make it fit one code.
    for (int i = 0; i < 80; ++i)
        text += QStringLiteral("Unit %1 of %2, reference %3. ").arg(i).arg(name, QUuid::createUuid().toString());
    vc.insert(QStringLiteral("description"), text);
    QJsonObject subjectObject = vc.value(QStringLiteral("credentialSubject")).toObject();
    subjectObject.insert(QStringLiteral("id"), subject);
    vc.insert(QStringLiteral("credentialSubject"), subjectObject);
    return issuer.sign(vc);
}

/// A VC-JOSE (VC 2.0) credential as a JWT.
inline QByteArray joseCredential(const Issuer& issuer, const QString& subject)
{
    const QJsonObject vc { { QStringLiteral("@context"),
                               QJsonArray { QStringLiteral("https://www.w3.org/ns/credentials/v2") } },
        { QStringLiteral("id"), QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("type"), QJsonArray { QStringLiteral("VerifiableCredential") } },
        { QStringLiteral("issuer"), issuer.did() },
        { QStringLiteral("name"), QStringLiteral("Forklift operator") },
        { QStringLiteral("validFrom"), QStringLiteral("2024-01-01T00:00:00Z") },
        { QStringLiteral("credentialSubject"),
            QJsonObject { { QStringLiteral("id"), subject }, { QStringLiteral("name"), QStringLiteral("Alex") } } } };
    return issuer.jwt(vc, QStringLiteral("vc+jwt"));
}

/// A VC-JWT 1.1 credential.
inline QByteArray jwt11Credential(const Issuer& issuer, const QString& subject)
{
    const QJsonObject vc { { QStringLiteral("@context"),
                               QJsonArray { QStringLiteral("https://www.w3.org/2018/credentials/v1") } },
        { QStringLiteral("type"), QJsonArray { QStringLiteral("VerifiableCredential") } },
        { QStringLiteral("credentialSubject"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Safety training") } } } };
    const QJsonObject claims { { QStringLiteral("iss"), issuer.did() },
        { QStringLiteral("sub"), subject },
        { QStringLiteral("nbf"), 1704067200 },
        { QStringLiteral("jti"), QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("vc"), vc } };
    return issuer.jwt(claims, QStringLiteral("JWT"));
}

/// An SD-JWT VC with selectively disclosable given_name, family_name, achievement.grade and skills[0..2],
/// bound to cnf (no cnf when empty). All disclosures come with it, as the issuer hands it over.
struct IssuedSdJwt
{
    QByteArray compact;
    QHash<QString, QByteArray> disclosureByPath;
};

inline IssuedSdJwt sdJwtCredential(const Issuer& issuer, const QJsonObject& cnf)
{
    IssuedSdJwt out;
    QList<QByteArray> all;
    int n = 0;
    auto disclose = [&](const QString& path, const std::optional<QString>& name, const QJsonValue& value) {
        const QByteArray d = jose::makeDisclosure(
            QStringLiteral("salt-%1-%2").arg(n++).arg(QUuid::createUuid().toString()), name, value);
        all.append(d);
        out.disclosureByPath.insert(path, d);
        return QString::fromLatin1(jose::sdDigest(jose::SdHashAlgorithm::Sha256, d));
    };
    QJsonObject achievement { { QStringLiteral("name"), QStringLiteral("Welding Level 2") },
        { QStringLiteral("_sd"),
            QJsonArray {
                disclose(QStringLiteral("achievement.grade"), QStringLiteral("grade"), QStringLiteral("A")) } } };
    QJsonArray skills;
    const QStringList skillNames { QStringLiteral("MIG"), QStringLiteral("TIG"), QStringLiteral("Stick") };
    for (int i = 0; i < skillNames.size(); ++i) {
        skills.append(QJsonObject {
            { QStringLiteral("..."), disclose(QStringLiteral("skills[%1]").arg(i), std::nullopt, skillNames.at(i)) } });
    }
    QJsonObject payload { { QStringLiteral("iss"), issuer.did() },
        { QStringLiteral("vct"), QStringLiteral("https://credentials.example.com/welding") },
        { QStringLiteral("iat"), 1704067200 },
        { QStringLiteral("_sd_alg"), QStringLiteral("sha-256") },
        { QStringLiteral("achievement"), achievement },
        { QStringLiteral("skills"), skills },
        { QStringLiteral("_sd"),
            QJsonArray { disclose(QStringLiteral("given_name"), QStringLiteral("given_name"), QStringLiteral("Alex")),
                disclose(QStringLiteral("family_name"), QStringLiteral("family_name"), QStringLiteral("Rivera")) } } };
    if (!cnf.isEmpty())
        payload.insert(QStringLiteral("cnf"), cnf);
    out.compact = issuer.jwt(payload, QStringLiteral("dc+sd-jwt")) + '~';
    for (const QByteArray& d : all)
        out.compact += d + '~';
    return out;
}

/// A wallet in a temporary folder with the cheapest key derivation.
struct TestWallet
{
    QTemporaryDir dir;
    std::unique_ptr<store::Wallet> wallet;

    TestWallet()
    {
        auto created = store::Wallet::create(
            dir.filePath(QStringLiteral("w")), "correct horse battery", crypto::KdfParams::cheapForTests());
        if (created)
            wallet = std::move(created->wallet);
    }

    store::SqlCipherDatabase& db() { return wallet->database(); }

    /// Imports bytes and returns the id of the (first) stored credential.
    QString add(const QByteArray& bytes, const QString& fileName = {})
    {
        session::ImportService service(db());
        auto outcomes = service.runOne(session::ImportInput::data(bytes, QStringLiteral("test"), fileName));
        return outcomes && !outcomes->isEmpty() ? outcomes->constFirst().id : QString();
    }

    QString addEntry(const QString& title)
    {
        formats::SelfAssertedEntry entry;
        entry.kind = model::RecordKind::Work;
        entry.title = title;
        entry.organization = QStringLiteral("City Library");
        entry.description = QStringLiteral("Helped adults with reading");
        entry.start = QDate(2021, 9, 1);
        entry.location = QStringLiteral("Springfield, IL");
        session::ImportService service(db());
        auto outcome = service.addEntry(entry);
        return outcome ? outcome->id : QString();
    }
};

} // namespace ler::test
