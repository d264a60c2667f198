// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/crypto/Pem.h"
#include "core/net/Fetcher.h"
#include "core/verify/HostedAssertion.h"
#include "support/LoopbackHttpServer.h"
#include "support/ReportHelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace ler;
using testnet::LoopbackHttpServer;
using testnet::Route;

namespace {

const QString kAssertionId = QStringLiteral("https://example.org/beths-robotics-badge.json");

QString describe(const Error& e)
{
    return errorCodeName(e.code) + QStringLiteral(": ") + e.message.untranslated();
}

/// The source words of sentences, one after another, for assertions and failure messages.
QString joined(const QList<Text>& sentences, QChar separator)
{
    QStringList words;
    for (const Text& t : sentences)
        words << t.untranslated();
    return words.join(separator);
}

/// For QVERIFY2 messages, which are evaluated even when the check holds.
template <typename T> QString describe(const Result<T>& r)
{
    return r.ok() ? QStringLiteral("ok") : describe(r.error());
}

QByteArray fixture(const QString& name)
{
    QFile f(QStringLiteral(LER_TEST_DATA "/net/ob2/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject fixtureObject(const QString& name)
{
    return QJsonDocument::fromJson(fixture(name)).object();
}

QByteArray toJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// Serves every OB 2.0 fixture at /<name>, as the upstream tests serve https://example.org/<name>.
void serveFixtures(LoopbackHttpServer& server)
{
    const QDir dir(QStringLiteral(LER_TEST_DATA "/net/ob2"));
    for (const QString& name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files)) {
        Route r = Route::json(fixture(name));
        r.contentType = "application/ld+json";
        server.route(QStringLiteral("/") + name, r);
    }
}

/// The result, after noting its checks that did not pass and give no stable reason.
Result<verify::Ob2Check> noted(Result<verify::Ob2Check> result)
{
    if (result) {
        for (const verify::Check* c : { &result->signatureCheck, &result->issuerCheck, &result->statusCheck })
            test::noteCheckWithoutReason(*c, test::checksWithoutReasons());
    }
    return result;
}

/// The verifier, noting the checks without a reason of every result it gives.
class NotingVerifier
{
public:
    explicit NotingVerifier(const net::Fetcher& fetcher)
        : m_verifier(fetcher)
    { }

    Result<verify::Ob2Check> verifyHosted(const QJsonObject& stored) const
    {
        return noted(m_verifier.verifyHosted(stored));
    }
    Result<verify::Ob2Check> verifySigned(QByteArrayView compactJws) const
    {
        return noted(m_verifier.verifySigned(compactJws));
    }

private:
    verify::HostedAssertionVerifier m_verifier;
};

struct Env
{
    LoopbackHttpServer server;
    net::Fetcher fetcher;
    NotingVerifier verifier { fetcher };

    Env()
    {
        serveFixtures(server);
        fetcher.setUrlRewriter(server.rewriter());
    }
};

} // namespace

class TestHostedAssertion : public QObject
{
    Q_OBJECT
    // Fixtures are served from 127.0.0.1, which the Fetcher reaches only with LER_WALLET_ALLOW_LOOPBACK=1.
    testnet::AllowLoopback m_allowLoopback;

private Q_SLOTS:
    void cleanupTestCase()
    {
        // Tools and tests tell apart the checks that did not pass by their reasons, never by their words.
        QVERIFY2(test::checksWithoutReasons().isEmpty(), qPrintable(test::notesListed(test::checksWithoutReasons())));
    }

    void pemKeys()
    {
        const QString pem = fixtureObject(QStringLiteral("key1.json")).value(QLatin1String("publicKeyPem")).toString();
        const auto rsa = crypto::publicKeyFromPem(pem.toUtf8());
        QVERIFY2(rsa.ok(), qPrintable(describe(rsa)));
        QCOMPARE(rsa->type(), crypto::KeyType::Rsa);

        const QByteArray raw = QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        const QByteArray spki = QByteArray::fromHex("302a300506032b6570032100") + raw;
        const QByteArray edPem = "-----BEGIN PUBLIC KEY-----\n" + spki.toBase64() + "\n-----END PUBLIC KEY-----\n";
        const auto ed = crypto::publicKeyFromPem(edPem);
        QVERIFY2(ed.ok(), qPrintable(describe(ed)));
        QVERIFY(ed.value() == crypto::PublicKey::fromEd25519(raw).value());

        QVERIFY(!crypto::publicKeyFromPem("not a key").ok());
        QVERIFY(!crypto::publicKeyFromPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----").ok());
        QVERIFY(!crypto::publicKeyFromPem("-----BEGIN PUBLIC KEY-----\n" + spki.toBase64() + "\n-----END PUBLIC KEY---")
                     .ok());
        QVERIFY(!crypto::publicKeyFromPem(
            "-----BEGIN PUBLIC KEY-----\n" + (spki + "x").toBase64() + "\n-----END PUBLIC KEY-----")
                     .ok());
    }

    void hostedOk()
    {
        Env env;
        const QJsonObject stored = fixtureObject(QStringLiteral("basic-assertion.json"));
        env.server.route(QStringLiteral("/beths-robotics-badge.json"), Route::json(toJson(stored)));
        const auto check = env.verifier.verifyHosted(stored);
        QVERIFY2(check.ok(), qPrintable(describe(check)));
        QVERIFY(!check->revoked);
        QCOMPARE(check->signatureCheck.status, verify::Check::Passed);
        QCOMPARE(check->issuerCheck.status, verify::Check::Passed);
        QCOMPARE(check->statusCheck.status, verify::Check::Passed);
        QVERIFY2(check->warnings.isEmpty(), qPrintable(joined(check->warnings, QLatin1Char('\n'))));
        QCOMPARE(check->badgeClass.value(QLatin1String("name")).toString(), QStringLiteral("Awesome Robotics Badge"));
        QCOMPARE(check->issuer.value(QLatin1String("id")).toString(),
            QStringLiteral("https://example.org/organization.json"));
        QCOMPARE(
            env.server.requests().front().headers.value("accept"), QByteArray("application/ld+json, application/json"));

        // Offline afterwards: the cached copy answers, and says when it was fetched.
        env.fetcher.setOnline(false);
        const auto cached = env.verifier.verifyHosted(stored);
        QVERIFY2(cached.ok(), qPrintable(describe(cached)));
        QVERIFY(cached->fromCache);
        QCOMPARE(cached->fetchedAt, check->fetchedAt);
        QVERIFY(cached->message.untranslated().contains(check->fetchedAt.toString(Qt::ISODate)));
        QCOMPARE(cached->signatureCheck.reason, QStringLiteral("signature/hosted-copy-matches"));
        // Its second argument says when it was fetched, and that it came from the saved copy.
        QCOMPARE(cached->signatureCheck.message.args().value(1).source(), QByteArray("from a copy saved on %1"));
        QCOMPARE(check->signatureCheck.message.args().value(1).source(), QByteArray("on %1"));
    }

    void issuerProfileRedirectStaysOnItsSite()
    {
        // The issuer's profile must come from the issuer's own site: a redirect elsewhere is not followed, and the
        // badge description (an ordinary document) may still move. Control: the same redirect within the site.
        Env env;
        LoopbackHttpServer elsewhere;
        serveFixtures(elsewhere);
        const QJsonObject stored = fixtureObject(QStringLiteral("basic-assertion.json"));
        env.server.route(QStringLiteral("/beths-robotics-badge.json"), Route::json(toJson(stored)));
        env.server.route(QStringLiteral("/robotics-badge.json"),
            Route::redirect(elsewhere.url(QStringLiteral("/robotics-badge.json"))));
        env.server.route(
            QStringLiteral("/organization.json"), Route::redirect(elsewhere.url(QStringLiteral("/organization.json"))));
        const auto check = env.verifier.verifyHosted(stored);
        QVERIFY2(check.ok(), qPrintable(describe(check)));
        QVERIFY(check->issuer.isEmpty());
        QVERIFY2(
            joined(check->warnings, QLatin1Char(' ')).contains(QLatin1String("must come from the issuer's own site")),
            qPrintable(joined(check->warnings, QLatin1Char('\n'))));
        QCOMPARE(check->badgeClass.value(QLatin1String("name")).toString(), QStringLiteral("Awesome Robotics Badge"));
        QCOMPARE(elsewhere.connectionCount(), 1); // the badge description only

        Env control;
        control.server.route(QStringLiteral("/beths-robotics-badge.json"), Route::json(toJson(stored)));
        control.server.route(QStringLiteral("/org"), Route::json(fixture(QStringLiteral("organization.json"))));
        control.server.route(
            QStringLiteral("/organization.json"), Route::redirect(control.server.url(QStringLiteral("/org"))));
        const auto followed = control.verifier.verifyHosted(stored);
        QVERIFY2(followed.ok(), qPrintable(describe(followed)));
        QCOMPARE(followed->issuer.value(QLatin1String("id")).toString(),
            QStringLiteral("https://example.org/organization.json"));
    }

    void hostedRevoked_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("200 revoked") << 200;
        QTest::newRow("410 Gone") << 410;
    }

    void hostedRevoked()
    {
        QFETCH(int, status);
        Env env;
        const QJsonObject stored = fixtureObject(QStringLiteral("basic-assertion.json"));
        const QJsonObject revoked { { QStringLiteral("id"), kAssertionId },
            { QStringLiteral("revoked"), true },
            { QStringLiteral("revocationReason"), QStringLiteral("Awarded in error") } };
        env.server.route(QStringLiteral("/beths-robotics-badge.json"), Route::json(toJson(revoked), status));
        const auto check = env.verifier.verifyHosted(stored);
        QVERIFY2(check.ok(), qPrintable(describe(check)));
        QVERIFY(check->revoked);
        QCOMPARE(check->revocationReason, QStringLiteral("Awarded in error"));
        QVERIFY(check->message.untranslated().contains(QLatin1String("Awarded in error")));
        QCOMPARE(check->statusCheck.status, verify::Check::Failed);
        QCOMPARE(check->statusCheck.reason, QStringLiteral("status/revoked"));
        QCOMPARE(check->signatureCheck.reason, QStringLiteral("signature/revoked"));
    }

    void hostedMismatch_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        const QString differs = QStringLiteral("signature/hosted-copy-differs");
        QTest::newRow("other recipient") << "recipient"
                                         << QJsonValue(QJsonObject {
                                                { QStringLiteral("type"), QStringLiteral("email") },
                                                { QStringLiteral("hashed"), false },
                                                { QStringLiteral("identity"), QStringLiteral("someone@example.org") } })
                                         << QStringLiteral("signature/hosted-other-recipient");
        QTest::newRow("other badge") << "badge" << QJsonValue(QStringLiteral("https://example.org/other-badge.json"))
                                     << QStringLiteral("signature/hosted-other-badge");
        QTest::newRow("other id") << "id" << QJsonValue(QStringLiteral("https://example.org/other-assertion.json"))
                                  << QStringLiteral("signature/hosted-other-id");
        QTest::newRow("other issue date")
            << "issuedOn" << QJsonValue(QStringLiteral("2015-01-01T00:00:00Z")) << differs;
        QTest::newRow("hosted expires") << "expires" << QJsonValue(QStringLiteral("2017-01-01T00:00:00Z")) << differs;
        QTest::newRow("other evidence") << "evidence" << QJsonValue(QStringLiteral("https://example.org/other.html"))
                                        << differs;
    }

    void hostedMismatch()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        Env env;
        const QJsonObject stored = fixtureObject(QStringLiteral("basic-assertion.json"));
        QJsonObject hosted = stored;
        hosted.insert(field, value);
        env.server.route(QStringLiteral("/beths-robotics-badge.json"), Route::json(toJson(hosted)));
        const auto check = env.verifier.verifyHosted(stored);
        QVERIFY2(check.ok(), qPrintable(describe(check)));
        QVERIFY2(check->signatureCheck.status == verify::Check::Failed,
            qPrintable(check->signatureCheck.message.untranslated()));
        QCOMPARE(check->signatureCheck.reason, reason);
    }

