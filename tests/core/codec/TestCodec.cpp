// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/codec/Base32.h"
#include "core/codec/Base58.h"
#include "core/codec/Base64Url.h"
#include "core/codec/Gzip.h"
#include "core/codec/Multibase.h"
#include "core/codec/Multicodec.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ler;
using namespace ler::codec;

class TestCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void base64UrlRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("f") << QByteArray("f") << QByteArray("Zg");
        QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8");
        QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v");
        QTest::newRow("url-alphabet") << QByteArray::fromHex("fbff") << QByteArray("-_8");
        QTest::newRow("jose-header") << QByteArray(R"({"alg":"ES256"})") << QByteArray("eyJhbGciOiJFUzI1NiJ9");
    }
    void base64UrlRoundTrip()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, text);
        QCOMPARE(base64UrlEncode(bytes), text);
        const auto decoded = base64UrlDecode(text);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message.untranslated()));
        QCOMPARE(decoded.value(), bytes);
    }

    /// Every length of a remainder, and every byte value in every position of it, against Qt's own decoder.
    void base64UrlAgreesWithQt()
    {
        QByteArray bytes;
        for (int n = 0; n < 300; ++n) {
            const QByteArray text = base64UrlEncode(bytes);
            const auto decoded = base64UrlDecode(text);
            QVERIFY(decoded.ok());
            QCOMPARE(decoded.value(), bytes);
            QCOMPARE(decoded.value(), QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding));
            bytes.append(char((n * 37 + 11) & 0xff));
        }
        // Each last character of a two- or three-character remainder is accepted only with its unused bits zero.
        for (const char* prefix : { "Z", "Zm", "Zm9vZ", "Zm9vZm" }) {
            int accepted = 0;
            for (const char c : QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")) {
                const QByteArray text = QByteArray(prefix) + c;
                const auto decoded = base64UrlDecode(text);
                if (decoded.ok()) {
                    ++accepted;
                    QCOMPARE(base64UrlEncode(decoded.value()), text);
                } else {
                    QCOMPARE(decoded.error().reason, QStringLiteral("codec/base64url-trailing-bits"));
                }
            }
            QCOMPARE(accepted, qstrlen(prefix) % 4 == 1 ? 4 : 16);
        }
    }

    void base64UrlRejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("padding") << QByteArray("Zg==") << QStringLiteral("codec/base64url-character");
        QTest::newRow("plus") << QByteArray("+_8") << QStringLiteral("codec/base64url-character");
        QTest::newRow("slash") << QByteArray("/_8") << QStringLiteral("codec/base64url-character");
        QTest::newRow("space") << QByteArray("Zm9 v") << QStringLiteral("codec/base64url-character");
        QTest::newRow("newline") << QByteArray("Zm9v\n") << QStringLiteral("codec/base64url-character");
        QTest::newRow("dot") << QByteArray("Zm.9v") << QStringLiteral("codec/base64url-character");
        QTest::newRow("length-1-mod-4") << QByteArray("Zm9vY") << QStringLiteral("codec/base64url-length");
        QTest::newRow("non-zero-trailing-bits") << QByteArray("Zh") << QStringLiteral("codec/base64url-trailing-bits");
        QTest::newRow("non-zero-trailing-bits-of-two-bytes")
            << QByteArray("Zm9") << QStringLiteral("codec/base64url-trailing-bits");
        QTest::newRow("non-zero-trailing-bits-after-a-quad")
            << QByteArray("Zm9vYR") << QStringLiteral("codec/base64url-trailing-bits");
        QTest::newRow("non-ascii") << QByteArray("Zm9\xc3\xa9") << QStringLiteral("codec/base64url-character");
    }
    void base64UrlRejects()
    {
        QFETCH(QByteArray, text);
        const auto decoded = base64UrlDecode(text);
        QVERIFY2(!decoded.ok(), qPrintable(QStringLiteral("accepted %1").arg(QString::fromLatin1(text))));
        QCOMPARE(decoded.error().code, ErrorCode::InvalidInput);
        QFETCH(QString, reason);
        QCOMPARE(decoded.error().reason, reason);
    }

    void base58_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("hello-world") << QByteArray("Hello World!") << QByteArray("2NEpo7TZRRrLZSi2U");
        QTest::newRow("fox") << QByteArray("The quick brown fox jumps over the lazy dog.")
                             << QByteArray("USm3fpXnKG5EUBx2ndxBDMPVciP5hGey2Jh4NDv6gmeo1LkMeiKrLJUUBk6Z");
        QTest::newRow("leading-zeros") << QByteArray::fromHex("0000287fb4cd") << QByteArray("11233QC4");
        QTest::newRow("single-zero") << QByteArray::fromHex("00") << QByteArray("1");
        QTest::newRow("ed25519-key") << QByteArray::fromHex("ed01")
                + QByteArray::fromHex("3b6a27bcceb6a42d62a3a8d02a6f0d73653215771de243a63ac048a18b59da29")
                                     << QByteArray("z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp").mid(1);
    }
    void base58()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, text);
        QCOMPARE(base58Encode(bytes), text);
        const auto decoded = base58Decode(text);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message.untranslated()));
        QCOMPARE(decoded.value(), bytes);
    }

    void base58RoundTripsEveryLength()
    {
        // Decoding works five digits at a time: every length and every count of leading zero bytes must come back.
        QRandomGenerator random(58);
        for (int length = 0; length <= 80; ++length) {
            for (int zeros = 0; zeros <= qMin(length, 3); ++zeros) {
                QByteArray bytes(length, '\0');
                for (int i = zeros; i < length; ++i)
                    bytes[i] = char(random.bounded(256));
                if (zeros < length && bytes[zeros] == 0)
                    bytes[zeros] = 1;
                const auto decoded = base58Decode(base58Encode(bytes));
                QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message.untranslated()));
                QCOMPARE(decoded.value().toHex(), bytes.toHex());
            }
        }
    }

    void base58Rejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("zero-digit") << QByteArray("20") << int(ErrorCode::InvalidInput)
                                    << QStringLiteral("codec/base58-character");
        QTest::newRow("capital-O") << QByteArray("2O") << int(ErrorCode::InvalidInput)
                                   << QStringLiteral("codec/base58-character");
        QTest::newRow("capital-I") << QByteArray("I2") << int(ErrorCode::InvalidInput)
                                   << QStringLiteral("codec/base58-character");
        QTest::newRow("lower-l") << QByteArray("2l") << int(ErrorCode::InvalidInput)
                                 << QStringLiteral("codec/base58-character");
        QTest::newRow("plus") << QByteArray("2+") << int(ErrorCode::InvalidInput)
                              << QStringLiteral("codec/base58-character");
        QTest::newRow("high-byte") << QByteArray("2\xff") << int(ErrorCode::InvalidInput)
                                   << QStringLiteral("codec/base58-character");
        QTest::newRow("too-long") << QByteArray(kMaxBase58Length + 1, '2') << int(ErrorCode::LimitExceeded)
                                  << QStringLiteral("codec/base58-too-long");
    }
    void base58Rejects()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, code);
        const auto decoded = base58Decode(text);
        QVERIFY2(!decoded.ok(), "invalid base58 was accepted");
        QCOMPARE(int(decoded.error().code), code);
        QFETCH(QString, reason);
        QCOMPARE(decoded.error().reason, reason);
    }

    // Each decoder's named limit: accepted at the limit, refused one past it.
    void base58AtTheLimit()
    {
        const auto at = base58Decode(QByteArray(kMaxBase58Length, '2'));
        QVERIFY2(at.ok(), qPrintable(at.ok() ? QString() : at.error().message.untranslated()));
        const auto past = base58Decode(QByteArray(kMaxBase58Length + 1, '2'));
        QVERIFY(!past.ok());
        QCOMPARE(past.error().code, ErrorCode::LimitExceeded);
        QCOMPARE(past.error().reason, QStringLiteral("codec/base58-too-long"));
        QVERIFY2(past.error().message.untranslated().contains(QString::number(kMaxBase58Length)),
            qPrintable(past.error().message.untranslated()));
    }

    void base64UrlAtTheLimit()
    {
        const auto at = base64UrlDecode(QByteArray(kMaxBase64UrlLength, 'A'));
        QVERIFY2(at.ok(), qPrintable(at.ok() ? QString() : at.error().message.untranslated()));
        QCOMPARE(at->size(), kMaxBase64UrlLength / 4 * 3);
        const auto past = base64UrlDecode(QByteArray(kMaxBase64UrlLength + 1, 'A'));
        QVERIFY(!past.ok());
        QCOMPARE(past.error().code, ErrorCode::LimitExceeded);
        const auto pastValidLength = base64UrlDecode(QByteArray(kMaxBase64UrlLength + 4, 'A'));
        QVERIFY(!pastValidLength.ok());
        QCOMPARE(pastValidLength.error().code, ErrorCode::LimitExceeded);
    }

    void multibaseAtTheLimits()
    {
        QVERIFY(multibaseDecode(QLatin1Char('z') + QString(kMaxBase58Length, QLatin1Char('2'))).ok());
        QCOMPARE(multibaseDecode(QLatin1Char('z') + QString(kMaxBase58Length + 1, QLatin1Char('2'))).error().code,
            ErrorCode::LimitExceeded);
        QVERIFY(multibaseDecode(QLatin1Char('u') + QString(kMaxBase64UrlLength, QLatin1Char('A'))).ok());
        QCOMPARE(multibaseDecode(QLatin1Char('u') + QString(kMaxBase64UrlLength + 4, QLatin1Char('A'))).error().code,
            ErrorCode::LimitExceeded);
    }

    void gunzipAtTheLimit()
    {
        constexpr qsizetype limit = 3 * 1024 * 1024 + 7;
        const QByteArray at = gzip(QByteArray(limit, 'x')).value();
        const auto ok = gunzip(at, limit);
        QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message.untranslated()));
        QCOMPARE(ok->size(), limit);
        const auto past = gunzip(gzip(QByteArray(limit + 1, 'x')).value(), limit);
        QVERIFY(!past.ok());
        QCOMPARE(past.error().code, ErrorCode::LimitExceeded);
        QCOMPARE(past.error().reason, QStringLiteral("codec/gzip-output-too-large"));
        QCOMPARE(gunzip(at + "x", limit).error().reason, QStringLiteral("codec/gzip-trailing-bytes"));
        QCOMPARE(gunzip("not gzip at all", limit).error().reason, QStringLiteral("codec/gzip-invalid"));
    }

    void multibase_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("z") << QStringLiteral("z2NEpo7TZRRrLZSi2U") << QByteArray("Hello World!");
        QTest::newRow("u") << QStringLiteral("uSGVsbG8gV29ybGQh") << QByteArray("Hello World!");
    }
    void multibase()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, bytes);
        const auto decoded = multibaseDecode(text);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message.untranslated()));
        QCOMPARE(decoded.value(), bytes);
        const auto base = text.startsWith(QLatin1Char('z')) ? Multibase::Base58Btc : Multibase::Base64Url;
        QCOMPARE(multibaseEncode(base, bytes), text);
    }

    void multibaseRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("mention"); // the encoding the message names, if any
        QTest::newRow("empty") << QString() << int(ErrorCode::InvalidInput) << QStringLiteral("codec/multibase-empty")
                               << QString();
        QTest::newRow("base16") << QStringLiteral("f48656c6c6f") << int(ErrorCode::Unsupported)
                                << QStringLiteral("codec/multibase-unsupported") << QStringLiteral("base16");
        QTest::newRow("base64pad") << QStringLiteral("MSGVsbG8=") << int(ErrorCode::Unsupported)
                                   << QStringLiteral("codec/multibase-unsupported") << QStringLiteral("base64pad");
        QTest::newRow("unknown") << QStringLiteral("!abc") << int(ErrorCode::Unsupported)
                                 << QStringLiteral("codec/multibase-unsupported") << QStringLiteral("'!'");
        QTest::newRow("bad-base58") << QStringLiteral("z0OIl") << int(ErrorCode::InvalidInput)
                                    << QStringLiteral("codec/base58-character") << QString();
        QTest::newRow("padded-base64url") << QStringLiteral("uSGk=") << int(ErrorCode::InvalidInput)
                                          << QStringLiteral("codec/base64url-character") << QString();
        QTest::newRow("non-ascii") << QStringLiteral("z2N\u00e9") << int(ErrorCode::InvalidInput)
                                   << QStringLiteral("codec/multibase-non-ascii") << QString();
    }
    void multibaseRejects()
    {
        QFETCH(QString, text);
        QFETCH(int, code);
        QFETCH(QString, reason);
        QFETCH(QString, mention);
        const auto decoded = multibaseDecode(text);
        QVERIFY2(!decoded.ok(), "invalid multibase was accepted");
        QCOMPARE(int(decoded.error().code), code);
        QCOMPARE(decoded.error().reason, reason);
        QVERIFY2(decoded.error().message.untranslated().contains(mention),
            qPrintable(decoded.error().message.untranslated()));
    }

    void varint_data()
    {
        QTest::addColumn<quint64>("value");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("0") << quint64(0) << QByteArray::fromHex("00");
        QTest::newRow("127") << quint64(127) << QByteArray::fromHex("7f");
        QTest::newRow("128") << quint64(128) << QByteArray::fromHex("8001");
        QTest::newRow("ed25519-pub") << quint64(0xed) << QByteArray::fromHex("ed01");
        QTest::newRow("x25519-pub") << quint64(0xec) << QByteArray::fromHex("ec01");
        QTest::newRow("secp256k1-pub") << quint64(0xe7) << QByteArray::fromHex("e701");
        QTest::newRow("p256-pub") << quint64(0x1200) << QByteArray::fromHex("8024");
        QTest::newRow("p384-pub") << quint64(0x1201) << QByteArray::fromHex("8124");
        QTest::newRow("ed25519-priv") << quint64(0x1300) << QByteArray::fromHex("8026");
        QTest::newRow("2^63") << (quint64(1) << 62) << QByteArray::fromHex("808080808080808040");
    }
    void varint()
    {
        QFETCH(quint64, value);
        QFETCH(QByteArray, bytes);
        QCOMPARE(encodeVarint(value), bytes);
        const auto decoded = decodeVarint(bytes + QByteArray("tail"));
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message.untranslated()));
        QCOMPARE(decoded->first, value);
        QCOMPARE(decoded->second, bytes.size());
    }

    void varintRejects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("codec/varint-truncated");
        QTest::newRow("truncated") << QByteArray::fromHex("ed") << QStringLiteral("codec/varint-truncated");
        QTest::newRow("non-minimal") << QByteArray::fromHex("ed8000") << QStringLiteral("codec/varint-not-minimal");
        QTest::newRow("too-long") << QByteArray::fromHex("ffffffffffffffffff01")
                                  << QStringLiteral("codec/varint-too-long");
    }
    void varintRejects()
    {
        QFETCH(QByteArray, bytes);
        const auto decoded = decodeVarint(bytes);
        QVERIFY2(!decoded.ok(), "invalid varint was accepted");
        QFETCH(QString, reason);
        QCOMPARE(decoded.error().reason, reason);
        // Read as a multicodec prefix, the varint's reason is kept.
        QCOMPARE(multicodecSplit(bytes).error().reason, reason);
    }

    void multicodecNames_data()
    {
        QTest::addColumn<quint64>("code");
        QTest::addColumn<QString>("name");
        QTest::newRow("ed") << quint64(Multicodec::Ed25519Pub) << QStringLiteral("ed25519-pub");
        QTest::newRow("p256") << quint64(Multicodec::P256Pub) << QStringLiteral("p256-pub");
        QTest::newRow("p384") << quint64(Multicodec::P384Pub) << QStringLiteral("p384-pub");
        QTest::newRow("x25519") << quint64(Multicodec::X25519Pub) << QStringLiteral("x25519-pub");
        QTest::newRow("secp256k1") << quint64(Multicodec::Secp256k1Pub) << QStringLiteral("secp256k1-pub");
        QTest::newRow("ed-priv") << quint64(Multicodec::Ed25519Priv) << QStringLiteral("ed25519-priv");
        QTest::newRow("unknown") << quint64(0x4242) << QStringLiteral("0x4242");
    }
    void multicodecNames()
    {
        QFETCH(quint64, code);
        QFETCH(QString, name);
        QCOMPARE(multicodecName(code), name);
        QCOMPARE(isKnownMulticodec(code), !name.startsWith(QLatin1String("0x")));
    }

    void multikeySplit()
    {
        const auto raw = multibaseDecode(QStringLiteral("zDnaerx9CtbPJ1q36T5Ln5wYt3MQYeGRG5ehnPAmxcf5mDZpv"));
        QVERIFY2(raw.ok(), "P-256 did:key multibase did not decode");
        const auto split = multicodecSplit(raw.value());
        QVERIFY2(split.ok(), "multicodec prefix did not split");
        QCOMPARE(split->code, quint64(Multicodec::P256Pub));
        QCOMPARE(split->data.size(), 33);
        QCOMPARE(multicodecPrefix(Multicodec::P256Pub, split->data), raw.value());
    }

    // RFC 4648 section 10 test vectors, without padding.
    void base32_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("f") << QByteArray("f") << QStringLiteral("MY");
        QTest::newRow("fo") << QByteArray("fo") << QStringLiteral("MZXQ");
        QTest::newRow("foo") << QByteArray("foo") << QStringLiteral("MZXW6");
        QTest::newRow("foob") << QByteArray("foob") << QStringLiteral("MZXW6YQ");
        QTest::newRow("fooba") << QByteArray("fooba") << QStringLiteral("MZXW6YTB");
        QTest::newRow("foobar") << QByteArray("foobar") << QStringLiteral("MZXW6YTBOI");
        QTest::newRow("all bits") << QByteArray("\xff\x00\x80", 3) << QStringLiteral("74AIA");
    }

    void base32()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, text);
        QCOMPARE(codec::base32Encode(data), text);
        auto back = codec::base32Decode(text);
        QVERIFY(back);
        QCOMPARE(*back, data);
    }

    void base32Rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("lower case") << QStringLiteral("mzxw6") << QStringLiteral("codec/base32-character");
        QTest::newRow("padding") << QStringLiteral("MY======") << QStringLiteral("codec/base32-character");
        QTest::newRow("digit 1") << QStringLiteral("MZXW1") << QStringLiteral("codec/base32-character");
        QTest::newRow("impossible length") << QStringLiteral("MZX") << QStringLiteral("codec/base32-length");
        QTest::newRow("stray bits") << QStringLiteral("MZ")
                                    << QStringLiteral("codec/base32-padding-bits"); // "MY" is the only text for "f"
    }

    void base32Rejects()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const auto decoded = codec::base32Decode(text);
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().reason, reason);
    }
};

QTEST_GUILESS_MAIN(TestCodec)
#include "TestCodec.moc"
