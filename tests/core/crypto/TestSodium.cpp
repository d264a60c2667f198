// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/crypto/SecretBytes.h"
#include "core/crypto/Sodium.h"

#include <QTest>

using namespace ler::crypto;

class TestSodium : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(selfTest().ok(), "the known-answer tests must pass on this machine"); }

    void secretBytesAllocateAndMove()
    {
        SecretBytes a = SecretBytes::copyOf("secret-value");
        QCOMPARE(a.size(), std::size_t(12));
        QCOMPARE(QByteArray(a.constChar(), qsizetype(a.size())), QByteArray("secret-value"));
        SecretBytes b = std::move(a);
        QVERIFY2(a.isEmpty() && a.data() == nullptr, "a moved-from secret must be empty");
        QCOMPARE(b.size(), std::size_t(12));
        b.clear();
        QVERIFY(b.isEmpty());
    }

    void secretBytesRandomDiffers()
    {
        SecretBytes a = SecretBytes::random(32);
        SecretBytes b = SecretBytes::random(32);
        QCOMPARE(a.size(), std::size_t(32));
        QVERIFY2(!a.equals(b), "two random keys must differ");
        SecretBytes c = SecretBytes::copyOf(a.view());
        QVERIFY(a.equals(c));
    }

    void secretBytesFromText()
    {
        // A passphrase with letters outside ASCII becomes its UTF-8 bytes, as every store API expects.
        const QString typed = QStringLiteral("contrase\u00f1a \u00e9t\u00e9 \u2713");
        SecretBytes a = SecretBytes::fromText(typed);
        QCOMPARE(QByteArray(a.constChar(), qsizetype(a.size())), typed.toUtf8());
        QVERIFY(SecretBytes::fromText(QString()).isEmpty());
    }

    void secretBytesHex()
    {
        SecretBytes a = SecretBytes::copyOf(QByteArray::fromHex("00ff10ab"));
        SecretBytes hex = a.toHex();
        QCOMPARE(QByteArray(hex.constChar(), qsizetype(hex.size())), QByteArray("00ff10ab"));
    }
};

QTEST_GUILESS_MAIN(TestSodium)
#include "TestSodium.moc"
