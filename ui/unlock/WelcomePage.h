// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QWidget>

namespace ler::ui {

/// Shown when there is no wallet yet: create one, or open a wallet folder.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

Q_SIGNALS:
    void createRequested();
    void openRequested();
};

} // namespace ler::ui
