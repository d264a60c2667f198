// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// The ECDSA cryptosuites (ecdsa-rdfc-2019, ecdsa-jcs-2019): the W3C test vectors, step by step, and proofs that
// must not verify (changed claims, another key, the other curve's hash, a key of the wrong type), each next to a
// control that differs only in the forged part.
#include "core/codec/Base58.h"
#include "core/did/DidKey.h"
#include "core/verify/DataIntegrity.h"
#include "core/verify/ProofSigner.h"
#include "support/EcdsaTestKey.h"
#include "support/SigningTestKey.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ler;
using namespace ler::verify;
using ler::test::EcdsaTestKey;

namespace {

QByteArray readFile(const QString& relative)
{
    QFile f(QStringLiteral(LER_TEST_DATA "/vectors/ecdsa/") + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject readJson(const QString& relative)
{
    return QJsonDocument::fromJson(readFile(relative)).object();
}

QString describe(const QList<Check>& checks)
{
    QStringList lines;
    for (const Check& c : checks)
        lines << QStringLiteral("%1 [%2] %3 %4")
                     .arg(c.id, checkStatusName(c.status), c.message.untranslated(), c.detail.untranslated());
    return lines.join(QLatin1Char('\n'));
}

VerifyOptions testOptions()
{
    VerifyOptions o;
    o.resolver = offlineDidResolver();
    o.now = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
    return o;
}

QJsonObject proofOf(const QJsonObject& doc)
{
    return doc.value(QLatin1String("proof")).toObject();
}

QJsonObject withProofMember(QJsonObject doc, const QString& name, const QJsonValue& value)
{
    QJsonObject proof = proofOf(doc);
    proof.insert(name, value);
    doc.insert(QStringLiteral("proof"), proof);
    return doc;
}

Check::Status statusOf(const DataIntegrityResult& r, const QString& id)
{
    const Check* c = r.proofs.value(0).check(id);
    return c ? c->status : Check::Status(-1);
}

QString messageOf(const DataIntegrityResult& r, const QString& id)
{
    const Check* c = r.proofs.value(0).check(id);
    return c ? c->message.untranslated() : QString();
}

QString reasonOf(const DataIntegrityResult& r, const QString& id)
{
    const Check* c = r.proofs.value(0).check(id);
    return c ? c->reason : QString();
}

QString proofValue(const QByteArray& signature)
{
    return QLatin1Char('z') + QString::fromLatin1(codec::base58Encode(signature));
}

/// The unsigned alumni credential of the vectors, signed by key with the proof's hash data made with hash (the
/// suite's own choice, or a forger's other one) and the ECDSA digest of sha384.
QJsonObject signedWithHash(const EcdsaTestKey& key, ProofSuite suite, ProofHash hash, bool sha384)
{
    const QJsonObject doc = readJson(QStringLiteral("unsigned.json"));
    QJsonObject proof { { QStringLiteral("type"), QStringLiteral("DataIntegrityProof") },
        { QStringLiteral("cryptosuite"), proofSuiteName(suite) },
        { QStringLiteral("created"), QStringLiteral("2024-01-01T00:00:00Z") },
        { QStringLiteral("verificationMethod"), key.didKeyMethod() },
        { QStringLiteral("proofPurpose"), QStringLiteral("assertionMethod") } };
    auto input = hashInput(suite, doc, proof, {}, hash);
    if (!input)
        return {};
    proof.insert(QStringLiteral("proofValue"), proofValue(key.sign(input->hashData, sha384)));
    QJsonObject out = doc;
    out.insert(QStringLiteral("proof"), proof);
    return out;
}

const char* const kSignedVectors[] = {
    "ecdsa-rdfc-2019-p256/signedECDSAP256.json",
    "ecdsa-rdfc-2019-p384/signedECDSAP384.json",
    "ecdsa-jcs-2019-p256/signedJCSECDSAP256.json",
    "ecdsa-jcs-2019-p384/signedJCSECDSAP384.json",
};

} // namespace

class TestEcdsaSuites : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void specVectorsVerify_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("suite");
        QTest::addColumn<QString>("curve");
        QTest::newRow("ecdsa-rdfc-2019 P-256") << kSignedVectors[0] << "ecdsa-rdfc-2019"
                                               << "P-256";
        QTest::newRow("ecdsa-rdfc-2019 P-384") << kSignedVectors[1] << "ecdsa-rdfc-2019"
                                               << "P-384";
        QTest::newRow("ecdsa-jcs-2019 P-256") << kSignedVectors[2] << "ecdsa-jcs-2019"
                                              << "P-256";
        QTest::newRow("ecdsa-jcs-2019 P-384") << kSignedVectors[3] << "ecdsa-jcs-2019"
                                              << "P-384";
    }
    void specVectorsVerify()
    {
        QFETCH(QString, file);
        QFETCH(QString, suite);
        QFETCH(QString, curve);
        const QJsonObject doc = readJson(file);
        QVERIFY2(!doc.isEmpty(), qPrintable(file + QStringLiteral(" missing")));
        const DataIntegrityResult result = verifyDataIntegrity(doc, testOptions());
        QVERIFY2(result.verified(), qPrintable(describe(result.allChecks())));
        QCOMPARE(result.proofs.at(0).suite, suite);
        QVERIFY(
            messageOf(result, checkid::kSignature).startsWith(QLatin1String("Signature valid: signed by did:key:")));
        auto key = did::publicKeyFromDidKey(controllerOf(result.proofs.at(0).verificationMethod));
        QVERIFY(key.ok());
        QCOMPARE(crypto::keyTypeName(key->type()), curve);
    }

