// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/codec/Base32.h"
#include "core/codec/Multibase.h"
#include "core/codec/Multicodec.h"
#include "core/crypto/PublicKey.h"
#include "core/did/DidKey.h"
#include "core/qr/QrPayload.h"
#include "core/qr/Vpqr.h"
#include "core/verify/ProofSigner.h"
#include "core/verify/TrustedIssuers.h"
#include "core/verify/Verifier.h"
#include "support/JsonCompare.h"
#include "support/ReportHelpers.h"
#include "support/TestVectors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <sodium.h>

using namespace ler;
using verify::Check;
using verify::Outcome;
using verify::Report;
using verify::Verifier;

namespace {

using ler::test::describe;
using ler::test::statusOf;

const QString kData = QStringLiteral(LER_TEST_DATA);
const QString kChallenge = QStringLiteral("7b1f5d2e-3c1a-4e8b-9f60-2a4d8c9e1b35");
const QString kDomain = QStringLiteral("hiring.example.com");

QJsonObject readJson(const QString& rel)
{
    return QJsonDocument::fromJson(test::readFile(kData + u'/' + rel)).object();
}

/// The golden payloads made by @digitalcredentials/vpqr (tests/data/vpqr/README.md), by input file.
QHash<QString, QString> goldenPayloads()
{
    QHash<QString, QString> out;
    for (const QJsonValue& c : readJson(QStringLiteral("vpqr/goldens.json")).value(QStringLiteral("cases")).toArray()) {
        const QJsonObject o = c.toObject();
        if (o.contains(QStringLiteral("vpqr"))) {
            out.insert(o.value(QStringLiteral("input")).toString(), o.value(QStringLiteral("vpqr")).toString());
        }
    }
    return out;
}

Verifier::Options employerOptions()
{
    Verifier::Options o;
    o.offline = true;
    o.now = QDateTime(QDate(2025, 5, 2), QTime(9, 0), Qt::UTC);
    o.challenge = kChallenge;
    o.domain = kDomain;
    o.trustedIssuers = verify::TrustedIssuers::fromJson(test::ob3VectorIssuerJwks()).value();
    return o;
}

Report verifyJson(const QJsonObject& doc, const Verifier::Options& o)
{
    auto r = Verifier(o).verify(QJsonDocument(doc).toJson(QJsonDocument::Compact));
    return r ? *r : Report {};
}

/// The holder key of the fixtures: the W3C vc-di-eddsa test vector key (tests/data/vectors/eddsa/keyPair.json).
struct HolderKey
{
    unsigned char pk[crypto_sign_PUBLICKEYBYTES] {};
    unsigned char sk[crypto_sign_SECRETKEYBYTES] {};

    HolderKey()
    {
        const QJsonObject pair = readJson(QStringLiteral("vectors/eddsa/keyPair.json"));
        const auto secret = codec::multibaseDecode(pair.value(QStringLiteral("privateKeyMultibase")).toString());
        const auto seed = codec::multicodecSplit(secret.value()).value().data;
        crypto_sign_seed_keypair(pk, sk, reinterpret_cast<const unsigned char*>(seed.constData()));
    }
    QString did() const
    {
        return did::didKeyFromPublicKey(
            crypto::PublicKey::fromEd25519(QByteArrayView(reinterpret_cast<const char*>(pk), sizeof pk)).value());
    }
    Result<QByteArray> sign(QByteArrayView data) const
    {
        QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
        crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()),
            nullptr,
            reinterpret_cast<const unsigned char*>(data.data()),
            size_t(data.size()),
            sk);
        return sig;
    }
};

} // namespace

