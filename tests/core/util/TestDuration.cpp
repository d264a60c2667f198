// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/util/Duration.h"

#include <QTest>

using namespace ler;

class TestDuration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    /// Each refusal names its reason, so tools tell a typo from a duration that is too long.
    void refusalsHaveReasons_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("allowNone");
        QTest::addColumn<QString>("reason");
        const QString invalid = QStringLiteral("util/duration-invalid");
        QTest::newRow("no unit") << QStringLiteral("30") << false << invalid;
        QTest::newRow("unknown unit") << QStringLiteral("30y") << false << invalid;
        QTest::newRow("none where not allowed") << QStringLiteral("none") << false << invalid;
        QTest::newRow("zero") << QStringLiteral("0d") << true << invalid;
        QTest::newRow("over 100 years") << QStringLiteral("40000d") << false
                                        << QStringLiteral("util/duration-too-long");
    }
    void refusalsHaveReasons()
    {
        QFETCH(QString, text);
        QFETCH(bool, allowNone);
        QFETCH(QString, reason);
        const auto parsed = parseDurationSeconds(text, allowNone);
        QVERIFY2(!parsed.ok(), qPrintable(text));
        QCOMPARE(parsed.error().reason, reason);
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
    }

    void controls()
    {
        QCOMPARE(parseDurationSeconds(QStringLiteral("30d"), false).value(), qint64(30 * 24 * 3600));
        QCOMPARE(parseDurationSeconds(QStringLiteral("none"), true).value(), qint64(-1));
    }
};

QTEST_GUILESS_MAIN(TestDuration)
#include "TestDuration.moc"
