// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/present/HolderKeys.h"
#include "core/present/PresentationCheck.h"
#include "core/present/PresentationService.h"
#include "core/present/SharingHistory.h"
#include "core/qr/MultiPart.h"
#include "core/store/CredentialRepository.h"
#include "support/ReportHelpers.h"
#include "tests/core/present/PresentTestKit.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>

using namespace ler;
using namespace ler::present;
using namespace ler::test;

namespace {

using ler::test::describe;
using ler::test::statusOf;

const QDateTime kNow(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
const QString kChallenge = QStringLiteral("employer-challenge-7f3a9c");
const QString kDomain = QStringLiteral("hr.example.com");
const QString kTogether = QStringLiteral("codes-together");

verify::VerifierOptions expecting(const QString& challenge = kChallenge, const QString& domain = kDomain)
{
    verify::VerifierOptions o;
    o.offline = true;
    o.challenge = challenge;
    o.domain = domain;
    o.now = kNow;
    return o;
}

QStringList payloadsOf(const QrCodes& codes)
{
    QStringList out;
    for (const QrCodeSpec& c : codes.codes)
        out.append(c.payload);
    return out;
}

} // namespace

/// The QR outputs of a presentation (one VPQR code per record, parts for what does not fit, SD-JWT as text) and the
/// employer's check of the codes read back, in any order.
class TestPresentationCodes : public QObject
{
    Q_OBJECT

    TestWallet m_w;
    Issuer m_issuer;
    HolderIdentity m_holder;
    QString m_badge, m_badge11, m_clr, m_sdBound, m_entry, m_big1, m_big2, m_pesc;

    Result<PresentationPlan> plan(const QList<RecordChoice>& records,
        const Recipient& recipient = { kDomain, kChallenge, {} },
        TestWallet* wallet = nullptr)
    {
        PresentationService service((wallet ? wallet : &m_w)->db());
        service.setNow(kNow);
        return service.prepareForCodes({ records, recipient, PresentationFormat::VpJwt });
    }

    QrCodes codes(const PresentationPlan& p, QrChoice choice = QrChoice::Auto, TestWallet* wallet = nullptr)
    {
        PresentationService service((wallet ? wallet : &m_w)->db());
        service.setNow(kNow);
        auto made = service.makeQrCodes(p, choice);
        if (!made)
            qWarning() << made.error().message;
        return made ? *made : QrCodes();
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
        m_sdBound = m_w.add(
            sdJwtCredential(m_issuer, QJsonObject { { QStringLiteral("jwk"), m_holder.publicJwk() } }).compact);
        m_entry = m_w.addEntry(QStringLiteral("Volunteer tutor"));
        m_big1 = m_w.add(compact(bigBadge(m_issuer, m_holder.did, QStringLiteral("Community Health Worker"))));
        m_big2 = m_w.add(compact(bigBadge(m_issuer, m_holder.did, QStringLiteral("Emergency Medical Responder"))));
        m_pesc = m_w.add(readFile(QStringLiteral(LER_TEST_DATA "/formats/pesc/valid/SampleCollegeTranscript.xml")),
            QStringLiteral("transcript.xml"));
        for (const QString& id : { m_badge, m_badge11, m_clr, m_sdBound, m_entry, m_big1, m_big2, m_pesc })
            QVERIFY(!id.isEmpty());
    }

