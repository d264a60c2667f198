// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/unlock/RecoveryCodeSheet.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace ler::ui {

namespace { } // namespace

QString RecoveryCodeSheet::html(const QString& code, const QString& walletFolder)
{
    return QStringLiteral("<h1>%1</h1><p>%2</p>"
                          "<p style='font-family: monospace; font-size: 22pt; font-weight: bold;'>%3</p>"
                          "<p>%4</p><ul><li>%5</li><li>%6</li><li>%7</li></ul>"
                          "<p style='color: #555;'>%8<br/>%9</p>")
        .arg(QCoreApplication::translate("ler::ui::RecoveryCodeSheet", "LER Wallet recovery code").toHtmlEscaped(),
            QCoreApplication::translate(
                "ler::ui::RecoveryCodeSheet", "This code opens your wallet if you forget your passphrase.")
                .toHtmlEscaped(),
            code.toHtmlEscaped(),
            QCoreApplication::translate("ler::ui::RecoveryCodeSheet", "Keep this sheet somewhere safe:")
                .toHtmlEscaped(),
            QCoreApplication::translate(
                "ler::ui::RecoveryCodeSheet", "Anyone who has this code and your computer can open your wallet.")
                .toHtmlEscaped(),
            QCoreApplication::translate(
                "ler::ui::RecoveryCodeSheet", "Do not store it on the same computer as the wallet.")
                .toHtmlEscaped(),
            QCoreApplication::translate("ler::ui::RecoveryCodeSheet",
                "Letters and digits are easy to confuse: O is always zero, I and L are always one.")
                .toHtmlEscaped(),
            QCoreApplication::translate("ler::ui::RecoveryCodeSheet", "Wallet folder: %1")
                .arg(walletFolder)
                .toHtmlEscaped(),
            QCoreApplication::translate("ler::ui::RecoveryCodeSheet", "Printed on %1")
                .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat))
                .toHtmlEscaped());
}

void RecoveryCodeSheet::render(QPagedPaintDevice* device, const QString& code, const QString& walletFolder)
{
    QTextDocument doc;
    doc.setHtml(html(code, walletFolder));
    doc.print(device);
}

bool RecoveryCodeSheet::print(QWidget* parent, const QString& code, const QString& walletFolder)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("ler::ui::RecoveryCodeSheet", "Print recovery code"));
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    render(&printer, code, walletFolder);
    return true;
}

} // namespace ler::ui
