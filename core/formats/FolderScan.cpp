// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/FolderScan.h"

#include "core/formats/FormatRegistry.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace ler::formats {

QStringList credentialFileSuffixes()
{
    return FormatRegistry().fileSuffixes();
}

Result<QStringList> credentialFilesIn(const QString& dir, int maxFiles)
{
    const QFileInfo info(dir);
    const QString shown = QDir::toNativeSeparators(dir);
    if (!info.exists()) {
        return Error(ErrorCode::NotFound,
            tx("ler::formats", "The folder %1 does not exist.").arg(shown),
            QStringLiteral("formats/folder-not-found"));
    }
    if (!info.isDir()) {
        return Error(ErrorCode::InvalidInput,
            tx("ler::formats", "%1 is not a folder.").arg(shown),
            QStringLiteral("formats/not-a-folder"));
    }
    if (!info.isReadable() || !info.isExecutable()) {
        return Error(ErrorCode::Io,
            tx("ler::formats", "The folder %1 cannot be read.").arg(shown),
            QStringLiteral("formats/folder-unreadable"));
    }
    const QStringList suffixes = credentialFileSuffixes();
    QStringList files;
    // Without QDir::Hidden the iterator skips hidden files and does not descend into hidden folders; without
    // FollowSymlinks it does not descend into linked folders.
    QDirIterator it(dir, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!suffixes.contains(it.fileInfo().suffix().toLower())) {
            continue;
        }
        if (files.size() >= maxFiles) {
            return Error(ErrorCode::LimitExceeded,
                tx("ler::formats",
                    "The folder %1 holds more than %2 files that may be credentials. Import its folders one at a "
                    "time.")
                    .arg(shown)
                    .arg(maxFiles),
                QStringLiteral("formats/folder-too-many-files"));
        }
        files.append(path);
    }
    files.sort();
    return files;
}

} // namespace ler::formats
