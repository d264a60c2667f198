// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QHostAddress>
#include <QString>

namespace ler::net {

/// Set to exactly "1", lets tests and local development fetch from this computer (127.0.0.0/8, localhost, ::1),
/// over http or https. Nothing else is ever allowed by it.
inline constexpr char kAllowLoopbackVariable[] = "LER_WALLET_ALLOW_LOOPBACK";

/// What an IP address is, as far as fetching goes (IANA special-purpose address registries, RFC 6890 and later).
enum class AddressKind
{
    Public, ///< a global unicast address: the only kind contacted
    Loopback, ///< 127.0.0.0/8, ::1: this computer
    Private, ///< 10/8, 172.16/12, 192.168/16, fc00::/7, fec0::/10, 64:ff9b:1::/48
    LinkLocal, ///< 169.254/16, fe80::/10
    SharedNat, ///< 100.64/10 (carrier-grade NAT)
    Multicast, ///< 224/4, ff00::/8
    Unspecified, ///< 0.0.0.0/8 ("this network"), ::
    Broadcast, ///< 255.255.255.255
    Reserved, ///< documentation, benchmarking, protocol assignments, future use, anything outside 2000::/3
};

/// Classifies an address. IPv4 carried inside IPv6 (IPv4-mapped, NAT64 64:ff9b::/96, 6to4 2002::/16) is classified
/// by the IPv4 address it carries, so ::ffff:10.0.0.1 is Private.
AddressKind classifyAddress(const QHostAddress& address);

/// Which addresses a fetch may contact.
struct AddressPolicy
{
    bool allowLoopback = false;

    /// allowLoopback is true only when LER_WALLET_ALLOW_LOOPBACK is "1". Read at every fetch, never cached.
    static AddressPolicy fromEnvironment();

    /// Public addresses always; loopback addresses only with allowLoopback.
    bool allows(const QHostAddress& address) const;
    /// True for "localhost" and loopback IP literals (the hosts plain http may reach with allowLoopback).
    static bool isLoopbackHost(const QString& host);
};

} // namespace ler::net
