// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <memory>

namespace ler::ui {

/// Settings of this computer's app (last wallet folder, language): never wallet content. Wallet
/// settings live inside the encrypted wallet.
inline std::unique_ptr<QSettings> appSettings()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return std::make_unique<QSettings>(QDir(dir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
}

} // namespace ler::ui
