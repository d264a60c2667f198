// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/crypto/Aead.h"
#include "core/crypto/Kdf.h"

#include <QJsonObject>
#include <QTest>

using namespace ler;
using namespace ler::crypto;

class TestKdfAead : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deriveIsDeterministicPerSalt()
    {
        const KdfParams p = KdfParams::cheapForTests();
        auto a = deriveKey("correct horse", p);
        auto b = deriveKey("correct horse", p);
        auto c = deriveKey("correct horse", p.withNewSalt());
        auto d = deriveKey("correct hors3", p);
        QVERIFY(a && b && c && d);
        QVERIFY2(a->equals(*b), "same passphrase and salt must give the same key");
        QVERIFY2(!a->equals(*c), "a new salt must give another key");
        QVERIFY2(!a->equals(*d), "another passphrase must give another key");
    }

    void paramsRoundTripAndBounds_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("reason");
        const QString range = QStringLiteral("crypto/kdf-settings-out-of-range");
        QTest::newRow("as written") << QString() << QJsonValue() << true << QString();
        QTest::newRow("unknown algorithm")
            << "algorithm" << QJsonValue(QStringLiteral("scrypt")) << false << QStringLiteral("crypto/kdf-unknown");
        QTest::newRow("zero passes") << "opsLimit" << QJsonValue(0) << false << range;
        QTest::newRow("absurd memory") << "memLimit" << QJsonValue(1e15) << false << range;
        QTest::newRow("short salt") << "salt" << QJsonValue(QStringLiteral("AAAA")) << false << range;
    }
    void paramsRoundTripAndBounds()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(bool, accepted);
        KdfParams p = KdfParams::cheapForTests();
        QJsonObject json = p.toJson();
        if (!field.isEmpty()) {
            json.insert(field, value);
        }
        auto parsed = KdfParams::fromJson(json);
        QCOMPARE(parsed.ok(), accepted);
        QFETCH(QString, reason);
        QCOMPARE(parsed.ok() ? QString() : parsed.error().reason, reason);
        if (accepted) {
            QCOMPARE(parsed->salt, p.salt);
            QCOMPARE(parsed->opsLimit, p.opsLimit);
            QCOMPARE(parsed->memLimit, p.memLimit);
        }
    }

    void sealOpenAndTamper()
    {
        SecretBytes key = SecretBytes::random(32);
        auto sealed = seal(key, "data key bytes", "header");
        QVERIFY(sealed);
        auto plain = open(key, *sealed, "header");
        QVERIFY(plain);
        QCOMPARE(QByteArray(plain->constChar(), qsizetype(plain->size())), QByteArray("data key bytes"));

        const auto otherHeader = open(key, *sealed, "other header");
        QVERIFY2(!otherHeader, "changed associated data must fail");
        QCOMPARE(otherHeader.error().reason, QStringLiteral("crypto/open-failed"));
        Sealed flipped = *sealed;
        flipped.ciphertext[0] = char(flipped.ciphertext[0] ^ 1);
        const auto changed = open(key, flipped, "header");
        QVERIFY2(!changed, "a changed ciphertext must fail");
        QCOMPARE(changed.error().reason, QStringLiteral("crypto/open-failed"));
        SecretBytes other = SecretBytes::random(32);
        auto wrong = open(other, *sealed, "header");
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::VerificationFailed);
        QCOMPARE(wrong.error().reason, QStringLiteral("crypto/open-failed"));
        Sealed truncated = *sealed;
        truncated.ciphertext.truncate(4);
        QCOMPARE(open(key, truncated, "header").error().code, ErrorCode::Corrupt);
        QCOMPARE(open(key, truncated, "header").error().reason, QStringLiteral("crypto/sealed-data-damaged"));
    }

    void subkeysAreIndependent()
    {
        SecretBytes master = SecretBytes::random(32);
        auto a = deriveSubkey(master, 1, "LERWdb01");
        auto b = deriveSubkey(master, 2, "LERWdb01");
        auto a2 = deriveSubkey(master, 1, "LERWdb01");
        QVERIFY(a && b && a2);
        QVERIFY(a->equals(*a2));
        QVERIFY(!a->equals(*b));
        QVERIFY(!a->equals(master));
    }
};

QTEST_GUILESS_MAIN(TestKdfAead)
#include "TestKdfAead.moc"
