// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/store/CredentialRepository.h"
#include "core/session/ImportService.h"
#include "core/store/Wallet.h"
#include "core/verify/WalletVerification.h"
#include "support/TestVectors.h"
#include "support/TestWalletHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ler;

namespace {

const QString kVectors = QStringLiteral(LER_TEST_DATA "/vectors/openbadges-eddsa");
const QString kFormats = QStringLiteral(LER_TEST_DATA "/formats");

using test::ob3VectorIssuerJwks;
using test::readFile;

} // namespace

class TestWalletVerification : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<store::Wallet> m_wallet;

    QString importFile(const QString& path)
    {
        session::ImportService service(m_wallet->database());
        auto outcomes = service.runOne(session::ImportInput::file(path));
        return outcomes && !outcomes->isEmpty() ? outcomes->first().id : QString();
    }

private Q_SLOTS:
    void init()
    {
        auto created = store::Wallet::create(m_tmp.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces)),
            "verification tests",
            crypto::KdfParams::cheapForTests());
        QVERIFY(created);
        m_wallet = std::move(created->wallet);
    }

    void verifyAndStoreEachOutcome()
    {
        const QString didKey = importFile(kVectors + QStringLiteral("/ob3/signed-credential.json"));
        const QString transcript = importFile(kFormats + QStringLiteral("/pesc/valid/SampleCollegeTranscript.xml"));
        QVERIFY(!didKey.isEmpty() && !transcript.isEmpty());
        verify::WalletVerification wv(m_wallet->database());
        QVERIFY(wv.addTrusted(ob3VectorIssuerJwks(), QStringLiteral("Example University")));

        QVERIFY(!*wv.latest(didKey));
        auto good = wv.verifyCredential(didKey);
        QVERIFY(good);
        QCOMPARE(good->overall, verify::Outcome::Verified);
        auto stored = wv.latest(didKey);
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->outcome, QStringLiteral("verified"));
        QVERIFY((*stored)->verifiedAt.isValid());
        QCOMPARE((*stored)->report.value(QStringLiteral("verified")).toBool(), true);

        auto unsignedReport = wv.verifyCredential(transcript);
        QVERIFY(unsignedReport);
        QVERIFY2(unsignedReport->overall != verify::Outcome::Verified, "an unsigned transcript is never 'verified'");

        store::CredentialRepository repo(m_wallet->database());
        auto list = repo.list();
        QVERIFY(list);
        for (const auto& s : *list) {
            if (s.id == didKey) {
                QCOMPARE(s.verification, QStringLiteral("verified"));
            }
        }
        QCOMPARE(wv.verifyCredential(QStringLiteral("no-such-id")).error().code, ErrorCode::NotFound);
    }

    void tamperedCredentialFailsOnTheSignature()
    {
        QByteArray doc = readFile(kVectors + QStringLiteral("/ob3/signed-credential.json"));
        QVERIFY(doc.contains("Teamwork Badge"));
        doc.replace("Teamwork Badge", "Leadership Badge");
        const QString path = m_tmp.filePath(QStringLiteral("tampered.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(doc);
        f.close();
        const QString id = importFile(path);
        QVERIFY(!id.isEmpty());
        verify::WalletVerification wv(m_wallet->database());
        QVERIFY(wv.addTrusted(ob3VectorIssuerJwks(), QStringLiteral("Example University")));
        auto report = wv.verifyCredential(id);
        QVERIFY(report);
        QCOMPARE(report->overall, verify::Outcome::NotVerified);
        const verify::Check* sig = report->check(verify::reportid::kSignature);
        QVERIFY(sig && sig->status == verify::Check::Failed);
    }

    void trustedIssuerKeyMakesAnUnresolvableIssuerVerifiable()
    {
        const QString id = importFile(kVectors + QStringLiteral("/ob3/signed-credential.json"));
        QVERIFY(!id.isEmpty());
        verify::WalletVerification wv(m_wallet->database());
        auto before = wv.verifyCredential(id);
        QVERIFY(before);
        QVERIFY2(before->overall != verify::Outcome::Verified, "an https issuer key cannot be found offline");

        const auto snapshot = test::snapshot(m_wallet->directory());
        QVERIFY(!wv.addTrusted("{\"keys\": [{\"kty\": \"nonsense\"}]}", QStringLiteral("bad")));
        QVERIFY(!wv.addTrusted("not json", QStringLiteral("bad")));
        QCOMPARE(wv.trustedEntries()->size(), 0);

        QVERIFY(wv.addTrusted(ob3VectorIssuerJwks(), QStringLiteral("Example University")));
        QCOMPARE(wv.trustedEntries()->size(), 1);
        auto after = wv.verifyCredential(id);
        QVERIFY(after);
        QCOMPARE(after->overall, verify::Outcome::Verified);
        QVERIFY(wv.removeTrusted(wv.trustedEntries()->first().id));
        QCOMPARE(wv.trustedEntries()->size(), 0);
        Q_UNUSED(snapshot);
    }

    void nestedCredentialsGetTheirOwnResult()
    {
        const QString clr = importFile(kVectors + QStringLiteral("/clr2/signed-credential.json"));
        QVERIFY(!clr.isEmpty());
        verify::WalletVerification wv(m_wallet->database());
        auto report = wv.verifyCredential(clr);
        QVERIFY(report);
        QVERIFY(!report->credentials.isEmpty());
        auto stored = store::CredentialRepository(m_wallet->database()).get(clr);
        QVERIFY(stored);
        QCOMPARE(stored->childIds.size(), report->credentials.size());
        for (const QString& child : stored->childIds) {
            auto latest = wv.latest(child);
            QVERIFY2(latest && latest->has_value(), "each credential inside the CLR has its result");
        }
    }

    void identifiers()
    {
        verify::WalletVerification wv(m_wallet->database());
        QVERIFY(wv.addIdentifier(QStringLiteral("  Alex@Example.org ")));
        QVERIFY(wv.addIdentifier(QStringLiteral("did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi")));
        QVERIFY(wv.addIdentifier(QStringLiteral("alex@example.org")));
        auto bad = wv.addIdentifier(QStringLiteral("not an address"));
        QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
        QCOMPARE(*wv.identifiers(),
            (QStringList { QStringLiteral("alex@example.org"),
                QStringLiteral("did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi") }));
        QVERIFY(wv.removeIdentifier(QStringLiteral("alex@example.org")));
        QCOMPARE(wv.identifiers()->size(), 1);
    }

    void verifyAllSkipsSelfAssertedAndCancels()
    {
        importFile(kVectors + QStringLiteral("/ob3/signed-credential.json"));
        importFile(kFormats + QStringLiteral("/csv/valid/entries.csv"));
        importFile(kFormats + QStringLiteral("/openbadges3/valid/simple.jwt"));
        verify::WalletVerification wv(m_wallet->database());
        std::atomic<bool> cancel(true);
        QCOMPARE(*wv.verifyAll({}, &cancel), 0);
        QList<int> seen;
        auto n = wv.verifyAll([&seen](int done, int) { seen.append(done); });
        QVERIFY(n);
        QCOMPARE(*n, 2);
        QCOMPARE(seen, (QList<int> { 1, 2 }));
    }

    void verifyManyStoresEachReportInBatches()
    {
        const QString signedOne = importFile(kVectors + QStringLiteral("/ob3/signed-credential.json"));
        const QString jwt = importFile(kFormats + QStringLiteral("/openbadges3/valid/simple.jwt"));
        const QString plain = importFile(kFormats + QStringLiteral("/openbadges3/valid/simple.json"));
        QVERIFY(!signedOne.isEmpty() && !jwt.isEmpty() && !plain.isEmpty());
        const QString missing = QStringLiteral("no-such-credential");
        verify::WalletVerification wv(m_wallet->database());

        // Batches of two: the first commit holds two reports, the second the rest; a missing id is reported as its
        // own error and does not stop the others.
        QStringList errors;
        QList<qsizetype> order;
        auto n = wv.verifyMany(
            { signedOne, missing, jwt, plain },
            [&](qsizetype i, const Result<verify::Report>& r) {
                order.append(i);
                if (!r)
                    errors.append(errorCodeName(r.error().code));
                return true;
            },
            2);
        QVERIFY(n);
        QCOMPARE(*n, 4);
        QCOMPARE(order, (QList<qsizetype> { 0, 1, 2, 3 }));
        QCOMPARE(errors, QStringList { QStringLiteral("not-found") });
        for (const QString& id : { signedOne, jwt, plain }) {
            auto latest = wv.latest(id);
            QVERIFY(latest);
            QVERIFY2(latest->has_value(), qPrintable(id));
        }
        auto none = wv.latest(missing);
        QVERIFY(none && !none->has_value());
    }

    void verifyManyStopsWhenAskedAndKeepsWhatWasChecked()
    {
        const QString first = importFile(kVectors + QStringLiteral("/ob3/signed-credential.json"));
        const QString second = importFile(kFormats + QStringLiteral("/openbadges3/valid/simple.jwt"));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        verify::WalletVerification wv(m_wallet->database());
        auto n = wv.verifyMany({ first, second }, [](qsizetype, const Result<verify::Report>&) { return false; });
        QVERIFY(n);
        QCOMPARE(*n, 1);
        // The one checked before the stop is kept (committed), the other was never checked.
        QVERIFY(wv.latest(first)->has_value());
        QVERIFY(!wv.latest(second)->has_value());
        // No transaction was left open: a new one can start.
        QVERIFY(m_wallet->database().begin());
        m_wallet->database().rollback();
        QVERIFY(wv.verifyCredential(second));
        QVERIFY(wv.latest(second)->has_value());
    }
};

QTEST_GUILESS_MAIN(TestWalletVerification)
#include "TestWalletVerification.moc"
