// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/codec/Base64Url.h"
#include "core/did/DidKey.h"
#include "core/verify/DataIntegrity.h"
#include "core/verify/ProofSet.h"
#include "core/verify/ProofSigner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <array>
#include <sodium.h>

using namespace ler;
using namespace ler::verify;

namespace {

QByteArray readFile(const QString& relative)
{
    QFile f(QStringLiteral(LER_TEST_DATA "/vectors/") + relative);
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

/// Trusts the Ed25519 key named by a "#z6Mk..." fragment: the 1EdTech samples use unresolvable https issuers.
MethodResolver fragmentKeyResolver()
{
    return [](const QString& methodId) -> Result<QJsonObject> {
        const qsizetype hash = methodId.indexOf(QLatin1Char('#'));
        if (hash < 0)
            return Error(ErrorCode::NotFound, Text::verbatim(QStringLiteral("no fragment")));
        auto key = crypto::PublicKey::fromMultikey(QStringView(methodId).mid(hash + 1));
        if (!key)
            return Error(ErrorCode::NotFound, key.error().message);
        return controllerDocumentForKey(TrustedKey { methodId, *key });
    };
}

VerifyOptions testOptions()
{
    VerifyOptions o;
    o.resolver = firstOf({ offlineDidResolver(), fragmentKeyResolver() });
    o.now = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
    return o;
}

/// An Ed25519 key pair made by libsodium, named by its did:key.
struct TestKey
{
    std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> pk {};
    std::array<unsigned char, crypto_sign_SECRETKEYBYTES> sk {};

    TestKey() { crypto_sign_keypair(pk.data(), sk.data()); }

    QString did() const
    {
        return did::didKeyFromPublicKey(
            crypto::PublicKey::fromEd25519(QByteArrayView(reinterpret_cast<const char*>(pk.data()), pk.size()))
                .value());
    }
    QString methodId() const { return did() + QLatin1Char('#') + did().mid(8); }

    QByteArray sign(QByteArrayView data) const
    {
        QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
        crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()),
            nullptr,
            reinterpret_cast<const unsigned char*>(data.data()),
            data.size(),
            sk.data());
        return sig;
    }

    ProofSigningCallback signer() const
    {
        return [this](QByteArrayView data) -> Result<QByteArray> { return sign(data); };
    }
};

QJsonObject withoutProof(QJsonObject doc)
{
    doc.remove(QStringLiteral("proof"));
    return doc;
}

QByteArray sha256Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

const QString kAlumniRdfc = QStringLiteral("eddsa/eddsa-rdfc-2022/signedDataInt.json");

/// The checks that failed or could not be done without a stable reason (tools and tests tell them apart by it).
QStringList withoutReasons(const DataIntegrityResult& result)
{
    QStringList out;
    for (const Check& c : result.allChecks())
        if (c.status != Check::Passed && c.reason.isEmpty())
            out << c.id + QStringLiteral(": ") + c.message.untranslated();
    return out;
}

} // namespace

