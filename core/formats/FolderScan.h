// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/formats/ImportLimits.h"
#include "core/util/Result.h"

#include <QStringList>

namespace ler::formats {

/// File name suffixes (lower case, without the dot) of files that may hold a credential, as the importers declare
/// them: what a folder import picks up and what the file dialogs offer.
QStringList credentialFileSuffixes();

/// Every file below `dir` (in every subfolder) whose suffix is one of credentialFileSuffixes(), sorted by path.
/// Hidden files and hidden folders are skipped and links to folders are not followed, so a folder cannot lead the
/// scan into itself. Fails when `dir` is not a readable folder or holds more than `maxFiles` such files.
/// Both the app's "Import a folder" and `ler-wallet-cli import FOLDER` use this.
Result<QStringList> credentialFilesIn(const QString& dir, int maxFiles = ImportLimits::maxFolderFiles);

} // namespace ler::formats
