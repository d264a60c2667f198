// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace ler::test {

/// JSON equality with numbers compared as JavaScript numbers: Qt keeps a parsed integer and the same value read
/// as a double apart, JSON does not.
inline bool sameJson(const QJsonValue& a, const QJsonValue& b)
{
    if (a.isDouble() && b.isDouble()) {
        return a.toDouble() == b.toDouble();
    }
    if (a.type() != b.type()) {
        return false;
    }
    if (a.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size()) {
            return false;
        }
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!sameJson(x.at(i), y.at(i))) {
                return false;
            }
        }
        return true;
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        if (x.keys() != y.keys()) {
            return false;
        }
        for (auto it = x.constBegin(); it != x.constEnd(); ++it) {
            if (!sameJson(it.value(), y.value(it.key()))) {
                return false;
            }
        }
        return true;
    }
    return a == b;
}

} // namespace ler::test