    void oneVpqrCodePerRecordWithTheSameChallenge()
    {
        auto p = plan({ { m_badge, {} }, { m_badge11, {} }, { m_entry, {} } });
        QVERIFY(p);
        QCOMPARE(p->request.format, PresentationFormat::VpJson);
        const QrCodes made = codes(*p);
        QCOMPARE(made.codes.size(), 3);
        QCOMPARE(made.presentations.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QrCodeSpec& c = made.codes.at(i);
            QCOMPARE(c.kind, QrCodeSpec::Kind::Vpqr);
            QVERIFY(c.payload.startsWith(QStringLiteral("VP1-B")));
            QCOMPARE(c.records, QList<int> { i });
            QCOMPARE(c.policy, qr::QrPolicy()); // small enough for the sturdy codes
            QCOMPARE(made.presentations.at(i).challenge, kChallenge);
        }
        const Presentation all = made.combined();
        QCOMPARE(all.records.size(), 3);
        QCOMPARE(all.bytes, payloadsOf(made).join(QLatin1Char('\n')).toUtf8());

        // Read back in another order, one code scanned twice: one presentation from one wallet.
        QStringList scanned = payloadsOf(made);
        std::reverse(scanned.begin(), scanned.end());
        scanned.append(scanned.constFirst());
        auto checked = PresentationCheck(expecting()).checkQrTexts(scanned, QStringLiteral("scan"));
        QVERIFY2(checked, checked ? "" : qPrintable(checked.error().message.untranslated()));
        const verify::Report& r = checked->report;
        QCOMPARE(checked->presentations, 3);
        QCOMPARE(checked->codes, 3);
        QCOMPARE(checked->holder, m_holder.did);
        QCOMPARE(checked->challenge, kChallenge);
        QCOMPARE(checked->domain, kDomain);
        QCOMPARE(statusOf(r, kTogether), verify::Check::Passed);
        QCOMPARE(statusOf(r, QStringLiteral("key-binding")), verify::Check::Passed);
        QCOMPARE(statusOf(r, QStringLiteral("signature")), verify::Check::Passed);
        QCOMPARE(r.credentials.size(), 3);
        // Two badges verified, the person's own entry only self-asserted: partly verified, and said so.
        QCOMPARE(
            std::count_if(
                r.credentials.cbegin(), r.credentials.cend(), [](const verify::Report& c) { return c.verified(); }),
            2);
        QCOMPARE(
            std::count_if(
                r.credentials.cbegin(), r.credentials.cend(), [](const verify::Report& c) { return c.selfAsserted; }),
            1);
        QCOMPARE(r.overall, verify::Outcome::PartlyVerified);
        QCOMPARE(checked->documents.size(), 3);
    }

    void anotherChallengeOrDomainFails_data()
    {
        QTest::addColumn<QString>("challenge");
        QTest::addColumn<QString>("domain");
        QTest::newRow("another challenge") << QStringLiteral("other-challenge") << kDomain;
        QTest::newRow("another domain") << kChallenge << QStringLiteral("evil.example.com");
    }
    void anotherChallengeOrDomainFails()
    {
        QFETCH(QString, challenge);
        QFETCH(QString, domain);
        auto p = plan({ { m_badge, {} }, { m_badge11, {} } });
        QVERIFY(p);
        const QStringList payloads = payloadsOf(codes(*p));
        auto good = PresentationCheck(expecting()).checkQrTexts(payloads);
        QVERIFY(good);
        QVERIFY2(good->report.verified(), qPrintable(describe(good->report)));
        auto replay = PresentationCheck(expecting(challenge, domain)).checkQrTexts(payloads);
        QVERIFY(replay);
        QCOMPARE(replay->report.overall, verify::Outcome::NotVerified);
        QCOMPARE(statusOf(replay->report, QStringLiteral("key-binding")), verify::Check::Failed);
    }

    void whatFitsNoCodeGoesIntoOneSetOfParts()
    {
        auto p = plan({ { m_badge, {} }, { m_big1, {} }, { m_big2, {} } });
        QVERIFY(p);
        const QrCodes robust = codes(*p, QrChoice::Robust);
        QVERIFY(robust.codes.size() >= 3);
        QCOMPARE(robust.codes.at(0).kind, QrCodeSpec::Kind::Vpqr);
        QCOMPARE(robust.codes.at(0).records, QList<int> { 0 });
        // Both large badges travel together, in one presentation split into parts after the VPQR code.
        QCOMPARE(robust.presentations.size(), 2);
        QCOMPARE(robust.presentations.at(1).records.size(), 2);
        for (qsizetype i = 1; i < robust.codes.size(); ++i) {
            const QrCodeSpec& c = robust.codes.at(i);
            QCOMPARE(c.kind, QrCodeSpec::Kind::Part);
            QCOMPARE(c.records, (QList<int> { 1, 2 }));
            QCOMPARE(c.part, int(i));
            QCOMPARE(c.parts, int(robust.codes.size()) - 1);
            QVERIFY(qr::fit(c.payload, qr::QrPolicy()).fits());
        }
        QStringList scanned = payloadsOf(robust);
        std::shuffle(scanned.begin(), scanned.end(), *QRandomGenerator::global());
        auto checked = PresentationCheck(expecting()).checkQrTexts(scanned);
        QVERIFY2(checked, checked ? "" : qPrintable(checked.error().message.untranslated()));
        QVERIFY2(checked->report.verified(), qPrintable(describe(checked->report)));
        QCOMPARE(checked->report.credentials.size(), 3);
        QCOMPARE(checked->presentations, 2);

        // A part missing: named, and nothing is verified.
        QStringList missing = payloadsOf(robust);
        missing.removeAt(1);
        auto incomplete = PresentationCheck(expecting()).checkQrTexts(missing);
        QVERIFY(!incomplete);
        QCOMPARE(incomplete.error().reason, QStringLiteral("qr/parts-missing"));
        QCOMPARE(incomplete.error().message.args().value(0).words(), QStringLiteral("1"));
    }

