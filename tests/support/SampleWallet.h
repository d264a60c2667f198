// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/crypto/SigningKey.h"
#include "core/did/DidKey.h"
#include "core/export/Resume.h"
#include "core/session/ImportService.h"
#include "core/store/Wallet.h"
#include "core/verify/ProofSigner.h"
#include "core/verify/WalletVerification.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <functional>

/// A realistic wallet of about 40 records for model tests, UI tests, screenshots and benchmarks: every valid sample
/// in tests/data/formats, the person's own work history (CSV), and Open Badges 3.0 credentials made here and signed
/// by a did:key issuer, with alignments (O*NET codes, Credential Engine CTIDs) and, when a painter is given, pictures.
namespace ler::test {

struct SampleBadge
{
    const char* title;
    const char* issuer;
    const char* achievementType;
    int year;
    int month;
    const char* description;
    QList<QStringList> alignments; ///< {name, framework, code, url}
    int validYears = 0; ///< 0: no end of validity
};

inline const QList<SampleBadge>& sampleBadges()
{
    static const QList<SampleBadge> list {
        { "Forklift Operator Safety",
            "Central Valley Workforce Board",
            "Certificate",
            2021,
            4,
            "Operates counterbalance and reach forklifts safely: pre-shift inspection, load handling, pedestrian "
            "awareness.",
            { { "Forklift operation", "O*NET-SOC", "53-7051.00", "https://www.onetonline.org/link/summary/53-7051.00" },
                { "Workplace safety", "Credential Engine Registry", "ce-5b6e7a1c-2f0a-4c41-9d1e-3f7c2a9b8e01", "" } },
            3 },
        { "OSHA 10-Hour General Industry",
            "Safety Training Institute",
            "Certification",
            2020,
            9,
            "Ten hours of training on recognizing and preventing hazards in general industry workplaces.",
            { { "Workplace safety", "", "ce-5b6e7a1c-2f0a-4c41-9d1e-3f7c2a9b8e01", "" },
                { "Hazard recognition", "", "", "" } } },
        { "Customer Service Excellence",
            "Riverside Community College",
            "Badge",
            2022,
            2,
            "Handles customer questions and complaints with patience; practised in role play and assessed live.",
            { { "Customer service", "ESCO", "S1.2.1", "" }, { "Active listening", "ESCO", "S1.1.1", "" } } },
        { "Inventory Management Basics",
            "Riverside Community College",
            "Course",
            2022,
            6,
            "Cycle counts, stock rotation (FIFO), receiving and shipping paperwork.",
            { { "Inventory control", "O*NET-SOC", "43-5071.00", "" } } },
        { "CPR and First Aid",
            "Red Oak Health Alliance",
            "Certification",
            2023,
            3,
            "Adult and child CPR, AED use and basic first aid.",
            { { "First aid", "", "", "" } },
            2 },
        { "Spreadsheets: Intermediate",
            "Digital Skills Academy",
            "Badge",
            2022,
            11,
            "Formulas, lookups, pivot tables and charts for everyday reporting.",
            { { "Spreadsheets", "Credential Engine Registry", "ce-0e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a6b", "" } } },
        { "Bilingual Communication (Spanish and English)",
            "Language Assessment Center",
            "Assessment",
            2021,
            8,
            "Assessed at level B2 in both languages for workplace conversation and writing.",
            { { "Spanish", "CEFR", "B2", "" }, { "English", "CEFR", "B2", "" } } },
        { "Team Leadership Fundamentals",
            "Central Valley Workforce Board",
            "LearningProgram",
            2023,
            10,
            "Six-week program: running shift huddles, giving feedback, planning work for a team of five to ten.",
            { { "Team leadership", "O*NET-SOC", "53-1047.00", "" }, { "Active listening", "ESCO", "S1.1.1", "" } } },
        { "Commercial Driver License, Class B",
            "State Department of Motor Vehicles",
            "License",
            2024,
            1,
            "Licensed to drive straight trucks and buses over 26,000 pounds.",
            { { "Truck driving", "O*NET-SOC", "53-3032.00", "" } },
            4 },
        { "Certified Logistics Associate",
            "Logistics Skills Council",
            "Certification",
            2024,
            5,
            "Industry certification covering supply chain basics, safety, quality and communication.",
            { { "Supply chain basics", "Credential Engine Registry", "ce-7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a", "" },
                { "Inventory control", "O*NET-SOC", "43-5071.00", "" },
                { "Workplace safety", "", "ce-5b6e7a1c-2f0a-4c41-9d1e-3f7c2a9b8e01", "" } } },
        { "Food Handler Certificate",
            "County Environmental Health",
            "Certificate",
            2019,
            7,
            "Safe food handling, temperatures and hygiene.",
            { { "Food safety", "", "", "" } },
            3 },
        { "Warehouse Management Systems",
            "Digital Skills Academy",
            "Course",
            2023,
            2,
            "Scanning, pick paths, slotting and exception handling in a WMS.",
            { { "Warehouse software", "", "", "" }, { "Inventory control", "O*NET-SOC", "43-5071.00", "" } } },
        { "Conflict Resolution at Work",
            "Riverside Community College",
            "Badge",
            2023,
            6,
            "De-escalation and mediation techniques for frontline staff.",
            { { "Conflict resolution", "", "", "" } } },
        { "Introduction to Python",
            "Digital Skills Academy",
            "Badge",
            2024,
            9,
            "Variables, loops, functions and files; automated a small inventory report.",
            { { "Programming", "Credential Engine Registry", "ce-2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d", "" } } },
        { "Medical Terminology",
            "Red Oak Health Alliance",
            "Course",
            2022,
            1,
            "Word parts, body systems and abbreviations used in healthcare.",
            { { "Medical vocabulary", "", "", "" } } },
        { "Phlebotomy Technician",
            "Red Oak Health Alliance",
            "Certification",
            2025,
            2,
            "Venipuncture and capillary collection, specimen handling and patient safety.",
            { { "Blood collection", "O*NET-SOC", "31-9097.00", "" }, { "First aid", "", "", "" } },
            2 },
    };
    return list;
}

/// The CSV of the person's own entries in the sample wallet.
inline QByteArray sampleEntriesCsv()
{
    return QByteArrayLiteral(
        "kind,title,organization,description,start,end,location,url\n"
        "work,Warehouse lead,Northgate Distribution,\"Led a shift of eight; cut picking errors by a third with a new "
        "slotting plan\",2022-03,,\"Fresno, CA\",\n"
        "work,Warehouse associate,Northgate Distribution,\"Receiving, put-away and cycle counts\",2019-06,2022-02,"
        "\"Fresno, CA\",\n"
        "work,Cashier,Valley Fresh Market,\"Served about 200 customers a day; trained new cashiers\",2016-05,2019-05,"
        "\"Visalia, CA\",\n"
        "work,Volunteer tutor,City Library,\"Helped adults with reading, twice a week\",2021-09,2023-06,"
        "\"Fresno, CA\",https://library.example/volunteers\n"
        "education,High school diploma,Visalia High School,,2012-09,2016-06,\"Visalia, CA\",\n"
        "training,Spanish for healthcare workers,Community Adult School,\"Evening course, 40 "
        "hours\",2023-01,2023-04,,\n");
}

/// A signed Open Badges 3.0 credential for one sample badge. `image` is put in the achievement when not empty.
inline QJsonObject sampleCredential(
    const SampleBadge& b, int n, const crypto::SigningKey& key, const QString& did, const QString& image = {})
{
    QJsonArray alignments;
    for (const QStringList& a : b.alignments) {
        QJsonObject o { { QStringLiteral("type"), QJsonArray { QStringLiteral("Alignment") } },
            { QStringLiteral("targetName"), a.value(0) },
            { QStringLiteral("targetUrl"),
                a.value(3).isEmpty() ? QStringLiteral("https://skills.example/%1").arg(n) : a.value(3) } };
        if (!a.value(1).isEmpty()) {
            o.insert(QStringLiteral("targetFramework"), a.value(1));
        }
        if (!a.value(2).isEmpty()) {
            o.insert(QStringLiteral("targetCode"), a.value(2));
        }
        alignments.append(o);
    }
    QJsonObject achievement { { QStringLiteral("id"), QStringLiteral("https://badges.example/achievements/%1").arg(n) },
        { QStringLiteral("type"), QJsonArray { QStringLiteral("Achievement") } },
        { QStringLiteral("achievementType"), QLatin1String(b.achievementType) },
        { QStringLiteral("name"), QLatin1String(b.title) },
        { QStringLiteral("description"), QLatin1String(b.description) },
        { QStringLiteral("criteria"),
            QJsonObject { { QStringLiteral("narrative"), QStringLiteral("Passed the final assessment.") } } },
        { QStringLiteral("alignment"), alignments } };
    if (!image.isEmpty()) {
        achievement.insert(QStringLiteral("image"),
            QJsonObject { { QStringLiteral("id"), image }, { QStringLiteral("type"), QStringLiteral("Image") } });
    }
    const QDateTime issued(QDate(b.year, b.month, 14), QTime(15, 0), Qt::UTC);
    QJsonObject vc {
        { QStringLiteral("@context"),
            QJsonArray { QStringLiteral("https://www.w3.org/2018/credentials/v1"),
                QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
                QStringLiteral("https://w3id.org/security/data-integrity/v2") } },
        { QStringLiteral("id"),
            QStringLiteral("urn:uuid:5a3c0000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')) },
        { QStringLiteral("type"),
            QJsonArray { QStringLiteral("VerifiableCredential"), QStringLiteral("OpenBadgeCredential") } },
        { QStringLiteral("name"), QLatin1String(b.title) },
        { QStringLiteral("issuer"),
            QJsonObject { { QStringLiteral("id"), did },
                { QStringLiteral("type"), QJsonArray { QStringLiteral("Profile") } },
                { QStringLiteral("name"), QLatin1String(b.issuer) } } },
        { QStringLiteral("issuanceDate"), issued.toString(Qt::ISODate) },
        { QStringLiteral("credentialSubject"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("did:example:erika") },
                { QStringLiteral("type"), QJsonArray { QStringLiteral("AchievementSubject") } },
                { QStringLiteral("achievement"), achievement } } },
    };
    if (b.validYears > 0) {
        vc.insert(QStringLiteral("expirationDate"), issued.addYears(b.validYears).toString(Qt::ISODate));
    }
    verify::ProofOptions options;
    options.verificationMethod = did + QLatin1Char('#') + did.mid(8);
    options.created = issued;
    auto signedVc = verify::addProof(vc, options, [&key](QByteArrayView d) { return key.sign(d); });
    if (!signedVc) {
        qFatal("cannot sign the sample badge: %s", qPrintable(signedVc.error().message.untranslated()));
    }
    return *signedVc;
}

struct SampleOptions
{
    /// Makes a data: URI picture for badge n (UI tests draw one); none when empty.
    std::function<QString(int n, const SampleBadge&)> picture;
    bool verify = true; ///< check every record offline after import, as the app does
};

/// Fills `wallet` with the sample records and the person's profile. Returns how many records are stored.
inline Result<int> fillSampleWallet(store::Wallet& wallet, const SampleOptions& options = {})
{
    session::ImportService service(wallet.database());
    QList<session::ImportInput> inputs;
    const QDir root(QStringLiteral(LER_TEST_DATA "/formats"));
    for (const QString& format : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir valid(root.filePath(format + QStringLiteral("/valid")));
        for (const QString& name : valid.entryList(QDir::Files, QDir::Name)) {
            if (format == QLatin1String("csv")) {
                continue; // the person's own entries come from sampleEntriesCsv()
            }
            inputs.append(session::ImportInput::file(valid.filePath(name)));
        }
    }
    inputs.append(
        session::ImportInput::data(sampleEntriesCsv(), QStringLiteral("form"), QStringLiteral("entries.csv")));
    auto key = crypto::SigningKey::generate();
    if (!key) {
        return key.error();
    }
    const QString did = did::didKeyFromPublicKey(key->publicKey());
    for (int i = 0; i < sampleBadges().size(); ++i) {
        const SampleBadge& b = sampleBadges().at(i);
        const QString image = options.picture ? options.picture(i, b) : QString();
        inputs.append(session::ImportInput::data(
            QJsonDocument(sampleCredential(b, i, *key, did, image)).toJson(QJsonDocument::Compact),
            QStringLiteral("badge-%1.json").arg(i),
            QStringLiteral("badge-%1.json").arg(i)));
    }
    auto report = service.run(inputs);
    if (!report) {
        return report.error();
    }
    if (options.verify) {
        if (auto checked = verify::WalletVerification(wallet.database()).verifyAll(); !checked) {
            return checked.error();
        }
    }
    exports::Person me;
    me.givenName = QStringLiteral("Erika");
    me.familyName = QStringLiteral("Mustermann");
    me.email = QStringLiteral("erika.mustermann@example.com");
    me.phone = QStringLiteral("+1 559 555 0134");
    me.location = QStringLiteral("Fresno, CA");
    me.headline = QStringLiteral("Warehouse lead moving into healthcare support");
    me.summary = QStringLiteral("Seven years in distribution and retail, leading shifts of up to eight people. "
                                "Bilingual (Spanish and English), certified in first aid and phlebotomy.");
    if (Status s = exports::saveProfile(wallet.database(), me); !s) {
        return s.error();
    }
    return store::CredentialRepository(wallet.database()).count();
}

} // namespace ler::test
