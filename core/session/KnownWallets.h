// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Clock.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace ler::session {

/// A wallet the start screen lists.
struct KnownWallet
{
    QString name; ///< as the person named it; the folder's name until renamed
    QString folder; ///< absolute, cleaned path
    QDateTime lastOpened; ///< UTC; invalid when never opened on this computer
};

/// The list of wallets opened on this computer, for the start screen. It is kept in the app's own settings file
/// (outside every wallet) and holds only names, folders and times: no passphrase, key or record. Wallets opened
/// while helping a client or in kiosk mode are never added (the front end does not call touch() then).
class KnownWallets
{
public:
    /// The list in the INI file at `file`; by default the app's settings file (AppConfigLocation/settings.ini).
    explicit KnownWallets(QString file = defaultFile());
    static QString defaultFile();

    /// Every known wallet, the most recently opened first.
    QList<KnownWallet> list() const;
    std::optional<KnownWallet> find(const QString& folder) const;
    /// Adds the wallet in `folder` (named after the folder) or notes that it was opened now.
    void touch(const QString& folder, const QDateTime& when = clock::nowUtc());
    /// Adds a wallet with a name (a new wallet, a restored one) without marking it opened.
    void add(const QString& folder, const QString& name);
    /// Gives a known wallet another name (blank: the folder's name again). False when the folder is not listed.
    bool rename(const QString& folder, const QString& name);
    /// Takes a wallet off the list; its folder is not touched. False when it was not listed.
    bool forget(const QString& folder);

private:
    void save(const QList<KnownWallet>& wallets);

    QString m_file;
};

} // namespace ler::session
