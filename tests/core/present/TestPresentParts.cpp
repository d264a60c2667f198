// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/present/HolderKeys.h"
#include "core/present/PresentationService.h"
#include "core/present/SdJwtClaims.h"
#include "core/present/SharingHistory.h"
#include "core/store/CredentialRepository.h"
#include "core/util/Duration.h"
#include "core/verify/Verifier.h"
#include "core/verify/WalletVerification.h"
#include "support/TestWalletHelpers.h"
#include "tests/core/present/PresentTestKit.h"

#include <QTest>

using namespace ler;
using namespace ler::present;
using namespace ler::test;

/// The parts of making a presentation: the wallet's own key, claim paths, durations and the sharing history.
class TestPresentParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holderKeyIsMadeOnceAndKeptEncrypted()
    {
        TestWallet w;
        QVERIFY(w.wallet);
        HolderKeys keys(w.db());
        QCOMPARE(keys.existingIdentity().error().code, ErrorCode::NotFound);
        QCOMPARE(keys.existingIdentity().error().reason, QStringLiteral("present/no-holder-key"));
        auto first = keys.identity();
        QVERIFY(first);
        QVERIFY(first->did.startsWith(QStringLiteral("did:key:z6Mk")));
        QCOMPARE(first->verificationMethod, first->did + QLatin1Char('#') + first->did.mid(8));
        auto again = keys.identity();
        QVERIFY(again);
        QCOMPARE(again->did, first->did);
        QCOMPARE(w.db().scalar(QStringLiteral("SELECT count(*) FROM holder_keys"))->toInt(), 1);
        const QJsonObject who = first->toJson();
        QCOMPARE(who.value(QStringLiteral("did")).toString(), first->did);
        const QJsonObject jwk = who.value(QStringLiteral("publicJwk")).toObject();
        QCOMPARE(jwk.value(QStringLiteral("kty")).toString(), QStringLiteral("OKP"));
        QCOMPARE(jwk.value(QStringLiteral("crv")).toString(), QStringLiteral("Ed25519"));
        QVERIFY(!jwk.contains(QStringLiteral("d")));

        // The key signs, and what it signs verifies with the public key.
        auto signing = keys.signingKey(*first);
        QVERIFY(signing);
        auto signature = signing->sign("hello");
        QVERIFY(signature);
        QVERIFY(first->publicKey.verify(crypto::SignatureAlgorithm::EdDSA, "hello", *signature));

        // The secret lives only inside the encrypted database: its bytes appear in no file of the wallet.
        const crypto::SecretBytes seed = signing->seed();
        QCOMPARE(int(seed.size()), 32);
        QVERIFY(filesContaining(w.dir.path(), QByteArray(seed.constChar(), 32)).isEmpty());
        QVERIFY(filesContaining(w.dir.path(), first->publicKey.rawBytes()).isEmpty());

        // A stored secret that does not belong to the public key is reported, never used.
        QVERIFY(w.db().exec(QStringLiteral("UPDATE holder_keys SET secret_key = ?1"), { QByteArray(32, '\x07') }));
        auto damaged = keys.signingKey(*first);
        QVERIFY(!damaged);
        QCOMPARE(damaged.error().code, ErrorCode::Corrupt);
        QCOMPARE(damaged.error().reason, QStringLiteral("present/holder-key-damaged"));
    }

    void holderBinding()
    {
        TestWallet w;
        auto me = HolderKeys(w.db()).identity();
        QVERIFY(me);
        Issuer other;
        QVERIFY(me->isBoundBy({ { QStringLiteral("jwk"), me->publicJwk() } }));
        QVERIFY(me->isBoundBy({ { QStringLiteral("kid"), me->did } }));
        QVERIFY(me->isBoundBy({ { QStringLiteral("kid"), me->verificationMethod } }));
        QVERIFY(!me->isBoundBy({ { QStringLiteral("jwk"), other.key.publicKey().toJwk() } }));
        QVERIFY(!me->isBoundBy({ { QStringLiteral("kid"), other.did() } }));
        QVERIFY(!me->isBoundBy({}));
    }

    void claimPaths()
    {
        Issuer issuer;
        const IssuedSdJwt issued = sdJwtCredential(issuer, {});
        auto sd = jose::parseSdJwt(issued.compact);
        QVERIFY(sd);
        auto claims = disclosableClaims(*sd);
        QVERIFY(claims);
        QStringList paths;
        for (const DisclosableClaim& c : *claims) {
            paths.append(c.path);
            QCOMPARE(c.disclosure, issued.disclosureByPath.value(c.path));
        }
        paths.sort();
        QCOMPARE(paths,
            QStringList({ QStringLiteral("achievement.grade"),
                QStringLiteral("family_name"),
                QStringLiteral("given_name"),
                QStringLiteral("skills[0]"),
                QStringLiteral("skills[1]"),
                QStringLiteral("skills[2]") }));
        auto chosen = disclosuresFor(*claims, { QStringLiteral("skills[1]"), QStringLiteral("achievement.grade") });
        QVERIFY(chosen);
        QCOMPARE(chosen->size(), 2);
        QVERIFY(chosen->contains(issued.disclosureByPath.value(QStringLiteral("skills[1]"))));
        QCOMPARE(disclosuresFor(*claims, { QStringLiteral("*") })->size(), 6);
        auto bad = disclosuresFor(*claims, { QStringLiteral("skills[7]") });
        QVERIFY(!bad);
        QCOMPARE(bad.error().reason, QStringLiteral("present/unknown-claim"));
        // The message lists the claims that can be chosen.
        QVERIFY(bad.error().message.untranslated().contains(QStringLiteral("achievement.grade")));
        QVERIFY(!disclosuresFor(*claims, { QStringLiteral("iss") })); // always shown, so not a choice

        // A copy holding only some disclosures offers only those; digests it cannot open (decoys, claims it does not
        // hold) do not count as array positions, as a reader of this copy sees no element there.
        jose::SdJwt partial = *sd;
        partial.disclosures = { issued.disclosureByPath.value(QStringLiteral("skills[2]")) };
        auto fewer = disclosableClaims(partial);
        QVERIFY(fewer);
        QCOMPARE(fewer->size(), 1);
        QCOMPARE(fewer->constFirst().path, QStringLiteral("skills[0]"));
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("allowNone");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("days") << QStringLiteral("30d") << true << qint64(30 * 86400);
        QTest::newRow("hours") << QStringLiteral("12h") << false << qint64(12 * 3600);
        QTest::newRow("minutes") << QStringLiteral("45m") << false << qint64(45 * 60);
        QTest::newRow("weeks") << QStringLiteral("2w") << false << qint64(14 * 86400);
        QTest::newRow("seconds, spaced, upper case") << QStringLiteral(" 90S ") << false << qint64(90);
        QTest::newRow("none") << QStringLiteral("none") << true << qint64(-1);
        QTest::newRow("none not allowed") << QStringLiteral("none") << false << qint64(0);
        QTest::newRow("zero") << QStringLiteral("0d") << true << qint64(0);
        QTest::newRow("no unit") << QStringLiteral("30") << true << qint64(0);
        QTest::newRow("negative") << QStringLiteral("-3d") << true << qint64(0);
        QTest::newRow("fraction") << QStringLiteral("1.5d") << true << qint64(0);
        QTest::newRow("too long") << QStringLiteral("999999w") << true << qint64(0);
    }
    void durations()
    {
        QFETCH(QString, text);
        QFETCH(bool, allowNone);
        QFETCH(qint64, seconds);
        auto parsed = parseDurationSeconds(text, allowNone);
        if (seconds == 0) {
            QVERIFY(!parsed);
            QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        } else {
            QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message.untranslated()));
            QCOMPARE(*parsed, seconds);
        }
        QCOMPARE(durationInWords(41 * 86400 + 5000).count(), 41);
        QVERIFY(durationInWords(41 * 86400 + 5000).untranslated().startsWith(QStringLiteral("41 day")));
        QCOMPARE(durationInWords(5 * 3600).count(), 5);
        QVERIFY(durationInWords(5 * 3600).untranslated().startsWith(QStringLiteral("5 hour")));
    }

    void historyKeepsWhatWasSharedAndNothingSecret()
    {
        TestWallet w;
        Issuer issuer;
        auto me = HolderKeys(w.db()).identity();
        QVERIFY(me);
        const IssuedSdJwt issued = sdJwtCredential(issuer, { { QStringLiteral("jwk"), me->publicJwk() } });
        const QString sd = w.add(issued.compact);
        const QString badge = w.add(compact(badgeV2(issuer, me->did)));
        PresentationService service(w.db());
        auto plan = service.prepare({ { { sd, { QStringLiteral("given_name") } }, { badge, {} } },
            { QStringLiteral("hr.example.com"), QStringLiteral("c-1"), QDateTime::currentDateTimeUtc().addDays(3) },
            PresentationFormat::VpJson });
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message.untranslated()));
        QByteArray written;
        auto shared = service.share(*plan, [&written](const Presentation& p) -> Status {
            written = p.bytes;
            return {};
        });
        QVERIFY2(shared, shared ? "" : qPrintable(shared.error().message.untranslated()));
        QCOMPARE(written, shared->presentation.bytes);

        SharingHistory history(w.db());
        auto entries = history.list();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        const HistoryEntry& e = entries->constFirst();
        QCOMPARE(e.id, shared->historyId);
        QCOMPARE(e.format, QStringLiteral("vp-json"));
        QCOMPARE(e.recipient, QStringLiteral("hr.example.com"));
        QCOMPARE(e.challenge, QStringLiteral("c-1"));
        QVERIFY(e.expires.isValid());
        QCOMPARE(e.presentationHash, shared->presentation.sha256());
        QCOMPARE(e.records.size(), 2);
        QCOMPARE(e.records.at(0).recordId, sd);
        QCOMPARE(e.records.at(0).sharing, SharingMode::Selective);
        QCOMPARE(e.records.at(0).claims, QStringList { QStringLiteral("given_name") });
        QCOMPARE(e.records.at(1).sharing, SharingMode::Whole);
        // What names a record without a title of its own when the history is shown.
        QCOMPARE(e.records.at(0).format, QStringLiteral("sd-jwt-vc"));
        QCOMPARE(e.records.at(1).issuer, store::CredentialRepository(w.db()).get(badge)->summary.issuer);
        QCOMPARE(SharedRecord::fromJson(e.records.at(1).toJson()).format, e.records.at(1).format);
        // An entry written before format and issuer were kept still reads.
        const SharedRecord old = SharedRecord::fromJson(
            QJsonObject { { QStringLiteral("id"), badge }, { QStringLiteral("title"), QStringLiteral("Badge") } });
        QCOMPARE(old.recordId, badge);
        QVERIFY(old.format.isEmpty() && old.issuer.isEmpty());
        const QJsonObject json = e.toJson();
        QCOMPARE(json.value(QStringLiteral("records")).toArray().size(), 2);

        // No key material and no presentation in the row.
        auto row = w.db().query(QStringLiteral("SELECT * FROM sharing_history"));
        QVERIFY(row);
        for (const QVariant& v : row->constFirst()) {
            const QByteArray bytes = v.toString().toUtf8();
            QVERIFY(!bytes.contains(issued.disclosureByPath.value(QStringLiteral("given_name"))));
            QVERIFY(!bytes.contains("proofValue"));
            QVERIFY(!bytes.contains("eyJ"));
        }

        QCOMPARE(history.remove(e.id + 100).error().code, ErrorCode::NotFound);
        QCOMPARE(history.remove(e.id + 100).error().reason, QStringLiteral("present/history-entry-not-found"));

        QVERIFY(history.remove(e.id));
        QCOMPARE(history.list()->size(), 0);
    }

    void storedKeyBindingIsNotJudgedByAge()
    {
        // An SD-JWT presentation made long ago and then imported as a credential: the wallet's own check of its
        // records does not fail it for its age (that rule is for presentations being received).
        TestWallet w;
        Issuer issuer;
        auto me = HolderKeys(w.db()).identity();
        const QString sd = w.add(sdJwtCredential(issuer, { { QStringLiteral("jwk"), me->publicJwk() } }).compact);
        PresentationService service(w.db());
        service.setNow(QDateTime::currentDateTimeUtc().addDays(-90));
        auto plan = service.prepare({ { { sd, { QStringLiteral("given_name") } } },
            { QStringLiteral("hr.example.com"), QStringLiteral("c-1"), {} },
            PresentationFormat::SdJwt });
        QVERIFY(plan);
        auto old = service.make(*plan);
        QVERIFY(old);
        TestWallet other;
        const QString stored = other.add(old->bytes);
        QVERIFY(!stored.isEmpty());
        auto report = verify::WalletVerification(other.db()).verifyCredential(stored);
        QVERIFY(report);
        const verify::Check* kb = report->check(QStringLiteral("key-binding"));
        QVERIFY(kb);
        QVERIFY2(kb->status != verify::Check::Failed, qPrintable(kb->message.untranslated()));
        // Control: received as a presentation, the same bytes are too old.
        verify::VerifierOptions options;
        options.offline = true;
        auto received = verify::Verifier(options).verify(old->bytes);
        QVERIFY(received);
        QCOMPARE(received->check(QStringLiteral("key-binding"))->status, verify::Check::Failed);
    }

    void failedWriteLeavesNoHistory()
    {
        TestWallet w;
        Issuer issuer;
        auto me = HolderKeys(w.db()).identity();
        const QString badge = w.add(compact(badgeV2(issuer, me->did)));
        PresentationService service(w.db());
        auto plan = service.prepare({ { { badge, {} } }, {}, PresentationFormat::VpJwt });
        QVERIFY(plan);
        auto failed = service.share(*plan, [](const Presentation&) -> Status {
            return Error(ErrorCode::Io, Text::verbatim(QStringLiteral("disk full")));
        });
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::Io);
        QCOMPARE(SharingHistory(w.db()).list()->size(), 0);
        // Control: the same plan with a working writer is recorded.
        QVERIFY(service.share(*plan, [](const Presentation&) -> Status { return {}; }));
        QCOMPARE(SharingHistory(w.db()).list()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPresentParts)
#include "TestPresentParts.moc"
