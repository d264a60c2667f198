// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/JwtCredential.h"
#include "core/verify/MethodResolver.h"
#include "core/verify/ProofSigner.h"
#include "core/verify/ProofSuite.h"
#include "core/verify/TrustedIssuers.h"
#include "support/SigningTestKey.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <sodium.h>

using namespace ler;
using namespace ler::verify;
using ler::test::compactJson;
using ler::test::SigningTestKey;

/// Refusals of the verification engine's own functions, told apart by their stable reasons ("verify/...").
class TestVerifyRefusals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void trustedKeysFile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        const SigningTestKey key;
        QJsonObject relative = key.publicKey().toJwk();
        relative.insert(QStringLiteral("kid"), QStringLiteral("key-1"));
        QTest::newRow("not json") << QByteArray("{\"keys\": [") << QStringLiteral("verify/trusted-file-not-json");
        QTest::newRow("entry not an object") << QByteArray("[1]") << QStringLiteral("verify/trusted-entry-not-object");
        QTest::newRow("neither keys nor DID document")
            << QByteArray("{\"name\": \"Example University\"}") << QStringLiteral("verify/trusted-entry-unknown-kind");
        QTest::newRow("relative kid without issuer")
            << compactJson(QJsonObject { { QStringLiteral("keys"), QJsonArray { relative } } })
            << QStringLiteral("verify/trusted-key-id-relative");
        // The key's own reason is kept.
        QTest::newRow("unknown key type")
            << QByteArray("{\"issuer\": \"https://u.example\", \"keys\": [{\"kty\": \"X\"}]}")
            << QStringLiteral("crypto/jwk-kty-unsupported");
    }
    void trustedKeysFile()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        const auto trusted = TrustedIssuers::fromJson(json);
        QVERIFY(!trusted.ok());
        QCOMPARE(trusted.error().code, ErrorCode::InvalidInput);
        QCOMPARE(trusted.error().reason, reason);

        // Control: the same key with an issuer it belongs to is accepted.
        const SigningTestKey key;
        QJsonObject jwk = key.publicKey().toJwk();
        jwk.insert(QStringLiteral("kid"), QStringLiteral("key-1"));
        QVERIFY(TrustedIssuers::fromJson(
            compactJson(QJsonObject { { QStringLiteral("issuer"), QStringLiteral("https://u.example") },
                { QStringLiteral("keys"), QJsonArray { jwk } } }))
                    .ok());
    }

    void unknownKeysAreRefusedByReason()
    {
        const QString method = QStringLiteral("did:example:u#key-1");
        const auto trusted = trustedKeyResolver({})(method);
        QVERIFY(!trusted.ok());
        QCOMPARE(trusted.error().reason, QStringLiteral("verify/key-not-trusted"));
        // The same refusal from a trusted keys file has the same reason.
        const auto fromFile = TrustedIssuers().controllerDocument(method);
        QVERIFY(!fromFile.ok());
        QCOMPARE(fromFile.error().reason, QStringLiteral("verify/key-not-trusted"));
        const auto offline = offlineDidResolver()(QStringLiteral("https://u.example/issuer#key-1"));
        QVERIFY(!offline.ok());
        QCOMPARE(offline.error().reason, QStringLiteral("verify/not-resolvable-offline"));
        const auto embedded = embeddedMethodResolver(QJsonObject {})(method);
        QVERIFY(!embedded.ok());
        QCOMPARE(embedded.error().reason, QStringLiteral("verify/embedded-key-not-found"));
        const auto none = firstOf({})(method);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().reason, QStringLiteral("verify/key-unresolved"));
    }

    void proofSuites_data()
    {
        QTest::addColumn<QJsonObject>("proof");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no type") << QJsonObject {} << QStringLiteral("verify/proof-no-type");
        QTest::newRow("unknown type") << QJsonObject { { QStringLiteral("type"), QStringLiteral("RsaSignature2018") } }
                                      << QStringLiteral("verify/proof-type-unsupported");
        QTest::newRow("unknown cryptosuite")
            << QJsonObject { { QStringLiteral("type"), QStringLiteral("DataIntegrityProof") },
                   { QStringLiteral("cryptosuite"), QStringLiteral("bbs-2023") } }
            << QStringLiteral("verify/cryptosuite-unsupported");
    }
    void proofSuites()
    {
        QFETCH(QJsonObject, proof);
        QFETCH(QString, reason);
        const auto suite = proofSuiteOf(proof);
        QVERIFY(!suite.ok());
        QCOMPARE(suite.error().reason, reason);
        // Control: a suite this wallet checks.
        QVERIFY(proofSuiteOf(QJsonObject { { QStringLiteral("type"), QStringLiteral("DataIntegrityProof") },
                                 { QStringLiteral("cryptosuite"), QStringLiteral("eddsa-jcs-2022") } })
                    .ok());
    }

    void newProofsAreRefusedByReason()
    {
        const SigningTestKey key;
        const QJsonObject document = test::vc2Credential(key.didKey());
        ProofOptions options; // eddsa-rdfc-2022, as SigningTestKey::withProof signs
        options.verificationMethod = key.didKeyMethod();

        const ProofSigningCallback sign = [&key](QByteArrayView data) -> Result<QByteArray> { return key.sign(data); };

        const auto noSigner = createProof(document, options, {});
        QVERIFY(!noSigner.ok());
        QCOMPARE(noSigner.error().reason, QStringLiteral("verify/signing-key-missing"));

        ProofOptions oldSuite = options;
        oldSuite.suite = ProofSuite::Ed25519Signature2020;
        const auto old = createProof(document, oldSuite, sign);
        QVERIFY(!old.ok());
        QCOMPARE(old.error().reason, QStringLiteral("verify/signing-suite-unsupported"));

        const auto shortSignature
            = createProof(document, options, [](QByteArrayView) -> Result<QByteArray> { return QByteArray(10, 'x'); });
        QVERIFY(!shortSignature.ok());
        QCOMPARE(shortSignature.error().reason, QStringLiteral("verify/signature-wrong-length"));

        // Control: the same options with a working signer make a proof.
        const auto made = createProof(document, options, sign);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().reason));
    }

    void tokens_data()
    {
        QTest::addColumn<QJsonObject>("claims");
        QTest::addColumn<QString>("reason");
        const QJsonObject vc { { QStringLiteral("issuer"), QStringLiteral("did:example:b") } };
        QTest::newRow("neither credential nor presentation")
            << QJsonObject { { QStringLiteral("iss"), QStringLiteral("did:example:a") } }
            << QStringLiteral("verify/token-no-credential");
        QTest::newRow("credential and presentation")
            << QJsonObject { { QStringLiteral("vc"), vc }, { QStringLiteral("vp"), QJsonObject {} } }
            << QStringLiteral("verify/token-credential-and-presentation");
        QTest::newRow("iss names another issuer")
            << QJsonObject { { QStringLiteral("iss"), QStringLiteral("did:example:a") }, { QStringLiteral("vc"), vc } }
            << QStringLiteral("verify/token-issuer-mismatch");
    }
    void tokens()
    {
        QFETCH(QJsonObject, claims);
        QFETCH(QString, reason);
        const SigningTestKey key;
        const auto parsed = JwtCredential::parse(key.jwt(claims, key.didKeyMethod()));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().reason, reason);
    }
};

QTEST_GUILESS_MAIN(TestVerifyRefusals)
#include "TestVerifyRefusals.moc"
