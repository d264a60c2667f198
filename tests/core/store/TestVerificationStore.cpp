// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/session/ImportService.h"
#include "core/store/CredentialRepository.h"
#include "core/store/VerificationStore.h"
#include "core/store/Wallet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ler;
using namespace ler::store;
using session::ImportInput;
using session::ImportService;

namespace {

const QString kVectors = QStringLiteral(LER_TEST_DATA "/vectors/openbadges-eddsa");
const QString kFormats = QStringLiteral(LER_TEST_DATA "/formats");

const QDateTime kEarly(QDate(2026, 3, 1), QTime(9, 30, 0, 125), Qt::UTC);
const QDateTime kLate(QDate(2026, 3, 2), QTime(14, 5, 7, 900), Qt::UTC);

QJsonObject report(const QString& marker)
{
    return QJsonObject { { QStringLiteral("marker"), marker },
        { QStringLiteral("checks"), QJsonArray { QStringLiteral("signature"), QStringLiteral("expiry") } } };
}

QJsonObject keySet(const QString& kid)
{
    return QJsonObject { { QStringLiteral("keys"),
        QJsonArray { QJsonObject { { QStringLiteral("kty"), QStringLiteral("OKP") },
            { QStringLiteral("crv"), QStringLiteral("Ed25519") },
            { QStringLiteral("kid"), kid } } } } };
}

} // namespace

class TestVerificationStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<Wallet> m_wallet;

    QList<ImportOutcome> importFile(const QString& path)
    {
        ImportService service(m_wallet->database());
        auto outcomes = service.runOne(ImportInput::file(path));
        return outcomes ? *outcomes : QList<ImportOutcome>();
    }

    QString importOne(const QString& path)
    {
        const auto outcomes = importFile(path);
        return outcomes.isEmpty() ? QString() : outcomes.first().id;
    }

