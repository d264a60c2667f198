// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/crypto/Mac.h"

#include <QMessageAuthenticationCode>
#include <QTest>

using namespace ler::crypto;

/// The key file's seal: HMAC-SHA-512-256.
class TestMac : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesRfc4231_data()
    {
        // RFC 4231 test cases 1 and 2 (HMAC-SHA-512), first 32 bytes of the tag. HMAC pads a short key with
        // zeros, so the 20- and 4-byte keys equal these 32-byte ones.
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("tag");
        QTest::newRow("case 1") << QByteArray(20, '\x0b') + QByteArray(12, '\0') << QByteArray("Hi There")
                                << QByteArray::fromHex(
                                       "87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde");
        QTest::newRow("case 2") << QByteArray("Jefe") + QByteArray(28, '\0')
                                << QByteArray("what do ya want for nothing?")
                                << QByteArray::fromHex(
                                       "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554");
    }
    void matchesRfc4231()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, tag);
        const SecretBytes k = SecretBytes::copyOf(key);
        QCOMPARE(authenticate(k, message), tag);
        QCOMPARE(QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha512).left(32), tag);
        QVERIFY(verifyAuthenticator(k, message, tag));
    }

    void anyChangeFails()
    {
        const SecretBytes k = SecretBytes::random(32);
        const QByteArray msg("slot list");
        const QByteArray tag = authenticate(k, msg);
        QVERIFY(verifyAuthenticator(k, msg, tag));
        QVERIFY(!verifyAuthenticator(k, QByteArray("slot lisT"), tag));
        QByteArray flipped = tag;
        flipped[5] = char(flipped[5] ^ 1);
        QVERIFY(!verifyAuthenticator(k, msg, flipped));
        QVERIFY(!verifyAuthenticator(SecretBytes::random(32), msg, tag));
        QVERIFY(!verifyAuthenticator(k, msg, tag.left(16)));
        QVERIFY(authenticate(SecretBytes::random(16), msg).isEmpty());
    }

    void wipeZeroes()
    {
        char buffer[] = "a passphrase typed at a prompt";
        wipe(buffer, sizeof buffer);
        QCOMPARE(QByteArray(buffer, sizeof buffer), QByteArray(sizeof buffer, '\0'));
        QByteArray bytes("secret bytes");
        wipe(bytes);
        QVERIFY(bytes.isEmpty());
        QString text = QStringLiteral("secret text");
        wipe(text);
        QVERIFY(text.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMac)
#include "TestMac.moc"
