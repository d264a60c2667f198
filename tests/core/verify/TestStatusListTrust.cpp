// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// Status lists that must not be believed: issued by someone else, or signed by a key the list carries itself. Each
// forged list is served next to a control that differs only in the forged part.
#include "core/codec/Base64Url.h"
#include "core/codec/Gzip.h"
#include "core/net/Fetcher.h"
#include "core/verify/Verifier.h"
#include "support/LoopbackHttpServer.h"
#include "support/ReportHelpers.h"
#include "support/SigningTestKey.h"

#include <QTest>

using namespace ler;
using namespace ler::verify;
using ler::test::compactJson;
using ler::test::SigningTestKey;
using testnet::LoopbackHttpServer;
using testnet::Route;

namespace {

using ler::test::describe;
using ler::test::reasonOf;
using ler::test::statusOf;

const QDateTime kNow(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
const QString kListUrl = QStringLiteral("https://issuer.example/status/1");
const QString kWebIssuer = QStringLiteral("https://issuer.example/issuers/1");
constexpr int kRevoked = 42;
constexpr int kActive = 7;

QString encodedList()
{
    QByteArray bits(16 * 1024, '\0');
    bits[kRevoked / 8] = char(0x80U >> (kRevoked % 8));
    return QStringLiteral("u") + QString::fromLatin1(codec::base64UrlEncode(codec::gzip(bits).value()));
}

/// An unsigned revocation list credential (bit kRevoked set) naming issuer.
QJsonObject statusList(const QJsonValue& issuer)
{
    QJsonObject list = test::vc2Credential(issuer);
    list.insert(QStringLiteral("id"), kListUrl);
    list.insert(QStringLiteral("type"),
        QJsonArray { QStringLiteral("VerifiableCredential"), QStringLiteral("BitstringStatusListCredential") });
    list.insert(QStringLiteral("credentialSubject"),
        QJsonObject { { QStringLiteral("id"), kListUrl + QStringLiteral("#list") },
            { QStringLiteral("type"), QStringLiteral("BitstringStatusList") },
            { QStringLiteral("statusPurpose"), QStringLiteral("revocation") },
            { QStringLiteral("encodedList"), encodedList() } });
    return list;
}

QJsonObject withStatus(QJsonObject credential, int index)
{
    credential.insert(QStringLiteral("credentialStatus"),
        QJsonObject { { QStringLiteral("id"), kListUrl + QLatin1Char('#') + QString::number(index) },
            { QStringLiteral("type"), QStringLiteral("BitstringStatusListEntry") },
            { QStringLiteral("statusPurpose"), QStringLiteral("revocation") },
            { QStringLiteral("statusListIndex"), QString::number(index) },
            { QStringLiteral("statusListCredential"), kListUrl } });
    return credential;
}

QJsonObject multikeyMethod(const QString& id, const QString& controller, const crypto::PublicKey& key)
{
    return { { QStringLiteral("id"), id },
        { QStringLiteral("type"), QStringLiteral("Multikey") },
        { QStringLiteral("controller"), controller },
        { QStringLiteral("publicKeyMultibase"), key.toMultikey() } };
}

/// Serves one list at kListUrl and verifies with the network on.
struct Env
{
    LoopbackHttpServer server;
    net::Fetcher fetcher;
    Verifier::Options options;

    Env()
    {
        fetcher.setUrlRewriter(server.rewriter());
        options.now = kNow;
        options.fetcher = &fetcher;
    }

    void serve(const QJsonObject& list) { server.route(QStringLiteral("/status/1"), Route::json(compactJson(list))); }

    Report run(const QByteArray& bytes) const
    {
        auto report = test::noted(Verifier(options).verify(bytes));
        if (!report)
            qWarning("%s", qPrintable(report.error().message.untranslated()));
        return report ? *report : Report {};
    }
};

} // namespace

class TestStatusListTrust : public QObject
{
    Q_OBJECT
    // Documents are served from 127.0.0.1, which the Fetcher reaches only with LER_WALLET_ALLOW_LOOPBACK=1.
    testnet::AllowLoopback m_allowLoopback;

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }
    void cleanupTestCase()
    {
        // Tools and tests tell apart the checks that did not pass by their reasons, never by their words.
        QVERIFY2(test::checksWithoutReasons().isEmpty(), qPrintable(test::notesListed(test::checksWithoutReasons())));
    }

