// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/crypto/Sodium.h"
#include "core/net/Fetcher.h"
#include "core/records/ImageStore.h"
#include "core/records/Library.h"
#include "core/records/Skills.h"
#include "support/LoopbackHttpServer.h"
#include "support/SampleWallet.h"
#include "support/TestWalletHelpers.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ler;
using namespace ler::records;

class TestLibrary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Wallet> m_wallet;

    QList<Entry> entries()
    {
        auto e = Library(m_wallet->database()).entries();
        if (!e) {
            qFatal("%s", qPrintable(e.error().message.untranslated()));
        }
        return *e;
    }

    const Entry* find(const QList<Entry>& list, const QString& title)
    {
        for (const Entry& e : list) {
            if (e.record.title == title) {
                return &e;
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(crypto::ensureSodium());
        auto created = store::Wallet::create(
            m_dir.filePath(QStringLiteral("w")), "rain-forest-piano-42", crypto::KdfParams::cheapForTests());
        QVERIFY(created);
        m_wallet = std::move(created->wallet);
        QVERIFY(test::fillSampleWallet(*m_wallet));
    }

    void entriesFollowTheListOrderWithNestedAfterTheirParent()
    {
        const QList<Entry> list = entries();
        QCOMPARE(list.size(), store::CredentialRepository(m_wallet->database()).count().value());
        QSet<QString> seen;
        for (const Entry& e : list) {
            if (e.isNested()) {
                QVERIFY2(seen.contains(e.summary.parentId), "a nested record comes after its parent");
            }
            seen.insert(e.summary.id);
        }
        const Entry* clr = nullptr;
        for (const Entry& e : list) {
            if (e.record.sourceFormat == model::SourceFormat::Clr2 && e.children > 3) {
                clr = &e;
            }
        }
        QVERIFY2(clr, "the complex CLR lists its nested credentials");
        bool hasCourses = false;
        for (const Entry& e : list) {
            hasCourses = hasCourses || (e.courses > 0 && e.record.courses.isEmpty());
        }
        QVERIFY2(hasCourses, "a transcript's courses are counted, not held in the list");
    }

    void verifiedRecordsRememberWhen()
    {
        const QList<Entry> list = entries();
        const Entry* badge = find(list, QStringLiteral("Customer Service Excellence"));
        QVERIFY(badge);
        auto report = verify::WalletVerification(m_wallet->database()).latest(badge->summary.id);
        QVERIFY(report && *report);
        QVERIFY2(badge->summary.verification == QLatin1String("verified"),
            QJsonDocument((*report)->report).toJson().constData());
        QVERIFY(badge->lastVerified.isValid());
        QCOMPARE(badge->lastVerified, badge->verifiedAt());
        const Entry* expired = find(list, QStringLiteral("Forklift Operator Safety"));
        QCOMPARE(expired->summary.verification, QStringLiteral("not-verified"));
        QVERIFY(!expired->lastVerified.isValid());
        const Entry* own = find(list, QStringLiteral("Warehouse lead"));
        QVERIFY(own);
        QCOMPARE(own->summary.verification, QStringLiteral("unverifiable"));
        QVERIFY(!own->lastVerified.isValid());
    }

    void tagsAreSetCleanedAndForgotten()
    {
        Library lib(m_wallet->database());
        const QList<Entry> list = entries();
        const QString a = find(list, QStringLiteral("Forklift Operator Safety"))->summary.id;
        const QString b = find(list, QStringLiteral("Warehouse lead"))->summary.id;
        QVERIFY(lib.setTags(
            a, { QStringLiteral(" warehouse "), QStringLiteral("Warehouse"), QString(), QStringLiteral("safety") }));
        QVERIFY(lib.setTags(b, { QStringLiteral("warehouse") }));
        QCOMPARE(lib.tags().value(), (QStringList { QStringLiteral("safety"), QStringLiteral("warehouse") }));
        QCOMPARE(find(entries(), QStringLiteral("Forklift Operator Safety"))->tags,
            (QStringList { QStringLiteral("safety"), QStringLiteral("warehouse") }));
        QVERIFY(lib.setTags(a, {}));
        QCOMPARE(lib.tags().value(), QStringList { QStringLiteral("warehouse") });

        const auto before = test::snapshot(m_dir.filePath(QStringLiteral("w")));
        const Status unknown = lib.setTags(QStringLiteral("nope"), { QStringLiteral("x") });
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        QCOMPARE(unknown.error().reason, QStringLiteral("records/unknown-record"));
        const Status tooLong = lib.setTags(b, { QString(61, QLatin1Char('x')) });
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().reason, QStringLiteral("records/tag-too-long"));
        QCOMPARE(lib.tags().value(), QStringList { QStringLiteral("warehouse") });
        QCOMPARE(test::snapshot(m_dir.filePath(QStringLiteral("w"))), before);
    }

    void collectionsHoldRecords()
    {
        Library lib(m_wallet->database());
        const QList<Entry> list = entries();
        const QString a = find(list, QStringLiteral("Forklift Operator Safety"))->summary.id;
        const QString b = find(list, QStringLiteral("Certified Logistics Associate"))->summary.id;
        auto id = lib.createCollection(QStringLiteral("  For warehouse jobs "));
        QVERIFY(id);
        const auto taken = lib.createCollection(QStringLiteral("for WAREHOUSE jobs"));
        QCOMPARE(taken.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(taken.error().reason, QStringLiteral("records/collection-name-taken"));
        const auto blank = lib.createCollection(QStringLiteral("   "));
        QCOMPARE(blank.error().code, ErrorCode::InvalidInput);
        QCOMPARE(blank.error().reason, QStringLiteral("records/collection-name-empty"));
        QCOMPARE(lib.createCollection(QString(200, QLatin1Char('n'))).error().reason,
            QStringLiteral("records/collection-name-too-long"));
        QVERIFY(lib.addToCollection(*id, { a, b, a }));
        QCOMPARE(lib.addToCollection(*id, { QStringLiteral("nope") }).error().reason,
            QStringLiteral("records/unknown-record"));
        auto all = lib.collections();
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().name, QStringLiteral("For warehouse jobs"));
        QCOMPARE(all->first().size, 2);
        QVERIFY(find(entries(), QStringLiteral("Forklift Operator Safety"))->collections.contains(*id));
        QVERIFY(lib.removeFromCollection(*id, { a }));
        QVERIFY(lib.renameCollection(*id, QStringLiteral("Logistics")));
        QCOMPARE(lib.collections()->first().size, 1);
        QVERIFY(lib.deleteCollection(*id));
        QVERIFY(lib.collections()->isEmpty());
        QCOMPARE(lib.deleteCollection(*id).error().code, ErrorCode::NotFound);
        QCOMPARE(lib.deleteCollection(*id).error().reason, QStringLiteral("records/unknown-collection"));
        QVERIFY2(
            find(entries(), QStringLiteral("Forklift Operator Safety")), "deleting a collection keeps its records");
    }

    void searchFindsSkillsAndCourses()
    {
        Library lib(m_wallet->database());
        const QList<Entry> list = entries();
        auto bySkill = lib.search(QStringLiteral("forklift oper"));
        QVERIFY(bySkill);
        QVERIFY(bySkill->contains(find(list, QStringLiteral("Forklift Operator Safety"))->summary.id));
        auto byAlignment = lib.search(QStringLiteral("inventory control"));
        QVERIFY(byAlignment);
        QVERIFY(byAlignment->size() >= 3);
        QVERIFY(lib.search(QStringLiteral("zzzqqq"))->isEmpty());
        QVERIFY(lib.search(QString())->isEmpty());
    }

    void skillsAreAggregatedWithTheirRecords()
    {
        const QList<Entry> list = entries();
        const QList<Skill> skills = aggregateSkills(list);
        const auto skill = [&](const QString& name) -> const Skill* {
            for (const Skill& s : skills) {
                if (s.name == name) {
                    return &s;
                }
            }
            return nullptr;
        };
        const Skill* safety = skill(QStringLiteral("Workplace safety"));
        QVERIFY(safety);
        QCOMPARE(safety->recordIds.size(), 3); // one CTID named in three badges, framework given or not
        QVERIFY(safety->isCtid());
        QCOMPARE(safety->framework, QStringLiteral("Credential Engine Registry"));
        QCOMPARE(safety->url,
            QStringLiteral("https://credentialengineregistry.org/resources/ce-5b6e7a1c-2f0a-4c41-9d1e-3f7c2a9b8e01"));
        const Skill* inventory = skill(QStringLiteral("Inventory control"));
        QVERIFY(inventory);
        QCOMPARE(inventory->recordIds.size(), 3);
        QCOMPARE(inventory->code, QStringLiteral("43-5071.00"));
        QCOMPARE(inventory->framework, QStringLiteral("O*NET-SOC"));
        // Most-backed first.
        for (qsizetype i = 1; i < skills.size(); ++i) {
            QVERIFY(skills.at(i - 1).recordIds.size() >= skills.at(i).recordIds.size());
        }
        // The same name in two frameworks with codes stays two skills; a bare name matches regardless of case.
        QList<Entry> two(2);
        two[0].summary.id = QStringLiteral("1");
        two[1].summary.id = QStringLiteral("2");
        two[0].record.alignments = { { QStringLiteral("Welding"), QStringLiteral("A"), QStringLiteral("1"), {} },
            { QStringLiteral("first aid"), {}, {}, {} } };
        two[1].record.alignments = { { QStringLiteral("Welding"), QStringLiteral("B"), QStringLiteral("1"), {} },
            { QStringLiteral("First  Aid"), {}, {}, {} } };
        const QList<Skill> aggregated = aggregateSkills(two);
        QCOMPARE(aggregated.size(), 3);
        QCOMPARE(aggregated.first().recordIds, (QStringList { QStringLiteral("1"), QStringLiteral("2") }));
    }

    void clrCompetenciesAreSkills()
    {
        // A CLR whose achievements include a competency, tied to a course by an association.
        QList<Entry> list(3);
        list[0].summary.id = QStringLiteral("clr");
        list[0].record.sourceFormat = model::SourceFormat::Clr2;
        list[0].record.associations
            = { { QStringLiteral("isChildOf"), QStringLiteral("urn:course"), QStringLiteral("urn:competency") } };
        list[1].summary.id = QStringLiteral("course");
        list[1].summary.parentId = QStringLiteral("clr");
        list[1].record.title = QStringLiteral("Welding 101");
        list[1].record.claims.insert(QStringLiteral("achievementId"), QStringLiteral("urn:course"));
        list[2].summary.id = QStringLiteral("competency");
        list[2].summary.parentId = QStringLiteral("clr");
        list[2].record.title = QStringLiteral("Arc welding");
        list[2].record.achievement.type = QStringLiteral("Competency");
        list[2].record.claims.insert(QStringLiteral("achievementId"), QStringLiteral("urn:competency"));
        const QList<Skill> skills = aggregateSkills(list);
        QCOMPARE(skills.size(), 1);
        QCOMPARE(skills.first().name, QStringLiteral("Arc welding"));
        QCOMPARE(skills.first().recordIds,
            (QStringList { QStringLiteral("course"), QStringLiteral("competency") })); // list order
    }

    void ownEntriesCanBeEditedButCredentialsCannot()
    {
        store::CredentialRepository repo(m_wallet->database());
        const QList<Entry> list = entries();
        const QString own = find(list, QStringLiteral("Cashier"))->summary.id;
        const QString badge = find(list, QStringLiteral("Forklift Operator Safety"))->summary.id;
        Library(m_wallet->database()).setTags(own, { QStringLiteral("retail") }).ok();
        model::SelfAssertedEntry e;
        e.kind = model::RecordKind::Work;
        e.title = QStringLiteral("Head cashier");
        e.organization = QStringLiteral("Valley Fresh Market");
        e.start = QDate(2016, 5, 1);
        e.end = QDate(2019, 5, 31);
        QVERIFY(repo.updateSelfAsserted(own, e));
        auto stored = repo.get(own);
        QVERIFY(stored);
        QCOMPARE(stored->record.title, QStringLiteral("Head cashier"));
        QCOMPARE(stored->summary.title, QStringLiteral("Head cashier"));
        QCOMPARE(find(entries(), QStringLiteral("Head cashier"))->tags, QStringList { QStringLiteral("retail") });
        QVERIFY(Library(m_wallet->database()).search(QStringLiteral("head cashier"))->contains(own));

        const auto before = test::snapshot(m_dir.filePath(QStringLiteral("w")));
        QCOMPARE(repo.updateSelfAsserted(badge, e).error().code, ErrorCode::InvalidInput);
        model::SelfAssertedEntry bad = e;
        bad.end = QDate(2010, 1, 1);
        QVERIFY(!repo.updateSelfAsserted(own, bad));
        QCOMPARE(repo.updateSelfAsserted(QStringLiteral("nope"), e).error().code, ErrorCode::NotFound);
        QCOMPARE(test::snapshot(m_dir.filePath(QStringLiteral("w"))), before);
    }

    void picturesComeFromTheBadgeOrTheCache()
    {
        ImageStore images(m_wallet->database());
        const QList<Entry> list = entries();
        const Entry* baked = nullptr;
        for (const Entry& e : list) {
            if (e.summary.source.endsWith(QLatin1String(".png"))) {
                baked = &e;
            }
        }
        QVERIFY(baked);
        auto picture = images.pictureOf(baked->summary.id);
        QVERIFY(picture);
        QCOMPARE(picture->mediaType, QStringLiteral("image/png"));
        QVERIFY(picture->bytes.startsWith("\x89PNG"));

        // A data: URI is decoded; a lie about its type does not matter, the bytes decide; junk is refused.
        const QByteArray png = picture->bytes;
        auto decoded = decodeDataUri(QStringLiteral("data:image/gif;base64,") + QString::fromLatin1(png.toBase64()));
        QVERIFY(decoded);
        QCOMPARE(decoded->mediaType, QStringLiteral("image/png"));
        QVERIFY(!decodeDataUri(QStringLiteral("data:image/png;base64,bm90IGFuIGltYWdl")));
        QVERIFY(!decodeDataUri(QStringLiteral("data:image/png;base64,%%%")));
        QVERIFY(!decodeDataUri(QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()), 10));

        const QUrl url(QStringLiteral("https://badges.example/pic.png"));
        QVERIFY(!images.remember(url, Picture { QByteArrayLiteral("<html>nope</html>"), {}, {} }));
        QVERIFY(images.remember(url, Picture { png, QStringLiteral("image/png"), {} }));
    }

    /// A picture on the web: fetched only when the network is on, only if it is an image of a sane size, and then
    /// kept in the wallet so it shows offline.
    void remotePicturesAreFetchedWhenAllowedAndKept()
    {
        testnet::AllowLoopback allow;
        testnet::LoopbackHttpServer server;
        QVERIFY(server.isListening());
        const QByteArray png = QByteArray::fromBase64(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        testnet::Route image = testnet::Route::json(png);
        image.contentType = QByteArrayLiteral("image/png");
        server.route(QStringLiteral("/pic.png"), image);
        testnet::Route page = testnet::Route::json(QByteArrayLiteral("<html><body>not a picture</body></html>"));
        page.contentType = QByteArrayLiteral("image/png"); // a lying content type: the bytes decide
        server.route(QStringLiteral("/page.png"), page);
        testnet::Route huge = testnet::Route::json(png + QByteArray(int(kMaxPictureBytes), 'x'));
        huge.contentType = QByteArrayLiteral("image/png");
        server.route(QStringLiteral("/huge.png"), huge);

        // A badge whose picture is on the web.
        auto key = crypto::SigningKey::generate();
        const QString did = did::didKeyFromPublicKey(key->publicKey());
        const QString remote = server.url(QStringLiteral("/pic.png")).toString();
        const QJsonObject vc = test::sampleCredential(test::sampleBadges().first(), 77, *key, did, remote);
        auto stored = session::ImportService(m_wallet->database())
                          .runOne(session::ImportInput::data(QJsonDocument(vc).toJson(), QStringLiteral("t"), {}));
        QVERIFY(stored && !stored->isEmpty());
        const QString id = stored->first().id;
        ImageStore images(m_wallet->database());
        auto before = images.pictureOf(id);
        QVERIFY(before);
        QVERIFY(before->bytes.isEmpty());
        QCOMPARE(before->remote, QUrl(remote));

        net::Fetcher offline(nullptr);
        offline.setOnline(false);
        QCOMPARE(fetchPicture(offline, before->remote).error().code, ErrorCode::Network);
        QCOMPARE(fetchPicture(offline, before->remote).error().reason, QStringLiteral("net/offline"));
        QCOMPARE(server.requests().size(), 0);

        net::Fetcher online(nullptr);
        const auto notPicture = fetchPicture(online, server.url(QStringLiteral("/page.png")));
        QVERIFY(!notPicture);
        QCOMPARE(notPicture.error().reason, QStringLiteral("records/picture-not-shown"));
        QVERIFY(!fetchPicture(online, server.url(QStringLiteral("/huge.png"))));
        auto fetched = fetchPicture(online, before->remote);
        QVERIFY2(fetched, fetched ? "" : qPrintable(fetched.error().message.untranslated()));
        QCOMPARE(fetched->bytes, png);
        QVERIFY(images.remember(before->remote, *fetched));
        auto after = images.pictureOf(id);
        QVERIFY(after);
        QCOMPARE(after->bytes, png);
        QVERIFY(after->remote.isEmpty());
        QVERIFY2(test::filesContaining(m_dir.filePath(QStringLiteral("w")), png).isEmpty(),
            "the kept picture is inside the encrypted wallet, never in plain text");
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "TestLibrary.moc"
