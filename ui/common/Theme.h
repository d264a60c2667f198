// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QString>

namespace ler::ui {

/// The app's look: the system's, or light or dark whatever the system says.
enum class Theme
{
    System,
    Light,
    Dark,
};

/// "system", "light", "dark".
QString themeName(Theme theme);
Theme themeFromName(const QString& name);
/// The theme chosen on this computer (app settings, not wallet content).
Theme savedTheme();
void saveTheme(Theme theme);
/// Applies a theme to the running application: light and dark use the Fusion style with a palette of their own,
/// so every widget, the cards and the detail page follow it.
void applyTheme(Theme theme);

} // namespace ler::ui
