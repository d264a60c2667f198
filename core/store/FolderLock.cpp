// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/store/FolderLock.h"

#include "core/util/Log.h"

#include <QFile>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#include <utility>

namespace ler::store {

Result<FolderLock> FolderLock::shared(const QString& dir)
{
    FolderLock lock;
    lock.m_fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (lock.m_fd < 0) {
        return Error(ErrorCode::Io,
            tx("ler::store", "Could not open the wallet folder."),
            QStringLiteral("store/folder-open-failed"));
    }
    if (::flock(lock.m_fd, LOCK_SH | LOCK_NB) != 0) {
        return Error(ErrorCode::Locked,
            tx("ler::store",
                "The wallet's key is being replaced in another window or command. Try again when that is done."),
            QStringLiteral("store/key-replacement-in-progress"));
    }
    return lock;
}

FolderLock::~FolderLock()
{
    if (m_fd >= 0) {
        ::close(m_fd); // releases the lock
    }
}

FolderLock::FolderLock(FolderLock&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
{ }

FolderLock& FolderLock::operator=(FolderLock&& other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

bool FolderLock::tryExclusive()
{
    if (m_fd < 0) {
        return false;
    }
    if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0) {
        return true;
    }
    // Linux drops the shared lock before trying the conversion: take it back.
    shareAgain();
    return false;
}

void FolderLock::shareAgain()
{
    if (m_fd >= 0 && ::flock(m_fd, LOCK_SH | LOCK_NB) != 0) {
        qCWarning(lcStore) << "could not take the wallet folder's shared lock again";
    }
}

} // namespace ler::store
