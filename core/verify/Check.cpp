// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/Check.h"

#include <utility>

namespace ler::verify {

Check Check::passed(QString id, Text message, Text detail)
{
    return { std::move(id), Passed, std::move(message), std::move(detail), {} };
}

Check Check::failed(QString id, Text message, Text detail)
{
    return { std::move(id), Failed, std::move(message), std::move(detail), {} };
}

Check Check::notChecked(QString id, Text message, Text detail)
{
    return { std::move(id), NotChecked, std::move(message), std::move(detail), {} };
}

Check Check::warning(QString id, Text message, Text detail)
{
    return { std::move(id), Warning, std::move(message), std::move(detail), {} };
}

Check Check::offline(QString id, bool keyMustBeFetched)
{
    Check c = notChecked(std::move(id),
        keyMustBeFetched ? tx("ler::verify", "Not checked: you are offline and the issuer's key must be fetched.")
                         : tx("ler::verify", "Not checked: you are offline."));
    c.reason = kOfflineReason;
    return c;
}

QString checkStatusName(Check::Status status)
{
    switch (status) {
    case Check::Passed:
        return QStringLiteral("passed");
    case Check::Failed:
        return QStringLiteral("failed");
    case Check::NotChecked:
        return QStringLiteral("not-checked");
    case Check::Warning:
        return QStringLiteral("warning");
    }
    return QStringLiteral("unknown");
}

bool allPassed(const QList<Check>& checks)
{
    for (const Check& c : checks) {
        if (c.status == Check::Failed || c.status == Check::NotChecked)
            return false;
    }
    return !checks.isEmpty();
}

QString shortIdentifier(const QString& id, int maxLength)
{
    if (id.size() <= maxLength || maxLength < 16)
        return id;
    // Keep the scheme and method ("did:key:") whole, then the start and end of the rest.
    qsizetype prefix = 0;
    if (id.startsWith(QLatin1String("did:"))) {
        const qsizetype second = id.indexOf(QLatin1Char(':'), 4);
        prefix = second > 0 ? second + 1 : 0;
    }
    const qsizetype room = qMax<qsizetype>(8, maxLength - prefix - 1);
    const qsizetype head = room - room / 3;
    const qsizetype tail = room / 3;
    return id.left(prefix + head) + QChar(0x2026) + id.right(tail);
}

} // namespace ler::verify
