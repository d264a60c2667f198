// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/util/Result.h"

#include <QTest>

using namespace ler;

class TestResult : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valueAndError()
    {
        Result<int> good(7);
        QVERIFY(good.ok());
        QCOMPARE(good.value(), 7);
        Result<int> bad(
            Error(ErrorCode::InvalidInput, Text::verbatim(QStringLiteral("nope")), QStringLiteral("test/nope")));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
        QCOMPARE(bad.error().message.untranslated(), QStringLiteral("nope"));
        QCOMPARE(bad.error().reason, QStringLiteral("test/nope"));
        Status s;
        QVERIFY(s.ok());
        Status f(Error(ErrorCode::Io, tx("ler::util", "disk")));
        QVERIFY(!f.ok());
        QCOMPARE(errorCodeName(f.error().code), QStringLiteral("io"));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "TestResult.moc"
