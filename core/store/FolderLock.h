// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QString>

namespace ler::store {

/// Says "this wallet folder is open here": every open wallet holds a shared lock on its folder, and replacing
/// the wallet key takes it exclusively, so the database is never swapped under another window or command.
/// An advisory lock (flock) on the folder itself: it needs no extra file and goes away with the process.
class FolderLock
{
public:
    FolderLock() = default;
    /// Takes a shared lock on `dir`. Fails with ErrorCode::Locked while the key is being replaced elsewhere.
    static Result<FolderLock> shared(const QString& dir);
    ~FolderLock();
    FolderLock(FolderLock&& other) noexcept;
    FolderLock& operator=(FolderLock&& other) noexcept;
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;

    /// Becomes the only holder, or returns false when another open wallet (in this process or another) holds
    /// the folder. After a false return the lock is shared again.
    bool tryExclusive();
    /// Shares the folder again after tryExclusive().
    void shareAgain();
    bool isHeld() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};

} // namespace ler::store