    void autoMakesALargerVpqrCodeRatherThanParts()
    {
        // The transcript's VPQR needs more than a robust code holds but fits error correction L at version 40.
        auto p = plan({ { m_clr, {} } });
        QVERIFY(p);
        const QrCodes robust = codes(*p, QrChoice::Robust);
        QVERIFY(robust.codes.size() >= 1);
        QCOMPARE(robust.codes.at(0).kind, QrCodeSpec::Kind::Part);
        const QrCodes automatic = codes(*p, QrChoice::Auto);
        QCOMPARE(automatic.codes.size(), 1);
        QCOMPARE(automatic.codes.at(0).kind, QrCodeSpec::Kind::Vpqr);
        QCOMPARE(automatic.codes.at(0).policy, qr::QrPolicy::verifierPlus());
        QVERIFY(!qr::fit(automatic.codes.at(0).payload, qr::QrPolicy()).fits());
        const QrCodes wide = codes(*p, QrChoice::VerifierPlus);
        QCOMPARE(wide.codes.size(), 1);
        QCOMPARE(wide.codes.at(0).policy, qr::QrPolicy::verifierPlus());
        for (const QrCodes* c : { &robust, &automatic, &wide }) {
            auto checked = PresentationCheck(expecting()).checkQrTexts(payloadsOf(*c));
            QVERIFY(checked);
            QVERIFY2(checked->report.verified(), qPrintable(describe(checked->report)));
        }
    }

    void anSdJwtBoundToTheWalletGoesAsText()
    {
        auto p = plan({ { m_sdBound, { QStringLiteral("achievement.grade") } } });
        QVERIFY(p);
        QCOMPARE(p->request.format, PresentationFormat::SdJwt);
        const QrCodes made = codes(*p);
        QCOMPARE(made.codes.size(), 1);
        QCOMPARE(made.codes.at(0).kind, QrCodeSpec::Kind::Text);
        QVERIFY(made.codes.at(0).payload.contains(QLatin1Char('~')));
        auto checked = PresentationCheck(expecting()).checkQrTexts(payloadsOf(made));
        QVERIFY(checked);
        QVERIFY2(checked->report.verified(), qPrintable(describe(checked->report)));
        QCOMPARE(checked->holder, m_holder.did); // the bound key, as the wallet's did:key
        QCOMPARE(checked->challenge, kChallenge);
        auto replay = PresentationCheck(expecting(QStringLiteral("other"))).checkQrTexts(payloadsOf(made));
        QVERIFY(replay);
        QCOMPARE(statusOf(replay->report, QStringLiteral("key-binding")), verify::Check::Failed);
        // With a record besides it, it goes enveloped in a JSON-LD presentation, one code per record.
        auto mixed = plan({ { m_sdBound, { QStringLiteral("given_name") } }, { m_badge, {} } });
        QVERIFY(mixed);
        QCOMPARE(mixed->request.format, PresentationFormat::VpJson);
    }

    void codesFromTwoWalletsDoNotBelongTogether()
    {
        TestWallet other;
        QVERIFY(other.wallet);
        auto otherHolder = HolderKeys(other.db()).identity();
        QVERIFY(otherHolder);
        const QString theirs = other.add(compact(badgeV2(m_issuer, otherHolder->did, QStringLiteral("Carpentry"))));
        QVERIFY(!theirs.isEmpty());
        auto mine = plan({ { m_badge, {} } });
        auto foreign = plan({ { theirs, {} } }, { kDomain, kChallenge, {} }, &other);
        QVERIFY(mine && foreign);
        const QStringList myCodes = payloadsOf(codes(*mine));
        const QStringList theirCodes = payloadsOf(codes(*foreign, QrChoice::Auto, &other));

        // Each set alone verifies: the forged mix differs from it only in whose code was added.
        auto alone = PresentationCheck(expecting()).checkQrTexts(myCodes + payloadsOf(codes(*mine)));
        QVERIFY(alone);
        QCOMPARE(statusOf(alone->report, kTogether), verify::Check::Passed);
        QVERIFY2(alone->report.verified(), qPrintable(describe(alone->report)));
        auto mixed = PresentationCheck(expecting()).checkQrTexts(myCodes + theirCodes);
        QVERIFY(mixed);
        QCOMPARE(statusOf(mixed->report, kTogether), verify::Check::Failed);
        QCOMPARE(mixed->report.overall, verify::Outcome::NotVerified);

        // One wallet, two requests: without an expected challenge, codes answering different challenges still
        // do not pass as one presentation.
        auto second = plan({ { m_badge11, {} } }, { kDomain, QStringLiteral("a-second-challenge"), {} });
        QVERIFY(second);
        auto twoRequests
            = PresentationCheck(expecting(QString(), QString())).checkQrTexts(myCodes + payloadsOf(codes(*second)));
        QVERIFY(twoRequests);
        QCOMPARE(statusOf(twoRequests->report, kTogether), verify::Check::Failed);
    }

