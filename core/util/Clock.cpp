// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/util/Clock.h"

#include <atomic>
#include <cmath>
#include <limits>

namespace ler::clock {

namespace {

constexpr qint64 kReal = std::numeric_limits<qint64>::min();
std::atomic<qint64> g_fixedMsecs { kReal }; // workers read the clock too

} // namespace

QDateTime nowUtc()
{
    const qint64 fixed = g_fixedMsecs.load(std::memory_order_relaxed);
    return fixed == kReal ? QDateTime::currentDateTimeUtc() : QDateTime::fromMSecsSinceEpoch(fixed, Qt::UTC);
}

QDateTime fromEpochSeconds(double seconds)
{
    // Years 1 to 9999, the dates ISO 8601 text (and so every credential date) can name.
    constexpr double kFirst = -62135596800.0;
    constexpr double kLast = 253402300799.0;
    if (!std::isfinite(seconds) || seconds < kFirst || seconds > kLast)
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
}

void setNow(const QDateTime& fixed)
{
    g_fixedMsecs.store(fixed.isValid() ? fixed.toMSecsSinceEpoch() : kReal, std::memory_order_relaxed);
}

} // namespace ler::clock
