// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/present/HolderKeys.h"
#include "core/present/PresentationService.h"
#include "core/verify/Verifier.h"
#include "support/ReportHelpers.h"
#include "tests/core/present/PresentTestKit.h"

#include <QTest>

using namespace ler;
using namespace ler::present;
using namespace ler::test;

namespace {

using ler::test::describe;
using ler::test::messageOf;
using ler::test::statusOf;

const QDateTime kNow(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
const QString kChallenge = QStringLiteral("employer-challenge-7f3a9c");
const QString kDomain = QStringLiteral("hr.example.com");

} // namespace

/// Every output round-trips through the verifier, and fails on the right check when tampered with or replayed.
class TestPresentation : public QObject
{
    Q_OBJECT

    TestWallet m_w;
    Issuer m_issuer;
    Issuer m_stranger;
    HolderIdentity m_holder;
    IssuedSdJwt m_sd;
    QString m_badge, m_badge11, m_clr, m_course, m_jose, m_jwt11, m_sdBound, m_sdOther, m_sdUnbound, m_sdKid, m_entry,
        m_pesc;

    Result<PresentationPlan> plan(const QList<RecordChoice>& records,
        PresentationFormat format,
        const Recipient& recipient = { kDomain, kChallenge, {} },
        const QDateTime& when = kNow)
    {
        PresentationService service(m_w.db());
        service.setNow(when);
        return service.prepare({ records, recipient, format });
    }

    Presentation present(const QList<RecordChoice>& records,
        PresentationFormat format,
        const Recipient& recipient = { kDomain, kChallenge, {} },
        const QDateTime& when = kNow)
    {
        PresentationService service(m_w.db());
        service.setNow(when);
        auto p = service.prepare({ records, recipient, format });
        if (!p)
            qWarning() << p.error().message;
        auto made = p ? service.make(*p) : Result<Presentation>(p.error());
        return made ? *made : Presentation();
    }

    static verify::Report check(const QByteArray& bytes,
        const QString& challenge = kChallenge,
        const QString& domain = kDomain,
        const QDateTime& when = kNow,
        qint64 maxAge = verify::VerifierOptions::kDefaultMaxAgeSeconds)
    {
        verify::VerifierOptions options;
        options.offline = true;
        options.challenge = challenge;
        options.domain = domain;
        options.now = when;
        options.maxAgeSeconds = maxAge;
        auto report = verify::Verifier(options).verify(bytes, QStringLiteral("presentation"));
        return report ? *report : verify::Report();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_w.wallet);
        auto holder = HolderKeys(m_w.db()).identity();
        QVERIFY(holder);
        m_holder = *holder;
        m_badge = m_w.add(compact(badgeV2(m_issuer, m_holder.did)));
        m_badge11 = m_w.add(compact(badgeV11(m_issuer, m_holder.did)));
        m_clr = m_w.add(compact(transcript(m_issuer, m_holder.did)));
        m_jose = m_w.add(joseCredential(m_issuer, m_holder.did));
        m_jwt11 = m_w.add(jwt11Credential(m_issuer, m_holder.did));
        m_sd = sdJwtCredential(m_issuer, QJsonObject { { QStringLiteral("jwk"), m_holder.publicJwk() } });
        m_sdBound = m_w.add(m_sd.compact);
        m_sdOther = m_w.add(
            sdJwtCredential(m_issuer, QJsonObject { { QStringLiteral("jwk"), m_stranger.key.publicKey().toJwk() } })
                .compact);
        m_sdUnbound = m_w.add(sdJwtCredential(m_issuer, {}).compact);
        m_sdKid = m_w.add(sdJwtCredential(m_issuer, QJsonObject { { QStringLiteral("kid"), m_holder.did } }).compact);
        m_entry = m_w.addEntry(QStringLiteral("Volunteer tutor"));
        m_pesc = m_w.add(readFile(QStringLiteral(LER_TEST_DATA "/formats/pesc/valid/SampleCollegeTranscript.xml")),
            QStringLiteral("transcript.xml"));
        for (const QString& id :
            { m_badge, m_badge11, m_clr, m_jose, m_jwt11, m_sdBound, m_sdOther, m_sdUnbound, m_sdKid, m_entry, m_pesc })
            QVERIFY(!id.isEmpty());
        auto children = m_w.db().query(QStringLiteral("SELECT id FROM credentials WHERE parent_id = ?1"), { m_clr });
        QVERIFY(children && !children->isEmpty());
        m_course = children->constFirst().at(0).toString();
    }