class TestVpqr : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void goldenPayloadsMatch_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("golden");
        const auto goldens = goldenPayloads();
        QVERIFY(goldens.size() >= 20);
        QStringList inputs = goldens.keys();
        inputs.sort();
        for (const QString& input : inputs) {
            QTest::newRow(qPrintable(input)) << input << goldens.value(input);
        }
    }

    void goldenPayloadsMatch()
    {
        QFETCH(QString, input);
        QFETCH(QString, golden);
        const QJsonObject doc = readJson(input);
        auto ours = qr::encodeVpqr(doc);
        QVERIFY2(ours, ours ? "" : qPrintable(ours.error().message.untranslated()));
        QCOMPARE(*ours, golden);
        QVERIFY(golden.startsWith(QLatin1String("VP1-B")));
        QVERIFY(qr::isAlphanumeric(golden));
        auto back = qr::decodeVpqr(golden);
        QVERIFY2(back, back ? "" : qPrintable(back.error().message.untranslated()));
        QVERIFY(test::sameJson(*back, doc));
    }

    /// The fixtures are presentations our ProofSigner signs: re-signing the unsigned part gives the same proof.
    void fixturesAreSignedByProofSigner_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("one OB 3.0") << QStringLiteral("vpqr/vp-ob3.json");
        QTest::newRow("VC 1.1") << QStringLiteral("vpqr/vp-v1.json");
        QTest::newRow("two credentials") << QStringLiteral("vpqr/vp-two.json");
    }

    void fixturesAreSignedByProofSigner()
    {
        QFETCH(QString, file);
        const QJsonObject vp = readJson(file);
        const QJsonObject proof = vp.value(QStringLiteral("proof")).toObject();
        HolderKey holder;
        QCOMPARE(vp.value(QStringLiteral("holder")).toString(), holder.did());
        verify::ProofOptions po;
        po.verificationMethod = proof.value(QStringLiteral("verificationMethod")).toString();
        po.proofPurpose = QStringLiteral("authentication");
        po.created = QDateTime::fromString(proof.value(QStringLiteral("created")).toString(), Qt::ISODate);
        po.challenge = kChallenge;
        po.domain = kDomain;
        QJsonObject unsignedVp = vp;
        unsignedVp.remove(QStringLiteral("proof"));
        auto again = verify::addProof(unsignedVp, po, [&holder](QByteArrayView d) { return holder.sign(d); });
        QVERIFY2(again, again ? "" : qPrintable(again.error().message.untranslated()));
        QCOMPARE(*again, vp);
    }

    /// What an employer scans decodes to a presentation that still verifies, with its challenge and domain.
    void decodedPresentationVerifies()
    {
        const QString golden = goldenPayloads().value(QStringLiteral("vpqr/vp-ob3.json"));
        QVERIFY(!golden.isEmpty());
        auto vp = qr::decodeVpqr(golden);
        QVERIFY(vp);
        const Report r = verifyJson(*vp, employerOptions());
        QCOMPARE(r.format, QStringLiteral("presentation"));
        QCOMPARE(r.credentials.size(), 1);
        // Every proof holds. The 1EdTech sample badge is issued to did:example:ebfeb..., not to the holder whose key
        // signed the presentation, so nothing shows the presenter is its subject: partly verified, and only that.
        QVERIFY2(r.overall == Outcome::PartlyVerified, qPrintable(describe(r)));
        for (const QString& id :
            { QStringLiteral("signature"), QStringLiteral("issuer"), QStringLiteral("key-binding") })
            QVERIFY2(r.check(id) && r.check(id)->status == Check::Passed, qPrintable(describe(r)));
        const Report& badge = r.credentials.constFirst();
        for (const Check& c : badge.checks) {
            if (c.id == QLatin1String("key-binding"))
                QVERIFY2(c.status == Check::NotChecked
                        && c.message.untranslated().contains(QLatin1String("did:example:ebfeb")),
                    qPrintable(describe(r)));
            else if (c.id != QLatin1String("recipient") && c.id != QLatin1String("schema"))
                QVERIFY2(c.status == Check::Passed, qPrintable(describe(r)));
        }
        QCOMPARE(statusOf(r, QStringLiteral("key-binding")), Check::Passed);

        // Replayed to another employer: the same code fails on the domain.
        Verifier::Options other = employerOptions();
        other.domain = QStringLiteral("other.example.com");
        QCOMPARE(statusOf(verifyJson(*vp, other), QStringLiteral("key-binding")), Check::Failed);

        // The VC 1.1 presentation: the holder's proof holds.
        auto v1 = qr::decodeVpqr(goldenPayloads().value(QStringLiteral("vpqr/vp-v1.json")));
        QVERIFY(v1);
        const Report r1 = verifyJson(*v1, employerOptions());
        QVERIFY2(statusOf(r1, QStringLiteral("signature")) == Check::Passed, qPrintable(describe(r1)));
        QCOMPARE(statusOf(r1, QStringLiteral("key-binding")), Check::Passed);
    }

    /// Any changed character either fails to decode or changes the presentation so that it no longer verifies.
    void tamperedPayloadFails()
    {
        const QString golden = goldenPayloads().value(QStringLiteral("vpqr/vp-ob3.json"));
        int decodedButFailed = 0;
        int refused = 0;
        // Every 37th character after the header, flipped to another base32 letter.
        for (qsizetype i = 5; i < golden.size(); i += 37) {
            QString forged = golden;
            forged[i] = forged[i] == u'A' ? u'B' : u'A';
            auto vp = qr::decodeVpqr(forged);
            if (!vp) {
                ++refused;
                continue;
            }
            const Report r = verifyJson(*vp, employerOptions());
            // A changed signature fails; a changed cryptosuite name leaves the proof unchecked. Never verified.
            QVERIFY2(r.overall != Outcome::Verified, qPrintable(QStringLiteral("character %1: ").arg(i) + describe(r)));
            ++decodedButFailed;
        }
        QVERIFY(decodedButFailed + refused > 40);
        QVERIFY(decodedButFailed > 0); // the check is more than "it did not decode"
    }

    void rejectsWhatIsNotVpqr_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QString() << "qr/not-vpqr";
        QTest::newRow("another format") << QStringLiteral("LER1/1-1/AAAAAAAAAAAAAAAA/AE") << "qr/not-vpqr";
        QTest::newRow("version 2") << QStringLiteral("VP2-BAAAA") << "qr/not-vpqr";
        QTest::newRow("base64 multibase") << QStringLiteral("VP1-m2QUB") << "qr/vpqr-unknown-encoding";
        QTest::newRow("lower case") << QStringLiteral("VP1-b3ecqaa") << "qr/vpqr-unknown-encoding";
        // Damaged base32 keeps the reason the decoder gives.
        QTest::newRow("not base32") << QStringLiteral("VP1-B3ECQ0AA") << "codec/base32-character";
        QTest::newRow("no CBOR-LD tag") << QStringLiteral("VP1-B") + codec::base32Encode("\xa0") << "";
        QTest::newRow("truncated") << goldenPayloads().value(QStringLiteral("vpqr/vp-ob3.json")).left(400) << "";
    }

    void rejectsWhatIsNotVpqr()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason); // empty: whatever the CBOR-LD reader says, as long as it names a reason
        auto vp = qr::decodeVpqr(text);
        QVERIFY(!vp);
        QVERIFY(!vp.error().message.isEmpty());
        QVERIFY(!vp.error().reason.isEmpty());
        if (!reason.isEmpty())
            QCOMPARE(vp.error().reason, reason);
    }

    /// One VPQR code holds a presentation of one typical Open Badge under the default policy; two do not.
    void fitsThePolicy()
    {
        auto one = qr::vpqrCode(readJson(QStringLiteral("vpqr/vp-ob3.json")));
        QVERIFY(one);
        QVERIFY2(one->fit.fits(), qPrintable(QString::number(one->payload.size())));
        QCOMPARE(one->payload, goldenPayloads().value(QStringLiteral("vpqr/vp-ob3.json")));
        QCOMPARE(one->cborldBytes, codec::base32Decode(one->payload.mid(5))->size());

        auto two = qr::vpqrCode(readJson(QStringLiteral("vpqr/vp-two.json")));
        QVERIFY(two);
        QVERIFY(!two->fit.fits());
        QVERIFY(qr::vpqrCode(readJson(QStringLiteral("vpqr/vp-two.json")), { qr::EccLevel::Low, 40 })->fit.fits());
    }
};

QTEST_GUILESS_MAIN(TestVpqr)
#include "TestVpqr.moc"
