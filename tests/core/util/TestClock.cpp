// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/util/Clock.h"
#include "core/verify/Verifier.h"
#include "support/SigningTestKey.h"

#include <QTest>
#include <cmath>
#include <sodium.h>

using namespace ler;

/// Core reads the time through ler::clock, so a test can set it; a verifier given no time of its own follows it.
class TestClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }
    void cleanup() { clock::setNow({}); }

    void numericDatesOutsideTheCalendarAreNoDate()
    {
        QCOMPARE(clock::fromEpochSeconds(0), QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(clock::fromEpochSeconds(253402300799.0), QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC));
        // A forged exp far beyond the calendar must not wrap around into some date (or be undefined behaviour).
        for (const double bad : { 253402300800.0, -62135596801.0, 1e300, -1e300, std::nan(""), HUGE_VAL })
            QVERIFY2(!clock::fromEpochSeconds(bad).isValid(), qPrintable(QString::number(bad)));
    }

    void setAndReset()
    {
        const QDateTime fixed(QDate(2031, 2, 3), QTime(4, 5, 6, 7), Qt::UTC);
        clock::setNow(fixed);
        QCOMPARE(clock::nowUtc(), fixed);
        QCOMPARE(clock::nowUtc().timeSpec(), Qt::UTC);
        clock::setNow({});
        QVERIFY(qAbs(clock::nowUtc().secsTo(QDateTime::currentDateTimeUtc())) < 60);
        {
            const clock::ScopedNow scoped(fixed.addYears(-40));
            QCOMPARE(clock::nowUtc().date().year(), 1991);
        }
        QVERIFY(clock::nowUtc().date().year() >= 2026);
    }

    /// Expiry is judged by the clock: the same signed credential is valid before its validUntil and not after.
    void verifierJudgesDatesByTheClock()
    {
        const test::SigningTestKey issuer;
        QJsonObject vc = test::vc2Credential(issuer.didKey());
        vc.insert(QStringLiteral("validUntil"), QStringLiteral("2025-01-01T00:00:00Z"));
        const QByteArray bytes = test::compactJson(issuer.withProof(vc));
        const auto checkAt = [&](const QDateTime& when) {
            const clock::ScopedNow scoped(when);
            auto report = verify::Verifier().verify(bytes, QStringLiteral("vc.json"));
            return report ? report->check(verify::reportid::kDates)->status : verify::Check::Status(-1);
        };
        QCOMPARE(checkAt(QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC)), verify::Check::Passed);
        QCOMPARE(checkAt(QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC)), verify::Check::Failed);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "TestClock.moc"