    void hostedGoneOrElsewhere()
    {
        Env env;
        const QJsonObject stored = fixtureObject(QStringLiteral("basic-assertion.json"));
        const auto gone = env.verifier.verifyHosted(stored); // nothing served at the assertion's address
        QVERIFY2(gone.ok(), qPrintable(describe(gone)));
        QCOMPARE(gone->signatureCheck.status, verify::Check::Failed);
        QCOMPARE(gone->signatureCheck.reason, QStringLiteral("signature/hosted-copy-gone"));

        // The issuer only hosts its badges on another host.
        QJsonObject issuer = fixtureObject(QStringLiteral("organization.json"));
        issuer.insert(QStringLiteral("verification"),
            QJsonObject { { QStringLiteral("allowedOrigins"), QStringLiteral("badges.example.net") } });
        env.server.route(QStringLiteral("/organization.json"), Route::json(toJson(issuer)));
        env.server.route(QStringLiteral("/beths-robotics-badge.json"), Route::json(toJson(stored)));
        const auto elsewhere = env.verifier.verifyHosted(stored);
        QVERIFY2(elsewhere.ok(), qPrintable(describe(elsewhere)));
        QCOMPARE(elsewhere->issuerCheck.status, verify::Check::Failed);
        QCOMPARE(elsewhere->issuerCheck.reason, QStringLiteral("verify/hosted-wrong-origin"));

        QJsonObject signedOne = stored;
        signedOne.insert(
            QStringLiteral("verification"), QJsonObject { { QStringLiteral("type"), QStringLiteral("signed") } });
        QCOMPARE(env.verifier.verifyHosted(signedOne).error().code, ErrorCode::InvalidInput);
    }

