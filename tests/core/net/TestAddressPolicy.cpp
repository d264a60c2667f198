// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/net/AddressPolicy.h"
#include "support/LoopbackHttpServer.h"

#include <QTest>

Q_DECLARE_METATYPE(ler::net::AddressKind)

using namespace ler::net;

class TestAddressPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Ranges from the IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890, RFC 6598, RFC 6052,
    // RFC 3056, RFC 4193, RFC 4291, RFC 8215, RFC 9637); each range is probed at its edges.
    void kinds_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<AddressKind>("kind");
        const auto row = [](const char* a, AddressKind k) { QTest::newRow(a) << QString::fromLatin1(a) << k; };
        row("0.0.0.0", AddressKind::Unspecified);
        row("0.255.255.255", AddressKind::Unspecified);
        row("1.0.0.0", AddressKind::Public);
        row("9.255.255.255", AddressKind::Public);
        row("10.0.0.0", AddressKind::Private);
        row("10.255.255.255", AddressKind::Private);
        row("11.0.0.0", AddressKind::Public);
        row("100.63.255.255", AddressKind::Public);
        row("100.64.0.0", AddressKind::SharedNat);
        row("100.127.255.255", AddressKind::SharedNat);
        row("100.128.0.0", AddressKind::Public);
        row("127.0.0.1", AddressKind::Loopback);
        row("127.255.255.254", AddressKind::Loopback);
        row("169.254.169.254", AddressKind::LinkLocal);
        row("169.255.0.1", AddressKind::Public);
        row("172.15.255.255", AddressKind::Public);
        row("172.16.0.0", AddressKind::Private);
        row("172.31.255.255", AddressKind::Private);
        row("172.32.0.0", AddressKind::Public);
        row("192.0.0.8", AddressKind::Reserved);
        row("192.0.2.1", AddressKind::Reserved);
        row("192.88.99.1", AddressKind::Reserved);
        row("192.167.255.255", AddressKind::Public);
        row("192.168.0.1", AddressKind::Private);
        row("192.169.0.0", AddressKind::Public);
        row("198.18.0.1", AddressKind::Reserved);
        row("198.19.255.255", AddressKind::Reserved);
        row("198.20.0.0", AddressKind::Public);
        row("198.51.100.7", AddressKind::Reserved);
        row("203.0.113.5", AddressKind::Reserved);
        row("223.255.255.255", AddressKind::Public);
        row("224.0.0.1", AddressKind::Multicast);
        row("239.255.255.250", AddressKind::Multicast);
        row("240.0.0.1", AddressKind::Reserved);
        row("255.255.255.254", AddressKind::Reserved);
        row("255.255.255.255", AddressKind::Broadcast);
        row("8.8.8.8", AddressKind::Public);

        row("::", AddressKind::Unspecified);
        row("::1", AddressKind::Loopback);
        row("::2", AddressKind::Reserved);
        row("::10.0.0.1", AddressKind::Reserved);
        row("::ffff:127.0.0.1", AddressKind::Loopback);
        row("::ffff:10.0.0.1", AddressKind::Private);
        row("::ffff:169.254.169.254", AddressKind::LinkLocal);
        row("::ffff:0.0.0.0", AddressKind::Unspecified);
        row("::ffff:8.8.8.8", AddressKind::Public);
        row("64:ff9b::a00:1", AddressKind::Private); // NAT64 of 10.0.0.1
        row("64:ff9b::808:808", AddressKind::Public); // NAT64 of 8.8.8.8
        row("64:ff9b:1::1", AddressKind::Private);
        row("100::1", AddressKind::Reserved);
        row("2001::1", AddressKind::Reserved); // Teredo
        row("2001:1ff:ffff::1", AddressKind::Reserved);
        row("2001:200::1", AddressKind::Public);
        row("2001:db8::1", AddressKind::Reserved);
        row("2002:a00:1::1", AddressKind::Private); // 6to4 of 10.0.0.1
        row("2002:808:808::1", AddressKind::Public);
        row("2606:4700::1111", AddressKind::Public);
        row("3fff::1", AddressKind::Reserved);
        row("3fff:1000::1", AddressKind::Public);
        row("4000::1", AddressKind::Reserved);
        row("fc00::1", AddressKind::Private);
        row("fdff:ffff::1", AddressKind::Private);
        row("fe80::1", AddressKind::LinkLocal);
        row("fe80::1%1", AddressKind::LinkLocal);
        row("febf::1", AddressKind::LinkLocal);
        row("fec0::1", AddressKind::Private);
        row("ff02::1", AddressKind::Multicast);
        row("1fff::1", AddressKind::Reserved);
    }

    void kinds()
    {
        QFETCH(QString, address);
        QFETCH(AddressKind, kind);
        QHostAddress parsed;
        QVERIFY2(parsed.setAddress(address), qPrintable(address));
        QCOMPARE(classifyAddress(parsed), kind);
    }

    void onlyPublicAndSwitchedLoopbackAllowed()
    {
        const AddressPolicy strict;
        AddressPolicy testing;
        testing.allowLoopback = true;
        QVERIFY(strict.allows(QHostAddress(QStringLiteral("8.8.8.8"))));
        QVERIFY(testing.allows(QHostAddress(QStringLiteral("8.8.8.8"))));
        for (const char* loopback : { "127.0.0.1", "127.3.2.1", "::1", "::ffff:127.0.0.1" }) {
            QVERIFY2(!strict.allows(QHostAddress(QString::fromLatin1(loopback))), loopback);
            QVERIFY2(testing.allows(QHostAddress(QString::fromLatin1(loopback))), loopback);
        }
        // The testing switch opens loopback only, never the local network.
        for (const char* other : { "10.0.0.1", "169.254.169.254", "0.0.0.0", "::", "fd00::1", "100.64.0.1" }) {
            QVERIFY2(!testing.allows(QHostAddress(QString::fromLatin1(other))), other);
        }
    }

    void switchIsExactlyOne_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("1") << QByteArray("1") << true;
        QTest::newRow("unset") << QByteArray() << false;
        QTest::newRow("0") << QByteArray("0") << false;
        QTest::newRow("true") << QByteArray("true") << false;
        QTest::newRow("yes") << QByteArray("yes") << false;
        QTest::newRow("empty") << QByteArray("") << false;
        QTest::newRow("11") << QByteArray("11") << false;
    }

    void switchIsExactlyOne()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, allowed);
        const testnet::ScopedEnvironment env(kAllowLoopbackVariable, value.isNull() ? nullptr : value.constData());
        QCOMPARE(AddressPolicy::fromEnvironment().allowLoopback, allowed);
    }

    void loopbackHosts()
    {
        QVERIFY(AddressPolicy::isLoopbackHost(QStringLiteral("localhost")));
        QVERIFY(AddressPolicy::isLoopbackHost(QStringLiteral("LocalHost")));
        QVERIFY(AddressPolicy::isLoopbackHost(QStringLiteral("127.0.0.1")));
        QVERIFY(AddressPolicy::isLoopbackHost(QStringLiteral("::1")));
        QVERIFY(!AddressPolicy::isLoopbackHost(QStringLiteral("localhost.example.com")));
        QVERIFY(!AddressPolicy::isLoopbackHost(QStringLiteral("10.0.0.1")));
        QVERIFY(!AddressPolicy::isLoopbackHost(QStringLiteral("example.com")));
    }
};

QTEST_GUILESS_MAIN(TestAddressPolicy)
#include "TestAddressPolicy.moc"