    void vpJsonCarriesEveryKindOfCredential()
    {
        const Presentation p
            = present({ { m_badge, {} },
                          { m_jose, {} },
                          { m_sdBound, { QStringLiteral("given_name"), QStringLiteral("skills[1]") } } },
                PresentationFormat::VpJson);
        QVERIFY(!p.bytes.isEmpty());
        QCOMPARE(p.document.value(QStringLiteral("@context")).toArray().at(0).toString(),
            QStringLiteral("https://www.w3.org/ns/credentials/v2"));
        QCOMPARE(p.document.value(QStringLiteral("holder")).toString(), m_holder.did);
        const QJsonObject proof = p.document.value(QStringLiteral("proof")).toObject();
        QCOMPARE(proof.value(QStringLiteral("cryptosuite")).toString(), QStringLiteral("eddsa-rdfc-2022"));
        QCOMPARE(proof.value(QStringLiteral("proofPurpose")).toString(), QStringLiteral("authentication"));
        QCOMPARE(proof.value(QStringLiteral("challenge")).toString(), kChallenge);
        QCOMPARE(proof.value(QStringLiteral("domain")).toString(), kDomain);
        const QJsonArray vcs = p.document.value(QStringLiteral("verifiableCredential")).toArray();
        QCOMPARE(vcs.size(), 3);
        QVERIFY(vcs.at(1)
                    .toObject()
                    .value(QStringLiteral("id"))
                    .toString()
                    .startsWith(QStringLiteral("data:application/vc+jwt,eyJ")));
        const QString sdUrl = vcs.at(2).toObject().value(QStringLiteral("id")).toString();
        QVERIFY(sdUrl.startsWith(QStringLiteral("data:application/dc+sd-jwt,eyJ")));
        QCOMPARE(vcs.at(2).toObject().value(QStringLiteral("type")).toString(),
            QStringLiteral("EnvelopedVerifiableCredential"));
        // Only the ticked disclosures travel.
        QVERIFY(sdUrl.contains(QString::fromLatin1(m_sd.disclosureByPath.value(QStringLiteral("given_name")))));
        QVERIFY(sdUrl.contains(QString::fromLatin1(m_sd.disclosureByPath.value(QStringLiteral("skills[1]")))));
        QVERIFY(!sdUrl.contains(QString::fromLatin1(m_sd.disclosureByPath.value(QStringLiteral("family_name")))));
        QVERIFY(!sdUrl.contains(QString::fromLatin1(m_sd.disclosureByPath.value(QStringLiteral("skills[0]")))));

        const verify::Report r = check(p.bytes);
        QVERIFY2(r.verified(), qPrintable(describe(r)));
        QCOMPARE(r.format, QStringLiteral("presentation"));
        QCOMPARE(statusOf(r, QStringLiteral("key-binding")), verify::Check::Passed);
        // The presentation's signer is its holder, and the report says so rather than calling them an issuer.
        QCOMPARE(statusOf(r, verify::reportid::kIssuer), verify::Check::Passed);
        QCOMPARE(reasonOf(r, verify::reportid::kIssuer), QStringLiteral("holder/key-in-identifier"));
        QCOMPARE(r.credentials.size(), 3);
        for (const verify::Report& c : r.credentials)
            QVERIFY2(c.verified() && !c.selfAsserted, qPrintable(describe(c)));
    }

    void selfAssertedEntriesAreSignedByTheWalletAndReportedAsSuch()
    {
        const Presentation p = present({ { m_badge, {} }, { m_entry, {} } }, PresentationFormat::VpJson);
        QVERIFY(!p.bytes.isEmpty());
        const QJsonObject issued = p.credentials.at(1).toObject();
        QCOMPARE(
            issued.value(QStringLiteral("issuer")).toObject().value(QStringLiteral("id")).toString(), m_holder.did);
        QCOMPARE(issued.value(QStringLiteral("credentialSubject")).toObject().value(QStringLiteral("id")).toString(),
            m_holder.did);

        const verify::Report r = check(p.bytes);
        QCOMPARE(r.overall, verify::Outcome::PartlyVerified);
        QCOMPARE(statusOf(r, QStringLiteral("signature")), verify::Check::Passed);
        QCOMPARE(statusOf(r, QStringLiteral("key-binding")), verify::Check::Passed);
        QVERIFY2(r.credentials.at(0).verified(), qPrintable(describe(r)));
        const verify::Report& self = r.credentials.at(1);
        QVERIFY(self.selfAsserted);
        QCOMPARE(self.overall, verify::Outcome::PartlyVerified);
        QCOMPARE(statusOf(self, QStringLiteral("signature")), verify::Check::Passed);
        QCOMPARE(statusOf(self, QStringLiteral("issuer")), verify::Check::Warning);
        QVERIFY2(self.summary.untranslated().startsWith(QStringLiteral("Self-asserted")),
            qPrintable(self.summary.untranslated()));
        QCOMPARE(reasonOf(self, QStringLiteral("issuer")), QStringLiteral("issuer/self-asserted"));
        // Only the summary of self-asserted credentials counts them: one of the two.
        QVERIFY2(r.summary.count() == 1, qPrintable(r.summary.untranslated()));
        QVERIFY(self.toJson().value(QStringLiteral("selfAsserted")).toBool());

        // Control: the same credential presented by another holder is an ordinary issued credential.
        QJsonObject vp = p.document;
        vp.insert(QStringLiteral("holder"), m_issuer.did());
        const verify::Report forged = check(QJsonDocument(vp).toJson());
        QVERIFY(!forged.credentials.at(1).selfAsserted);
    }

