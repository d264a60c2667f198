// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QJsonObject>
#include <QString>
#include <QVariant>
#include <chrono>

namespace ler::store {

class SqlCipherDatabase;

/// Settings kept inside the encrypted wallet (so a shared computer cannot weaken them from outside).
/// Typed accessors over one table of keys and defaults.
class WalletSettings
{
public:
    explicit WalletSettings(SqlCipherDatabase& db)
        : m_db(db)
    { }

    /// Idle time before the wallet locks itself; 10 minutes unless changed. Range 1 to 240 minutes.
    std::chrono::minutes autoLockAfter() const;
    Status setAutoLockAfter(std::chrono::minutes minutes);

    /// Whether the app may fetch anything from the network (issuer profiles, status lists...).
    bool networkAllowed() const;
    Status setNetworkAllowed(bool allowed);

    /// How long something copied from the wallet stays on the clipboard; 30 seconds unless changed, 0 for never
    /// cleared. Range 0 to 600 seconds.
    std::chrono::seconds clipboardClearAfter() const;
    Status setClipboardClearAfter(std::chrono::seconds seconds);

    /// The person's own profile for résumés (names, contact, summary), as JSON; empty until they fill it in.
    QJsonObject profile() const;
    Status setProfile(const QJsonObject& profile);

private:
    QVariant value(const char* key) const;
    Status setValue(const char* key, const QVariant& value);

    SqlCipherDatabase& m_db;
};

} // namespace ler::store