class TestDataIntegrity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(sodium_init() >= 0, "libsodium did not initialise"); }

    void signedVectorsVerify_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("proofCount");
        QTest::newRow("eddsa-rdfc-2022 alumni") << kAlumniRdfc << 1;
        QTest::newRow("eddsa-jcs-2022 alumni") << QStringLiteral("eddsa/eddsa-jcs-2022/signedJCS.json") << 1;
        QTest::newRow("Ed25519Signature2020 alumni")
            << QStringLiteral("eddsa/Ed25519Signature2020/signedEdSig.json") << 1;
        QTest::newRow("proof set, one proof") << QStringLiteral("eddsa/proof-set-chain/signedProofSet1.json") << 1;
        QTest::newRow("proof set, two proofs") << QStringLiteral("eddsa/proof-set-chain/signedProofSet2.json") << 2;
        QTest::newRow("proof chain, three proofs")
            << QStringLiteral("eddsa/proof-set-chain/signedProofChain1.json") << 3;
        QTest::newRow("proof chain, four proofs")
            << QStringLiteral("eddsa/proof-set-chain/signedProofChain2.json") << 4;
        QTest::newRow("OB 3.0 1EdTech vector") << QStringLiteral("openbadges-eddsa/ob3/signed-credential.json") << 1;
        QTest::newRow("CLR 2.0 1EdTech vector") << QStringLiteral("openbadges-eddsa/clr2/signed-credential.json") << 1;
    }
    void signedVectorsVerify()
    {
        QFETCH(QString, file);
        QFETCH(int, proofCount);
        const QJsonObject doc = readJson(file);
        QVERIFY2(!doc.isEmpty(), qPrintable(file + QStringLiteral(" missing")));
        const DataIntegrityResult result = verifyDataIntegrity(doc, testOptions());
        QCOMPARE(result.proofs.size(), proofCount);
        QVERIFY2(result.verified(), qPrintable(describe(result.allChecks())));
        const Check* sig = result.proofs.constLast().check(checkid::kSignature);
        QVERIFY2(sig && sig->message.untranslated().startsWith(QLatin1String("Signature valid: signed by ")),
            qPrintable(describe(result.allChecks())));
    }

    void intermediateValues_data()
    {
        QTest::addColumn<QString>("suiteName");
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("proofConfig");
        QTest::addColumn<QString>("canonDoc");
        QTest::addColumn<QString>("canonProof");
        QTest::addColumn<QString>("hashPrefix"); // "<dir>/<name>" of the docHash/proofHash/combinedHash files
        const QString e = QStringLiteral("eddsa/");
        QTest::newRow("eddsa-rdfc-2022") << "eddsa-rdfc-2022" << e + "eddsa-rdfc-2022/signedDataInt.json"
                                         << e + "eddsa-rdfc-2022/proofConfigDataInt.json"
                                         << e + "eddsa-rdfc-2022/canonDocDataInt.txt"
                                         << e + "eddsa-rdfc-2022/proofCanonDataInt.txt"
                                         << e + "eddsa-rdfc-2022/|DataInt";
        QTest::newRow("eddsa-jcs-2022") << "eddsa-jcs-2022" << e + "eddsa-jcs-2022/signedJCS.json"
                                        << e + "eddsa-jcs-2022/proofConfigJCS.json"
                                        << e + "eddsa-jcs-2022/canonDocJCS.txt"
                                        << e + "eddsa-jcs-2022/proofCanonJCS.txt" << e + "eddsa-jcs-2022/|JCS";
        QTest::newRow("Ed25519Signature2020")
            << "Ed25519Signature2020" << e + "Ed25519Signature2020/signedEdSig.json"
            << e + "Ed25519Signature2020/proofConfigEdSig.json" << e + "Ed25519Signature2020/canonDocEdSig.txt"
            << e + "Ed25519Signature2020/proofCanonEdSig.txt" << e + "Ed25519Signature2020/|EdSig";
        const QString o = QStringLiteral("openbadges-eddsa/");
        for (const char* v : { "ob3", "clr2" }) {
            const QString d = o + QLatin1String(v) + QLatin1Char('/');
            QTest::newRow(v) << "eddsa-rdfc-2022" << d + "unsigned-credential.json" << d + "proof-options.json"
                             << d + "document-canon.nq" << d + "proof-canon.nq" << d + "|1edtech";
        }
    }
    void intermediateValues()
    {
        QFETCH(QString, suiteName);
        QFETCH(QString, document);
        QFETCH(QString, proofConfig);
        QFETCH(QString, canonDoc);
        QFETCH(QString, canonProof);
        QFETCH(QString, hashPrefix);
        QJsonObject config = readJson(proofConfig);
        auto suite = proofSuiteOf(config);
        QVERIFY2(suite.ok(), "suite not recognised");
        QCOMPARE(proofSuiteName(*suite), suiteName);
        const QJsonObject doc = withoutProof(readJson(document));
        QVERIFY2(!doc.isEmpty() && !config.isEmpty(), "vector files missing");
        jsonld::Options jsonOptions;
        auto input = hashInput(*suite, doc, config, jsonOptions);
        QVERIFY2(input.ok(), qPrintable(input.ok() ? QString() : input.error().message.untranslated()));
        QCOMPARE(QString::fromUtf8(input->canonicalDocument), QString::fromUtf8(readFile(canonDoc)));
        QCOMPARE(QString::fromUtf8(input->canonicalProofConfig), QString::fromUtf8(readFile(canonProof)));
        const QString dir = hashPrefix.section(QLatin1Char('|'), 0, 0);
        const QString name = hashPrefix.section(QLatin1Char('|'), 1);
        QByteArray docHash, proofHash, combined;
        if (name == QLatin1String("1edtech")) {
            const QJsonObject iv = readJson(dir + QStringLiteral("intermediate-values.json"));
            docHash = iv.value(QLatin1String("Document hash (hex)")).toString().toLatin1();
            proofHash = iv.value(QLatin1String("Proof hash (hex)")).toString().toLatin1();
            combined = iv.value(QLatin1String("Data to sign (hex)")).toString().toLatin1();
        } else {
            docHash = readFile(dir + QStringLiteral("docHash") + name + QStringLiteral(".txt")).trimmed();
            proofHash = readFile(dir + QStringLiteral("proofHash") + name + QStringLiteral(".txt")).trimmed();
            combined = readFile(dir + QStringLiteral("combinedHash") + name + QStringLiteral(".txt")).trimmed();
        }
        QVERIFY2(!docHash.isEmpty() && !proofHash.isEmpty() && !combined.isEmpty(), "hash files missing");
        QCOMPARE(sha256Hex(input->canonicalDocument), docHash);
        QCOMPARE(sha256Hex(input->canonicalProofConfig), proofHash);
        QCOMPARE(input->hashData.toHex(), combined);
    }

    void tamperedSubjectFails_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("eddsa-rdfc-2022") << kAlumniRdfc;
        QTest::newRow("eddsa-jcs-2022") << QStringLiteral("eddsa/eddsa-jcs-2022/signedJCS.json");
        QTest::newRow("Ed25519Signature2020") << QStringLiteral("eddsa/Ed25519Signature2020/signedEdSig.json");
        QTest::newRow("OB 3.0") << QStringLiteral("openbadges-eddsa/ob3/signed-credential.json");
    }
    void tamperedSubjectFails()
    {
        QFETCH(QString, file);
        QJsonObject doc = readJson(file);
        QJsonObject subject = doc.value(QLatin1String("credentialSubject")).toObject();
        QVERIFY2(!subject.isEmpty(), "no credentialSubject");
        subject.insert(QStringLiteral("id"), QStringLiteral("did:example:someone-else"));
        doc.insert(QStringLiteral("credentialSubject"), subject);
        const DataIntegrityResult result = verifyDataIntegrity(doc, testOptions());
        QVERIFY2(!result.verified(), "a changed credential verified");
        const Check* sig = result.proofs.value(0).check(checkid::kSignature);
        QVERIFY2(sig && sig->status == Check::Failed, qPrintable(describe(result.allChecks())));
        QCOMPARE(sig->reason, QStringLiteral("signature/mismatch"));
    }

    void wrongKeyFails()
    {
        QJsonObject doc = readJson(kAlumniRdfc);
        QJsonObject proof = doc.value(QLatin1String("proof")).toObject();
        const QString other = readJson(QStringLiteral("eddsa/proof-set-chain/multiKeyPairs.json"))
                                  .value(QLatin1String("keyPair1"))
                                  .toObject()
                                  .value(QLatin1String("publicKeyMultibase"))
                                  .toString();
        QVERIFY2(other.startsWith(QLatin1String("z6Mk")), "keyPair1 missing");
        proof.insert(QStringLiteral("verificationMethod"), QStringLiteral("did:key:%1#%1").arg(other));
        doc.insert(QStringLiteral("proof"), proof);
        const DataIntegrityResult result = verifyDataIntegrity(doc, testOptions());
        QVERIFY2(!result.verified(), "verified with the wrong key");
        QVERIFY2(result.proofs.value(0).check(checkid::kKey)->status == Check::Passed, "other key not resolved");
        QCOMPARE(result.proofs.value(0).check(checkid::kSignature)->status, Check::Failed);
    }

    void unknownContextNamed()
    {
        QJsonObject doc = readJson(kAlumniRdfc);
        QJsonArray context = doc.value(QLatin1String("@context")).toArray();
        context.append(QStringLiteral("https://example.org/unknown-context/v1"));
        doc.insert(QStringLiteral("@context"), context);
        const DataIntegrityResult result = verifyDataIntegrity(doc, testOptions());
        QVERIFY2(!result.verified(), "verified with an unknown context");
        const Check* c = result.proofs.value(0).check(checkid::kContext);
        QVERIFY2(c && c->status == Check::NotChecked, qPrintable(describe(result.allChecks())));
        QCOMPARE(c->reason, QStringLiteral("@context/unknown"));
        QCOMPARE(c->message.args().value(0).words(), QStringLiteral("https://example.org/unknown-context/v1")); // named
        QCOMPARE(result.proofs.value(0).check(checkid::kSignature)->status, Check::NotChecked);
    }

    void purposeMismatchFails()
    {
        const QJsonObject doc = readJson(kAlumniRdfc);
        VerifyOptions presentation = testOptions();
        presentation.expectedProofPurpose = QStringLiteral("authentication");
        const DataIntegrityResult wrongPurpose = verifyDataIntegrity(doc, presentation);
        QVERIFY2(!wrongPurpose.verified(), "assertionMethod proof accepted for authentication");
        QCOMPARE(wrongPurpose.proofs.value(0).check(checkid::kPurpose)->status, Check::Failed);

        // The key is known but only allowed for authentication.
        const QString vm
            = doc.value(QLatin1String("proof")).toObject().value(QLatin1String("verificationMethod")).toString();
        auto key = did::publicKeyFromDidKey(controllerOf(vm));
        QVERIFY2(key.ok(), "vector key not parsed");
        VerifyOptions restricted = testOptions();
        restricted.resolver
            = trustedKeyResolver({ TrustedKey { vm, *key, { did::VerificationRelationship::Authentication } } });
        const DataIntegrityResult notAllowed = verifyDataIntegrity(doc, restricted);
        QVERIFY2(!notAllowed.verified(), "key used outside its relationship");
        const Check* c = notAllowed.proofs.value(0).check(checkid::kPurpose);
        QVERIFY2(c && c->status == Check::Failed && c->reason == QLatin1String("proof-purpose/not-allowed"),
            qPrintable(describe(notAllowed.allChecks())));
        QCOMPARE(notAllowed.proofs.value(0).check(checkid::kSignature)->status, Check::Passed);
    }

    void chainWithMissingPreviousProofFails()
    {
        QJsonObject doc = readJson(QStringLiteral("eddsa/proof-set-chain/signedProofChain2.json"));
        QJsonArray proofs = doc.value(QLatin1String("proof")).toArray();
        QCOMPARE(proofs.size(), 4);
        proofs.removeAt(2); // urn:uuid:d94f..., which the last proof names
        doc.insert(QStringLiteral("proof"), proofs);
        const DataIntegrityResult result = verifyDataIntegrity(doc, testOptions());
        QVERIFY2(!result.verified(), "chain verified without its previous proof");
        const ProofResult& last = result.proofs.constLast();
        QCOMPARE(last.check(checkid::kPrevious)->status, Check::Failed);
        QCOMPARE(last.check(checkid::kSignature)->status, Check::NotChecked);
        QVERIFY2(result.proofs.at(0).verified() && result.proofs.at(1).verified(), "set members should still hold");
    }

    void chainSignedOverOtherProofFails()
    {
        // The last proof names d94f...; swapping that proof's value breaks the chained signature.
        QJsonObject doc = readJson(QStringLiteral("eddsa/proof-set-chain/signedProofChain2.json"));
        QJsonArray proofs = doc.value(QLatin1String("proof")).toArray();
        QJsonObject third = proofs.at(2).toObject();
        third.insert(QStringLiteral("created"), QStringLiteral("2023-02-26T22:06:39Z"));
        proofs.replace(2, third);
        doc.insert(QStringLiteral("proof"), proofs);
        const DataIntegrityResult result = verifyDataIntegrity(doc, testOptions());
        QCOMPARE(result.proofs.at(3).check(checkid::kSignature)->status, Check::Failed);
        QCOMPARE(result.proofs.at(2).check(checkid::kSignature)->status, Check::Failed);
    }

    void validatorSamples_data()
    {
        QTest::addColumn<QString>("file");
        // valid; invalid (a check failed); unresolved (key not found); nocontext (a context is not bundled);
        // mixed (one of two proofs holds); none (no proof)
        QTest::addColumn<QString>("expected");
        const QString ob = QStringLiteral("openbadges-eddsa/ob3-validator-samples/");
        for (const char* f : { "simple.json",
                 "simple-context-alias.json",
                 "simple-context-version.json",
                 "simple-did-key-method.json",
                 "simple-did-web-method.json",
                 "simple-eddsa-2022.json",
                 "simple-err-expired.json",
                 "simple-err-issued.json",
                 "simple-err-issuer.json",
                 "complete.json",
                 "endorsement-valid.json",
                 "simple_v1.json",
                 "credential-status-revoked.json" })
            QTest::newRow(qPrintable(QStringLiteral("ob3 ") + QLatin1String(f))) << ob + QLatin1String(f) << "valid";
        for (const char* f : { "simple-err-context.json",
                 "simple-err-credential-subject-achievement-result-description-type.json",
                 "simple-err-credential-subject-identifier-type.json",
                 "simple-err-credential-subject-profile-type.json",
                 "simple-err-credential-subject-result-type.json",
                 "simple-err-credential-subject-type.json",
                 "simple-err-evidence-type.json",
                 "simple-err-issuer-otheridentifier-type.json",
                 "simple-err-issuer-parentorg-type.json",
                 "simple-err-issuer-type.json",
                 "simple-err-proof-method-no-scheme.json",
                 "simple-err-proof-value.json",
                 "simple-err-type.json",
                 "endorsement-err-schema-status-refresh.json" })
            QTest::newRow(qPrintable(QStringLiteral("ob3 ") + QLatin1String(f))) << ob + QLatin1String(f) << "invalid";
        // Keys that cannot be found: "#key-1" needs the issuer profile, the others name no usable key.
        for (const char* f : { "complete_v1.json",
                 "simple-err-proof-method-unknown-did-method.json",
                 "simple-err-proof-method-unknown-scheme.json",
                 "simple-err-proof-method.json" })
            QTest::newRow(qPrintable(QStringLiteral("ob3 ") + QLatin1String(f)))
                << ob + QLatin1String(f) << "unresolved";
        QTest::newRow("ob3 simple-multiple-proofs.json") << ob + "simple-multiple-proofs.json"
                                                         << "mixed";
        QTest::newRow("ob3 simple-noproof.json") << ob + "simple-noproof.json"
                                                 << "none";
        const QString clr = QStringLiteral("openbadges-eddsa/clr2-validator-samples/");
        for (const char* f : { "simple.json", "complex.json", "simple_v1.json" })
            QTest::newRow(qPrintable(QStringLiteral("clr2 ") + QLatin1String(f))) << clr + QLatin1String(f) << "valid";
        QTest::newRow("clr2 simple_old_safesigned.json") << clr + "simple_old_safesigned.json"
                                                         << "nocontext";
        QTest::newRow("clr2 simple-noproof.json") << clr + "simple-noproof.json"
                                                  << "none";
    }
    void validatorSamples()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const QJsonObject doc = readJson(file);
        QVERIFY2(!doc.isEmpty(), qPrintable(file + QStringLiteral(" missing")));
        const DataIntegrityResult result = verifyDataIntegrity(doc, testOptions());
        const QString checks = describe(result.allChecks());
        if (expected == QLatin1String("none")) {
            QVERIFY2(result.proofs.isEmpty() && !result.verified(), qPrintable(checks));
        } else if (expected == QLatin1String("valid")) {
            QVERIFY2(result.verified(), qPrintable(checks));
            verifyNestedCredentials(doc);
        } else if (expected == QLatin1String("invalid")) {
            // Not merely unchecked: some check must have run and failed.
            bool failed = false;
            for (const Check& c : result.allChecks())
                failed = failed || c.status == Check::Failed;
            QVERIFY2(!result.verified() && failed, qPrintable(checks));
        } else if (expected == QLatin1String("nocontext")) {
            const Check* c = result.proofs.value(0).check(checkid::kContext);
            QVERIFY2(!result.verified() && c && c->reason == QLatin1String("@context/unknown"), qPrintable(checks));
        } else if (expected == QLatin1String("unresolved")) {
            QVERIFY2(!result.verified() && result.proofs.value(0).check(checkid::kKey)->status == Check::NotChecked,
                qPrintable(checks));
        } else {
            QVERIFY2(!result.verified(), qPrintable(checks));
            int held = 0;
            for (const ProofResult& p : result.proofs)
                held += p.verified() ? 1 : 0;
            QVERIFY2(held == 1 && result.proofs.size() == 2, qPrintable(checks));
        }
    }

    void signRoundTrip_data()
    {
        QTest::addColumn<int>("suite");
        QTest::newRow("eddsa-rdfc-2022") << int(ProofSuite::EddsaRdfc2022);
        QTest::newRow("eddsa-jcs-2022") << int(ProofSuite::EddsaJcs2022);
    }
    void signRoundTrip()
    {
        QFETCH(int, suite);
        const TestKey key;
        const QJsonObject unsigned_ = readJson(QStringLiteral("eddsa/unsigned.json"));
        ProofOptions options;
        options.suite = ProofSuite(suite);
        options.verificationMethod = key.methodId();
        options.proofPurpose = QStringLiteral("authentication");
        options.challenge = QStringLiteral("1f44d55f-f161-4938-a659-f8026467f126");
        options.domain = QStringLiteral("https://verifier.example");
        options.id = QStringLiteral("urn:uuid:first");
        auto secured = addProof(unsigned_, options, key.signer());
        QVERIFY2(secured.ok(), qPrintable(secured.ok() ? QString() : secured.error().message.untranslated()));

        VerifyOptions verify = testOptions();
        verify.expectedProofPurpose = QStringLiteral("authentication");
        verify.expectedChallenge = options.challenge;
        verify.expectedDomain = options.domain;
        verify.now = QDateTime();
        DataIntegrityResult result = verifyDataIntegrity(*secured, verify);
        QVERIFY2(result.verified(), qPrintable(describe(result.allChecks())));
        QVERIFY2(result.proofs.at(0)
                     .check(checkid::kSignature)
                     ->message.untranslated()
                     .contains(shortIdentifier(key.did(), 40)),
            "message does not name the signer");

        verify.expectedChallenge = QStringLiteral("another challenge");
        result = verifyDataIntegrity(*secured, verify);
        QCOMPARE(result.proofs.at(0).check(checkid::kChallenge)->status, Check::Failed);
        QCOMPARE(result.proofs.at(0).check(checkid::kChallenge)->reason, QStringLiteral("challenge/other"));
        verify.expectedChallenge = options.challenge;
        verify.expectedDomain = QStringLiteral("https://elsewhere.example");
        result = verifyDataIntegrity(*secured, verify);
        QCOMPARE(result.proofs.at(0).check(checkid::kDomain)->status, Check::Failed);
        QCOMPARE(result.proofs.at(0).check(checkid::kDomain)->reason, QStringLiteral("domain/other"));
        verify.expectedProofPurpose = QStringLiteral("assertionMethod");
        result = verifyDataIntegrity(*secured, verify);
        QCOMPARE(result.proofs.at(0).check(checkid::kPurpose)->reason, QStringLiteral("proof-purpose/other"));
        QCOMPARE(withoutReasons(result), QStringList());
        verify.expectedProofPurpose = QStringLiteral("authentication");
        verify.expectedDomain = options.domain;

        // A second key chains onto the first proof: a set of two, the second signing the first.
        const TestKey second;
        ProofOptions chained = options;
        chained.verificationMethod = second.methodId();
        chained.id.clear();
        chained.previousProof = { QStringLiteral("urn:uuid:first") };
        auto chain = addProof(*secured, chained, second.signer());
        QVERIFY2(chain.ok(), qPrintable(chain.ok() ? QString() : chain.error().message.untranslated()));
        result = verifyDataIntegrity(*chain, verify);
        QCOMPARE(result.proofs.size(), 2);
        QVERIFY2(result.verified(), qPrintable(describe(result.allChecks())));
        QCOMPARE(result.proofs.at(1).check(checkid::kPrevious)->status, Check::Passed);

        chained.previousProof = { QStringLiteral("urn:uuid:not-there") };
        QVERIFY2(!addProof(*secured, chained, second.signer()).ok(), "chained onto a missing proof");
    }

    void expiredAndFutureProofsFail()
    {
        const TestKey key;
        ProofOptions options;
        options.verificationMethod = key.methodId();
        options.created = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
        options.expires = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        auto secured = addProof(readJson(QStringLiteral("eddsa/unsigned.json")), options, key.signer());
        QVERIFY2(secured.ok(), "signing failed");
        const DataIntegrityResult result = verifyDataIntegrity(*secured, testOptions());
        QVERIFY2(!result.verified(), "expired proof verified");
        QCOMPARE(result.proofs.at(0).check(checkid::kCreated)->status, Check::Failed);
        QCOMPARE(result.proofs.at(0).check(checkid::kExpires)->status, Check::Failed);
        QCOMPARE(result.proofs.at(0).check(checkid::kSignature)->status, Check::Passed);
        QCOMPARE(result.proofs.at(0).check(checkid::kCreated)->reason, QStringLiteral("created/future"));
        QCOMPARE(result.proofs.at(0).check(checkid::kExpires)->reason, QStringLiteral("expires/past"));
        QCOMPARE(withoutReasons(result), QStringList());
    }

    void ed25519Signature2018DetachedJws()
    {
        const TestKey key;
        QJsonObject doc = readJson(QStringLiteral("eddsa/unsigned.json"));
        // The 2.0 context does not define the 2018 proof type; its own context does (a context written inside the
        // document would be refused, since no signature covers it).
        QJsonArray context = doc.value(QLatin1String("@context")).toArray();
        context.append(QStringLiteral("https://w3id.org/security/suites/ed25519-2018/v1"));
        doc.insert(QStringLiteral("@context"), context);
        QJsonObject proof { { QStringLiteral("type"), QStringLiteral("Ed25519Signature2018") },
            { QStringLiteral("created"), QStringLiteral("2023-02-24T23:36:38Z") },
            { QStringLiteral("verificationMethod"), key.methodId() },
            { QStringLiteral("proofPurpose"), QStringLiteral("assertionMethod") } };
        auto input = hashInput(ProofSuite::Ed25519Signature2018, doc, proof);
        QVERIFY2(input.ok(), qPrintable(input.ok() ? QString() : input.error().message.untranslated()));
        const QByteArray header = codec::base64UrlEncode(R"({"alg":"EdDSA","b64":false,"crit":["b64"]})");
        const QByteArray sig = key.sign(header + '.' + input->hashData);
        proof.insert(QStringLiteral("jws"), QString::fromLatin1(header + ".." + codec::base64UrlEncode(sig)));
        doc.insert(QStringLiteral("proof"), proof);
        DataIntegrityResult result = verifyDataIntegrity(doc, testOptions());
        QVERIFY2(result.verified(), qPrintable(describe(result.allChecks())));
        QJsonObject subject = doc.value(QLatin1String("credentialSubject")).toObject();
        subject.insert(QStringLiteral("alumniOf"), QStringLiteral("Another School"));
        doc.insert(QStringLiteral("credentialSubject"), subject);
        result = verifyDataIntegrity(doc, testOptions());
        QCOMPARE(result.proofs.at(0).check(checkid::kSignature)->status, Check::Failed);
    }

    void damagedProofValueFails_data()
    {
        QTest::addColumn<QString>("proofValue");
        QTest::newRow("not multibase") << QStringLiteral("3abc");
        QTest::newRow("base64url multibase") << QStringLiteral("uAAAA");
        QTest::newRow("bad base58 character") << QStringLiteral("z0OIl");
        QTest::newRow("too short") << QStringLiteral("z3yQ");
        QTest::newRow("missing") << QString();
    }
    void damagedProofValueFails()
    {
        QFETCH(QString, proofValue);
        QJsonObject doc = readJson(kAlumniRdfc);
        QJsonObject proof = doc.value(QLatin1String("proof")).toObject();
        if (proofValue.isEmpty())
            proof.remove(QStringLiteral("proofValue"));
        else
            proof.insert(QStringLiteral("proofValue"), proofValue);
        doc.insert(QStringLiteral("proof"), proof);
        const DataIntegrityResult result = verifyDataIntegrity(doc, testOptions());
        QCOMPARE(result.proofs.at(0).check(checkid::kSignature)->status, Check::Failed);
        QCOMPARE(withoutReasons(result), QStringList());
    }

    void unsupportedAndOfflineKeysNotChecked()
    {
        QJsonObject doc = readJson(kAlumniRdfc);
        QJsonObject proof = doc.value(QLatin1String("proof")).toObject();
        proof.insert(QStringLiteral("verificationMethod"), QStringLiteral("did:web:issuer.example#key-1"));
        doc.insert(QStringLiteral("proof"), proof);
        DataIntegrityResult result = verifyDataIntegrity(doc); // default: offline DIDs only
        QCOMPARE(result.proofs.at(0).check(checkid::kKey)->status, Check::NotChecked);
        QCOMPARE(result.proofs.at(0).check(checkid::kSignature)->status, Check::NotChecked);
        QCOMPARE(result.proofs.at(0).check(checkid::kKey)->reason, QStringLiteral("key/offline"));
        QCOMPARE(result.proofs.at(0).check(checkid::kSignature)->reason, QStringLiteral("signature/no-key"));
        QCOMPARE(withoutReasons(result), QStringList());

        proof.insert(QStringLiteral("cryptosuite"), QStringLiteral("bbs-2023"));
        doc.insert(QStringLiteral("proof"), proof);
        result = verifyDataIntegrity(doc);
        QCOMPARE(result.proofs.at(0).checks.size(), 1);
        QCOMPARE(result.proofs.at(0).checks.at(0).status, Check::NotChecked);
        QCOMPARE(withoutReasons(result), QStringList());
        QVERIFY(result.proofs.at(0).checks.at(0).message.untranslated().contains(QLatin1String("bbs-2023")));
    }

    void shortIdentifiers()
    {
        const QString did = QStringLiteral("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2");
        const QString s = shortIdentifier(did, 32);
        QVERIFY2(s.size() <= 32 && s.startsWith(QLatin1String("did:key:z6Mk")) && s.endsWith(QLatin1String("TQ2")),
            qPrintable(s));
        QCOMPARE(shortIdentifier(QStringLiteral("did:web:a.example")), QStringLiteral("did:web:a.example"));
        QCOMPARE(checkStatusName(Check::NotChecked), QStringLiteral("not-checked"));
        QVERIFY(!allPassed({}));
        QVERIFY(allPassed({ Check::passed(QStringLiteral("a"), {}), Check::warning(QStringLiteral("b"), {}) }));
    }

private:
    /// CLR: every credential nested in credentialSubject.verifiableCredential must verify too.
    void verifyNestedCredentials(const QJsonObject& doc)
    {
        const QJsonArray nested = doc.value(QLatin1String("credentialSubject"))
                                      .toObject()
                                      .value(QLatin1String("verifiableCredential"))
                                      .toArray();
        for (const QJsonValue& v : nested) {
            const DataIntegrityResult r = verifyDataIntegrity(v.toObject(), testOptions());
            QVERIFY2(r.verified(), qPrintable(describe(r.allChecks())));
        }
    }
};

QTEST_GUILESS_MAIN(TestDataIntegrity)
#include "TestDataIntegrity.moc"