    void anyChangedCharacterOfACodeFails()
    {
        auto p = plan({ { m_badge, {} } });
        QVERIFY(p);
        const QString payload = codes(*p).codes.at(0).payload;
        auto good = PresentationCheck(expecting()).checkQrTexts({ payload });
        QVERIFY(good && good->report.verified());
        const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
        int refused = 0;
        // Every character after the prefix, so that an encoding the decoder accepts in two ways cannot hide.
        for (int at = 5; at < payload.size(); ++at) {
            QString forged = payload;
            forged[at] = alphabet.at((alphabet.indexOf(payload.at(at)) + 1) % alphabet.size());
            auto checked = PresentationCheck(expecting()).checkQrTexts({ forged });
            if (!checked) {
                ++refused;
                continue;
            }
            QVERIFY2(!checked->report.verified(), qPrintable(QStringLiteral("position %1 changed").arg(at)));
        }
        qInfo() << refused << "of" << payload.size() - 5
                << "changed codes could not be read at all; the rest failed verification";

        // A changed part of the multi-part format no longer matches the digest of the whole.
        auto big = plan({ { m_big1, {} } });
        QVERIFY(big);
        QStringList parts = payloadsOf(codes(*big, QrChoice::Robust));
        QVERIFY(parts.size() >= 1 && qr::isMultiPart(parts.constFirst()));
        QString& last = parts.last();
        last[last.size() - 3] = last.at(last.size() - 3) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(!PresentationCheck(expecting()).checkQrTexts(parts));
    }

    void describeBeforeTheRecipientIsKnown()
    {
        PresentationService service(m_w.db());
        auto sd = service.describe(m_sdBound);
        QVERIFY(sd);
        QCOMPARE(sd->sharing, SharingMode::Selective);
        QVERIFY(sd->claims.size() >= 4);
        QVERIFY(std::none_of(sd->claims.cbegin(), sd->claims.cend(), [](const PreviewClaim& c) { return c.shared; }));
        auto badge = service.describe(m_badge);
        QVERIFY(badge);
        QCOMPARE(badge->sharing, SharingMode::Whole);
        QVERIFY(badge->issued.isValid() || badge->validFrom.isValid());
        auto entry = service.describe(m_entry);
        QVERIFY(entry);
        QCOMPARE(entry->sharing, SharingMode::SelfAsserted);
        auto pesc = service.describe(m_pesc);
        QVERIFY(!pesc);
        QCOMPARE(pesc.error().reason, QStringLiteral("present/unsigned-transcript"));
        // A transcript stores no title of its own: the refusal names it by its issuer, in a sentence of its own.
        const Text named = pesc.error().message.args().value(0);
        QVERIFY2(!named.isVerbatim(), "an untitled record is not named by an empty title");
        QCOMPARE(named.args().value(0).words(), store::CredentialRepository(m_w.db()).get(m_pesc)->summary.issuer);
        QVERIFY(!named.args().value(0).words().isEmpty());
    }

    void recordingAnOutputIsAllOrNothing()
    {
        auto p = plan({ { m_badge, {} } });
        QVERIFY(p);
        const QrCodes made = codes(*p);
        PresentationService service(m_w.db());
        SharingHistory history(m_w.db());
        const qsizetype before = history.list()->size();
        bool undone = false;
        auto failed = service.record(
            made.combined(),
            QStringLiteral("qr-png"),
            [] { return Status(Error(ErrorCode::Io, Text::verbatim(QStringLiteral("disk full")))); },
            [&undone] { undone = true; });
        QVERIFY(!failed);
        QVERIFY(!undone); // nothing was written, so nothing to undo
        QCOMPARE(history.list()->size(), before);
        auto id = service.record(made.combined(), QStringLiteral("qr-png"), [] { return Status(); });
        QVERIFY(id);
        const HistoryEntry newest = history.list()->constFirst();
        QCOMPARE(newest.id, *id);
        QCOMPARE(newest.format, QStringLiteral("qr-png"));
        QCOMPARE(newest.recipient, kDomain);
        QCOMPARE(newest.records.size(), 1);
        QCOMPARE(newest.presentationHash, made.combined().sha256());
    }
};

QTEST_GUILESS_MAIN(TestPresentationCodes)
#include "TestPresentationCodes.moc"
