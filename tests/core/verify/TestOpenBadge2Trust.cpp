// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// Open Badges 2.0 forgeries: a key or hosting rule taken from the badge itself or from a key that only claims its
// owner, and a local copy that shows other details than the issuer hosts. Each is verified the way the wallet does
// (through Verifier, from a loopback server) next to a control that differs only in the forged part.
#include "core/net/Fetcher.h"
#include "core/verify/Verifier.h"
#include "support/LoopbackHttpServer.h"
#include "support/ReportHelpers.h"
#include "support/RsaTestKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace ler;
using namespace ler::verify;
using ler::test::RsaTestKey;
using testnet::LoopbackHttpServer;
using testnet::Route;

namespace {

using ler::test::describe;
using ler::test::reasonOf;
using ler::test::statusOf;

const QString kProfile = QStringLiteral("https://issuer.example/profile.json");
const QString kKey = QStringLiteral("https://issuer.example/key.json");
const QString kBadge = QStringLiteral("https://issuer.example/badge.json");
const QString kAssertion = QStringLiteral("https://issuer.example/assertions/1.json");
const QString kForgedKey = QStringLiteral("https://attacker.example/key.json");
const QString kForgedAssertion = QStringLiteral("https://attacker.example/assertions/1.json");

QByteArray toJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject profile()
{
    return { { QStringLiteral("@context"), QStringLiteral("https://w3id.org/openbadges/v2") },
        { QStringLiteral("type"), QStringLiteral("Issuer") },
        { QStringLiteral("id"), kProfile },
        { QStringLiteral("name"), QStringLiteral("Example College") },
        { QStringLiteral("url"), QStringLiteral("https://issuer.example") },
        { QStringLiteral("publicKey"), kKey } };
}

QJsonObject cryptographicKey(const QString& id, const QJsonValue& owner, const RsaTestKey& key)
{
    QJsonObject doc { { QStringLiteral("@context"), QStringLiteral("https://w3id.org/openbadges/v2") },
        { QStringLiteral("type"), QStringLiteral("CryptographicKey") },
        { QStringLiteral("id"), id },
        { QStringLiteral("publicKeyPem"), key.publicKeyPem() } };
    if (!owner.isUndefined())
        doc.insert(QStringLiteral("owner"), owner);
    return doc;
}

QJsonObject badgeClass()
{
    return { { QStringLiteral("@context"), QStringLiteral("https://w3id.org/openbadges/v2") },
        { QStringLiteral("type"), QStringLiteral("BadgeClass") },
        { QStringLiteral("id"), kBadge },
        { QStringLiteral("name"), QStringLiteral("Welding Level 1") },
        { QStringLiteral("description"), QStringLiteral("Basic welding safety and technique.") },
        { QStringLiteral("image"), QStringLiteral("https://issuer.example/badge.png") },
        { QStringLiteral("criteria"), QStringLiteral("https://issuer.example/criteria.html") },
        { QStringLiteral("issuer"), kProfile } };
}

QJsonObject assertion(const QString& id, const QJsonObject& verification)
{
    return { { QStringLiteral("@context"), QStringLiteral("https://w3id.org/openbadges/v2") },
        { QStringLiteral("type"), QStringLiteral("Assertion") },
        { QStringLiteral("id"), id },
        { QStringLiteral("recipient"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("email") },
                { QStringLiteral("hashed"), false },
                { QStringLiteral("identity"), QStringLiteral("alex@example.org") } } },
        { QStringLiteral("issuedOn"), QStringLiteral("2024-05-01T00:00:00Z") },
        { QStringLiteral("badge"), kBadge },
        { QStringLiteral("verification"), verification } };
}

QJsonObject signedVerification(const QString& creator = {})
{
    QJsonObject v { { QStringLiteral("type"), QStringLiteral("SignedBadge") } };
    if (!creator.isEmpty())
        v.insert(QStringLiteral("creator"), creator);
    return v;
}

const QJsonObject kHosted { { QStringLiteral("type"), QStringLiteral("HostedBadge") } };