    void intermediateValues_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("signedFile");
        QTest::newRow("ecdsa-rdfc-2019 P-256") << "ecdsa-rdfc-2019-p256/"
                                               << "ECDSAP256" << kSignedVectors[0];
        QTest::newRow("ecdsa-rdfc-2019 P-384") << "ecdsa-rdfc-2019-p384/"
                                               << "ECDSAP384" << kSignedVectors[1];
        QTest::newRow("ecdsa-jcs-2019 P-256") << "ecdsa-jcs-2019-p256/"
                                              << "JCSECDSAP256" << kSignedVectors[2];
        QTest::newRow("ecdsa-jcs-2019 P-384") << "ecdsa-jcs-2019-p384/"
                                              << "JCSECDSAP384" << kSignedVectors[3];
    }
    void intermediateValues()
    {
        QFETCH(QString, dir);
        QFETCH(QString, name);
        QFETCH(QString, signedFile);
        const QJsonObject config = readJson(dir + QStringLiteral("proofConfig") + name + QStringLiteral(".json"));
        QVERIFY2(!config.isEmpty(), "proof configuration missing");
        auto suite = proofSuiteOf(config);
        QVERIFY(suite.ok());
        QVERIFY(isEcdsa(*suite));
        auto key = did::publicKeyFromDidKey(controllerOf(config.value(QLatin1String("verificationMethod")).toString()));
        QVERIFY(key.ok());
        const ProofHash hash = proofHashFor(*suite, key->type());
        QCOMPARE(hash == ProofHash::Sha384, key->type() == crypto::KeyType::P384);

        auto input = hashInput(*suite, readJson(QStringLiteral("unsigned.json")), config, {}, hash);
        QVERIFY2(input.ok(), qPrintable(input.ok() ? QString() : input.error().message.untranslated()));
        QCOMPARE(QString::fromUtf8(input->canonicalDocument),
            QString::fromUtf8(readFile(dir + QStringLiteral("canonDoc") + name + QStringLiteral(".txt"))));
        QCOMPARE(QString::fromUtf8(input->canonicalProofConfig),
            QString::fromUtf8(readFile(dir + QStringLiteral("proofCanon") + name + QStringLiteral(".txt"))));
        const auto algorithm = hash == ProofHash::Sha384 ? QCryptographicHash::Sha384 : QCryptographicHash::Sha256;
        const QByteArray docHash = readFile(dir + QStringLiteral("docHash") + name + QStringLiteral(".txt")).trimmed();
        const QByteArray proofHash
            = readFile(dir + QStringLiteral("proofHash") + name + QStringLiteral(".txt")).trimmed();
        const QByteArray combined
            = readFile(dir + QStringLiteral("combinedHash") + name + QStringLiteral(".txt")).trimmed();
        QVERIFY2(!docHash.isEmpty() && !proofHash.isEmpty() && !combined.isEmpty(), "hash files missing");
        QCOMPARE(QCryptographicHash::hash(input->canonicalDocument, algorithm).toHex(), docHash);
        QCOMPARE(QCryptographicHash::hash(input->canonicalProofConfig, algorithm).toHex(), proofHash);
        QCOMPARE(input->hashData.toHex(), combined);

        // The published signature over that hash data holds, and is the proofValue of the signed vector.
        const QByteArray sig
            = QByteArray::fromHex(readFile(dir + QStringLiteral("sigHex") + name + QStringLiteral(".txt")).trimmed());
        QCOMPARE(sig.size(), key->type() == crypto::KeyType::P384 ? 96 : 64);
        const auto alg = key->type() == crypto::KeyType::P384 ? crypto::SignatureAlgorithm::ES384
                                                              : crypto::SignatureAlgorithm::ES256;
        QVERIFY(key->verify(alg, input->hashData, sig).ok());
        QCOMPARE(proofOf(readJson(signedFile)).value(QLatin1String("proofValue")).toString(),
            QString::fromLatin1(readFile(dir + QStringLiteral("sigBTC58") + name + QStringLiteral(".txt")).trimmed()));
        QCOMPARE(proofOf(readJson(signedFile)).value(QLatin1String("proofValue")).toString(), proofValue(sig));
    }

    void changedClaimFails_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* f : kSignedVectors)
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void changedClaimFails()
    {
        QFETCH(QString, file);
        QJsonObject doc = readJson(file);
        QVERIFY(verifyDataIntegrity(doc, testOptions()).verified()); // control
        QJsonObject subject = doc.value(QLatin1String("credentialSubject")).toObject();
        subject.insert(QStringLiteral("alumniOf"), QStringLiteral("The School of Forgeries"));
        doc.insert(QStringLiteral("credentialSubject"), subject);
        const DataIntegrityResult result = verifyDataIntegrity(doc, testOptions());
        QVERIFY2(!result.verified(), "a changed credential verified");
        QCOMPARE(statusOf(result, checkid::kKey), Check::Passed);
        QCOMPARE(statusOf(result, checkid::kSignature), Check::Failed);
        QVERIFY2(reasonOf(result, checkid::kSignature) == QLatin1String("signature/mismatch"),
            qPrintable(describe(result.allChecks())));
    }

    void signatureByAnotherKeyFails_data() { test::addEcdsaSuiteAndCurveRows(); }
    void signatureByAnotherKeyFails()
    {
        QFETCH(int, suite);
        QFETCH(int, curve);
        const EcdsaTestKey signer { crypto::KeyType(curve) };
        const EcdsaTestKey named { crypto::KeyType(curve) };
        QVERIFY(signer.isValid() && named.isValid());
        const QJsonObject unsigned_ = readJson(QStringLiteral("unsigned.json"));
        const QJsonObject control = signer.withProof(unsigned_, ProofSuite(suite));
        const DataIntegrityResult ok = verifyDataIntegrity(control, testOptions());
        QVERIFY2(ok.verified(), qPrintable(describe(ok.allChecks())));
        QVERIFY(messageOf(ok, checkid::kSignature).contains(shortIdentifier(signer.didKey(), 40)));

        // The signer's proof, claiming to be made by another key of the same curve.
        const QJsonObject forged = signer.withProof(unsigned_, ProofSuite(suite), named.didKeyMethod());
        const DataIntegrityResult r = verifyDataIntegrity(forged, testOptions());
        QVERIFY2(!r.verified(), "verified with a key that did not sign");
        QCOMPARE(statusOf(r, checkid::kKey), Check::Passed);
        QCOMPARE(statusOf(r, checkid::kSignature), Check::Failed);
        QCOMPARE(reasonOf(r, checkid::kSignature), QStringLiteral("signature/mismatch"));
    }

    void hashOfTheOtherCurveFails_data() { test::addEcdsaSuiteRows(); }
    void hashOfTheOtherCurveFails()
    {
        QFETCH(int, suite);
        const ProofSuite s = ProofSuite(suite);
        const EcdsaTestKey p256 { crypto::KeyType::P256 };
        const EcdsaTestKey p384 { crypto::KeyType::P384 };
        // Controls: each curve with its own hash.
        for (const auto* key : { &p256, &p384 }) {
            const bool sha384 = key->curve() == crypto::KeyType::P384;
            const DataIntegrityResult ok = verifyDataIntegrity(
                signedWithHash(*key, s, sha384 ? ProofHash::Sha384 : ProofHash::Sha256, sha384), testOptions());
            QVERIFY2(ok.verified(), qPrintable(describe(ok.allChecks())));
        }
        // A P-256 key whose proof was hashed as for P-384 (SHA-384 hash data, ECDSA with SHA-384), and a P-384 key
        // whose proof was hashed as for P-256: the signatures are real, but not what the suite asks for this key.
        const struct
        {
            const EcdsaTestKey* key;
            ProofHash hash;
            bool sha384;
        } forgeries[] = {
            { &p256, ProofHash::Sha384, true },
            { &p256, ProofHash::Sha384, false },
            { &p384, ProofHash::Sha256, false },
            { &p384, ProofHash::Sha256, true },
        };
        for (const auto& f : forgeries) {
            const DataIntegrityResult r
                = verifyDataIntegrity(signedWithHash(*f.key, s, f.hash, f.sha384), testOptions());
            QVERIFY2(!r.verified(), qPrintable(describe(r.allChecks())));
            QCOMPARE(statusOf(r, checkid::kKey), Check::Passed);
            QCOMPARE(statusOf(r, checkid::kSignature), Check::Failed);
            QCOMPARE(reasonOf(r, checkid::kSignature), QStringLiteral("signature/mismatch"));
        }
    }

    void p384LabelsBlankNodesWithSha384()
    {
        // With a P-384 key RDF canonicalization labels blank nodes with SHA-384 too. The degrees below are blank
        // nodes whose labels come out in another order with SHA-256.
        QJsonObject doc = readJson(QStringLiteral("unsigned.json"));
        QJsonObject subject = doc.value(QLatin1String("credentialSubject")).toObject();
        QJsonArray degrees;
        for (const char* name : { "Bachelor of Science", "Master of Science", "Doctor of Philosophy" })
            degrees.append(QJsonObject { { QStringLiteral("degreeName"), QLatin1String(name) } });
        subject.insert(QStringLiteral("degrees"), degrees);
        doc.insert(QStringLiteral("credentialSubject"), subject);
        jsonld::Options jsonOptions;
        const auto sha256Labels = canonicalForm(ProofSuite::EcdsaRdfc2019, doc, jsonOptions, ProofHash::Sha256);
        const auto sha384Labels = canonicalForm(ProofSuite::EcdsaRdfc2019, doc, jsonOptions, ProofHash::Sha384);
        QVERIFY(sha256Labels.ok() && sha384Labels.ok());
        QVERIFY2(*sha256Labels != *sha384Labels, "the document does not tell the two labellings apart");

        const EcdsaTestKey key { crypto::KeyType::P384 };
        const QJsonObject control = key.withProof(doc);
        QVERIFY2(verifyDataIntegrity(control, testOptions()).verified(),
            qPrintable(describe(verifyDataIntegrity(control, testOptions()).allChecks())));
        // The same proof, hashed with SHA-384 but over the document labelled with SHA-256.
        QJsonObject config = proofOf(control);
        config.remove(QStringLiteral("proofValue"));
        auto input = hashInput(ProofSuite::EcdsaRdfc2019, doc, config, jsonOptions, ProofHash::Sha384);
        QVERIFY(input.ok());
        QCOMPARE(input->canonicalDocument, *sha384Labels);
        const QByteArray hashData = QCryptographicHash::hash(input->canonicalProofConfig, QCryptographicHash::Sha384)
            + QCryptographicHash::hash(*sha256Labels, QCryptographicHash::Sha384);
        const QJsonObject forged
            = withProofMember(control, QStringLiteral("proofValue"), proofValue(key.sign(hashData, true)));
        const DataIntegrityResult r = verifyDataIntegrity(forged, testOptions());
        QVERIFY(!r.verified());
        QCOMPARE(statusOf(r, checkid::kSignature), Check::Failed);
    }

    void signatureOfTheWrongSizeFails()
    {
        // A P-384-sized signature for a P-256 key, and the reverse, are refused as damaged, not checked.
        const EcdsaTestKey p256 { crypto::KeyType::P256 };
        const EcdsaTestKey p384 { crypto::KeyType::P384 };
        const QJsonObject doc256 = p256.withProof(readJson(QStringLiteral("unsigned.json")));
        const QJsonObject doc384 = p384.withProof(readJson(QStringLiteral("unsigned.json")));
        QVERIFY(verifyDataIntegrity(doc256, testOptions()).verified());
        QVERIFY(verifyDataIntegrity(doc384, testOptions()).verified());
        const QString long256 = proofValue(QByteArray(96, '\1'));
        const QString short384 = proofValue(QByteArray(64, '\1'));
        DataIntegrityResult r = verifyDataIntegrity(withProofMember(doc256, QStringLiteral("proofValue"), long256));
        QCOMPARE(statusOf(r, checkid::kSignature), Check::Failed);
        QCOMPARE(reasonOf(r, checkid::kSignature), QStringLiteral("signature/damaged"));
        QCOMPARE(r.proofs.at(0).check(checkid::kSignature)->detail.untranslated(),
            QStringLiteral("The proof value is not a 64-byte P-256 ECDSA signature."));
        r = verifyDataIntegrity(withProofMember(doc384, QStringLiteral("proofValue"), short384));
        QCOMPARE(statusOf(r, checkid::kSignature), Check::Failed);
        QCOMPARE(reasonOf(r, checkid::kSignature), QStringLiteral("signature/damaged"));
        QCOMPARE(r.proofs.at(0).check(checkid::kSignature)->detail.untranslated(),
            QStringLiteral("The proof value is not a 96-byte P-384 ECDSA signature."));
    }

    void keyOfTheWrongTypeFails()
    {
        // An ECDSA proof naming an Ed25519 key, and an EdDSA proof naming a P-256 key.
        const test::SigningTestKey ed;
        const EcdsaTestKey p256;
        const QJsonObject unsigned_ = readJson(QStringLiteral("unsigned.json"));
        const QJsonObject ecdsa = p256.withProof(unsigned_);
        QVERIFY(verifyDataIntegrity(ecdsa, testOptions()).verified());
        DataIntegrityResult r = verifyDataIntegrity(
            withProofMember(ecdsa, QStringLiteral("verificationMethod"), ed.didKeyMethod()), testOptions());
        QCOMPARE(statusOf(r, checkid::kKey), Check::Failed);
        QCOMPARE(reasonOf(r, checkid::kKey), QStringLiteral("key/wrong-type"));
        QVERIFY2(messageOf(r, checkid::kKey)
                     .endsWith(QLatin1String("is a Ed25519 key, but this proof needs a P-256 or "
                                             "P-384 key.")),
            qPrintable(messageOf(r, checkid::kKey)));
        QCOMPARE(statusOf(r, checkid::kSignature), Check::NotChecked);

        const QJsonObject eddsa = ed.withProof(unsigned_);
        QVERIFY(verifyDataIntegrity(eddsa, testOptions()).verified());
        r = verifyDataIntegrity(
            withProofMember(eddsa, QStringLiteral("verificationMethod"), p256.didKeyMethod()), testOptions());
        QCOMPARE(statusOf(r, checkid::kKey), Check::Failed);
        QCOMPARE(reasonOf(r, checkid::kKey), QStringLiteral("key/wrong-type"));
        QVERIFY(messageOf(r, checkid::kKey).endsWith(QLatin1String("but this proof needs an Ed25519 key.")));
        // The suite name alone cannot turn an EdDSA signature into an ECDSA one.
        r = verifyDataIntegrity(
            withProofMember(eddsa, QStringLiteral("cryptosuite"), QStringLiteral("ecdsa-jcs-2019")), testOptions());
        QCOMPARE(statusOf(r, checkid::kKey), Check::Failed);
        QVERIFY(!r.verified());
    }

    void presentationRoundTrip_data() { test::addEcdsaSuiteAndCurveRows(); }
    void presentationRoundTrip()
    {
        QFETCH(int, suite);
        QFETCH(int, curve);
        const EcdsaTestKey holder { crypto::KeyType(curve) };
        const QJsonObject vp { { QStringLiteral("@context"),
                                   QJsonArray { QStringLiteral("https://www.w3.org/ns/credentials/v2") } },
            { QStringLiteral("type"), QJsonArray { QStringLiteral("VerifiablePresentation") } },
            { QStringLiteral("holder"), holder.didKey() } };
        ProofOptions options = holder.proofOptions(ProofSuite(suite));
        options.proofPurpose = QStringLiteral("authentication");
        options.challenge = QStringLiteral("c-42");
        options.domain = QStringLiteral("hr.example.com");
        auto signed_ = addProof(vp, options, holder.signer());
        QVERIFY2(signed_.ok(), qPrintable(signed_.ok() ? QString() : signed_.error().message.untranslated()));
        VerifyOptions verify = testOptions();
        verify.expectedProofPurpose = QStringLiteral("authentication");
        verify.expectedChallenge = options.challenge;
        verify.expectedDomain = options.domain;
        QVERIFY2(verifyDataIntegrity(*signed_, verify).verified(),
            qPrintable(describe(verifyDataIntegrity(*signed_, verify).allChecks())));
        verify.expectedChallenge = QStringLiteral("another");
        const DataIntegrityResult replay = verifyDataIntegrity(*signed_, verify);
        QVERIFY(!replay.verified());
        QCOMPARE(statusOf(replay, checkid::kChallenge), Check::Failed);
        QCOMPARE(statusOf(replay, checkid::kSignature), Check::Passed);
        verify.expectedChallenge = options.challenge;
        QVERIFY(!verifyDataIntegrity(
            withProofMember(*signed_, QStringLiteral("challenge"), QStringLiteral("another")), verify)
                     .verified());
    }

    void signingRefusesAKeyThatDoesNotFitTheSuite()
    {
        const EcdsaTestKey p256;
        ProofOptions options = p256.proofOptions();
        options.keyType = crypto::KeyType::Ed25519;
        QVERIFY(!addProof(readJson(QStringLiteral("unsigned.json")), options, p256.signer()).ok());
        options = p256.proofOptions();
        options.keyType = crypto::KeyType::P384; // a P-256 signature is too short for the P-384 it claims
        QVERIFY(!addProof(readJson(QStringLiteral("unsigned.json")), options, p256.signer()).ok());
        QVERIFY(addProof(readJson(QStringLiteral("unsigned.json")), p256.proofOptions(), p256.signer()).ok());
    }

    void selectiveDisclosureSuiteIsNotChecked()
    {
        // ecdsa-sd-2023 is a different algorithm: it is reported as not checked, never as verified or as forged.
        const EcdsaTestKey p256;
        const QJsonObject doc = withProofMember(p256.withProof(readJson(QStringLiteral("unsigned.json"))),
            QStringLiteral("cryptosuite"),
            QStringLiteral("ecdsa-sd-2023"));
        const DataIntegrityResult r = verifyDataIntegrity(doc, testOptions());
        QVERIFY(!r.verified());
        QCOMPARE(r.proofs.at(0).checks.size(), 1);
        QCOMPARE(statusOf(r, checkid::kSuite), Check::NotChecked);
        QVERIFY(messageOf(r, checkid::kSuite).contains(QLatin1String("ecdsa-sd-2023")));
    }
};

QTEST_GUILESS_MAIN(TestEcdsaSuites)
#include "TestEcdsaSuites.moc"
