// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QDateTime>

/// The one place core reads the current time, so tests can set it (expiry, freshness, "checked on") and a build
/// check can tell that nothing else in core does.
namespace ler::clock {

/// The current time in UTC, or the time set with setNow().
QDateTime nowUtc();

/// Makes nowUtc() return `fixed` (in UTC) on every thread until reset with an invalid QDateTime. For tests.
void setNow(const QDateTime& fixed);

/// A JWT NumericDate (seconds since 1970, possibly fractional) in UTC; invalid when it is not a finite number or lies
/// beyond what QDateTime holds, so a forged `exp` of 1e300 reads as no date instead of a wrapped-around one.
QDateTime fromEpochSeconds(double seconds);

/// Sets the clock for the lifetime of a scope, then puts back the real one.
class ScopedNow
{
public:
    explicit ScopedNow(const QDateTime& fixed) { setNow(fixed); }
    ~ScopedNow() { setNow({}); }
    ScopedNow(const ScopedNow&) = delete;
    ScopedNow& operator=(const ScopedNow&) = delete;
};

} // namespace ler::clock
