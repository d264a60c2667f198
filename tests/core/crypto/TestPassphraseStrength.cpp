// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/crypto/PassphraseStrength.h"

#include <QTest>

using namespace ler::crypto;
using Weakness = PassphraseStrength::Weakness;

Q_DECLARE_METATYPE(ler::crypto::PassphraseStrength::Weakness)

/// New passphrases: zxcvbn's estimate decides, and a refusal says why in words.
class TestPassphraseStrength : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void weakOnesAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<Weakness>("weakness");
        QTest::newRow("too short") << "Xq7#" << Weakness::TooShort;
        QTest::newRow("seven characters") << "k7fq2mz" << Weakness::TooShort;
        QTest::newRow("password1") << "password1" << Weakness::CommonWord;
        QTest::newRow("P@ssw0rd") << "P@ssw0rd" << Weakness::CommonWord;
        QTest::newRow("Password123!") << "Password123!" << Weakness::CommonWord;
        QTest::newRow("sunshine") << "sunshine" << Weakness::CommonWord;
        QTest::newRow("qwertyuiop (a listed password)") << "qwertyuiop" << Weakness::CommonWord;
        QTest::newRow("iloveyou2024") << "iloveyou2024" << Weakness::CommonWord;
        QTest::newRow("Spanish: Contraseña1") << QStringLiteral("Contraseña1") << Weakness::CommonWord;
        QTest::newRow("the app's name") << "lerwallet1" << Weakness::CommonWord;
        QTest::newRow("keyboard run dfghjkl;") << "dfghjkl;" << Weakness::KeyboardPattern;
        QTest::newRow("keyboard run !@#$%^&*()") << "!@#$%^&*()" << Weakness::KeyboardPattern;
        QTest::newRow("keyboard run zxcvbnm,./") << "zxcvbnm,./" << Weakness::KeyboardPattern;
        QTest::newRow("12345678") << "12345678" << Weakness::CommonWord;
        QTest::newRow("sequence abcdefgh") << "abcdefgh" << Weakness::Sequence;
        QTest::newRow("repeat aaaaaaaaaaaa") << "aaaaaaaaaaaa" << Weakness::Repeated;
        QTest::newRow("repeat 12341234") << "12341234" << Weakness::Repeated;
        QTest::newRow("repeat passwordpassword") << "passwordpassword" << Weakness::Repeated;
        QTest::newRow("date 01011990") << "01011990" << Weakness::Date;
    }
    void weakOnesAreRefusedWithTheReason()
    {
        QFETCH(QString, passphrase);
        QFETCH(Weakness, weakness);
        const auto s = PassphraseStrength::estimate(passphrase);
        QVERIFY2(!s.acceptable(), qPrintable(QStringLiteral("%1 bits").arg(s.bits)));
        QCOMPARE(s.weakness, weakness);
        QVERIFY2(!s.refusal().isEmpty(), "a refusal says why");
        if (weakness == Weakness::TooShort) {
            // The sentence names the minimum length.
            QCOMPARE(s.refusal().args().size(), 1);
            QCOMPARE(s.refusal().args().constFirst().words(), QString::number(PassphraseStrength::kMinimumLength));
        }
        // The refusal names this weakness, not the general "too easy to guess".
        PassphraseStrength generic;
        generic.level = PassphraseStrength::Level::Weak;
        generic.weakness = Weakness::TooSimple;
        if (weakness != Weakness::TooSimple)
            QVERIFY(s.refusal() != generic.refusal());
    }

    void eachWeaknessHasItsOwnRefusal()
    {
        const Weakness all[] = { Weakness::TooShort,
            Weakness::CommonWord,
            Weakness::KeyboardPattern,
            Weakness::Sequence,
            Weakness::Repeated,
            Weakness::Date,
            Weakness::TooSimple };
        QList<ler::Text> seen;
        for (Weakness w : all) {
            PassphraseStrength s;
            s.level = PassphraseStrength::Level::Weak;
            s.weakness = w;
            QVERIFY(!s.refusal().isEmpty());
            QVERIFY2(!seen.contains(s.refusal()), qPrintable(s.refusal().untranslated()));
            seen.append(s.refusal());
        }
    }

    void strongOnesAreAccepted_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("four words") << "correct horse battery staple";
        QTest::newRow("words and a number") << "river stone 42 lamp";
        QTest::newRow("hyphenated words") << "tulip-harbor-ninety-seven";
        QTest::newRow("Spanish words") << "cielo azul y verde";
        QTest::newRow("eight random characters") << "k7fq2mzp";
        QTest::newRow("non-ASCII") << QStringLiteral("ñandú glaciar ámbar");
    }
    void strongOnesAreAccepted()
    {
        QFETCH(QString, passphrase);
        const auto s = PassphraseStrength::estimate(passphrase);
        QVERIFY2(s.acceptable(), qPrintable(QStringLiteral("%1 bits").arg(s.bits)));
        QCOMPARE(s.weakness, Weakness::None);
        QVERIFY(s.refusal().isEmpty());
        QVERIFY(s.bits >= PassphraseStrength::kMinimumBits);
    }

    void longerIsStronger()
    {
        const auto fair = PassphraseStrength::estimate(QStringLiteral("third passphrase here"));
        const auto better = PassphraseStrength::estimate(QStringLiteral("maple orbit seventy lantern"));
        QCOMPARE(fair.level, PassphraseStrength::Level::Fair);
        QVERIFY(better.level > fair.level);
    }

    void utf8AndQStringAgree()
    {
        for (const QString& p : { QStringLiteral("password1"), QStringLiteral("ñandú glaciar ámbar") }) {
            const QByteArray utf8 = p.toUtf8();
            QCOMPARE(PassphraseStrength::estimate(QByteArrayView(utf8)).bits, PassphraseStrength::estimate(p).bits);
        }
        // Eight characters in sixteen bytes is long enough; seven is not, however many bytes.
        QVERIFY(PassphraseStrength::estimate(QByteArrayView("\xc3\xb1\xc3\xb1\xc3\xb1\xc3\xb1\xc3\xb1\xc3\xb1\xc3\xb1"))
                    .weakness
            == Weakness::TooShort);
    }

    void veryLongInputIsBounded()
    {
        // Only a prefix is estimated; a long random-looking passphrase is still accepted.
        QString p;
        for (int i = 0; i < 5000; ++i) {
            p.append(QChar(u'a' + (i * 7919) % 26));
        }
        QVERIFY(PassphraseStrength::estimate(p).acceptable());
    }
};

QTEST_GUILESS_MAIN(TestPassphraseStrength)
#include "TestPassphraseStrength.moc"
