// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Text.h"

#include <QList>
#include <QString>
#include <utility>

namespace ler::verify {

/// The outcome of one verification step, shown to the user as one line. Every part of the verification engine
/// (signatures, dates, status lists, issuer checks) reports in this form.
struct Check
{
    enum Status
    {
        Passed, ///< The check ran and holds.
        Failed, ///< The check ran and does not hold: the credential must not be trusted.
        NotChecked, ///< The check could not run (missing key, unknown context, unsupported suite...).
        Warning, ///< Holds, but with a caveat the user should see.
    };

    QString id; ///< Stable machine id, for example "proof.signature"; never translated.
    Status status = NotChecked;
    Text message; ///< One plain sentence for people; ui/text renders it.
    Text detail; ///< Optional technical detail (an error's sentence, a value); may be empty.
    /// Stable machine reason, for tools and tests: why a check failed or warned, or how a passed one was met where
    /// that differs ("issuer/key-in-identifier"); may be empty.
    QString reason;

    static Check passed(QString id, Text message, Text detail = {});
    static Check passed(QString id, Text message, const QString& detail)
    {
        return passed(std::move(id), std::move(message), Text::verbatim(detail));
    }
    static Check failed(QString id, Text message, Text detail = {});
    static Check failed(QString id, Text message, const QString& detail)
    {
        return failed(std::move(id), std::move(message), Text::verbatim(detail));
    }
    static Check notChecked(QString id, Text message, Text detail = {});
    static Check notChecked(QString id, Text message, const QString& detail)
    {
        return notChecked(std::move(id), std::move(message), Text::verbatim(detail));
    }
    static Check warning(QString id, Text message, Text detail = {});
    static Check warning(QString id, Text message, const QString& detail)
    {
        return warning(std::move(id), std::move(message), Text::verbatim(detail));
    }
    /// Not checked because the wallet is offline (or the key must be fetched and the wallet is offline). Reports
    /// tell these apart by their reason, kOfflineReason, never by their words.
    static Check offline(QString id, bool keyMustBeFetched = false);

    /// True for a check that offline() made.
    bool leftOutOffline() const { return status == NotChecked && reason == kOfflineReason; }

    /// The reason of a check left out because the wallet is offline.
    static inline const QString kOfflineReason = QStringLiteral("network/offline");
};

/// The check with a stable reason: tools and tests tell failures apart by it, not by words.
inline Check withReason(Check check, QString reason)
{
    check.reason = std::move(reason);
    return check;
}

/// "passed", "failed", "not-checked" or "warning", for logs and JSON output.
QString checkStatusName(Check::Status status);

/// True when no check failed and none was left unchecked.
bool allPassed(const QList<Check>& checks);

/// A long identifier cut for messages: "did:key:z6MkrJVn…TbQ2" keeps the method and both ends; short ones stay.
QString shortIdentifier(const QString& id, int maxLength = 32);

} // namespace ler::verify