    void listOfAnotherIssuerProvesNothing()
    {
        const SigningTestKey issuer;
        const SigningTestKey mallory;
        // A list that is valid in itself (Mallory signs her own list) but not the credential issuer's: the
        // credential's bit is clear in it, yet the status fails.
        Env env;
        env.serve(mallory.withProof(statusList(mallory.didKey())));
        const QByteArray credential
            = compactJson(issuer.withProof(withStatus(test::vc2Credential(issuer.didKey()), kActive)));
        const Report forged = env.run(credential);
        QVERIFY2(statusOf(forged, reportid::kStatus) == Check::Failed, qPrintable(describe(forged)));
        QCOMPARE(reasonOf(forged, reportid::kStatus), QStringLiteral("verify/status-list-other-issuer"));
        QCOMPARE(forged.overall, Outcome::NotVerified);

        Env control;

        control.serve(issuer.withProof(statusList(issuer.didKey())));
        const Report active = control.run(credential);
        QVERIFY2(statusOf(active, reportid::kStatus) == Check::Passed, qPrintable(describe(active)));
        QVERIFY2(active.overall == Outcome::Verified, qPrintable(describe(active)));
    }

    void revokedEntryOutweighsOneThatCannotBeChecked_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<bool>("forged");
        // The holder cannot change the entries, but the issuer's order decides nothing: an entry whose list cannot
        // be used (another kind of status, a list that is not there) placed first must not hide a revocation.
        QTest::newRow("unsupported entry first") << QStringLiteral("unsupported") << true;
        QTest::newRow("missing list first") << QStringLiteral("missing") << true;
        QTest::newRow("control: revocation entry alone") << QString() << false;
    }

    void revokedEntryOutweighsOneThatCannotBeChecked()
    {
        QFETCH(QString, first);
        QFETCH(bool, forged);
        const SigningTestKey issuer;
        Env env;
        env.serve(issuer.withProof(statusList(issuer.didKey())));
        env.server.route(QStringLiteral("/status/gone"), Route::json("{}", 404));
        const QJsonObject revoked = withStatus(test::vc2Credential(issuer.didKey()), kRevoked);
        QJsonArray entries { revoked.value(QLatin1String("credentialStatus")) };
        if (first == QLatin1String("unsupported")) {
            entries.prepend(QJsonObject { { QStringLiteral("id"), QStringLiteral("https://issuer.example/other#1") },
                { QStringLiteral("type"), QStringLiteral("RevocationList2020Status") } });
        } else if (first == QLatin1String("missing")) {
            QJsonObject gone = revoked.value(QLatin1String("credentialStatus")).toObject();
            gone.insert(QStringLiteral("id"), QStringLiteral("https://issuer.example/status/gone#3"));
            gone.insert(QStringLiteral("statusListIndex"), QStringLiteral("3"));
            gone.insert(QStringLiteral("statusListCredential"), QStringLiteral("https://issuer.example/status/gone"));
            entries.prepend(gone);
        }
        QJsonObject credential = revoked;
        credential.insert(
            QStringLiteral("credentialStatus"), forged ? QJsonValue(entries) : QJsonValue(entries.last()));
        const Report r = env.run(compactJson(issuer.withProof(credential)));
        QVERIFY2(statusOf(r, reportid::kStatus) == Check::Failed, qPrintable(describe(r)));
        QVERIFY2(reasonOf(r, reportid::kStatus) == QLatin1String("status/revoked"), qPrintable(describe(r)));
        QCOMPARE(r.overall, Outcome::NotVerified);
    }

    void listNamingTheIssuerButSignedByAnotherKeyFails()
    {
        const SigningTestKey issuer;
        const SigningTestKey mallory;
        // The list names the credential's issuer, but Mallory's did:key signed it.
        Env env;
        env.serve(mallory.withProof(statusList(issuer.didKey()), mallory.didKeyMethod()));
        const Report forged
            = env.run(compactJson(issuer.withProof(withStatus(test::vc2Credential(issuer.didKey()), kActive))));
        QVERIFY2(statusOf(forged, reportid::kStatus) == Check::Failed, qPrintable(describe(forged)));
        QCOMPARE(forged.overall, Outcome::NotVerified);
    }

    void listSignedByAKeyItCarriesIsNotChecked()
    {
        const SigningTestKey issuer;
        const SigningTestKey mallory;
        // The credential's key is one the person trusts; the list names the same issuer and carries its own key.
        const QString trustedMethod = kWebIssuer + QStringLiteral("#key-1");
        const QString carriedMethod = kWebIssuer + QStringLiteral("#key-2");
        QJsonObject jwk = issuer.publicKey().toJwk();
        jwk.insert(QStringLiteral("kid"), trustedMethod);
        auto trusted
            = TrustedIssuers::fromJson(compactJson(QJsonObject { { QStringLiteral("keys"), QJsonArray { jwk } } }));
        QVERIFY(trusted.ok());
        const QJsonObject listIssuer { { QStringLiteral("id"), kWebIssuer },
            { QStringLiteral("verificationMethod"),
                QJsonArray { multikeyMethod(carriedMethod, kWebIssuer, mallory.publicKey()) } } };
        const QByteArray credential = compactJson(issuer.withProof(
            withStatus(test::vc2Credential(QJsonObject { { QStringLiteral("id"), kWebIssuer } }), kActive),
            trustedMethod));

        Env env;
        env.options.trustedIssuers = *trusted;
        env.serve(mallory.withProof(statusList(listIssuer), carriedMethod));
        const Report forged = env.run(credential);
        QVERIFY2(statusOf(forged, reportid::kStatus) == Check::NotChecked, qPrintable(describe(forged)));
        QCOMPARE(forged.overall, Outcome::PartlyVerified);
        QCOMPARE(forged.toJson().value(QStringLiteral("verified")).toBool(), false);

        // Control: the same list, signed with the issuer's trusted key.
        Env control;
        control.options.trustedIssuers = *trusted;
        control.serve(issuer.withProof(statusList(listIssuer), trustedMethod));
        const Report ok = control.run(credential);
        QVERIFY2(statusOf(ok, reportid::kStatus) == Check::Passed, qPrintable(describe(ok)));
        QVERIFY2(ok.overall == Outcome::Verified, qPrintable(describe(ok)));
    }

    void tokensCarryingACredentialHaveTheirStatusChecked_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<int>("index");
        QTest::addColumn<bool>("revoked");
        for (const char* form : { "sd-jwt", "vc-jose" }) {
            QTest::newRow(QByteArray(form) + " revoked") << QString::fromLatin1(form) << kRevoked << true;
            QTest::newRow(QByteArray(form) + " control") << QString::fromLatin1(form) << kActive << false;
        }
    }

    void tokensCarryingACredentialHaveTheirStatusChecked()
    {
        QFETCH(QString, form);
        QFETCH(int, index);
        QFETCH(bool, revoked);
        const SigningTestKey issuer;
        Env env;
        env.serve(issuer.withProof(statusList(issuer.didKey())));
        const QJsonObject vc = withStatus(test::vc2Credential(issuer.didKey()), index);
        const QByteArray token = form == QLatin1String("vc-jose")
            ? issuer.jwt(vc, issuer.didKeyMethod())
            : test::sdJwt(issuer,
                vc,
                { jose::makeDisclosure(QStringLiteral("s1"), QStringLiteral("description"), QStringLiteral("BSc")) },
                issuer.didKeyMethod());
        const Report r = env.run(token);
        if (revoked) {
            QVERIFY2(statusOf(r, reportid::kStatus) == Check::Failed, qPrintable(describe(r)));
            QCOMPARE(r.overall, Outcome::NotVerified);
        } else {
            QVERIFY2(statusOf(r, reportid::kStatus) == Check::Passed, qPrintable(describe(r)));
            QVERIFY2(r.overall == Outcome::Verified, qPrintable(describe(r)));
        }
    }
};

QTEST_GUILESS_MAIN(TestStatusListTrust)
#include "TestStatusListTrust.moc"
