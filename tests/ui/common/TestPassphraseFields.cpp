// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "support/UiTestHelpers.h"
#include "ui/common/PassphraseFields.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace ler::ui;

/// The passphrase fields used to create a wallet, change the passphrase, set one after recovery and replace
/// the key: a guessable passphrase is never valid, and the hint says why.
class TestPassphraseFields : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void weakOnesAreNotValid_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QString>("reason");
        QTest::newRow("password1") << "password1"
                                   << "common word";
        QTest::newRow("12345678") << "12345678"
                                  << "common word";
        QTest::newRow("keyboard run") << "zxcvbnm,./"
                                      << "row of keys";
        QTest::newRow("sequence") << "abcdefgh"
                                  << "sequence";
        QTest::newRow("repeat") << "12341234"
                                << "repeats";
        QTest::newRow("too short") << "Xq7#pL"
                                   << "at least 8";
    }
    void weakOnesAreNotValid()
    {
        QFETCH(QString, passphrase);
        QFETCH(QString, reason);
        PassphraseFields fields;
        fields.show();
        auto* first = fields.findChild<QLineEdit*>(QStringLiteral("passphrase"));
        auto* second = fields.findChild<QLineEdit*>(QStringLiteral("passphraseAgain"));
        auto* hint = fields.findChild<QLabel*>(QStringLiteral("strengthHint"));
        QTest::keyClicks(first, passphrase);
        QTest::keyClicks(second, passphrase);
        QVERIFY2(!fields.valid(), "matching but guessable");
        QVERIFY2(hint->text().contains(reason), qPrintable(hint->text()));
        ler::test::shoot(&fields, "passphrase-weak");
    }

    void aStrongOneIsValidOnceBothMatch()
    {
        PassphraseFields fields;
        QSignalSpy valid(&fields, &PassphraseFields::validChanged);
        auto* first = fields.findChild<QLineEdit*>(QStringLiteral("passphrase"));
        auto* second = fields.findChild<QLineEdit*>(QStringLiteral("passphraseAgain"));
        auto* hint = fields.findChild<QLabel*>(QStringLiteral("strengthHint"));
        first->setText(QStringLiteral("maple orbit seventy lantern"));
        QVERIFY(!fields.valid());
        QVERIFY(hint->text().startsWith(QStringLiteral("Strong")));
        second->setText(QStringLiteral("maple orbit seventy lantern"));
        QVERIFY(fields.valid());
        QCOMPARE(valid.size(), 1);
        // Weakening the first field after both matched takes validity away again.
        first->setText(QStringLiteral("password1"));
        second->setText(QStringLiteral("password1"));
        QVERIFY(!fields.valid());
        QCOMPARE(valid.size(), 2);
    }
};

QTEST_MAIN(TestPassphraseFields)
#include "TestPassphraseFields.moc"
