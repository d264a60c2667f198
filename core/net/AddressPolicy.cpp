// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/net/AddressPolicy.h"

#include <QtGlobal>
#include <array>

namespace ler::net {

namespace {

struct V4Range
{
    quint32 base;
    int prefix;
    AddressKind kind;
};

constexpr quint32 v4(int a, int b, int c, int d)
{
    return (quint32(a) << 24) | (quint32(b) << 16) | (quint32(c) << 8) | quint32(d);
}

// IANA IPv4 Special-Purpose Address Registry, plus multicast and the former class E.
constexpr std::array<V4Range, 16> kV4Ranges { {
    { v4(0, 0, 0, 0), 8, AddressKind::Unspecified },
    { v4(10, 0, 0, 0), 8, AddressKind::Private },
    { v4(100, 64, 0, 0), 10, AddressKind::SharedNat },
    { v4(127, 0, 0, 0), 8, AddressKind::Loopback },
    { v4(169, 254, 0, 0), 16, AddressKind::LinkLocal },
    { v4(172, 16, 0, 0), 12, AddressKind::Private },
    { v4(192, 0, 0, 0), 24, AddressKind::Reserved }, // IETF protocol assignments
    { v4(192, 0, 2, 0), 24, AddressKind::Reserved }, // TEST-NET-1
    { v4(192, 88, 99, 0), 24, AddressKind::Reserved }, // former 6to4 relay anycast
    { v4(192, 168, 0, 0), 16, AddressKind::Private },
    { v4(198, 18, 0, 0), 15, AddressKind::Reserved }, // benchmarking
    { v4(198, 51, 100, 0), 24, AddressKind::Reserved }, // TEST-NET-2
    { v4(203, 0, 113, 0), 24, AddressKind::Reserved }, // TEST-NET-3
    { v4(224, 0, 0, 0), 4, AddressKind::Multicast },
    { v4(255, 255, 255, 255), 32, AddressKind::Broadcast }, // before 240/4, which contains it
    { v4(240, 0, 0, 0), 4, AddressKind::Reserved },
} };

bool inRange(quint32 address, quint32 base, int prefix)
{
    const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
    return (address & mask) == (base & mask);
}

AddressKind classifyV4(quint32 address)
{
    for (const V4Range& range : kV4Ranges) {
        if (inRange(address, range.base, range.prefix)) {
            return range.kind;
        }
    }
    return AddressKind::Public;
}

quint32 v4At(const Q_IPV6ADDR& a, int offset)
{
    return (quint32(a[offset]) << 24) | (quint32(a[offset + 1]) << 16) | (quint32(a[offset + 2]) << 8)
        | quint32(a[offset + 3]);
}

bool zeroBytes(const Q_IPV6ADDR& a, int from, int to)
{
    for (int i = from; i < to; ++i) {
        if (a[i] != 0) {
            return false;
        }
    }
    return true;
}

AddressKind classifyV6(const Q_IPV6ADDR& a)
{
    if (zeroBytes(a, 0, 10) && a[10] == 0xff && a[11] == 0xff) {
        return classifyV4(v4At(a, 12)); // ::ffff:a.b.c.d
    }
    if (zeroBytes(a, 0, 12)) {
        if (zeroBytes(a, 12, 15) && a[15] <= 1) {
            return a[15] == 0 ? AddressKind::Unspecified : AddressKind::Loopback;
        }
        return AddressKind::Reserved; // deprecated IPv4-compatible ::a.b.c.d
    }
    const quint16 first = quint16((a[0] << 8) | a[1]);
    const quint16 second = quint16((a[2] << 8) | a[3]);
    if (first == 0x0064 && second == 0xff9b) {
        const quint16 third = quint16((a[4] << 8) | a[5]);
        if (third == 0 && zeroBytes(a, 6, 12)) {
            return classifyV4(v4At(a, 12)); // NAT64 well-known prefix 64:ff9b::/96
        }
        if (third == 1) {
            return AddressKind::Private; // local-use NAT64 64:ff9b:1::/48
        }
        return AddressKind::Reserved;
    }
    if ((first & 0xff00) == 0xff00) {
        return AddressKind::Multicast;
    }
    if ((first & 0xffc0) == 0xfe80) {
        return AddressKind::LinkLocal;
    }
    if ((first & 0xfe00) == 0xfc00 || (first & 0xffc0) == 0xfec0) {
        return AddressKind::Private; // unique local, former site-local
    }
    if (first == 0x2002) {
        return classifyV4(v4At(a, 2)); // 6to4 carries the IPv4 address of its relay
    }
    if ((first & 0xe000) != 0x2000) {
        return AddressKind::Reserved; // only 2000::/3 is allocated for global unicast
    }
    if (first == 0x2001 && (second & 0xfe00) == 0) {
        return AddressKind::Reserved; // 2001::/23 protocol assignments (Teredo, ORCHID...)
    }
    if (first == 0x2001 && second == 0x0db8) {
        return AddressKind::Reserved; // documentation
    }
    if (first == 0x3fff && (second & 0xf000) == 0) {
        return AddressKind::Reserved; // documentation 3fff::/20
    }
    return AddressKind::Public;
}

} // namespace

AddressKind classifyAddress(const QHostAddress& address)
{
    switch (address.protocol()) {
    case QAbstractSocket::IPv4Protocol:
        return classifyV4(address.toIPv4Address());
    case QAbstractSocket::IPv6Protocol:
        return classifyV6(address.toIPv6Address());
    default:
        return AddressKind::Reserved;
    }
}

AddressPolicy AddressPolicy::fromEnvironment()
{
    AddressPolicy policy;
    policy.allowLoopback = qEnvironmentVariable(kAllowLoopbackVariable) == QLatin1String("1");
    return policy;
}

bool AddressPolicy::allows(const QHostAddress& address) const
{
    const AddressKind kind = classifyAddress(address);
    return kind == AddressKind::Public || (allowLoopback && kind == AddressKind::Loopback);
}

bool AddressPolicy::isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    QHostAddress address;
    return address.setAddress(host) && classifyAddress(address) == AddressKind::Loopback;
}

} // namespace ler::net