    void hostedOffline()
    {
        Env env;
        env.fetcher.setOnline(false);
        const auto check = env.verifier.verifyHosted(fixtureObject(QStringLiteral("basic-assertion.json")));
        QVERIFY2(check.ok(), qPrintable(describe(check)));
        for (const verify::Check& c : { check->signatureCheck, check->issuerCheck, check->statusCheck }) {
            QCOMPARE(c.status, verify::Check::NotChecked);
            QCOMPARE(c.message, verify::Check::offline(c.id).message);
        }
        QCOMPARE(env.server.connectionCount(), 0);
    }

    void signedOk()
    {
        Env env;
        const auto check = env.verifier.verifySigned(fixture(QStringLiteral("simple.jwt")).trimmed());
        QVERIFY2(check.ok(), qPrintable(describe(check)));
        QVERIFY(!check->revoked);
        QCOMPARE(check->signatureCheck.status, verify::Check::Passed);
        QCOMPARE(check->issuerCheck.status, verify::Check::Passed);
        QCOMPARE(check->statusCheck.status, verify::Check::Passed);
        QCOMPARE(check->assertion.value(QLatin1String("id")).toString(), kAssertionId);
        QVERIFY(check->fetchedAt.isValid());
    }

    void signedRevokedByList()
    {
        Env env;
        const auto check = env.verifier.verifySigned(fixture(QStringLiteral("simple-revoked.jwt")).trimmed());
        QVERIFY2(check.ok(), qPrintable(describe(check)));
        QVERIFY(check->revoked);
        QCOMPARE(check->revocationReason, QStringLiteral("A good reason, for sure"));
        QCOMPARE(check->statusCheck.status, verify::Check::Failed);
        QCOMPARE(check->statusCheck.reason, QStringLiteral("status/revoked"));
    }

