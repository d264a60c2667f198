// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/store/ImportOutcome.h"

#include <QDialog>

namespace ler::ui {

/// The list every import ends with: imported / already there / newer version / rejected, each with its reason.
class ImportResultDialog : public QDialog
{
    Q_OBJECT
public:
    /// exec() returns this when the person asks to replace stored credentials with the newer versions.
    static constexpr int UpdateRequested = 2;

    ImportResultDialog(const store::ImportReport& report, QWidget* parent = nullptr);

    static QString statusText(store::ImportStatus status);
};

} // namespace ler::ui