private Q_SLOTS:
    void init()
    {
        auto created = Wallet::create(m_tmp.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces)),
            "verification store tests",
            crypto::KdfParams::cheapForTests());
        QVERIFY(created);
        m_wallet = std::move(created->wallet);
    }

    void latestReportIsTheNewestByTime()
    {
        const QString id = importOne(kVectors + QStringLiteral("/ob3/signed-credential.json"));
        QVERIFY(!id.isEmpty());
        VerificationStore store(m_wallet->database());

        auto none = store.latestReport(id);
        QVERIFY(none);
        QVERIFY2(!none->has_value(), "a credential never checked has no report");

        QVERIFY(store.addReport(id, report(QStringLiteral("late")), QStringLiteral("verified"), kLate));
        // Stored after, but made earlier: it must not become the latest.
        QVERIFY(store.addReport(id, report(QStringLiteral("early")), QStringLiteral("not-verified"), kEarly));
        auto latest = store.latestReport(id);
        QVERIFY(latest && latest->has_value());
        QCOMPARE((*latest)->verifiedAt, kLate);
        QCOMPARE((*latest)->outcome, QStringLiteral("verified"));
        QCOMPARE((*latest)->report, report(QStringLiteral("late")));

        // At the same time, the one stored last wins.
        QVERIFY(store.addReport(id, report(QStringLiteral("again")), QStringLiteral("incomplete"), kLate));
        latest = store.latestReport(id);
        QVERIFY(latest && latest->has_value());
        QCOMPARE((*latest)->report, report(QStringLiteral("again")));
        QCOMPARE((*latest)->outcome, QStringLiteral("incomplete"));

        const QString lateText = kLate.toString(Qt::ISODateWithMs);
        const QString json
            = QString::fromUtf8(QJsonDocument(report(QStringLiteral("late"))).toJson(QJsonDocument::Compact));
        auto known = store.hasReport(id, lateText, QStringLiteral("verified"), json);
        QVERIFY(known);
        QVERIFY2(*known, "the report stored at kLate is found by its stored text");
        auto other = store.hasReport(id, lateText, QStringLiteral("not-verified"), json);
        QVERIFY(other);
        QVERIFY2(!*other, "another outcome is another report");
    }

    void readsWhatAVerifierNeedsOfCredentials()
    {
        const QString badge = importOne(kVectors + QStringLiteral("/ob3/signed-credential.json"));
        const QString clr = importOne(kVectors + QStringLiteral("/clr2/signed-credential.json"));
        const auto entries = importFile(kFormats + QStringLiteral("/csv/valid/entries.csv"));
        QVERIFY(!badge.isEmpty() && !clr.isEmpty() && !entries.isEmpty());
        VerificationStore store(m_wallet->database());
        CredentialRepository repo(m_wallet->database());

        auto original = store.credentialOriginal(badge);
        QVERIFY(original && original->has_value());
        auto stored = repo.get(badge);
        QVERIFY(stored);
        QCOMPARE((*original)->original, stored->original);
        QCOMPARE((*original)->source, stored->summary.source);
        auto missing = store.credentialOriginal(QStringLiteral("no-such-id"));
        QVERIFY(missing);
        QVERIFY(!missing->has_value());

        auto clrStored = repo.get(clr);
        QVERIFY(clrStored);
        QVERIFY2(!clrStored->childIds.isEmpty(), "the CLR sample holds credentials");
        auto children = store.childIds(clr);
        QVERIFY(children);
        QCOMPARE(*children, clrStored->childIds);
        auto noChildren = store.childIds(badge);
        QVERIFY(noChildren);
        QVERIFY(noChildren->isEmpty());

        auto checkable = store.checkableIds();
        QVERIFY(checkable);
        QCOMPARE(*checkable, (QStringList { badge, clr }));
    }

    void identifiersAddListRemove()
    {
        VerificationStore store(m_wallet->database());
        const QString did = QStringLiteral("did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi");
        QVERIFY(store.addIdentifier(QStringLiteral("email"), QStringLiteral("alex@example.org"), kEarly));
        QVERIFY(store.addIdentifier(QStringLiteral("did"), did, kEarly));
        QVERIFY(store.addIdentifier(QStringLiteral("url"), QStringLiteral("https://alex.example.org/"), kLate));
        QVERIFY2(store.addIdentifier(QStringLiteral("email"), QStringLiteral("alex@example.org"), kLate),
            "adding one already there keeps it and succeeds");
        QCOMPARE(*store.identifiers(),
            (QStringList { QStringLiteral("alex@example.org"), did, QStringLiteral("https://alex.example.org/") }));

        // An address typed with capitals removes the one stored in lower case.
        QVERIFY(store.removeIdentifier(QStringLiteral("Alex@Example.org")));
        QCOMPARE(*store.identifiers(), (QStringList { did, QStringLiteral("https://alex.example.org/") }));
        QVERIFY(store.removeIdentifier(did));
        QCOMPARE(*store.identifiers(), (QStringList { QStringLiteral("https://alex.example.org/") }));
    }

    void trustedKeysAddListRemove()
    {
        VerificationStore store(m_wallet->database());
        QVERIFY(store.addTrustedKey(
            QStringLiteral("Example University"), QStringLiteral("k1"), keySet(QStringLiteral("a")), {}, kEarly));
        QVERIFY(store.addTrustedKey(QStringLiteral("Other College"),
            QStringLiteral("k2"),
            keySet(QStringLiteral("b")),
            QStringLiteral("from the registrar"),
            kLate));
        QVERIFY2(store.addTrustedKey(QStringLiteral("Example University"),
                     QStringLiteral("k1"),
                     keySet(QStringLiteral("changed")),
                     {},
                     kLate),
            "the same issuer and kid again keeps the first copy and succeeds");

        auto keys = store.trustedKeys();
        QVERIFY(keys);
        QCOMPARE(keys->size(), 2);
        const TrustedKeyRow& first = keys->at(0);
        QCOMPARE(first.issuer, QStringLiteral("Example University"));
        QCOMPARE(first.kid, QStringLiteral("k1"));
        QCOMPARE(first.jwk, keySet(QStringLiteral("a")));
        QCOMPARE(first.addedAt, kEarly);
        const TrustedKeyRow& second = keys->at(1);
        QCOMPARE(second.label, QStringLiteral("from the registrar"));
        QCOMPARE(second.jwk, keySet(QStringLiteral("b")));
        QVERIFY(first.id != second.id);
        const qint64 firstId = first.id; // the list the references point into is replaced below
        const qint64 secondId = second.id;

        QVERIFY(store.removeTrustedKey(firstId));
        keys = store.trustedKeys();
        QVERIFY(keys);
        QCOMPARE(keys->size(), 1);
        QCOMPARE(keys->first().id, secondId);
    }

    void badInputIsRefusedAndChangesNothing()
    {
        const QString id = importOne(kVectors + QStringLiteral("/ob3/signed-credential.json"));
        QVERIFY(!id.isEmpty());
        VerificationStore store(m_wallet->database());
        QVERIFY(store.addReport(id, report(QStringLiteral("kept")), QStringLiteral("verified"), kEarly));
        QVERIFY(store.addIdentifier(QStringLiteral("email"), QStringLiteral("alex@example.org"), kEarly));
        QVERIFY(store.addTrustedKey(
            QStringLiteral("Example University"), QStringLiteral("k1"), keySet(QStringLiteral("a")), {}, kEarly));
        const QStringList identifiersBefore = *store.identifiers();
        const QList<TrustedKeyRow> keysBefore = *store.trustedKeys();

        const auto refused = [](const Status& s, ErrorCode code, const QString& reason) {
            return !s && s.error().code == code && s.error().reason == reason;
        };
        QVERIFY(refused(store.addIdentifier(QStringLiteral("email"), QString(), kLate),
            ErrorCode::InvalidInput,
            QStringLiteral("store/empty-identifier")));
        QVERIFY(refused(store.addIdentifier(QStringLiteral("did"), QStringLiteral("   "), kLate),
            ErrorCode::InvalidInput,
            QStringLiteral("store/empty-identifier")));
        QVERIFY(refused(store.addIdentifier(QStringLiteral("phone"), QStringLiteral("+1 555 0100"), kLate),
            ErrorCode::InvalidInput,
            QStringLiteral("store/identifier-type")));
        QVERIFY(refused(store.addIdentifier(QStringLiteral("did"), QStringLiteral("did:example:1"), QDateTime()),
            ErrorCode::InvalidInput,
            QStringLiteral("store/bad-time")));
        QVERIFY(refused(store.removeIdentifier(QStringLiteral("nobody@example.org")),
            ErrorCode::NotFound,
            QStringLiteral("store/unknown-identifier")));
        QVERIFY(refused(store.addTrustedKey(QStringLiteral("Nobody"), QStringLiteral("k9"), {}, {}, kLate),
            ErrorCode::InvalidInput,
            QStringLiteral("store/empty-trusted-key")));
        QVERIFY(refused(store.removeTrustedKey(keysBefore.first().id + 1000),
            ErrorCode::NotFound,
            QStringLiteral("store/unknown-trusted-key")));
        QVERIFY(refused(store.addReport(QString(), report(QStringLiteral("x")), QStringLiteral("verified"), kLate),
            ErrorCode::InvalidInput,
            QStringLiteral("store/empty-credential-id")));
        QVERIFY(refused(store.addReport(id, report(QStringLiteral("x")), QString(), kLate),
            ErrorCode::InvalidInput,
            QStringLiteral("store/empty-outcome")));
        QVERIFY(refused(store.addReport(id, report(QStringLiteral("x")), QStringLiteral("verified"), QDateTime()),
            ErrorCode::InvalidInput,
            QStringLiteral("store/bad-time")));

        QCOMPARE(*store.identifiers(), identifiersBefore);
        const QList<TrustedKeyRow> keysAfter = *store.trustedKeys();
        QCOMPARE(keysAfter.size(), keysBefore.size());
        QCOMPARE(keysAfter.first().id, keysBefore.first().id);
        QCOMPARE(keysAfter.first().jwk, keysBefore.first().jwk);
        auto latest = store.latestReport(id);
        QVERIFY(latest && latest->has_value());
        QCOMPARE((*latest)->report, report(QStringLiteral("kept")));
    }

    void reportForAnUnknownCredentialIsADatabaseError()
    {
        VerificationStore store(m_wallet->database());
        auto s = store.addReport(
            QStringLiteral("no-such-id"), report(QStringLiteral("x")), QStringLiteral("verified"), kLate);
        QVERIFY2(!s, "a report must belong to a stored credential");
        QCOMPARE(s.error().code, ErrorCode::Database);
        auto latest = store.latestReport(QStringLiteral("no-such-id"));
        QVERIFY(latest);
        QVERIFY(!latest->has_value());
    }
};

QTEST_GUILESS_MAIN(TestVerificationStore)
#include "TestVerificationStore.moc"
