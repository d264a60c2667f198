// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/codec/Base32.h"
#include "core/codec/Gzip.h"
#include "core/qr/MultiPart.h"
#include "core/qr/QrPayload.h"
#include "support/JsonCompare.h"
#include "support/TestVectors.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <algorithm>

using namespace ler;
using qr::ContentKind;
using qr::MultiPartAssembler;
using qr::QrContent;

namespace {

const QString kData = QStringLiteral(LER_TEST_DATA);

QJsonObject readJson(const QString& rel)
{
    return QJsonDocument::fromJson(test::readFile(kData + u'/' + rel)).object();
}

/// Text that does not compress: random base64url, as in a JWT.
QString randomJwtLikeText(qsizetype bytes, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char& c : raw) {
        c = char(rng.bounded(256));
    }
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

/// A message of our format made by hand: kind, compression, body, split into count parts.
QStringList forgeParts(const QByteArray& message, int count)
{
    const QString digest = codec::base32Encode(QCryptographicHash::hash(message, QCryptographicHash::Sha256).left(10));
    QStringList parts;
    const qsizetype slice = (message.size() + count - 1) / count;
    for (int i = 0; i < count; ++i) {
        qr::QrPart p { i + 1, count, digest, message.mid(i * slice, slice) };
        parts.append(p.toText());
    }
    return parts;
}

Result<QList<QrContent>> decodeShuffled(QStringList parts, quint32 seed)
{
    QRandomGenerator rng(seed);
    parts += parts.mid(0, (parts.size() + 1) / 2); // some parts scanned twice
    std::shuffle(parts.begin(), parts.end(), rng);
    return qr::decodeQrTexts(parts);
}

} // namespace

class TestMultiPart : public QObject
{
    Q_OBJECT

private slots:
    void documentsRoundTripInAnyOrder_data()
    {
        QTest::addColumn<QJsonObject>("doc");
        QTest::addColumn<int>("minParts");
        QTest::newRow("one OB 3.0: one VPQR code") << readJson(QStringLiteral("vpqr/vp-ob3.json")) << 1;
        QTest::newRow("two credentials") << readJson(QStringLiteral("vpqr/vp-two.json")) << 1;
        QTest::newRow("CLR 2.0") << readJson(QStringLiteral("vectors/openbadges-eddsa/clr2/signed-credential.json"))
                                 << 1;
        QTest::newRow("OB 3.0 with everything")
            << readJson(QStringLiteral("vectors/openbadges-eddsa/ob3-validator-samples/complete.json")) << 1;
        QTest::newRow("a context CBOR-LD does not know")
            << readJson(QStringLiteral("vectors/eddsa/eddsa-rdfc-2022/employ/signedDataInt.json")) << 1;

        // A badge image embedded as a data URL: photographs do not compress.
        QJsonObject withImage = readJson(QStringLiteral("vectors/openbadges-eddsa/ob3/signed-credential.json"));
        QJsonObject subject = withImage.value(QStringLiteral("credentialSubject")).toObject();
        QJsonObject achievement = subject.value(QStringLiteral("achievement")).toObject();
        achievement.insert(QStringLiteral("image"),
            QJsonObject { { QStringLiteral("id"),
                              QStringLiteral("data:image/jpeg;base64,")
                                  + QString::fromLatin1(randomJwtLikeText(6000, 11).toLatin1()) },
                { QStringLiteral("type"), QStringLiteral("Image") } });
        subject.insert(QStringLiteral("achievement"), achievement);
        withImage.insert(QStringLiteral("credentialSubject"), subject);
        QTest::newRow("embedded image") << withImage << 6;
    }

    void documentsRoundTripInAnyOrder()
    {
        QFETCH(QJsonObject, doc);
        QFETCH(int, minParts);
        QVERIFY(!doc.isEmpty());
        const qr::QrPolicy policy;
        auto parts = qr::encodeDocument(doc, policy);
        QVERIFY2(parts, parts ? "" : qPrintable(parts.error().message.untranslated()));
        QVERIFY(parts->size() >= minParts);
        for (const QString& part : *parts) {
            QVERIFY(qr::isAlphanumeric(part));
            QVERIFY2(qr::fit(part, policy).fits(), qPrintable(QString::number(part.size())));
        }
        // VPQR (what VerifierPlus reads) exactly when it fits one code; our format otherwise.
        auto vpqr = qr::vpqrCode(doc, policy);
        const bool oneVpqr = vpqr && vpqr->fit.fits();
        QCOMPARE(qr::isVpqr(parts->first()), oneVpqr);
        QCOMPARE(qr::isMultiPart(parts->first()), !oneVpqr);
        qInfo("%d code(s)", int(parts->size()));
        auto contents = decodeShuffled(*parts, 7);
        QVERIFY2(contents, contents ? "" : qPrintable(contents.error().message.untranslated()));
        QCOMPARE(contents->size(), 1);
        QVERIFY(contents->first().isJson);
        QVERIFY(test::sameJson(contents->first().document, doc));
        QCOMPARE(contents->first().parts, parts->size());
    }

