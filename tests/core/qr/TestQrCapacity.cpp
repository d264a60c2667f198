// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/qr/QrCapacity.h"

#include <QTest>

using namespace ler;
using qr::EccLevel;

class TestQrCapacity : public QObject
{
    Q_OBJECT

private slots:
    // Alphanumeric capacities from ISO/IEC 18004:2015 table 7.
    void alphanumericCapacity_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<EccLevel>("ecc");
        QTest::addColumn<int>("capacity");
        QTest::newRow("1-L") << 1 << EccLevel::Low << 25;
        QTest::newRow("1-M") << 1 << EccLevel::Medium << 20;
        QTest::newRow("1-Q") << 1 << EccLevel::Quartile << 16;
        QTest::newRow("1-H") << 1 << EccLevel::High << 10;
        QTest::newRow("10-M") << 10 << EccLevel::Medium << 311;
        QTest::newRow("40-L") << 40 << EccLevel::Low << 4296;
        QTest::newRow("40-H") << 40 << EccLevel::High << 1852;
    }

    void alphanumericCapacity()
    {
        QFETCH(int, version);
        QFETCH(EccLevel, ecc);
        QFETCH(int, capacity);
        QCOMPARE(qr::alphanumericCapacity(version, ecc), capacity);
        const QString full(capacity, u'A');
        QCOMPARE(qr::smallestVersion(full, ecc, version), version);
        QCOMPARE(qr::smallestVersion(full + u'A', ecc, version), 0);
    }

    void modes()
    {
        QCOMPARE(qr::modeFor(u"0123"), qr::QrMode::Numeric);
        QCOMPARE(qr::modeFor(u"VP1-BABC"), qr::QrMode::Alphanumeric);
        QCOMPARE(qr::modeFor(u"LER1/1-2/ABC/DEF"), qr::QrMode::Alphanumeric);
        QCOMPARE(qr::modeFor(u"eyJhbGciOi"), qr::QrMode::Byte);
        // Byte mode counts UTF-8 bytes: 2953 bytes fill version 40-L.
        QCOMPARE(qr::smallestVersion(QString(2953, u'a'), EccLevel::Low), 40);
        QCOMPARE(qr::smallestVersion(QString(2953, QChar(0xe9)), EccLevel::Low), 0);
    }

    void policyFit()
    {
        const qr::QrPolicy policy;
        const int room = qr::alphanumericCapacity(policy.maxVersion, policy.ecc);
        QCOMPARE(room, 1994);
        const auto fits = qr::fit(QString(room, u'7'), policy); // digits are numeric mode: denser still
        QVERIFY(fits.fits());
        const auto full = qr::fit(QString(room, u'B'), policy);
        QCOMPARE(full.version, policy.maxVersion);
        QCOMPARE(full.modules, 137);
        QVERIFY(!qr::fit(QString(room + 1, u'B'), policy).fits());
    }
};

QTEST_GUILESS_MAIN(TestQrCapacity)
#include "TestQrCapacity.moc"