/// Routes are keyed by host and path so that https://attacker.example/key.json and https://issuer.example/key.json
/// are different documents on the one loopback server.
std::function<QUrl(const QUrl&)> hostInPath(const LoopbackHttpServer& server)
{
    const auto plain = server.rewriter();
    return [plain](const QUrl& in) {
        QUrl out = plain(in);
        out.setPath(QStringLiteral("/") + in.host() + in.path());
        return out;
    };
}

/// The loopback route of an address, as hostInPath() rewrites it.
QString routeOf(const QString& url)
{
    return QStringLiteral("/") + QUrl(url).host() + QUrl(url).path();
}

/// The issuer's web site (profile, key, badge class) on a loopback server, and a verifier that uses it.
struct Issuer
{
    LoopbackHttpServer server;
    net::Fetcher fetcher;
    const RsaTestKey& key;

    explicit Issuer(const RsaTestKey& issuerKey)
        : key(issuerKey)
    {
        fetcher.setUrlRewriter(hostInPath(server));
        serve(kProfile, profile());
        serve(kKey, cryptographicKey(kKey, kProfile, key));
        serve(kBadge, badgeClass());
    }

    /// Serves a document at the path of url (all hosts share the loopback server; paths keep them apart).
    void serve(const QString& url, const QJsonObject& doc) { server.route(routeOf(url), Route::json(toJson(doc))); }

    Report verify(const QByteArray& bytes)
    {
        Verifier::Options options;
        options.now = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
        options.fetcher = &fetcher;
        auto report = test::noted(Verifier(options).verify(bytes));
        if (!report)
            qWarning("%s", qPrintable(report.error().message.untranslated()));
        return report ? *report : Report {};
    }
};

/// No report line may claim a check with the issuer's web site, or a date, that did not happen.
void expectHonestMessages(const Report& r)
{
    static const QRegularExpression emptyDate(QStringLiteral("\\bon \\.|\\(\\)|\\?"));
    for (const Check& c : r.checks)
        QVERIFY2(!emptyDate.match(c.message.untranslated()).hasMatch(), qPrintable(c.message.untranslated()));
}

} // namespace

class TestOpenBadge2Trust : public QObject
{
    Q_OBJECT
    // Documents are served from 127.0.0.1, which the Fetcher reaches only with LER_WALLET_ALLOW_LOOPBACK=1.
    testnet::AllowLoopback m_allowLoopback;

private Q_SLOTS:
    void initTestCase()
    {
        m_issuerKey = std::make_unique<RsaTestKey>();
        m_forgerKey = std::make_unique<RsaTestKey>();
        QVERIFY(m_issuerKey->isValid() && m_forgerKey->isValid());
    }
    void cleanupTestCase()
    {
        // Tools and tests tell apart the checks that did not pass by their reasons, never by their words.
        QVERIFY2(test::checksWithoutReasons().isEmpty(), qPrintable(test::notesListed(test::checksWithoutReasons())));
    }

    void signedWithKeyFromEmbeddedProfile()
    {
        Issuer site(*m_issuerKey);
        const RsaTestKey& forger = *m_forgerKey;
        // The badge carries its own issuer profile with the forger's key in it; the issuer's real profile (fetched
        // from its id) lists only the issuer's key.
        QJsonObject embeddedBadge = badgeClass();
        embeddedBadge.insert(QStringLiteral("issuer"),
            QJsonObject { { QStringLiteral("id"), kProfile },
                { QStringLiteral("type"), QStringLiteral("Issuer") },
                { QStringLiteral("name"), QStringLiteral("Example College") },
                { QStringLiteral("publicKey"), cryptographicKey(kForgedKey, kProfile, forger) } });
        QJsonObject forgedAssertion = assertion(QStringLiteral("urn:uuid:1"), signedVerification());
        forgedAssertion.insert(QStringLiteral("badge"), embeddedBadge);
        const Report forged = site.verify(forger.jws(forgedAssertion));
        QVERIFY2(statusOf(forged, reportid::kSignature) == Check::Failed, qPrintable(describe(forged)));
        QCOMPARE(forged.overall, Outcome::NotVerified);
        expectHonestMessages(forged);

        // Control: the same badge signed with the issuer's key.
        const Report control = site.verify(site.key.jws(forgedAssertion));
        QVERIFY2(control.overall == Outcome::Verified, qPrintable(describe(control)));
        QVERIFY2(control.check(reportid::kIssuer)->message.untranslated().contains(QLatin1String("issuer.example")),
            qPrintable(describe(control)));
        expectHonestMessages(control);
    }

