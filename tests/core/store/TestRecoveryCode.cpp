// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/store/RecoveryCode.h"

#include <QRegularExpression>
#include <QTest>

using namespace ler;
using namespace ler::store;

class TestRecoveryCode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void generatedCodesAreGroupedAndValid()
    {
        const QRegularExpression shape(QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$"));
        QSet<QString> seen;
        for (int i = 0; i < 50; ++i) {
            const QString code = recovery::generate();
            QVERIFY2(shape.match(code).hasMatch(), qPrintable(code));
            QVERIFY2(recovery::normalise(code).ok(), "a generated code must pass its own check");
            seen.insert(code);
        }
        QCOMPARE(seen.size(), 50);
    }

    void lenientTyping()
    {
        const QString code = recovery::generate();
        const QByteArray canonical = code.toLatin1().replace('-', "");
        QString typed = code.toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
        typed.replace(QLatin1Char('0'), QLatin1Char('o')).replace(QLatin1Char('1'), QLatin1Char('l'));
        auto n = recovery::normalise(typed);
        QVERIFY2(n.ok(), "lower case, spaces and look-alike letters are accepted");
        QCOMPARE(QByteArray(n->constChar(), qsizetype(n->size())), canonical);
    }

    void rejectsTyposAndJunk_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("reason");
        QString code = recovery::generate();
        QString typo = code;
        typo[0] = typo[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QTest::newRow("typo") << typo << "store/recovery-code-typo";
        QTest::newRow("too short") << code.left(20) << "store/recovery-code-length";
        QTest::newRow("bad character") << code.left(38) + QStringLiteral("#") << "store/recovery-code-character";
        QTest::newRow("empty") << QString() << "store/recovery-code-length";
    }
    void rejectsTyposAndJunk()
    {
        QFETCH(QString, typed);
        QFETCH(QString, reason);
        auto n = recovery::normalise(typed);
        QVERIFY(!n.ok());
        QCOMPARE(n.error().code, ErrorCode::InvalidInput);
        QVERIFY2(n.error().reason == reason, qPrintable(n.error().message.untranslated()));
    }
};

QTEST_GUILESS_MAIN(TestRecoveryCode)
#include "TestRecoveryCode.moc"
