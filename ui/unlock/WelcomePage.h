// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QWidget>

namespace ler::ui {

/// Shown when there is no wallet yet: create one, open a wallet folder, or check a presentation someone gave you.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

Q_SIGNALS:
    void createRequested();
    void openRequested();
    /// "Check a presentation": an employer needs no wallet of their own.
    void checkRequested();
};

} // namespace ler::ui