    void signedWithKeyThatOnlyClaimsItsOwner_data()
    {
        QTest::addColumn<QJsonValue>("owner");
        QTest::newRow("owner claims the issuer") << QJsonValue(kProfile);
        QTest::newRow("no owner") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("empty owner") << QJsonValue(QString());
    }

    void signedWithKeyThatOnlyClaimsItsOwner()
    {
        QFETCH(QJsonValue, owner);
        Issuer site(*m_issuerKey);
        const RsaTestKey& forger = *m_forgerKey;
        site.serve(kForgedKey, cryptographicKey(kForgedKey, owner, forger));
        const Report forged
            = site.verify(forger.jws(assertion(QStringLiteral("urn:uuid:2"), signedVerification(kForgedKey))));
        QVERIFY2(statusOf(forged, reportid::kIssuer) == Check::Failed, qPrintable(describe(forged)));
        QVERIFY(statusOf(forged, reportid::kSignature) != Check::Passed);
        QCOMPARE(forged.overall, Outcome::NotVerified);
        QCOMPARE(forged.toJson().value(QStringLiteral("verified")).toBool(), false);

        const Report control
            = site.verify(site.key.jws(assertion(QStringLiteral("urn:uuid:2"), signedVerification(kKey))));
        QVERIFY2(control.overall == Outcome::Verified, qPrintable(describe(control)));
    }

    void signedKeyListedButOwnedBySomeoneElse()
    {
        Issuer site(*m_issuerKey);
        // The profile lists the key, but the key names another owner: the two-way link is broken.
        site.serve(kKey, cryptographicKey(kKey, QStringLiteral("https://other.example/profile.json"), site.key));
        const QByteArray token = site.key.jws(assertion(QStringLiteral("urn:uuid:3"), signedVerification(kKey)));
        const Report forged = site.verify(token);
        QVERIFY2(statusOf(forged, reportid::kIssuer) == Check::Failed, qPrintable(describe(forged)));
        QCOMPARE(forged.overall, Outcome::NotVerified);
        site.serve(kKey, cryptographicKey(kKey, kProfile, site.key));
        net::Fetcher fresh;
        fresh.setUrlRewriter(hostInPath(site.server));
        Verifier::Options options;
        options.now = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
        options.fetcher = &fresh;
        const Report control = test::noted(Verifier(options).verify(token)).value();
        QVERIFY2(control.overall == Outcome::Verified, qPrintable(describe(control)));
    }

    void signedProfileThatIsNotTheIssuers()
    {
        Issuer site(*m_issuerKey);
        // The document at the issuer's id names another id: it is not the issuer's own profile.
        QJsonObject other = profile();
        other.insert(QStringLiteral("id"), QStringLiteral("https://issuer.example/someone-else.json"));
        site.serve(kProfile, other);
        const Report forged
            = site.verify(site.key.jws(assertion(QStringLiteral("urn:uuid:4"), signedVerification(kKey))));
        QVERIFY2(statusOf(forged, reportid::kIssuer) == Check::Failed, qPrintable(describe(forged)));
        QVERIFY(forged.overall != Outcome::Verified);
        expectHonestMessages(forged);
    }

    void signedFetchFailuresLeaveItNotChecked_data()
    {
        QTest::addColumn<QString>("missing");
        QTest::newRow("issuer profile") << kProfile;
        QTest::newRow("key") << kKey;
        QTest::newRow("badge class") << kBadge;
    }

