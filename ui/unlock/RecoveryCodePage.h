// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QString>
#include <QWidget>
#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace ler::ui {

/// The page that shows a new recovery code once: the code in two rows, Print, "I have saved it" and a button
/// that stays disabled until it is ticked. Used when a wallet is created, restored or its key replaced.
class RecoveryCodePage : public QWidget
{
    Q_OBJECT
public:
    struct Words
    {
        QString title; ///< rich text heading
        QString intro;
        QString saved; ///< the check box
        QString finish; ///< the button, with its mnemonic
    };
    /// folder() names the wallet on the printed sheet.
    RecoveryCodePage(const Words& words, std::function<QString()> folder, QWidget* parent = nullptr);
    ~RecoveryCodePage() override;

    /// Shows the code (groups of a dashed code in two rows) and unticks the box.
    void setCode(const QString& code);
    QString code() const { return m_code; }

Q_SIGNALS:
    /// The person ticked the box and pressed the button.
    void finished();

private:
    std::function<QString()> m_folder;
    QString m_code;
    QLabel* m_codeLabel = nullptr;
    QCheckBox* m_saved = nullptr;
    QPushButton* m_finish = nullptr;
};

} // namespace ler::ui