    void codesCarryTheDocumentUnchanged()
    {
        // Values in forms CBOR-LD shortens (dates, numbers of every size, multibase): what the codes carry reads
        // back as the very same JSON, or the signature over it would not hold.
        const QJsonObject doc = readJson(QStringLiteral("vpqr/codec-values.json"));
        QVERIFY(!doc.isEmpty());
        for (const qr::QrPolicy policy : { qr::QrPolicy {}, qr::QrPolicy { qr::EccLevel::High, 8 } }) {
            auto parts = qr::encodeDocument(doc, policy);
            QVERIFY2(parts, parts ? "" : qPrintable(parts.error().message.untranslated()));
            auto contents = qr::decodeQrTexts(*parts);
            QVERIFY2(contents, contents ? "" : qPrintable(contents.error().message.untranslated()));
            QCOMPARE(contents->size(), 1);
            QVERIFY(contents->first().isJson);
            QVERIFY(contents->first().document == doc);
        }
    }

    void textFitsOneCodeOrIsSplit()
    {
        const qr::QrPolicy policy;
        const QString small = randomJwtLikeText(600, 1) + QStringLiteral("~");
        auto one = qr::encodeText(small, policy);
        QVERIFY(one);
        QCOMPARE(*one, QStringList { small }); // any reader can take it as it is

        const QString large = randomJwtLikeText(3000, 2) + QStringLiteral("~");
        auto many = qr::encodeText(large, policy);
        QVERIFY(many);
        QVERIFY(many->size() >= 3);
        auto back = decodeShuffled(*many, 3);
        QVERIFY2(back, back ? "" : qPrintable(back.error().message.untranslated()));
        QCOMPARE(back->size(), 1);
        QVERIFY(!back->first().isJson);
        QCOMPARE(back->first().text, large);
        QCOMPARE(back->first().source, QrContent::Source::MultiPart);
    }

    void partsOfAnotherPresentationAreRefused()
    {
        auto a = qr::encodeText(randomJwtLikeText(4000, 4), {});
        auto b = qr::encodeText(randomJwtLikeText(4000, 5), {});
        QVERIFY(a && b && a->size() > 2 && b->size() > 2);
        MultiPartAssembler assembler;
        QCOMPARE(assembler.add(a->at(0)).value(), MultiPartAssembler::Added::New);
        auto mixed = assembler.add(b->at(1));
        QVERIFY(!mixed);
        QCOMPARE(mixed.error().reason, QStringLiteral("qr/mixed-presentations"));
        // The refused part changed nothing: the right parts still complete the set.
        QCOMPARE(assembler.received(), 1);
        for (const QString& p : *a) {
            QVERIFY(assembler.add(p));
        }
        QVERIFY(assembler.isComplete());
        QVERIFY(assembler.message());

        auto both = qr::decodeQrTexts(*a + QStringList { b->first() });
        QVERIFY(!both);
        QCOMPARE(both.error().reason, QStringLiteral("qr/mixed-presentations"));
    }

    void repeatsAndMissingParts()
    {
        auto parts = qr::encodeText(randomJwtLikeText(4000, 6), {});
        QVERIFY(parts && parts->size() >= 3);
        MultiPartAssembler assembler;
        QCOMPARE(assembler.add(parts->at(2)).value(), MultiPartAssembler::Added::New);
        QCOMPARE(assembler.add(parts->at(2)).value(), MultiPartAssembler::Added::Repeated);
        QCOMPARE(assembler.received(), 1);
        QCOMPARE(assembler.count(), int(parts->size()));
        QVERIFY(!assembler.isComplete());
        auto incomplete = assembler.message();
        QVERIFY(!incomplete);
        QCOMPARE(incomplete.error().reason, QStringLiteral("qr/parts-missing"));
        // The message names the missing parts, lowest first.
        QVERIFY2(incomplete.error().message.args().value(0).words().startsWith(QLatin1String("1, 2")),
            qPrintable(incomplete.error().message.untranslated()));
        QCOMPARE(assembler.missing().first(), 1);

        // Two different codes that both claim to be part 3: refused.
        qr::QrPart forged = qr::QrPart::parse(parts->at(2)).value();
        forged.fragment[0] = char(forged.fragment.at(0) ^ 1);
        auto conflict = assembler.add(forged.toText());
        QVERIFY(!conflict);
        QCOMPARE(conflict.error().reason, QStringLiteral("qr/part-conflict"));
        QCOMPARE(conflict.error().message.args().value(0).words(), QStringLiteral("3")); // names the part
    }

