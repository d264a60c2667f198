// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/present/PresentationService.h"
#include "media/QrImage.h"

#include <QDialog>
#include <optional>

class QLabel;
class QPrinter;
class QPushButton;

namespace ler::ui {

/// One QR code drawn as large as the widget allows, every module the same whole number of pixels, on white.
class QrCodeView : public QWidget
{
    Q_OBJECT
public:
    explicit QrCodeView(QWidget* parent = nullptr);
    void setSymbol(std::optional<media::QrSymbol> symbol);
    /// Pixels per module as last painted (tests: a code on screen must stay readable).
    int moduleSize() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::optional<media::QrSymbol> m_symbol;
};

/// The QR codes of a presentation on screen, for an employer to scan with a phone: large, full screen on request,
/// previous and next for several codes with "2 of 5" beside them. They can be saved as PNG or SVG files and printed.
class QrCodesDialog : public QDialog
{
    Q_OBJECT
public:
    QrCodesDialog(present::Preview preview, present::QrCodes codes, QWidget* parent = nullptr);

    int current() const { return m_current; }
    int count() const { return int(m_codes.codes.size()); }
    void showCode(int index);
    QrCodeView* view() const { return m_view; }
    /// The caption shown beside the current code.
    QString captionText() const;

    /// Saves every code as part-01.png... (or .svg) in folder. Returns the files written.
    Result<QStringList> saveAll(const QString& folder, bool svg);
    /// Paints the presentation's page (summary, codes, guide) on printer.
    Status print(QPrinter& printer);

    /// For tests and scripts: the folder the next "Save" asks for, without a dialog (used once).
    static void setNextFolder(const QString& folder);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void toggleFullScreen();
    void saveAsked(bool svg);
    void printAsked(bool preview);

    present::Preview m_preview;
    present::QrCodes m_codes;
    int m_current = 0;
    QrCodeView* m_view;
    QLabel* m_counter;
    QLabel* m_title;
    QLabel* m_note;
    QPushButton* m_previous;
    QPushButton* m_next;
    QPushButton* m_fullScreen;
};

} // namespace ler::ui