    void signedFetchFailuresLeaveItNotChecked()
    {
        QFETCH(QString, missing);
        Issuer site(*m_issuerKey);
        site.server.route(routeOf(missing), Route::json("{}", 404));
        const Report r = site.verify(site.key.jws(assertion(QStringLiteral("urn:uuid:5"), signedVerification(kKey))));
        QVERIFY2(statusOf(r, reportid::kSignature) == Check::NotChecked, qPrintable(describe(r)));
        QVERIFY2(statusOf(r, reportid::kIssuer) == Check::NotChecked, qPrintable(describe(r)));
        QCOMPARE(r.overall, Outcome::PartlyVerified);
        QCOMPARE(r.toJson().value(QStringLiteral("verified")).toBool(), false);
        expectHonestMessages(r);
        for (const Check& c : r.checks)
            QVERIFY2(!c.message.untranslated().startsWith(QLatin1String("Checked with")),
                qPrintable(c.message.untranslated()));
    }

    void hostedOriginRuleComesFromTheFetchedProfile()
    {
        Issuer site(*m_issuerKey);
        // Hosted at the forger's site, with a badge class carrying an issuer profile that allows that site.
        QJsonObject embeddedBadge = badgeClass();
        embeddedBadge.insert(QStringLiteral("issuer"),
            QJsonObject { { QStringLiteral("id"), kProfile },
                { QStringLiteral("name"), QStringLiteral("Example College") },
                { QStringLiteral("verification"),
                    QJsonObject { { QStringLiteral("allowedOrigins"), QStringLiteral("attacker.example") } } } });
        QJsonObject hosted = assertion(kForgedAssertion, kHosted);
        hosted.insert(QStringLiteral("badge"), embeddedBadge);
        site.serve(kForgedAssertion, hosted);
        const Report forged = site.verify(toJson(hosted));
        QVERIFY2(statusOf(forged, reportid::kIssuer) == Check::Failed, qPrintable(describe(forged)));
        QCOMPARE(forged.overall, Outcome::NotVerified);

        // The same badge class hosted by the forger, pointing at the real profile, does no better.
        QJsonObject forgedBadge = badgeClass();
        forgedBadge.insert(QStringLiteral("id"), QStringLiteral("https://attacker.example/badge.json"));
        site.serve(QStringLiteral("https://attacker.example/badge.json"), forgedBadge);
        QJsonObject byUrl = assertion(kForgedAssertion, kHosted);
        byUrl.insert(QStringLiteral("badge"), QStringLiteral("https://attacker.example/badge.json"));
        site.serve(kForgedAssertion, byUrl);
        net::Fetcher fresh;
        fresh.setUrlRewriter(hostInPath(site.server));
        Verifier::Options options;
        options.now = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
        options.fetcher = &fresh;
        const Report forgedByUrl = test::noted(Verifier(options).verify(toJson(byUrl))).value();
        QVERIFY2(statusOf(forgedByUrl, reportid::kIssuer) == Check::Failed, qPrintable(describe(forgedByUrl)));

        // Control: the issuer's own profile allows that origin.
        QJsonObject allowing = profile();
        allowing.insert(QStringLiteral("verification"),
            QJsonObject { { QStringLiteral("allowedOrigins"), QStringLiteral("attacker.example") } });
        site.serve(kProfile, allowing);
        site.serve(kForgedAssertion, hosted);
        net::Fetcher third;
        third.setUrlRewriter(hostInPath(site.server));
        options.fetcher = &third;
        const Report control = test::noted(Verifier(options).verify(toJson(hosted))).value();
        QVERIFY2(control.overall == Outcome::Verified, qPrintable(describe(control)));
    }

    void hostedProfileThatCannotBeFetchedIsNotPassed()
    {
        Issuer site(*m_issuerKey);
        site.server.route(routeOf(kProfile), Route::json("{}", 404));
        const QJsonObject hosted = assertion(kAssertion, kHosted);
        site.serve(kAssertion, hosted);
        const Report r = site.verify(toJson(hosted));
        QVERIFY2(statusOf(r, reportid::kIssuer) == Check::NotChecked, qPrintable(describe(r)));
        QCOMPARE(r.overall, Outcome::PartlyVerified);
        expectHonestMessages(r);
    }