    void signedProblems()
    {
        Env env;
        QByteArray token = fixture(QStringLiteral("simple.jwt")).trimmed();
        QList<QByteArray> parts = token.split('.');
        QByteArray payload = QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding);
        payload.replace("deadsea", "deadsee");
        parts[1] = payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const auto tampered = env.verifier.verifySigned(parts.join('.'));
        QVERIFY2(tampered.ok(), qPrintable(describe(tampered)));
        QCOMPARE(tampered->signatureCheck.status, verify::Check::Failed);
        QCOMPARE(tampered->signatureCheck.reason, QStringLiteral("signature/mismatch"));

        // key3 belongs to another issuer than the one of simple.jwt's badge.
        env.server.route(QStringLiteral("/key1.json"), Route::json(fixture(QStringLiteral("key3.json"))));
        const auto wrongOwner = env.verifier.verifySigned(token);
        QVERIFY2(wrongOwner.ok(), qPrintable(describe(wrongOwner)));
        QCOMPARE(wrongOwner->issuerCheck.status, verify::Check::Failed);
        QCOMPARE(wrongOwner->issuerCheck.reason, QStringLiteral("issuer/key-other-owner"));
        QVERIFY(wrongOwner->signatureCheck.status != verify::Check::Passed);

        QVERIFY(!env.verifier.verifySigned("not.a.jws").ok());
    }
};

QTEST_GUILESS_MAIN(TestHostedAssertion)
#include "TestHostedAssertion.moc"
