// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace ler::ui {

/// "Passphrase" and "Type it again" fields with a strength hint; valid() when strong enough and matching.
class PassphraseFields : public QWidget
{
    Q_OBJECT
public:
    explicit PassphraseFields(QWidget* parent = nullptr);
    QString passphrase() const;
    bool valid() const;
    /// Empties both fields (after use, so the passphrase does not linger in the widget).
    void clear();

Q_SIGNALS:
    void validChanged(bool valid);

private:
    void update();

    QLineEdit* m_first;
    QLineEdit* m_second;
    QProgressBar* m_meter;
    QLabel* m_hint;
    bool m_valid = false;
};

} // namespace ler::ui