    void hostedLocalCopyMustMatchTheIssuers_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("badge name") << "badge"
                                    << "name" << QJsonValue(QStringLiteral("Master Welder"));
        QTest::newRow("badge description") << "badge"
                                           << "description" << QJsonValue(QStringLiteral("Certified for pipelines."));
        QTest::newRow("badge image") << "badge"
                                     << "image" << QJsonValue(QStringLiteral("https://attacker.example/gold.png"));
        QTest::newRow("issuer name") << "issuer"
                                     << "name" << QJsonValue(QStringLiteral("Harvard University"));
        QTest::newRow("issuer id") << "issuer"
                                   << "id" << QJsonValue(QStringLiteral("https://harvard.example/profile.json"));
        QTest::newRow("assertion expires") << "assertion"
                                           << "expires" << QJsonValue(QStringLiteral("2099-01-01T00:00:00Z"));
        QTest::newRow("control") << ""
                                 << "" << QJsonValue();
    }

    void hostedLocalCopyMustMatchTheIssuers()
    {
        QFETCH(QString, where);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        Issuer site(*m_issuerKey);
        site.serve(kAssertion, assertion(kAssertion, kHosted));
        // The local copy embeds the badge class and issuer, as the wallet shows them.
        QJsonObject localIssuer = profile();
        QJsonObject localBadge = badgeClass();
        QJsonObject local = assertion(kAssertion, kHosted);
        if (where == QLatin1String("badge"))
            localBadge.insert(field, value);
        else if (where == QLatin1String("issuer"))
            localIssuer.insert(field, value);
        else if (where == QLatin1String("assertion"))
            local.insert(field, value);
        localBadge.insert(QStringLiteral("issuer"), localIssuer);
        local.insert(QStringLiteral("badge"), localBadge);
        const Report r = site.verify(toJson(local));
        if (where.isEmpty()) {
            QVERIFY2(r.overall == Outcome::Verified, qPrintable(describe(r)));
            QCOMPARE(reasonOf(r, reportid::kSignature), QStringLiteral("signature/hosted-copy-matches"));
        } else {
            QVERIFY2(statusOf(r, reportid::kSignature) == Check::Failed, qPrintable(describe(r)));
            QVERIFY2(reasonOf(r, reportid::kSignature) != QLatin1String("signature/hosted-copy-matches"),
                qPrintable(describe(r)));
            QCOMPARE(r.overall, Outcome::NotVerified);
        }
        expectHonestMessages(r);
    }

    void bakedBadgeHoldingOnlyAUrlIsFetched()
    {
        Issuer site(*m_issuerKey);
        site.serve(kAssertion, assertion(kAssertion, kHosted));
        const QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"http://openbadges.org\">"
                               "<openbadges:assertion verify=\""
            + kAssertion.toUtf8() + "\"/></svg>";
        Verifier::Options options;
        options.now = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
        options.fetcher = &site.fetcher;
        const auto online = test::noted(Verifier(options).verify(svg, QStringLiteral("badge.svg")));
        QVERIFY2(online.ok(), qPrintable(online.ok() ? QString() : online.error().message.untranslated()));
        QCOMPARE(online->format, QStringLiteral("openbadges2"));
        QVERIFY2(online->overall == Outcome::Verified, qPrintable(describe(*online)));

        // Offline with nothing saved: the address cannot be followed, and the error says why.
        net::Fetcher offline;
        offline.setOnline(false);
        options.fetcher = &offline;
        options.offline = true;
        const auto notFetched = Verifier(options).verify(svg, QStringLiteral("badge.svg"));
        QVERIFY(!notFetched.ok());
        QCOMPARE(notFetched.error().code, ErrorCode::Network);
        // No fetcher at all (the network is not allowed): nothing is fetched either.
        options.fetcher = nullptr;
        QVERIFY(!Verifier(options).verify(svg).ok());
    }

private:
    std::unique_ptr<RsaTestKey> m_issuerKey;
    std::unique_ptr<RsaTestKey> m_forgerKey;
};

QTEST_GUILESS_MAIN(TestOpenBadge2Trust)
#include "TestOpenBadge2Trust.moc"