    void vpJsonIsVc11WhenEveryCredentialIs11()
    {
        const Presentation p = present({ { m_badge11, {} }, { m_entry, {} } }, PresentationFormat::VpJson);
        QVERIFY(!p.bytes.isEmpty());
        QCOMPARE(p.document.value(QStringLiteral("@context")).toArray().at(0).toString(),
            QStringLiteral("https://www.w3.org/2018/credentials/v1"));
        QVERIFY(p.credentials.at(1).toObject().contains(QStringLiteral("issuanceDate")));
        const verify::Report r = check(p.bytes);
        QCOMPARE(statusOf(r, QStringLiteral("signature")), verify::Check::Passed);
        QCOMPARE(statusOf(r, QStringLiteral("key-binding")), verify::Check::Passed);
        QVERIFY2(r.credentials.at(0).verified(), qPrintable(describe(r)));
        QVERIFY2(r.credentials.at(1).selfAsserted, qPrintable(describe(r)));
        QCOMPARE(statusOf(r.credentials.at(1), QStringLiteral("signature")), verify::Check::Passed);
    }

    void mixedDataModelsGoIntoA20Presentation_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("vp-json") << int(PresentationFormat::VpJson);
        QTest::newRow("vp-jwt") << int(PresentationFormat::VpJwt);
    }
    void mixedDataModelsGoIntoA20Presentation()
    {
        QFETCH(int, format);
        const Presentation p
            = present({ { m_badge11, {} }, { m_badge, {} }, { m_jwt11, {} } }, PresentationFormat(format));
        QCOMPARE(p.document.value(QStringLiteral("@context")).toArray().at(0).toString(),
            QStringLiteral("https://www.w3.org/ns/credentials/v2"));
        const verify::Report r = check(p.bytes);
        QVERIFY2(r.verified(), qPrintable(describe(r)));
        QCOMPARE(r.credentials.size(), 3);
        // A VC-JWT 1.1 inside a JSON-LD VP is enveloped (only VC 2.0 defines that); alone in a VP-JWT it makes 1.1.
        QVERIFY(p.credentials.at(2).isObject() || PresentationFormat(format) == PresentationFormat::VpJwt);
        const Presentation onlyJwt = present({ { m_jwt11, {} } }, PresentationFormat::VpJson);
        QCOMPARE(onlyJwt.document.value(QStringLiteral("@context")).toArray().at(0).toString(),
            QStringLiteral("https://www.w3.org/ns/credentials/v2"));
        QVERIFY(check(onlyJwt.bytes).verified());
    }

    void vpJwtRoundTrips_data()
    {
        QTest::addColumn<bool>("v11");
        QTest::newRow("VC-JOSE-COSE 2.0") << false;
        QTest::newRow("VC-JWT 1.1") << true;
    }
    void vpJwtRoundTrips()
    {
        QFETCH(bool, v11);
        const QList<RecordChoice> records = v11
            ? QList<RecordChoice> { { m_jwt11, {} }, { m_badge11, {} } }
            : QList<RecordChoice> { { m_jose, {} }, { m_badge, {} }, { m_sdBound, { QStringLiteral("*") } } };
        const Presentation p = present(records, PresentationFormat::VpJwt);
        auto jws = jose::parseCompactJws(p.bytes);
        QVERIFY(jws);
        QCOMPARE(jws->header.value(QStringLiteral("typ")).toString(),
            v11 ? QStringLiteral("JWT") : QStringLiteral("vp+jwt"));
        QCOMPARE(jws->header.value(QStringLiteral("kid")).toString(), m_holder.verificationMethod);
        if (v11) {
            QVERIFY(p.document.value(QStringLiteral("vp")).isObject());
            QVERIFY(p.document.value(QStringLiteral("vp"))
                        .toObject()
                        .value(QStringLiteral("verifiableCredential"))
                        .toArray()
                        .at(0)
                        .isString());
        } else {
            QCOMPARE(jws->header.value(QStringLiteral("cty")).toString(), QStringLiteral("vp"));
            QVERIFY(!p.document.contains(QStringLiteral("vp")));
            QCOMPARE(p.document.value(QStringLiteral("holder")).toString(), m_holder.did);
        }
        QCOMPARE(p.document.value(QStringLiteral("nonce")).toString(), kChallenge);
        QCOMPARE(p.document.value(QStringLiteral("aud")).toString(), kDomain);
        const verify::Report r = check(p.bytes);
        QVERIFY2(r.verified(), qPrintable(describe(r)));
        QCOMPARE(r.format, QStringLiteral("vp-jwt"));
        QCOMPARE(r.credentials.size(), records.size());
    }

    void sdJwtRoundTripsWithKeyBinding()
    {
        const Presentation p
            = present({ { m_sdBound, { QStringLiteral("achievement.grade"), QStringLiteral("skills[2]") } } },
                PresentationFormat::SdJwt);
        auto sd = jose::parseSdJwt(p.bytes);
        QVERIFY(sd);
        QVERIFY(sd->hasKeyBinding());
        QCOMPARE(sd->disclosures.size(), 2);
        auto kb = jose::parseCompactJws(sd->kbJwt);
        QVERIFY(kb);
        QCOMPARE(kb->header.value(QStringLiteral("typ")).toString(), QStringLiteral("kb+jwt"));
        const QJsonObject kbClaims = kb->payloadObject().value();
        QCOMPARE(kbClaims.value(QStringLiteral("nonce")).toString(), kChallenge);
        QCOMPARE(kbClaims.value(QStringLiteral("aud")).toString(), kDomain);
        QCOMPARE(qint64(kbClaims.value(QStringLiteral("iat")).toDouble()), kNow.toSecsSinceEpoch());
        QVERIFY(kbClaims.contains(QStringLiteral("sd_hash")));
        const verify::Report r = check(p.bytes);
        QVERIFY2(r.verified(), qPrintable(describe(r)));
        QCOMPARE(statusOf(r, QStringLiteral("key-binding")), verify::Check::Passed);

        // A credential bound with cnf.kid naming this wallet's DID gets key binding too.
        auto kid = plan({ { m_sdKid, { QStringLiteral("given_name") } } }, PresentationFormat::SdJwt);
        QVERIFY2(kid, kid ? "" : qPrintable(kid.error().message.untranslated()));
        QVERIFY(kid->preview.records.at(0).keyBinding);
    }

    void replayForAnotherChallengeOrDomainFails_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("vp-json") << int(PresentationFormat::VpJson);
        QTest::newRow("vp-jwt") << int(PresentationFormat::VpJwt);
        QTest::newRow("sd-jwt") << int(PresentationFormat::SdJwt);
    }
    void replayForAnotherChallengeOrDomainFails()
    {
        QFETCH(int, format);
        const auto f = PresentationFormat(format);
        const Presentation p = f == PresentationFormat::SdJwt
            ? present({ { m_sdBound, { QStringLiteral("given_name") } } }, f)
            : present({ { m_badge, {} } }, f);
        QVERIFY(check(p.bytes).verified());
        const verify::Report otherChallenge = check(p.bytes, QStringLiteral("another-challenge"));
        QVERIFY(!otherChallenge.verified());
        QCOMPARE(statusOf(otherChallenge, QStringLiteral("key-binding")), verify::Check::Failed);
        QCOMPARE(statusOf(otherChallenge, QStringLiteral("signature")), verify::Check::Passed);
        const verify::Report otherDomain = check(p.bytes, kChallenge, QStringLiteral("evil.example"));
        QVERIFY(!otherDomain.verified());
        QCOMPARE(statusOf(otherDomain, QStringLiteral("key-binding")), verify::Check::Failed);
        QCOMPARE(statusOf(otherDomain, QStringLiteral("signature")), verify::Check::Passed);
    }

    void changedContentFailsTheSignature()
    {
        const Presentation p = present({ { m_badge, {} } }, PresentationFormat::VpJson);
        QVERIFY(p.bytes.contains("Teamwork Badge"));
        // Inside the issuer's credential: its signature and the holder's both break.
        QByteArray forged = p.bytes;
        forged.replace("Teamwork Badge", "Teamwork Badgf");
        verify::Report r = check(forged);
        QCOMPARE(r.overall, verify::Outcome::NotVerified);
        QCOMPARE(statusOf(r, QStringLiteral("signature")), verify::Check::Failed);
        QCOMPARE(statusOf(r.credentials.at(0), QStringLiteral("signature")), verify::Check::Failed);
        // The holder's own statements: only the holder's signature breaks.
        QJsonObject otherHolder = p.document;
        otherHolder.insert(QStringLiteral("holder"), m_stranger.did());
        r = check(QJsonDocument(otherHolder).toJson());
        QCOMPARE(r.overall, verify::Outcome::NotVerified);
        QVERIFY(r.credentials.at(0).verified());
        // Every byte of the proof value.
        const QJsonObject proof = p.document.value(QStringLiteral("proof")).toObject();
        const QByteArray value = proof.value(QStringLiteral("proofValue")).toString().toLatin1();
        for (qsizetype i = 1; i < value.size(); i += 7) {
            QByteArray tampered = value;
            tampered[i] = tampered[i] == '2' ? '3' : '2';
            forged = p.bytes;
            forged.replace(value, tampered);
            QVERIFY2(!check(forged).verified(), qPrintable(QStringLiteral("proofValue byte %1").arg(i)));
        }
    }

    void anyChangedJsonCharacterFails()
    {
        // Every letter or digit of the JSON-LD presentation (a sample of them: each check canonicalizes), whether in
        // the holder's part, the issuer's credential or the self-asserted one.
        const Presentation p = present({ { m_badge, {} }, { m_entry, {} } }, PresentationFormat::VpJson);
        const QByteArray compactBytes = QJsonDocument(p.document).toJson(QJsonDocument::Compact);
        const verify::Report original = check(compactBytes);
        QCOMPARE(original.overall, verify::Outcome::PartlyVerified); // only because of the self-asserted entry
        QCOMPARE(statusOf(original, QStringLiteral("signature")), verify::Check::Passed);
        QVERIFY(original.credentials.at(0).verified());
        int tried = 0;
        for (qsizetype i = 0; i < compactBytes.size(); i += 23) {
            const char c = compactBytes.at(i);
            if (!QChar::fromLatin1(c).isLetterOrNumber())
                continue;
            QByteArray forged = compactBytes;
            forged[i] = QChar::fromLatin1(c).isDigit() ? (c == '1' ? '2' : '1') : (c == 'a' ? 'b' : 'a');
            const verify::Report r = check(forged);
            QVERIFY2(r.overall == verify::Outcome::NotVerified || r.format != QLatin1String("presentation")
                    || statusOf(r, QStringLiteral("signature")) != verify::Check::Passed,
                qPrintable(QStringLiteral("character %1 (%2) changed: %3")
                               .arg(i)
                               .arg(QLatin1Char(c))
                               .arg(r.summary.untranslated())));
            ++tried;
        }
        QVERIFY(tried > 50);
    }

    void anyChangedTokenByteFails_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("vp-jwt") << int(PresentationFormat::VpJwt);
        QTest::newRow("sd-jwt") << int(PresentationFormat::SdJwt);
    }
    void anyChangedTokenByteFails()
    {
        QFETCH(int, format);
        const auto f = PresentationFormat(format);
        const Presentation p = f == PresentationFormat::SdJwt
            ? present({ { m_sdBound, { QStringLiteral("given_name"), QStringLiteral("skills[0]") } } }, f)
            : present({ { m_jose, {} } }, f);
        QVERIFY(check(p.bytes).verified());
        static const QByteArray alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
        int tried = 0;
        for (qsizetype i = 0; i < p.bytes.size(); i += 3) {
            const qsizetype at = alphabet.indexOf(p.bytes.at(i));
            if (at < 0)
                continue; // a separator: changing it breaks parsing, tested elsewhere
            QByteArray forged = p.bytes;
            forged[i] = alphabet.at(at ^ 0x20); // flips the highest bit of the 6, which every position carries
            const verify::Report r = check(forged);
            QVERIFY2(!r.verified(), qPrintable(QStringLiteral("byte %1 changed, still verified").arg(i)));
            ++tried;
        }
        QVERIFY(tried > 100);
    }

    void undisclosedClaimsCannotBeAdded()
    {
        const Presentation p = present({ { m_sdBound, { QStringLiteral("given_name") } } }, PresentationFormat::SdJwt);
        auto sd = jose::parseSdJwt(p.bytes);
        QVERIFY(sd);
        QVERIFY(check(p.bytes).verified());
        // A genuine disclosure the holder did not choose: the key binding's sd_hash no longer matches.
        jose::SdJwt added = *sd;
        added.disclosures.append(m_sd.disclosureByPath.value(QStringLiteral("family_name")));
        verify::Report r = check(added.compact());
        QVERIFY(!r.verified());
        QCOMPARE(statusOf(r, QStringLiteral("key-binding")), verify::Check::Failed);
        QCOMPARE(reasonOf(r, QStringLiteral("key-binding")), QStringLiteral("jose/kb-sd-hash-mismatch"));
        // A made-up claim: no digest of the issuer matches it.
        jose::SdJwt invented = *sd;
        invented.disclosures.append(jose::makeDisclosure(
            QStringLiteral("c2FsdHNhbHRzYWx0c2FsdA"), QStringLiteral("grade"), QStringLiteral("A+")));
        r = check(invented.compact());
        QVERIFY(!r.verified());
        QCOMPARE(statusOf(r, QStringLiteral("disclosures")), verify::Check::Failed);
    }

    void freshness_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("vp-json") << int(PresentationFormat::VpJson);
        QTest::newRow("vp-jwt") << int(PresentationFormat::VpJwt);
        QTest::newRow("sd-jwt") << int(PresentationFormat::SdJwt);
    }
    void freshness()
    {
        QFETCH(int, format);
        const auto f = PresentationFormat(format);
        const QList<RecordChoice> records = f == PresentationFormat::SdJwt
            ? QList<RecordChoice> { { m_sdBound, { QStringLiteral("given_name") } } }
            : QList<RecordChoice> { { m_badge, {} } };
        // Made yesterday for this very employer: verified (the old rule failed key binding after 5 minutes).
        const Presentation yesterday = present(records, f, { kDomain, kChallenge, {} }, kNow.addDays(-1));
        QVERIFY2(check(yesterday.bytes).verified(), qPrintable(describe(check(yesterday.bytes))));
        // Older than the default 30 days: fails on key binding, saying how old it is.
        const Presentation old = present(records, f, { kDomain, kChallenge, {} }, kNow.addDays(-41));
        verify::Report r = check(old.bytes);
        QVERIFY(!r.verified());
        QCOMPARE(statusOf(r, QStringLiteral("key-binding")), verify::Check::Failed);
        QCOMPARE(reasonOf(r, QStringLiteral("key-binding")), QStringLiteral("key-binding/too-old"));
        // Its first argument is the age, in days.
        QCOMPARE(r.check(QStringLiteral("key-binding"))->message.args().value(0).count(), 41);
        QCOMPARE(statusOf(r, QStringLiteral("signature")), verify::Check::Passed);
        // No limit, or a longer one: verified.
        QVERIFY(check(old.bytes, kChallenge, kDomain, kNow, 0).verified());
        QVERIFY(check(old.bytes, kChallenge, kDomain, kNow, 60 * 24 * 3600).verified());
        // The holder's own expiry wins over the maximum age, both ways.
        const Presentation longLived
            = present(records, f, { kDomain, kChallenge, kNow.addDays(20) }, kNow.addDays(-41));
        QVERIFY2(check(longLived.bytes).verified(), qPrintable(describe(check(longLived.bytes))));
        const Presentation shortLived
            = present(records, f, { kDomain, kChallenge, kNow.addDays(-1).addSecs(3600) }, kNow.addDays(-1));
        r = check(shortLived.bytes);
        QVERIFY(!r.verified());
        QCOMPARE(statusOf(r, QStringLiteral("key-binding")), verify::Check::Failed);
        QCOMPARE(reasonOf(r, QStringLiteral("key-binding")), QStringLiteral("key-binding/expired"));
    }

    void transcriptWholeOrChosenCourses()
    {
        const Presentation whole = present({ { m_clr, {} } }, PresentationFormat::VpJson);
        verify::Report r = check(whole.bytes);
        QVERIFY2(r.verified(), qPrintable(describe(r)));
        QCOMPARE(r.credentials.at(0).format, QStringLiteral("clr2"));
        const Presentation course = present({ { m_course, {} } }, PresentationFormat::VpJson);
        r = check(course.bytes);
        QVERIFY2(r.verified(), qPrintable(describe(r)));
        QCOMPARE(r.credentials.at(0).format, QStringLiteral("openbadges3"));
        auto both = plan({ { m_clr, {} }, { m_course, {} } }, PresentationFormat::VpJson);
        QVERIFY(!both);
        QCOMPARE(both.error().reason, QStringLiteral("present/transcript-and-course"));
    }

    void onePresentationPerRecordWithTheSameChallenge()
    {
        PresentationService service(m_w.db());
        service.setNow(kNow);
        auto p
            = service.prepare({ { { m_badge, {} }, { m_sdBound, { QStringLiteral("given_name") } }, { m_entry, {} } },
                { kDomain, kChallenge, {} },
                PresentationFormat::VpJson });
        QVERIFY(p);
        auto each = service.makeOnePerRecord(*p);
        QVERIFY2(each, each ? "" : qPrintable(each.error().message.untranslated()));
        QCOMPARE(each->size(), 3);
        for (const Presentation& one : std::as_const(*each)) {
            QCOMPARE(one.credentials.size(), 1);
            QCOMPARE(one.records.size(), 1);
            const verify::Report r = check(one.bytes);
            QCOMPARE(statusOf(r, QStringLiteral("key-binding")), verify::Check::Passed);
            QCOMPARE(statusOf(r, QStringLiteral("signature")), verify::Check::Passed);
            QCOMPARE(r.credentials.size(), 1);
            QVERIFY2(r.credentials.at(0).verified() || r.credentials.at(0).selfAsserted, qPrintable(describe(r)));
        }
        QCOMPARE(each->at(1).records.at(0).claims, QStringList { QStringLiteral("given_name") });
    }

    void previewSaysWhatTheRecipientSees()
    {
        auto p = plan({ { m_badge, {} }, { m_sdBound, { QStringLiteral("skills[1]") } }, { m_entry, {} } },
            PresentationFormat::VpJson,
            { kDomain, {}, kNow.addDays(7) });
        QVERIFY2(p, p ? "" : qPrintable(p.error().message.untranslated()));
        const Preview& preview = p->preview;
        QCOMPARE(preview.holderDid, m_holder.did);
        QVERIFY(preview.challengeMade);
        QVERIFY(preview.challenge.size() >= 32);
        QCOMPARE(preview.expires, kNow.addDays(7));
        QCOMPARE(preview.dataModel, QStringLiteral("2.0"));
        QCOMPARE(preview.records.size(), 3);
        QCOMPARE(preview.records.at(0).sharing, SharingMode::Whole);
        QVERIFY(preview.records.at(0).warnings.contains(RecordWarning::NotChecked));
        const PreviewRecord& sd = preview.records.at(1);
        QCOMPARE(sd.sharing, SharingMode::Selective);
        QVERIFY(sd.keyBinding);
        QStringList shared;
        for (const PreviewClaim& c : sd.claims) {
            if (c.shared)
                shared.append(c.path);
        }
        QCOMPARE(shared, QStringList { QStringLiteral("skills[1]") });
        QCOMPARE(sd.visible.value(QStringLiteral("skills")).toArray(), QJsonArray { QStringLiteral("TIG") });
        QVERIFY(!sd.visible.contains(QStringLiteral("given_name")));
        QVERIFY(!sd.visible.value(QStringLiteral("achievement")).toObject().contains(QStringLiteral("grade")));
        QCOMPARE(preview.records.at(2).sharing, SharingMode::SelfAsserted);
        QVERIFY(preview.records.at(2).warnings.contains(RecordWarning::SelfAsserted));
        QCOMPARE(preview.toJson().value(QStringLiteral("records")).toArray().size(), 3);
        // Two plans made without a challenge get different ones.
        auto again = plan({ { m_badge, {} } }, PresentationFormat::VpJson, { kDomain, {}, {} });
        QVERIFY(again && again->preview.challenge != preview.challenge);
    }

    void badRequestsAreRefused_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        const int invalid = int(ErrorCode::InvalidInput);
        QTest::newRow("unknown id") << QStringLiteral("unknown") << int(ErrorCode::NotFound) << QString();
        QTest::newRow("disclosure on a signed whole")
            << QStringLiteral("disclose-whole") << invalid << QStringLiteral("present/shared-whole");
        QTest::newRow("bad claim path") << QStringLiteral("bad-path") << invalid
                                        << QStringLiteral("present/unknown-claim");
        QTest::newRow("unsigned transcript")
            << QStringLiteral("pesc") << invalid << QStringLiteral("present/unsigned-transcript");
        QTest::newRow("bound to another key")
            << QStringLiteral("other-key") << invalid << QStringLiteral("present/bound-to-another-key");
        QTest::newRow("sd-jwt of an unbound credential")
            << QStringLiteral("unbound") << invalid << QStringLiteral("present/not-bound");
        QTest::newRow("sd-jwt with two records")
            << QStringLiteral("two") << invalid << QStringLiteral("present/sd-jwt-one-credential");
        QTest::newRow("key binding without a recipient")
            << QStringLiteral("no-domain") << invalid << QStringLiteral("present/no-domain");
        QTest::newRow("no records") << QStringLiteral("none") << invalid << QStringLiteral("present/no-records");
        QTest::newRow("record chosen twice")
            << QStringLiteral("twice") << invalid << QStringLiteral("present/record-chosen-twice");
        QTest::newRow("expiry in the past")
            << QStringLiteral("expired") << invalid << QStringLiteral("present/expiry-past");
    }
    void badRequestsAreRefused()
    {
        QFETCH(QString, which);
        QFETCH(int, code);
        QFETCH(QString, reason);
        const auto before = snapshotTables();
        Result<PresentationPlan> p = invalidInput(Text());
        if (which == QLatin1String("unknown"))
            p = plan({ { QStringLiteral("no-such-id"), {} } }, PresentationFormat::VpJson);
        else if (which == QLatin1String("disclose-whole"))
            p = plan({ { m_badge, { QStringLiteral("name") } } }, PresentationFormat::VpJson);
        else if (which == QLatin1String("bad-path"))
            p = plan({ { m_sdBound, { QStringLiteral("achievement.nope") } } }, PresentationFormat::SdJwt);
        else if (which == QLatin1String("pesc"))
            p = plan({ { m_pesc, {} } }, PresentationFormat::VpJson);
        else if (which == QLatin1String("other-key"))
            p = plan({ { m_sdOther, { QStringLiteral("given_name") } } }, PresentationFormat::VpJson);
        else if (which == QLatin1String("unbound"))
            p = plan({ { m_sdUnbound, { QStringLiteral("given_name") } } }, PresentationFormat::SdJwt);
        else if (which == QLatin1String("two"))
            p = plan({ { m_sdBound, {} }, { m_badge, {} } }, PresentationFormat::SdJwt);
        else if (which == QLatin1String("no-domain"))
            p = plan({ { m_sdBound, {} } }, PresentationFormat::SdJwt, { {}, kChallenge, {} });
        else if (which == QLatin1String("none"))
            p = plan({}, PresentationFormat::VpJson);
        else if (which == QLatin1String("twice"))
            p = plan({ { m_badge, {} }, { m_badge, {} } }, PresentationFormat::VpJson);
        else if (which == QLatin1String("expired"))
            p = plan({ { m_badge, {} } }, PresentationFormat::VpJson, { kDomain, kChallenge, kNow.addSecs(-60) });
        QVERIFY(!p);
        QCOMPARE(int(p.error().code), code);
        if (!reason.isEmpty()) // an unknown id is refused by the store, with its code
            QCOMPARE(p.error().reason, reason);
        if (which == QLatin1String("bad-path")) { // names the claim, the credential and the claims that can be chosen
            QVERIFY2(p.error().message.untranslated().contains(QLatin1String("skills[1]")),
                qPrintable(p.error().message.untranslated()));
            QCOMPARE(p.error().message.args().size(), 3);
        }

        QCOMPARE(snapshotTables(), before);
    }

    void unboundSdJwtGoesIntoASignedVp()
    {
        const Presentation p
            = present({ { m_sdUnbound, { QStringLiteral("given_name") } } }, PresentationFormat::VpJson);
        const QString url = p.credentials.at(0).toObject().value(QStringLiteral("id")).toString();
        QVERIFY(url.endsWith(QLatin1Char('~'))); // no key binding JWT
        const verify::Report r = check(p.bytes, kChallenge, kDomain);
        QCOMPARE(statusOf(r, QStringLiteral("key-binding")), verify::Check::Passed);
        QCOMPARE(statusOf(r.credentials.at(0), QStringLiteral("signature")), verify::Check::Passed);
    }

private:
    QList<QVariantList> snapshotTables()
    {
        QList<QVariantList> out;
        for (const char* sql : { "SELECT count(*) FROM sharing_history",
                 "SELECT count(*) FROM holder_keys",
                 "SELECT count(*) FROM credentials" }) {
            auto rows = m_w.db().query(QString::fromLatin1(sql));
            out.append(rows ? rows->constFirst() : QVariantList());
        }
        return out;
    }
};

QTEST_GUILESS_MAIN(TestPresentation)
#include "TestPresentation.moc"
