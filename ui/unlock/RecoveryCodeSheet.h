// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QString>

class QPagedPaintDevice;
class QWidget;

namespace ler::ui {

/// The printable recovery-code sheet: the code in large type, what it is for, where to keep it.
class RecoveryCodeSheet
{
public:
    static QString html(const QString& code, const QString& walletFolder);
    /// Renders the sheet onto a printer or PDF writer.
    static void render(QPagedPaintDevice* device, const QString& code, const QString& walletFolder);
    /// Shows the print dialog and prints. Returns false when the person cancelled.
    static bool print(QWidget* parent, const QString& code, const QString& walletFolder);
};

} // namespace ler::ui