    /// A complete set whose bytes do not match the digest in its headers (a damaged or forged part) is refused;
    /// the same set made honestly is read.
    void digestIsChecked()
    {
        const QByteArray body = "eyJhbGciOiJFZERTQSJ9.e30.c2lnbmF0dXJl~";
        QByteArray message = QByteArray(1, char(ContentKind::Text)) + char(qr::Compression::None) + body;
        const QStringList honest = forgeParts(message, 2);
        auto good = qr::decodeQrTexts(honest);
        QVERIFY2(good, good ? "" : qPrintable(good.error().message.untranslated()));
        QCOMPARE(good->first().text, QString::fromLatin1(body));

        qr::QrPart second = qr::QrPart::parse(honest.at(1)).value();
        second.fragment[3] = 'X'; // same header, other bytes
        auto bad = qr::decodeQrTexts({ honest.at(0), second.toText() });
        QVERIFY(!bad);
        QCOMPARE(bad.error().reason, QStringLiteral("qr/checksum-mismatch"));
    }

    /// A small message that expands without end is stopped at the limit.
    void compressionBombIsRefused()
    {
        const QByteArray zeros(8 * 1024 * 1024, '\0');
        const QByteArray packed = codec::gzip(zeros).value();
        const QByteArray message = QByteArray(1, char(ContentKind::Text)) + char(qr::Compression::Gzip) + packed;
        auto out = qr::decodeQrTexts(forgeParts(message, 3));
        QVERIFY(!out);
        QCOMPARE(out.error().code, ErrorCode::LimitExceeded);
        QCOMPARE(out.error().reason, QStringLiteral("codec/gzip-output-too-large")); // the cause's reason is kept
        // Control: the same bytes under the limit are read.
        const QByteArray fine = QByteArray(1, char(ContentKind::Text)) + char(qr::Compression::Gzip)
            + codec::gzip(QByteArray(1024, 'a')).value();
        QVERIFY(qr::decodeQrTexts(forgeParts(fine, 3)));
    }

    void unknownKindIsRefused()
    {
        const QByteArray message = QByteArray(1, '\x09') + char(qr::Compression::None) + "data";
        auto out = qr::decodeQrTexts(forgeParts(message, 1));
        QVERIFY(!out);
        QCOMPARE(out.error().code, ErrorCode::Unsupported);
        QCOMPARE(out.error().reason, QStringLiteral("qr/unknown-content-kind"));
    }

    void partGrammar_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("valid") << QStringLiteral("LER1/2-5/ABCDEFGHIJKLMNOP/MZXW6") << true;
        QTest::newRow("index 0") << QStringLiteral("LER1/0-5/ABCDEFGHIJKLMNOP/MZXW6") << false;
        QTest::newRow("index above count") << QStringLiteral("LER1/6-5/ABCDEFGHIJKLMNOP/MZXW6") << false;
        QTest::newRow("leading zero") << QStringLiteral("LER1/02-5/ABCDEFGHIJKLMNOP/MZXW6") << false;
        QTest::newRow("100 parts") << QStringLiteral("LER1/1-100/ABCDEFGHIJKLMNOP/MZXW6") << false;
        QTest::newRow("short digest") << QStringLiteral("LER1/1-5/ABCDEFGHIJKLMNO/MZXW6") << false;
        QTest::newRow("lower case") << QStringLiteral("LER1/1-5/ABCDEFGHIJKLMNOP/mzxw6") << false;
        QTest::newRow("empty fragment") << QStringLiteral("LER1/1-5/ABCDEFGHIJKLMNOP/") << false;
        QTest::newRow("stray bits") << QStringLiteral("LER1/1-5/ABCDEFGHIJKLMNOP/MZ") << false;
        QTest::newRow("version 2") << QStringLiteral("LER2/1-5/ABCDEFGHIJKLMNOP/MZXW6") << false;
        QTest::newRow("trailing space") << QStringLiteral("LER1/1-5/ABCDEFGHIJKLMNOP/MZXW6 ") << false;
    }

    void partGrammar()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        auto part = qr::QrPart::parse(text);
        QCOMPARE(bool(part), valid);
        if (valid) {
            QCOMPARE(part->toText(), text);
        } else {
            QCOMPARE(part.error().reason, QStringLiteral("qr/not-a-part"));
        }
    }

    void tooLargeForQrCodes()
    {
        auto parts = qr::encodeText(randomJwtLikeText(150 * 1024, 8), {});
        QVERIFY(!parts);
        QCOMPARE(parts.error().code, ErrorCode::LimitExceeded);
    }

    /// VPQR codes (one per credential), parts and other text can be scanned together.
    void mixedScan()
    {
        auto vpqr = qr::encodeDocument(readJson(QStringLiteral("vpqr/vp-ob3.json")));
        auto parts = qr::encodeText(randomJwtLikeText(3000, 9), {});
        QVERIFY(vpqr && vpqr->size() == 1 && parts);
        auto contents = qr::decodeQrTexts(*parts + *vpqr + QStringList { QStringLiteral("https://example.org/") });
        QVERIFY2(contents, contents ? "" : qPrintable(contents.error().message.untranslated()));
        QCOMPARE(contents->size(), 3);
        QCOMPARE(contents->at(0).source, QrContent::Source::Vpqr);
        QCOMPARE(contents->at(1).source, QrContent::Source::PlainText);
        QCOMPARE(contents->at(2).source, QrContent::Source::MultiPart);
    }
};

QTEST_GUILESS_MAIN(TestMultiPart)
#include "TestMultiPart.moc"
