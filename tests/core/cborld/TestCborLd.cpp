// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/cborld/CborLd.h"
#include "support/JsonCompare.h"
#include "support/TestVectors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ler;

namespace {

const QString kData = QStringLiteral(LER_TEST_DATA);

QJsonObject readJson(const QString& rel)
{
    return QJsonDocument::fromJson(test::readFile(kData + u'/' + rel)).object();
}

/// JSON written with single quotes, which keeps the samples below readable.
QByteArray q(const char* json)
{
    return QByteArray(json).replace('\'', '"');
}

} // namespace

class TestCborLd : public QObject
{
    Q_OBJECT

private slots:
    void matchesLibraryByteForByte_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QString>("libraryError");
        const QJsonArray cases = readJson(QStringLiteral("vpqr/goldens.json")).value(QStringLiteral("cases")).toArray();
        QVERIFY(cases.size() >= 10);
        for (const QJsonValue& c : cases) {
            const QJsonObject o = c.toObject();
            const QString input = o.value(QStringLiteral("input")).toString();
            QTest::newRow(qPrintable(input))
                << input << QByteArray::fromHex(o.value(QStringLiteral("cborld")).toString().toLatin1())
                << o.value(QStringLiteral("error")).toString();
        }
    }

    void matchesLibraryByteForByte()
    {
        QFETCH(QString, input);
        QFETCH(QByteArray, expected);
        QFETCH(QString, libraryError);
        const QJsonObject doc = readJson(input);
        QVERIFY(!doc.isEmpty());
        auto bytes = cborld::encode(doc);
        if (!libraryError.isEmpty()) {
            QVERIFY2(!bytes, qPrintable(QStringLiteral("the library refuses it: ") + libraryError));
            return;
        }
        QVERIFY2(bytes, bytes ? "" : qPrintable(bytes.error().message.untranslated()));
        if (*bytes != expected) {
            qWarning().noquote() << "ours  " << bytes->toHex();
            qWarning().noquote() << "theirs" << expected.toHex();
        }
        QCOMPARE(bytes->toHex(), expected.toHex());
        auto back = cborld::decode(expected);
        QVERIFY2(back, back ? "" : qPrintable(back.error().message.untranslated()));
        QVERIFY(test::sameJson(*back, doc));
    }

    /// Hostile or damaged bytes are refused with a message, never decoded into something else.
    void decodeRejects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        const QByteArray tag = QByteArray::fromHex("d90501");
        const auto hex = [&tag](const char* h) { return tag + QByteArray::fromHex(h); };
        const int invalid = int(ErrorCode::InvalidInput);
        QTest::newRow("empty") << QByteArray() << invalid << QStringLiteral("cborld/tag-missing");
        QTest::newRow("no tag") << QByteArray::fromHex("a0") << invalid << QStringLiteral("cborld/tag-missing");
        QTest::newRow("other tag") << QByteArray::fromHex("d90601a0") << invalid
                                   << QStringLiteral("cborld/tag-missing");
        QTest::newRow("compression mode 2") << QByteArray::fromHex("d90502a0") << int(ErrorCode::Unsupported)
                                            << QStringLiteral("cborld/mode-unsupported");
        QTest::newRow("nothing after the tag") << tag << invalid << QStringLiteral("cborld/cbor-empty");
        QTest::newRow("truncated map") << hex("b900") << invalid << QStringLiteral("cborld/cbor-malformed");
        QTest::newRow("bytes after the end") << hex("a000") << invalid << QStringLiteral("cborld/cbor-trailing-bytes");
        QTest::newRow("unknown term id") << hex("a118c801") << invalid << QStringLiteral("cborld/term-id-unknown");
        QTest::newRow("unregistered context id")
            << hex("a1001899") << int(ErrorCode::Unsupported) << QStringLiteral("cborld/context-id-unknown");
        QTest::newRow("CBOR tag inside") << hex("a100c11811") << invalid << QStringLiteral("cborld/cbor-inner-tag");
        QTest::newRow("undefined value") << hex("a100f7") << invalid << QStringLiteral("cborld/cbor-simple-value");
        QTest::newRow("repeated key") << hex("a2001100 12") << invalid
                                      << QStringLiteral("cborld/cbor-map-key-repeated");
        QTest::newRow("both context keys")
            << hex("a200110181 11") << invalid << QStringLiteral("cborld/context-single-and-plural");
        QTest::newRow("plural @type not an array")
            << hex("a2001103 1864") << invalid << QStringLiteral("cborld/plural-not-array");
        QTest::newRow("text key in a node")
            << hex("a2001161 6101") << invalid << QStringLiteral("cborld/key-not-term-id");
        QTest::newRow("uuid of 5 bytes") << hex("a2001104 82 03 450102030405") << invalid
                                         << QStringLiteral("cborld/uuid-invalid");
        QTest::newRow("integer beyond 2^53")
            << hex("a2001104 1b0020000000000001") << invalid << QStringLiteral("cborld/json-integer-range");
        QTest::newRow("integer beyond 64 bits")
            << hex("a2001104 1bffffffffffffffff") << invalid << QStringLiteral("cborld/cbor-integer-range");
        QTest::newRow("not a map") << hex("6161") << invalid << QStringLiteral("cborld/document-not-map");
        QByteArray deep = tag + QByteArray(200, '\x81') + QByteArray::fromHex("a0");
        QTest::newRow("nested 200 deep") << deep << int(ErrorCode::LimitExceeded)
                                         << QStringLiteral("cborld/cbor-too-deep");
        QTest::newRow("larger than 1 MiB")
            << tag + QByteArray(1 << 20, '\0') << int(ErrorCode::LimitExceeded) << QStringLiteral("cborld/too-large");
    }

    /// Array elements that each bring a context: the context stack is bounded (the library never pops them).
    void contextStackIsBounded()
    {
        const QByteArray context
            = QByteArray::fromHex("a1 65 6974656d73 6b 68747470733a2f2f652f78"); // {"items": "https://e/x"}
        const QByteArray element = QByteArray::fromHex("a1 00") + context;
        const auto document = [&](int elements) {
            QByteArray array = QByteArray::fromHex("99") + char(elements >> 8) + char(elements & 0xff);
            for (int i = 0; i < elements; ++i) {
                array += element;
            }
            return QByteArray::fromHex("d90501 a2 00") + context + QByteArray::fromHex("1865") + array;
        };
        auto fine = cborld::decode(document(100));
        QVERIFY2(fine, fine ? "" : qPrintable(fine.error().message.untranslated()));
        QCOMPARE(fine->toObject().value(QStringLiteral("items")).toArray().size(), 100);
        auto bounded = cborld::decode(document(5000));
        QVERIFY(!bounded);
        QCOMPARE(bounded.error().code, ErrorCode::LimitExceeded);
        QCOMPARE(bounded.error().reason, QStringLiteral("cborld/too-many-contexts"));
    }

    void decodeRejects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        auto doc = cborld::decode(bytes);
        QVERIFY2(!doc, doc ? qPrintable(QString::fromUtf8(QJsonDocument(doc->toObject()).toJson())) : "");
        QCOMPARE(int(doc.error().code), code);
        QVERIFY(!doc.error().message.isEmpty());
        QFETCH(QString, reason);
        QCOMPARE(doc.error().reason, reason);
    }

    /// Documents the library cannot carry, or would carry changed, are refused by name.
    void encodeRefuses_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown context") << q("{'@context': 'https://example.org/unknown/v1', 'id': 'x'}")
                                         << QStringLiteral("cborld/context-unknown");
        QTest::newRow("undefined term") << q("{'@context': 'https://www.w3.org/2018/credentials/v1', 'nickname': 'x'}")
                                        << QStringLiteral("cborld/term-undefined");
        QTest::newRow("@value") << q(
            "{'@context': [{'n': 'https://example.org/n'}], 'n': {'@value': 'x', '@language': 'en'}}")
                                << QStringLiteral("cborld/keyword-unsupported");
        QTest::newRow("DID URL with two '#'")
            << q("{'@context': [{'r': {'@id': 'https://example.org/r', '@type': '@id'}}], 'r': 'did:key:z6Mk#a#b'}")
            << QStringLiteral("cborld/did-url-fragments");
        QTest::newRow("multibase not base58") << q("{'@context': [{'d': {'@id': 'https://example.org/d', '@type': "
                                                   "'https://w3id.org/security#multibase'}}], 'd': 'z0OIl'}")
                                              << QStringLiteral("cborld/multibase-not-base58btc");
        QTest::newRow("base64 without padding") << q("{'@context': [{'d': {'@id': 'https://example.org/d', '@type': "
                                                     "'https://w3id.org/security#multibase'}}], 'd': 'MAAE'}")
                                                << QStringLiteral("cborld/round-trip-changes");
        QTest::newRow("number where a term is expected")
            << q("{'@context': [{'k': {'@id': 'https://example.org/k', '@type': '@vocab'}}], 'k': 100}")
            << QStringLiteral("cborld/round-trip-changes");
        QTest::newRow("null in a context list")
            << q("{'@context': [null], 'id': 'x'}") << QStringLiteral("cborld/context-null-in-list");
        QTest::newRow("a list of lists of values") << q("{'@context': [{'g': 'https://example.org/g'}], 'g': [[1, 2]]}")
                                                   << QStringLiteral("cborld/list-of-lists");
    }

    void encodeRefuses()
    {
        QFETCH(QByteArray, json);
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        QVERIFY(doc.isObject());
        auto bytes = cborld::encode(doc.object());
        QVERIFY2(!bytes, bytes ? qPrintable(QString::fromLatin1(bytes->toHex())) : "");
        // Refused on the way out, or changed on the way back ("round-trip-changes").
        QFETCH(QString, reason);
        QCOMPARE(bytes.error().reason, reason);
        const auto scalar = cborld::encode(QJsonValue(QStringLiteral("not an object")));
        QVERIFY(!scalar);
        QCOMPARE(scalar.error().reason, QStringLiteral("cborld/document-not-object"));
    }

    /// Dates before 1970 stay text: the library would write a negative number into an unsigned head (corrupt
    /// bytes), so this is where our output differs from it on purpose. It decodes back unchanged.
    void datesBefore1970StayText()
    {
        const QJsonObject doc = QJsonDocument::fromJson(
            q("{'@context': [{ 'xsd': 'http://www.w3.org/2001/XMLSchema#', 'born': {'@id': 'https://example.org/born', "
              "'@type': 'xsd:date'}, 'at': {'@id': 'https://example.org/at', '@type': 'xsd:dateTime'}}], 'born': "
              "'1961-08-17', 'at': ['1969-07-20T20:17:40Z', '1970-01-01T00:00:01Z']}"))
                                    .object();
        auto bytes = cborld::encode(doc);
        QVERIFY2(bytes, bytes ? "" : qPrintable(bytes.error().message.untranslated()));
        QVERIFY(bytes->contains("1961-08-17"));
        QVERIFY(bytes->contains("1969-07-20T20:17:40Z"));
        QVERIFY(!bytes->contains("1970-01-01T00:00:01Z")); // written as the number 1
        auto back = cborld::decode(*bytes);
        QVERIFY(back);
        QVERIFY(test::sameJson(*back, doc));
    }

    /// The uncompressed form (tag 0x0500) is plain CBOR of the JSON.
    void decodesUncompressed()
    {
        auto doc = cborld::decode(QByteArray::fromHex("d90500a2616101626263f5"));
        QVERIFY2(doc, doc ? "" : qPrintable(doc.error().message.untranslated()));
        QCOMPARE(doc->toObject(), QJsonObject({ { QStringLiteral("a"), 1 }, { QStringLiteral("bc"), true } }));
    }

    /// Contexts come only from the loader it is given: the bundled one serves no network URL.
    void unknownContextIsNotFetched()
    {
        const QJsonObject doc { { QStringLiteral("@context"), QStringLiteral("https://w3id.org/age/v1") },
            { QStringLiteral("type"), QStringLiteral("AgeVerificationCredential") } };
        auto bytes = cborld::encode(doc);
        QVERIFY(!bytes);
        QCOMPARE(bytes.error().code, ErrorCode::NotFound);
        // The registered id of that context decodes to its URL, and then needs the same context.
        auto decoded = cborld::decode(QByteArray::fromHex("d90501a1001816"));
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestCborLd)
#include "TestCborLd.moc"
